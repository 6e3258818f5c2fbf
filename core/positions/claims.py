"""Claims: a cue with its holder, polarity, evidence and topic, one per holder.

The holder is the subject or passive agent, resolved by `core.reference`, or for a claim whoever
states it. Negation flips support to opposition and voids the rest ("has never condemned" is not
support).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from core.lexicon.attitude import FLIP_ON_NEGATION, KEEP_ON_NEGATION
from core.lexicon.people import HOMELAND_NOUNS, is_title
from core.lexicon.pronouns import NEGATIVE_PRONOUNS
from core.lexicon.stance import (
    CLAIM_MODALS,
    INTEND,
    MODAL,
    NEUTRAL,
    REFUSAL_VERBS,
    SUPPORT,
    StanceClass,
)
from core.model import Actor, Polarity, Quote, TextSpan
from core.positions.cues import Cue
from core.positions.topics import (
    OWN_CLAUSE,
    QUOTE_MARKS,
    SPACES,
    statement_topic,
    topic_of,
    unquoted,
)
from core.quotes.attribution import Cue as Cue_
from core.quotes.attribution import statement_cues
from core.reference import Resolver
from core.text.syntax import NOMINAL_SUBJECTS, asks, own_subject, subject_of

# Dependants left of the predicate that belong to the claim ("would not", "she also").
KEEP_LEFT = NOMINAL_SUBJECTS | {"aux", "auxpass", "neg", "advmod", "expl"}
MAX_CLAIM = 160


@dataclass(frozen=True)
class Claim:
    actor: Actor
    polarity: Polarity
    cls: StanceClass
    claim: str
    topic: str | None
    keys: frozenset[str]
    evidence: TextSpan
    quote: str | None
    holder: TextSpan | None = None  # the words naming the actor here ("we" in its speaker's quote)


def _negated(cue: Cue) -> bool:
    for node in (cue.trigger, cue.pred):
        if any(c.dep_ == "neg" for c in node.children):
            return True
    # "has no intention of", "showed no support for"
    if cue.trigger.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in cue.trigger.children
    ):
        return True
    pred = cue.pred
    if (cue.kind == "claim" or _has_modal(pred)) and _no_one(own_subject(pred, NOMINAL_SUBJECTS)):
        return True  # "no other country should interfere": a call that no one do it
    return pred.dep_ == "xcomp" and pred.head.lemma_.lower() in REFUSAL_VERBS


def _no_one(subj: Token | None) -> bool:
    """ "nobody", "no one", "no other country": a subject that denies there is anyone."""
    if subj is None:
        return False
    return subj.lower_ in NEGATIVE_PRONOUNS or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subj.children
    )


def _content_of_noun(pred: Token) -> bool:
    """ "Okafor's claim that Lund is in favor of X": someone's report, not the subject's stance."""
    node = pred
    for _ in range(4):
        if (
            node.dep_ == "acl"
            and node.head.pos_ == "NOUN"
            and any(c.dep_ == "mark" for c in node.children)
        ):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _has_modal(pred: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in CLAIM_MODALS for c in pred.children)


def _polarity(cue: Cue) -> Polarity | None:
    """The cue's polarity after negation; None when negation voids it."""
    if cue.kind == "neutral" or cue.cls is NEUTRAL:
        if cue.trigger.lower_ == "neither" or cue.trigger.lemma_ == "take":
            return "neutral"  # the negation is the neutrality
        return None if _negated(cue) else "neutral"
    if not _negated(cue) or cue.cls.name in KEEP_ON_NEGATION:
        return cue.polarity
    # Not supporting is opposing; not condemning, not calling for, is not support.
    flips = cue.cls in (SUPPORT, INTEND, MODAL) or cue.cls.name in FLIP_ON_NEGATION
    if flips and cue.polarity == "support":
        return "oppose"
    return None


