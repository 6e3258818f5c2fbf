"""Positions: where each actor stands, with the evidence, grouped by topic.

Two sources feed one pass over the parse:
(a) what actors say: a cue inside a quote with a speaker belongs to that speaker (quote id kept);
(b) stance language about an actor: CAMEO-class verbs (call for, urge, demand, support, condemn,
    reject, warn ... see `core.lexicon.stance`), stance adjectives ("open to talks", "neutral"),
    modal claims ("X should ...", "the only way"), neutrality ("will neither ... nor"), and third
    parties' views ("was seen by X as bias").
The holder is the subject or passive agent (`core.reference`), or for a claim whoever states
it. Negation flips support to opposition and voids the rest ("has never condemned" is not support).
An actor's cues on one topic, with one polarity, become one position with several evidence spans.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from core.lexicon.speech import NAMING_VERBS, VIEW_VERBS
from core.lexicon.stance import (
    ADJECTIVE_PREPS,
    APPEAL,
    CLAIM_MODALS,
    COMPLEMENT_VERBS,
    DEMAND,
    DISAPPROVE,
    FAVOUR_NOUNS,
    GENERIC_NOUNS,
    GOAL_NOUNS,
    INTEND,
    LIGHT_SUPPORT_NOUNS,
    LIGHT_SUPPORT_VERBS,
    MODAL,
    NEUTRAL,
    NEUTRAL_WORDS,
    ONLY_NOUNS,
    REFUSAL_VERBS,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    SUPPORT,
    THREATEN,
    TOPIC_PREPS,
    VIEW,
    WH_WORDS,
    StanceClass,
    valence,
)
from core.model import Actor, Polarity, Position, Quote, Span
from core.reference import Holders
from core.text.parsed import tokens_where
from core.text.syntax import NOMINAL_SUBJECTS, agent_of, own_subject, subject_of

# How a cue finds its holder: "explicit" (its subject or agent), "claim" (whoever states the
# clause), "neutral" (its subject, else whoever states it), "view" (the viewer).
CueKind = str

# Children that start a clause of their own, left out of a cue's evidence.
OWN_CLAUSE = frozenset({"advcl", "cc", "punct", "parataxis", "mark", "dep", "relcl", "appos"})
KEEP_LEFT = NOMINAL_SUBJECTS | {"aux", "auxpass", "neg", "advmod", "expl"}
VALENCE_CUT = 0.3  # VADER ratings nearer zero than this are not an evaluation
MAX_CLAIM = 160
# Quote marks, but not an apostrophe inside a word ("Ukraine’s").
QUOTE_MARKS = re.compile(r"[\"“”«»„`]+|''|(?<!\w)[‘’']|[‘’'](?!\w)")
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class _Cue:
    """A stance cue found in the parse, before its holder is known."""

    trigger: Token
    cls: StanceClass
    polarity: Polarity
    pred: Token  # the predicate whose subject holds the stance (the verb, or the copula)
    kind: CueKind
    topic: tuple[Token, ...] = ()  # the heads of what it is about
    topic_text: str | None = None  # a fixed topic ("neutrality") when there is no noun
    holder: Token | None = None  # set when the parse names the holder (a view's agent)


@dataclass(frozen=True)
class _Claim:
    actor: Actor
    polarity: Polarity
    cls: StanceClass
    claim: str
    topic: str | None
    keys: frozenset[str]
    evidence: Span
    quote: str | None


def find_positions(
    doc: Doc, actors: tuple[Actor, ...], quotes: tuple[Quote, ...]
) -> tuple[Position, ...]:
    if not actors or len(doc) == 0:
        return ()
    holders = Holders(doc, actors, quotes)
    claims: list[_Claim] = []
    for tok in _cue_candidates(doc):
        cue = _cue(tok)
        if cue is None:
            continue
        claims.extend(_resolve(holders, cue))
    return _group(claims, actors)


# -- cues ------------------------------------------------------------------------------------


# Every lemma and word _cue can start from: a token with neither is never a cue, so the scan
# looks only at the few that have one (core.text.parsed.tokens_where).
_CUE_LEMMAS = frozenset(
    {
        *VIEW_VERBS,
        *NAMING_VERBS,
        *STANCE_VERBS,
        *COMPLEMENT_VERBS,
        *LIGHT_SUPPORT_VERBS,
        "take",
        *STANCE_ADJECTIVES,
        *FAVOUR_NOUNS,
        *GOAL_NOUNS,
    }
)
_CUE_WORDS = frozenset({*CLAIM_MODALS, "only", "neither", "against"})


def _is_cue_lemma(lemma: str) -> bool:
    return lemma.lower() in _CUE_LEMMAS


def _cue_candidates(doc: Doc) -> list[Token]:
    return tokens_where(doc, LEMMA=_is_cue_lemma, LOWER=_CUE_WORDS)


def _cue(tok: Token) -> _Cue | None:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "VERB":
        if lemma in VIEW_VERBS or lemma in NAMING_VERBS:
            view = _view_cue(tok)
            if view is not None:
                return view
        # A particle makes another verb: "back down", "push back", "call off".
        particle = any(c.dep_ == "prt" for c in tok.children)
        if lemma in STANCE_VERBS and tok.dep_ not in ("amod", "compound") and not particle:
            return _verb_cue(tok, STANCE_VERBS[lemma])
        if lemma in COMPLEMENT_VERBS and (not particle or lemma == "rule"):
            return _complement_cue(tok, *COMPLEMENT_VERBS[lemma])
        if lemma in LIGHT_SUPPORT_VERBS:
            return _light_support_cue(tok)
        if lemma == "take":
            return _no_sides_cue(tok)
    if tok.pos_ == "ADJ" and lemma in STANCE_ADJECTIVES and tok.dep_ in ("acomp", "oprd"):
        return _adjective_cue(tok, STANCE_ADJECTIVES[lemma])
    if low in CLAIM_MODALS and tok.dep_ == "aux":
        return _modal_cue(tok)
    if low == "only" and tok.dep_ == "amod" and tok.head.lemma_.lower() in ONLY_NOUNS:
        return _only_cue(tok)
    if low == "neither" and tok.dep_ == "preconj" and tok.head.pos_ in ("VERB", "AUX"):
        return _Cue(tok, NEUTRAL, "neutral", tok.head, "neutral", topic_text="neutrality")
    if low == "against" and tok.dep_ == "prep" and tok.head.lemma_ == "be":
        return _Cue(tok, DISAPPROVE, "oppose", tok.head, "explicit", _objects(tok))
    if lemma in FAVOUR_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        pred = tok.head.head
        if pred.lemma_ == "be" or pred.pos_ in ("VERB", "AUX"):
            return _Cue(tok, SUPPORT, "support", pred, "explicit", _objects(tok))
    if lemma in GOAL_NOUNS and tok.pos_ == "NOUN":
        return _goal_cue(tok)
    return None


def _controlled(pred: Token) -> bool:
    """Is `pred` what someone else is asked to do ("urged X to support", "called on X to")?"""
    if pred.dep_ != "xcomp":
        return False
    head = pred.head
    if head.lemma_.lower() in REFUSAL_VERBS:
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon")) for c in head.children
    )


def _passive(tok: Token) -> bool:
    """A passive predicate, including the reduced one ("a plan denounced as reckless")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ in ("acl", "advcl")
        and tok.tag_ == "VBN"
        and not any(c.dep_ == "nsubj" for c in tok.children)
    )


def _verb_cue(tok: Token, cls: StanceClass) -> _Cue | None:
    if _controlled(tok) or _is_content_of_stance(tok):
        return None
    lemma = tok.lemma_.lower()
    if cls is THREATEN and any(c.dep_ == "xcomp" for c in tok.children):
        return None  # "threatened to shut down X" is a lever, not a stance on X
    passive = _passive(tok)
    if passive:
        agent = agent_of(tok)
        if agent is None:
            return None
        topic = tuple(c for c in tok.children if c.dep_ == "nsubjpass")
        if not topic and tok.dep_ == "acl":
            topic = (tok.head,)
        return _Cue(tok, cls, cls.polarity, tok, "explicit", topic, holder=agent)
    # "warn against/of X", "appeal for X", "object to X"; "urge X to Y" takes Y's object.
    topic = _verb_topic(tok, cls)
    if not topic and tok.dep_ == "relcl":
        topic = (tok.head,)  # "the approach they advocate"
    if lemma in ("warn", "caution") and not topic:
        return None
    polarity = cls.polarity
    if cls in (APPEAL, DEMAND) and topic and any(c.dep_ == "neg" for c in topic[0].children):
        polarity = "oppose"  # "urged Comey not to announce the review"
    return _Cue(tok, cls, polarity, tok, "explicit", topic)