def claims_of(holders: Resolver, cue: Cue) -> list[Claim]:
    """The claims a cue makes: one per holder ("Trump and Sanders blame China" is two)."""
    polarity = _polarity(cue)
    if polarity is None or _content_of_noun(cue.pred):
        return []
    found: list[Actor] = []
    fallback: tuple[Actor, Token] | None = None  # an actor read by a fallback, and its words
    joint: tuple[Actor, ...] = ()
    attribution: Cue_ | None = None
    quote: Quote | None = None
    subj = cue.holder if cue.holder is not None else subject_of(cue.pred)
    if cue.kind == "explicit" and _has_modal(cue.pred):
        # "The international community should stay committed to ...": the subject is told what
        # to do; the stance is whoever says so.
        cue = replace(cue, kind="claim")
    if cue.kind in ("explicit", "view", "neutral") and subj is not None:
        actor = holders.actor_of(subj)
        if actor is None and subj.pos_ != "PRON":
            actor = _named_by_compound(holders, subj) or _homeland(holders, subj)
            if actor is not None:
                fallback = (actor, subj)
        if actor is None and subj.pos_ not in ("PRON",) and cue.kind != "neutral":
            return []  # a named non-actor holds it ("protesters condemned"): not ours
        if subj.pos_ == "PRON":
            # "Chile and Peru said they were ready": "they" is each of them, also when the
            # actors' pass read it as the first of the pair
            joint = holders.joint_of(subj)
            if actor is not None and actor not in joint:
                joint = ()
        if actor is not None and not joint:
            found.append(actor)
            for conj in subj.conjuncts:
                other = holders.actor_of(conj)
                if other is not None and other not in found:
                    found.append(other)
        found.extend(joint)
    # A pronoun subject that did not resolve is someone, not the sayer ("those inclined to
    # support her", she said); only a clause with no subject at all falls to its sayer.
    if not found and (cue.kind in ("claim", "neutral") or subj is None):
        actor, attribution, quote = _stated_by(holders, cue.pred)
        if actor is not None:
            found.append(actor)
    named = {
        a.id: t
        for t in (subj, *(subj.conjuncts if subj is not None else ()))
        if t is not None
        for a in [holders.actor_of(t)]
        if a is not None and a in found
    }
    for a in joint:
        named.setdefault(a.id, subj)  # "they" names each of them
    if fallback is not None and fallback[0] in found:
        named.setdefault(fallback[0].id, fallback[1])  # "his country" names China here
    # '"...," Wu warned': the verb that introduces a quote is its speaker's stance on it.
    cued = _quote_cued_by(holders, cue.trigger)
    if cued is not None and not found:
        speaker = holders.actor_by_id(cued.speaker)
        if speaker is not None:
            found.append(speaker)
    own_topic = bool(cue.topic)
    if cued is not None and asks(cued.text):
        return []  # '"Who will pay?" she insisted': a question takes no stance on what it asks
    if cued is not None and any(a.id == cued.speaker for a in found):
        quote = cued
        if not own_topic:
            content = holders.doc.char_span(cued.start, cued.end, alignment_mode="expand")
            if content is not None:
                about = statement_topic(content.root, forecast=cue.cls is INTEND)
                if about is None:
                    return []
                cue = replace(cue, topic=(about,))
    else:
        cued = None
    if not found:
        return []
    q = holders.quote_at(cue.trigger.idx, cue.trigger.idx + len(cue.trigger.text))
    evidence = _evidence(holders.text, cue, subj, attribution)
    claim = _claim_text(holders.text, cue, subj)
    if cued is not None:  # the statement itself is the evidence, with the verb that frames it
        lo, hi = min(evidence.start, cued.start), max(evidence.end, cued.end)
        evidence = TextSpan.of(holders.text, lo, hi)
        # "warned: the plan is reckless", the speaker's claim (also when the verb's own clause
        # is the quote, and so says no more than the verb: '"...," Wu warned')
        if not own_topic or claim == cue.trigger.text:
            said_text = SPACES.sub(" ", QUOTE_MARKS.sub("", cued.text))
            claim = _trimmed(f"{cue.trigger.text}: {said_text}")
    topic, keys = topic_of(cue.topic, cue.topic_text, holders)
    if topic is None or any(topic == a.name for a in found):
        return []  # "opposed it", "would have vetoed", "defended himself": no telling what
    out = []
    for actor in found:
        said = q if q is not None and q.speaker == actor.id else None
        if said is None and quote is not None and quote.speaker == actor.id:
            said = quote
        tok = named.get(actor.id)
        holder = (
            TextSpan.of(holders.text, tok.idx, tok.idx + len(tok.text)) if tok is not None else None
        )
        if holder is None and said is not None and said.speaker == actor.id:
            holder = said.speaker_mention
        quote_id = said.id if said else None
        out.append(Claim(actor, polarity, cue.cls, claim, topic, keys, evidence, quote_id, holder))
    return out