def _is_content_of_stance(tok: Token) -> bool:
    # "demanded that X condemn ...": the inner verb is the demand's content, not a stance.
    head = tok.head
    return (
        tok.dep_ in ("ccomp", "xcomp")
        and head is not tok
        and (head.lemma_.lower() in STANCE_VERBS or head.lemma_.lower() in COMPLEMENT_VERBS)
        and head.lemma_.lower() not in REFUSAL_VERBS
    )


def _verb_topic(tok: Token, cls: StanceClass | None = None) -> tuple[Token, ...]:
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            inner = (c,)  # "urged X to release Y": the act asked for
            return inner
    # What is asked or warned about, before whom: "begged him for an endorsement", "warned
    # China against provocative behaviour"; a criticism's object is its target.
    wanted = {APPEAL: ("for",), DEMAND: ("for",), INTEND: ("for",), THREATEN: ("against", "of")}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in wanted.get(cls, ()):  # type: ignore[arg-type]
            found = _objects(c)
            if found:
                return found
    objs = tuple(c for c in tok.children if c.dep_ in ("dobj", "attr"))
    if objs:
        return objs
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "against", "of", "to", "on", "about"):
            found = _objects(c)
            if found:
                return found
    for c in tok.children:
        if c.dep_ == "ccomp":  # "insisted that any package include a delay"
            return (c,)
    return ()


def _objects(tok: Token) -> tuple[Token, ...]:
    """The object of a verb or preposition: its dobj or pobj, else a "to"/"for" complement's."""
    for c in tok.children:
        if c.dep_ in ("dobj", "pobj"):
            return (c,)
    for c in tok.children:
        if c.dep_ == "pcomp":
            return _objects(c) or (c,)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "into", "of", "with", "on"):
            found = _objects(c)
            if found:
                return found
    return ()


def _complement_cue(tok: Token, cls: StanceClass, licences: frozenset[str]) -> _Cue | None:
    if _controlled(tok) or _is_content_of_stance(tok):
        return None
    if _passive(tok):
        # "they were asked to keep it online": the one asked holds nothing; the asker, if named
        agent = agent_of(tok)
        if agent is None:
            return None
        return _Cue(tok, cls, cls.polarity, tok, "explicit", _verb_topic(tok, cls), holder=agent)
    deps = {c.dep_ for c in tok.children}
    preps = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "prt")}
    lemma = tok.lemma_.lower()
    if lemma == "stand":
        # "stand by/with X", "stand on the side of X"
        for word, prep in preps.items():
            if word in licences:
                return _Cue(tok, cls, cls.polarity, tok, "explicit", _objects(prep))
            if word == "on":
                side = next((c for c in prep.children if c.lemma_ == "side"), None)
                if side is not None:
                    return _Cue(tok, cls, cls.polarity, tok, "explicit", _objects(side))
        if "against" in preps:
            topic = _objects(preps["against"])
            return _Cue(tok, DISAPPROVE, "oppose", tok, "explicit", topic)
        return None
    if lemma == "call":
        for word in ("for", "on", "upon"):
            # "called for/on" right after the verb; "On Twitter, X called Y ..." is no appeal
            if word in preps and 0 < preps[word].i - tok.i <= 2:
                xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                if word != "for" and xcomp is None:
                    return None  # "called on a law firm" is a visit, not an appeal
                topic = (xcomp,) if xcomp is not None else ()
                return _Cue(tok, cls, cls.polarity, tok, "explicit", topic or _objects(preps[word]))
        return None
    if lemma == "rule":
        if "out" in preps:
            return _Cue(tok, cls, cls.polarity, tok, "explicit", _verb_topic(tok, cls))
        return None
    licensed = bool(licences & deps) or bool(licences & set(preps))
    if not licensed:
        return None
    if lemma == "campaign" and "against" in preps:
        return _Cue(tok, DISAPPROVE, "oppose", tok, "explicit", _objects(preps["against"]))
    return _Cue(tok, cls, cls.polarity, tok, "explicit", _verb_topic(tok, cls))


def _light_support_cue(tok: Token) -> _Cue | None:
    noun = next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_SUPPORT_NOUNS),
        None,
    )
    if noun is None:
        return None
    for holder in (tok, noun):
        for c in holder.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
                topic = _objects(c)
                if topic:
                    # What gives the impetus is mostly a thing ("this call will give a boost
                    # to ..."): the stance is the speaker's, so it reads as a claim.
                    return _Cue(tok, SUPPORT, "support", tok, "claim", topic)
    return None


def _no_sides_cue(tok: Token) -> _Cue | None:
    # "takes no side", "will not take sides": declared neutrality
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_ == "side"), None)
    if obj is None:
        return None
    refused = any(c.lower_ == "no" for c in obj.children) or any(
        c.dep_ == "neg" for c in tok.children
    )
    if not refused:
        return None
    return _Cue(tok, NEUTRAL, "neutral", tok, "neutral", topic_text="neutrality")


def _adjective_cue(tok: Token, cls: StanceClass) -> _Cue | None:
    pred = tok.head
    if cls is NEUTRAL:
        where = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on")), None
        )
        topic = "neutrality"
        if where is not None:
            obj = _objects(where)
            if obj:
                topic = f"neutrality {where.lower_} {_phrase(obj[0])}"
        return _Cue(tok, NEUTRAL, "neutral", pred, "neutral", topic_text=topic)
    topic: tuple[Token, ...] = ()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS:
            topic = _objects(c)
        elif c.dep_ == "xcomp":
            topic = (c,)
        if topic:
            break
    if not topic:  # "the door is open" says nothing about a stance
        return None
    return _Cue(tok, cls, cls.polarity, pred, "explicit", topic)


def _modal_cue(tok: Token) -> _Cue | None:
    pred = tok.head
    lemma = pred.lemma_.lower()
    if pred.tag_ == "VBN" and any(c.lower_ == "have" and c.dep_ == "aux" for c in pred.children):
        return None  # "he should have won": hindsight, not a claim
    if pred.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj", "advmod"):
        return None  # "something he should keep quiet about" claims nothing
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    if subj is not None and subj.lower_ in ("i", "it", "this", "that"):
        return None  # "It must be terrible", "I should ...": a guess or a wish, not a stance
    if any(c.tag_ in ("WP", "WRB") and c.dep_ != "mark" for c in pred.children):
        return None  # "what you should be doing"
    passive = any(c.dep_ == "auxpass" for c in pred.children)
    if (lemma in STANCE_VERBS or lemma in COMPLEMENT_VERBS) and not passive:
        return None  # "X should support Y": the verb's own cue speaks for it
    return _Cue(tok, MODAL, "support", pred, "claim", _claim_topic(pred))