def _named_by_compound(holders: Resolver, subj: Token) -> Actor | None:
    """ "Esselte AB proposed", "the EU leader urges": a name the actors' pass read shorter than
    its noun phrase, or a title its name owns, is who the one actor its proper-noun compounds
    name is; a word for other people ("Chavez supporters") and an owner ("Venezuela's union")
    are not. A dateline the parse takes for the subject ("SHANGHAI, Oct 16 (AFP) - Foreign
    Minister Syed Hamid warned": the city or the date) hands it to the name set beside it; a
    subject that is no mention but spells an actor's name ("IMF refuses" in a headline) is it."""
    heads = [subj] if subj.pos_ != "NUM" else []
    if subj.pos_ in ("NUM", "PROPN"):
        heads += [c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    found: dict[str, Actor] = {}
    for head in heads:
        if head.pos_ != "PROPN" and not is_title(head):
            continue  # "Chavez supporters", "Brazil's Mercosur partner": someone else
        names = (c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in (head, *names):
            actor = holders.actor_of(c)
            if actor is not None:
                found[actor.id] = actor
    if not found and subj.pos_ == "PROPN" and subj.dep_ in NOMINAL_SUBJECTS:
        # "IMF refuses to help" in a headline the actors' pass did not read: the name itself
        parts = (subj, *(c for c in subj.children if c.dep_ == "compound"))
        name = " ".join(t.text for t in sorted(parts, key=lambda t: t.i)).lower()
        found = {
            a.id: a for a in holders.actors if name in {x.lower() for x in (a.name, *a.aliases)}
        }
        if not found:  # "Then Mudenge proposed": the one named actor whose name ends so
            found = {a.id: a for a in holders.actors if _ends_name(a.name, name)}
    return next(iter(found.values())) if len(found) == 1 else None


def _ends_name(name: str, word: str) -> bool:
    """Is `word` the last of a name of two or more words ("Dr Stan Mudenge": "mudenge")?"""
    words = name.split()
    return len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() == word


def _homeland(holders: Resolver, subj: Token) -> Actor | None:
    """ "He said his country objects": the state the owner of "his country" belongs to."""
    if subj.lemma_.lower() not in HOMELAND_NOUNS:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    person = holders.actor_of(owner) if owner is not None else None
    if person is None or person.kind != "person" or person.affiliation is None:
        return None
    state = holders.actor_by_id(person.affiliation)
    return state if state is not None and state.kind == "place" else None


def _quote_cued_by(holders: Resolver, tok: Token) -> Quote | None:
    """The quote with a speaker that `tok` introduces as its cue ("warned", "insisted")."""
    for q in holders.quotes:
        if q.speaker and q.cue is not None and q.cue.start <= tok.idx < q.cue.end:
            return q
    return None


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


def _stated_by(holders: Resolver, pred: Token) -> tuple[Actor | None, Cue_ | None, Quote | None]:
    """Who states the clause of `pred`: (actor, the attribution's cue, the quote around it).
    The speaker of a quote around it, else the one attribution answer (`statement_cues`)."""
    quote = holders.quote_at(pred.idx, pred.idx + len(pred.text))
    if quote is not None and quote.speaker:
        actor = holders.actor_by_id(quote.speaker)
        if actor is not None:
            return actor, None, quote
    for stated in statement_cues(pred):
        start = stated.speaker_start if stated.speaker_start is not None else stated.start
        speaker = holders.actor_in(start, stated.speaker_end or start)
        if speaker is not None:
            return speaker, stated, quote
    return None, None, quote


def _evidence(text: str, cue: Cue, subj: Token | None, attribution: Cue_ | None) -> TextSpan:
    toks = _clause(cue.pred, with_subject=True)
    if cue.kind == "view" and cue.holder is not None:
        toks.extend(cue.holder.subtree)
    toks.append(cue.trigger)
    toks = [t for t in toks if not t.is_space]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    # "China says it is neutral": the attribution reads with the claim when it leads into it.
    if attribution is not None and attribution.verb.sent == cue.pred.sent:
        who = attribution.speaker_start
        lead = attribution.start if who is None else min(attribution.start, who)
        if lead < start and start - lead < 120:
            start = lead
    # Trim edge punctuation so the span reads cleanly.
    while start < end and not text[start].isalnum() and text[start] not in '"“‘(':
        start += 1
    while end > start and text[end - 1] in ",;: ":
        end -= 1
    return TextSpan.of(text, start, end)


def _claim_text(text: str, cue: Cue, subj: Token | None) -> str:
    # A claim drops its holder ("called for talks"); a modal claim keeps its subject.
    keep_subject = cue.kind == "claim"
    toks = [t for t in _clause(cue.pred, with_subject=keep_subject) if not t.is_space]
    if not toks:
        return ""
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    return _trimmed(unquoted(text[start:end]))


def _trimmed(claim: str) -> str:
    claim = claim.strip(" ,;:.")
    if len(claim) > MAX_CLAIM:
        claim = claim[: MAX_CLAIM - 1].rsplit(" ", 1)[0] + "…"
    return claim