def _only_cue(tok: Token) -> _Cue | None:
    noun = tok.head
    node = noun
    for _ in range(3):  # "talks were the only way (out)": up to the copula
        if node.lemma_ == "be":
            subj = subject_of(node)
            topic = (subj,) if subj is not None else ()
            if subj is not None and subj.i == noun.i:
                # "the only way to end poverty is through education": the other side of "is"
                topic = tuple(c for c in node.children if c.dep_ == "attr") or tuple(
                    o for c in node.children if c.dep_ == "prep" for o in _objects(c)
                )
            return _Cue(tok, MODAL, "support", node, "claim", topic)
        if node.head is node:
            break
        node = node.head
    return None


def _goal_cue(tok: Token) -> _Cue | None:
    # "with the aim of finding X" / "the goal is to reach X"
    topic: tuple[Token, ...] = ()
    for c in tok.children:
        of_phrase = c.dep_ == "prep" and c.lower_ == "of"
        if of_phrase or (c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            topic = _objects(c)
    if not topic:
        return None
    pred = tok.head.head if tok.dep_ == "pobj" else tok.head
    if pred.pos_ not in ("VERB", "AUX"):
        return None
    return _Cue(tok, INTEND, "support", pred, "explicit", topic)


def _view_cue(tok: Token) -> _Cue | None:
    """ "Y was seen by X as bias", "X portrayed Y as a neutral party", "X dismissed Y as ..."."""
    as_prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    # "called Trump unhinged": the object predicate says what the object is taken to be
    naming = next((c for c in tok.children if c.dep_ == "oprd"), None)
    if as_prep is not None and tok.lemma_.lower() in VIEW_VERBS:
        heads = list(as_prep.children)
    elif naming is not None:
        heads = [naming]
    else:
        return None
    words = [
        w
        for c in heads
        for w in (c, *c.children)
        if w.pos_ in ("NOUN", "ADJ") and w.dep_ in ("pobj", "amod", "acomp", "oprd", "conj")
    ]
    if not words:
        return None
    if _passive(tok):
        holder = agent_of(tok)
        topic = tuple(c for c in tok.children if c.dep_ == "nsubjpass") or (
            (tok.head,) if tok.dep_ == "acl" else ()
        )
        if holder is None:
            return None
    else:
        holder = None
        topic = tuple(c for c in tok.children if c.dep_ == "dobj")
        if not topic and naming is not None:  # "called Trump unhinged" parses Trump as compound
            topic = tuple(c for c in naming.children if c.dep_ == "compound")
    if any(w.lemma_.lower() in NEUTRAL_WORDS for w in words):
        return _Cue(tok, NEUTRAL, "neutral", tok, "view", topic, "neutrality", holder)
    score = sum(valence(w.lemma_) or valence(w.text) for w in words)
    if tok.lemma_.lower() == "dismiss":
        score = min(score, -1.0)
    if abs(score) < VALENCE_CUT:
        return None
    polarity: Polarity = "support" if score > 0 else "oppose"
    return _Cue(tok, VIEW, polarity, tok, "view", topic, holder=holder)


# -- holders, evidence, claims ---------------------------------------------------------------


def _negated(cue: _Cue) -> bool:
    for node in (cue.trigger, cue.pred):
        if any(c.dep_ == "neg" for c in node.children):
            return True
    pred = cue.pred
    return pred.dep_ == "xcomp" and pred.head.lemma_.lower() in REFUSAL_VERBS


def _content_of_noun(pred: Token) -> bool:
    """ "Rubio's claim that Cruz is in favor of X": someone's report, not the subject's stance."""
    node = pred
    for _ in range(4):
        if (
            node.dep_ == "acl"
            and node.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" for c in node.children)
        ):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head is node:
            return False
        node = node.head
    return False


def _has_modal(pred: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in CLAIM_MODALS for c in pred.children)


def _polarity(cue: _Cue) -> Polarity | None:
    """The cue's polarity after negation; None when negation voids it."""
    if cue.kind == "neutral" or cue.cls is NEUTRAL:
        if cue.trigger.lower_ == "neither" or cue.trigger.lemma_ == "take":
            return "neutral"  # the negation is the neutrality
        return None if _negated(cue) else "neutral"
    if not _negated(cue):
        return cue.polarity
    # Not supporting is opposing; not condemning, not calling for, is not support.
    if cue.cls in (SUPPORT, INTEND, MODAL) and cue.polarity == "support":
        return "oppose"
    return None


def _resolve(holders: Holders, cue: _Cue) -> list[_Claim]:
    """The claims a cue makes: one per holder ("Trump and Sanders blame China" is two)."""
    polarity = _polarity(cue)
    if polarity is None or _content_of_noun(cue.pred):
        return []
    found: list[Actor] = []
    attribution: Token | None = None
    quote: Quote | None = None
    subj = cue.holder if cue.holder is not None else subject_of(cue.pred)
    if cue.kind == "explicit" and _has_modal(cue.pred):
        # "The international community should stay committed to ...": the subject is told what
        # to do; the stance is whoever says so.
        cue = replace(cue, kind="claim")
    if cue.kind in ("explicit", "view", "neutral") and subj is not None:
        actor = holders.actor_of(subj)
        if actor is None and subj.pos_ not in ("PRON",) and cue.kind != "neutral":
            return []  # a named non-actor holds it ("protesters condemned"): not ours
        if actor is not None:
            found.append(actor)
            for conj in subj.conjuncts:
                other = holders.actor_of(conj)
                if other is not None and other not in found:
                    found.append(other)
    # A pronoun subject that did not resolve is someone, not the sayer ("those inclined to
    # support her", she said); only a clause with no subject at all falls to its sayer.
    if not found and (cue.kind in ("claim", "neutral") or subj is None):
        actor, attribution, quote = holders.sayer(cue.pred)
        if actor is not None:
            found.append(actor)
    if not found:
        return []
    q = holders.quote_at(cue.trigger.idx, cue.trigger.idx + len(cue.trigger.text))
    evidence = _evidence(holders.text, cue, subj, attribution)
    claim = _claim_text(holders.text, cue, subj)
    topic, keys = _topic(cue, holders)
    if topic is None or any(topic == a.name for a in found):
        return []  # "opposed it", "would have vetoed", "defended himself": no telling what
    out = []
    for actor in found:
        said = q if q is not None and q.speaker == actor.id else None
        if said is None and quote is not None and quote.speaker == actor.id:
            said = quote
        out.append(
            _Claim(
                actor, polarity, cue.cls, claim, topic, keys, evidence, said.id if said else None
            )
        )
    return out


def _clause(pred: Token, with_subject: bool) -> list[Token]:
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    first = subj.left_edge.i if subj is not None else pred.i
    toks: list[Token] = [pred]
    for c in pred.children:
        if c.dep_ in OWN_CLAUSE:
            continue
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"):
            continue
        if c.dep_ in NOMINAL_SUBJECTS and not with_subject:
            continue
        if c.i < first and c.dep_ not in KEEP_LEFT:
            continue  # "In the paper, Beijing called ...": the adjunct is not the claim
        toks.extend(c.subtree)
    return toks


def _evidence(text: str, cue: _Cue, subj: Token | None, attribution: Token | None) -> Span:
    toks = _clause(cue.pred, with_subject=True)
    if cue.kind == "view" and cue.holder is not None:
        toks.extend(cue.holder.subtree)
    toks.append(cue.trigger)
    toks = [t for t in toks if not t.is_space]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    # "China says it is neutral": the attribution reads with the claim when it leads into it.
    if attribution is not None and attribution.sent == cue.pred.sent:
        lead = attribution.left_edge.idx
        if lead < start and start - lead < 120:
            start = lead
    # Trim edge punctuation so the span reads cleanly.
    while start < end and not text[start].isalnum() and text[start] not in '"“‘(':
        start += 1
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return Span.of(text, start, end)


def _claim_text(text: str, cue: _Cue, subj: Token | None) -> str:
    # A claim drops its holder ("called for talks"); a modal claim keeps its subject.
    keep_subject = cue.kind == "claim"
    toks = [t for t in _clause(cue.pred, with_subject=keep_subject) if not t.is_space]
    if not toks:
        return ""
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    claim = QUOTE_MARKS.sub("", text[start:end])
    claim = SPACES.sub(" ", claim).strip(" ,;:.")
    if len(claim) > MAX_CLAIM:
        claim = claim[: MAX_CLAIM - 1].rsplit(" ", 1)[0] + "…"
    return claim


# -- topics ----------------------------------------------------------------------------------


def _claim_topic(pred: Token) -> tuple[Token, ...]:
    """What a modal claim is about: the act it calls for ("send more troops"), or for a passive
    or "there should be" the thing itself ("sovereignty ... must be upheld")."""
    if any(c.dep_ == "auxpass" for c in pred.children):
        subj = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.pos_ == "NOUN":  # a person "should be jailed": the act
            return (subj,)
    attr = next((c for c in pred.children if c.dep_ == "attr"), None)
    if pred.lemma_ == "be" and attr is not None:
        return (attr,)
    return (pred,)


def _head_through_generic(tok: Token) -> Token:
    # "the right approach of promoting talks" is about talks
    node = tok
    for _ in range(4):
        if node.lemma_.lower() not in GENERIC_NOUNS:
            return node
        nxt = None
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                nxt = (_objects(c) or (None,))[0]
                break
        if nxt is None:
            return node
        node = nxt
    return node


def _phrase(tok: Token) -> str:
    """A short noun phrase for a topic: the head with its modifiers, quote marks dropped."""
    keep = {tok.i}
    for c in tok.children:
        modifier = c.dep_ in ("compound", "amod", "nummod", "poss", "nmod", "case", "cc", "conj")
        if modifier or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
            keep.update(t.i for t in _without_clauses(c))
    doc = tok.doc
    lo, hi = min(keep), max(keep)
    if hi - lo > 10:
        hi = max(i for i in keep if i <= lo + 10)
    words = [t for t in doc[lo : hi + 1] if not t.is_space]
    text = QUOTE_MARKS.sub("", "".join(t.text_with_ws for t in words))
    text = SPACES.sub(" ", text).strip(" ,;:.")
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)


def _keys(tok: Token) -> set[str]:
    """Lemmas that identify a topic for grouping: the head, its compounds and conjuncts."""
    out: set[str] = set()
    heads = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    for h in heads:
        near = [c for c in h.children if c.dep_ in ("compound", "amod")]
        for prep in h.children:  # "talks for peace", "integrity of countries"
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                near.extend(_objects(prep))
        for t in (h, *near):
            lemma = t.lemma_.lower()
            if t.pos_ in ("NOUN", "VERB") and lemma not in GENERIC_NOUNS and t.is_alpha:
                out.add(lemma)
    return out


def _topic(cue: _Cue, holders: Holders) -> tuple[str | None, frozenset[str]]:
    if cue.topic_text is not None:
        return cue.topic_text, frozenset({"neutrality"})
    if not cue.topic:
        return None, frozenset()
    head = _head_through_generic(cue.topic[0])
    if head.pos_ in ("PRON", "DET") or head.lower_ in WH_WORDS:
        # "opposed it", "criticized him": only when the pronoun stands for a known actor
        actor = holders.actor_of(head) if head.pos_ == "PRON" else None
        if actor is None:
            return None, frozenset()
        return actor.name, frozenset({actor.name.lower()})
    if head.pos_ in ("VERB", "AUX"):
        inner = _objects(head)
        return _verb_phrase(head), frozenset(_keys(inner[0]) if inner else {head.lemma_.lower()})
    return _phrase(head), frozenset(_keys(head))


def _without_clauses(tok: Token) -> list[Token]:
    """`tok`'s subtree without relative clauses and appositions ("the bill that would ...")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "appos", "advcl", "punct"):
            out.extend(_without_clauses(c))
    return out


def _verb_phrase(verb: Token) -> str:
    """An act as a topic: "resume peace talks", "return to negotiations" (at most 8 words)."""
    keep = [verb]
    for c in verb.children:
        joins_words = c.dep_ == "cc" and any(
            d.dep_ == "conj" and d.pos_ not in ("VERB", "AUX") for d in verb.children
        )
        if (
            c.i > verb.i
            and (c.dep_ not in OWN_CLAUSE or joins_words)
            and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        ):
            keep.extend(_without_clauses(c))
    keep = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)[:8]
    words = [verb.lemma_] + [t.text for t in keep[1:] if not t.is_space]
    text = QUOTE_MARKS.sub("", " ".join(words))
    return SPACES.sub(" ", text).strip(" ,;:.")


# -- grouping --------------------------------------------------------------------------------


def _group(claims: list[_Claim], actors: tuple[Actor, ...]) -> tuple[Position, ...]:
    """One position per actor, polarity and topic; topics sharing a key lemma are one topic."""
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(claims):
        for j in range(i):
            b = claims[j]
            if a.actor.id != b.actor.id or a.polarity != b.polarity:
                continue
            same_topic = bool(a.keys & b.keys) or (
                a.polarity == "neutral" and b.polarity == "neutral"
            )
            if same_topic or _same_statement(a.evidence, b.evidence):
                parent[find(i)] = find(j)
    groups: dict[int, list[_Claim]] = {}
    for i, c in enumerate(claims):
        groups.setdefault(find(i), []).append(c)
    rank = {a.id: n for n, a in enumerate(actors)}
    ordered = sorted(
        groups.values(), key=lambda g: (rank.get(g[0].actor.id, 0), g[0].evidence.start)
    )
    out: list[Position] = []
    for n, group in enumerate(ordered, 1):
        # The topic most of the group's cues share names it; the strongest cue on it leads.
        counts = Counter(k for c in group for k in c.keys)
        weight = {id(c): sum(counts[k] for k in c.keys) for c in group}
        # ... and a claim with its own verb reads better than an infinitive ("to promote").
        best = max(
            group,
            key=lambda c: (
                c.cls.rank,
                weight[id(c)],
                not c.claim.startswith("to "),
                -c.evidence.start,
            ),
        )
        named = max(group, key=lambda c: (c.topic is not None, weight[id(c)], -c.evidence.start))
        evidence = _distinct(sorted((c.evidence for c in group), key=lambda s: s.start))
        topic = named.topic
        out.append(
            Position(
                id=f"p{n}",
                actor=best.actor.id,
                polarity=best.polarity,
                claim=best.claim,
                start=best.evidence.start,
                end=best.evidence.end,
                topic=topic,
                quote=best.quote or next((c.quote for c in group if c.quote), None),
                evidence=evidence,
            )
        )
    return tuple(out)


def _same_statement(a: Span, b: Span) -> bool:
    """Two cues in one clause ("should stay committed to promoting talks") are one statement."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0 and overlap >= 0.8 * min(a.end - a.start, b.end - b.start)


def _distinct(spans: list[Span]) -> tuple[Span, ...]:
    """Spans in order, each one that lies inside an earlier one dropped."""
    out: list[Span] = []
    for s in spans:
        if any(o.start <= s.start and s.end <= o.end for o in out):
            continue
        out = [o for o in out if not (s.start <= o.start and o.end <= s.end)]
        out.append(s)
    return tuple(out)
