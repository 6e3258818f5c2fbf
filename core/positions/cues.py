"""Stance cues: the words by which the parse shows a stance, before its holder is known.

CAMEO-class verbs (call for, urge, demand, support, condemn, reject, warn ... see
`core.lexicon.stance`), stance adjectives ("open to talks", "neutral"), modal claims ("X should
...", "the only way"), neutrality ("will neither ... nor", "takes no side"), goals ("with the aim
of"), and third parties' views ("was seen by X as bias", "called Trump unhinged").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from core.lexicon.attitude import ATTITUDE_LEMMAS, ATTITUDE_WORDS, EXPERIENCER_VERBS, KNOW_VERBS
from core.lexicon.function_words import CONDITIONS
from core.lexicon.pronouns import RELATIVES
from core.lexicon.speech import NAMING_VERBS, VIEW_VERBS
from core.lexicon.stance import (
    ACCORD_PREPS,
    ACCORD_VERBS,
    ACCUSE_VERBS,
    ADJECTIVE_PREPS,
    AGAINST_ACTS,
    ALLEGATION_PREPS,
    ANONYMITY_VERBS,
    APPEAL,
    CLAIM_MODALS,
    CLAUSE_PREPS,
    COMPLEMENT_VERBS,
    CREDIT_VERBS,
    DEMAND,
    DISAPPROVE,
    ENDING_NOUNS,
    FAVOUR_NOUNS,
    FORECAST_VERBS,
    GOAL_NOUNS,
    HOSTILE_ACTS,
    HOSTILE_PARTICLE_VERBS,
    INSTEAD_NOUNS,
    INTEND,
    LIGHT_SUPPORT_NOUNS,
    LIGHT_SUPPORT_VERBS,
    MODAL,
    NEUTRAL,
    NEUTRAL_WORDS,
    NO_OBJECT_FLIPS,
    ONLY_NOUNS,
    PARTICLE_VERBS,
    PARTITIVE_NOUNS,
    PHRASAL_PREPS,
    PHRASAL_VERBS,
    REFUSABLE_NOUNS,
    REFUSAL_VERBS,
    REJECT,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    SUPPORT,
    THREATEN,
    VERDICT_VERBS,
    VIEW,
    StanceClass,
    verdict_valence,
)
from core.model import Polarity
from core.positions.topics import claim_topic, phrase
from core.text.parsed import tokens_where
from core.text.syntax import NOMINAL_SUBJECTS, agent_of, asks, objects_of, own_subject, subject_of

# How a cue finds its holder: "explicit" (its subject or agent), "claim" (whoever states the
# clause), "neutral" (its subject, else whoever states it), "view" (the viewer).
CueKind = str
VALENCE_CUT = 0.3  # VADER ratings nearer zero than this are not an evaluation


@dataclass(frozen=True)
class Cue:
    """A stance cue found in the parse, before its holder is known."""

    trigger: Token
    cls: StanceClass
    polarity: Polarity
    pred: Token  # the predicate whose subject holds the stance (the verb, or the copula)
    kind: CueKind
    topic: tuple[Token, ...] = ()  # the heads of what it is about
    topic_text: str | None = None  # a fixed topic ("neutrality") when there is no noun
    holder: Token | None = None  # set when the parse names the holder (a view's agent)


# Every lemma and word cue_of (or core.positions.attitudes) can start from: a token with neither
# is never a cue, so the scan looks only at the few that have one (core.text.parsed.tokens_where).
_CUE_LEMMAS = frozenset(
    {
        *VIEW_VERBS,
        *NAMING_VERBS,
        *VERDICT_VERBS,
        *STANCE_VERBS,
        *COMPLEMENT_VERBS,
        *PHRASAL_VERBS,
        *LIGHT_SUPPORT_VERBS,
        "take",
        *STANCE_ADJECTIVES,
        *FAVOUR_NOUNS,
        *GOAL_NOUNS,
        *ATTITUDE_LEMMAS,  # read by core.positions.attitudes
        *EXPERIENCER_VERBS,  # read by core.positions.attitudes
        *KNOW_VERBS,  # read by core.positions.attitudes
    }
)
_CUE_WORDS = frozenset({*CLAIM_MODALS, "only", "neither", "against", *ATTITUDE_WORDS})


def _is_cue_lemma(lemma: str) -> bool:
    return lemma.lower() in _CUE_LEMMAS


def cue_candidates(doc: Doc) -> list[Token]:
    return tokens_where(doc, LEMMA=_is_cue_lemma, LOWER=_CUE_WORDS)


def cue_of(tok: Token) -> Cue | None:
    cue = completed(directed(_cue_of(tok)))
    if cue is not None and unasserted(cue.trigger, cue.pred):
        return None  # "If Norway backs the deal, ...", "Is Chile willing to sign?"
    return cue


def completed(cue: Cue | None) -> Cue | None:
    """What the parse leaves to a relative or a preposition: "the treaty, which Bush called
    unsound" is about the treaty; "what he called hostile interference" about that
    interference; "withdrew support after accusing him of fraud" is the subject's accusation."""
    if cue is None:
        return None
    pred = cue.pred
    topic = cue.topic
    prep = topic[0].head if topic else None
    if prep is not None and prep.dep_ == "prep" and prep.head.i == pred.i:
        # "the pact, which the ministers agreed on": what the relative stands for
        if topic[0].lower_ in RELATIVES and pred.dep_ == "relcl":
            cue = replace(cue, topic=(pred.head, *topic[1:]))
    elif topic and topic[0].head.i == pred.i:
        word = topic[0].lower_
        if word in RELATIVES and pred.dep_ == "relcl":
            cue = replace(cue, topic=(pred.head, *topic[1:]))
        elif word == "what" and cue.cls is VIEW:
            named = _named(cue.trigger)
            if named is not None:
                cue = replace(cue, topic=(named,))
    if cue.holder is None and cue.kind in ("explicit", "view"):
        subj = subject_of(pred)
        named = _named_in_apposition(subj, pred) or _part_of(subj)
        if named is not None:
            cue = replace(cue, holder=named)
    if cue.holder is None and cue.kind == "explicit" and subject_of(pred) is None:
        prep = pred.head
        under = pred.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in CLAUSE_PREPS
        if under and prep.head.pos_ in ("VERB", "AUX"):
            holder = subject_of(prep.head)
            if holder is not None:
                cue = replace(cue, holder=holder)
    return cue


def _named_in_apposition(subj: Token | None, pred: Token) -> Token | None:
    """ "The local watchdog, Countwatch, described the ballot as chaotic": the name set off
    beside the subject says who it is (the name is the holder the resolver knows)."""
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return next(
        (
            c
            for c in subj.children
            if c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and subj.i < c.i < pred.i
            and c.doc[c.left_edge.i - 1].text == ","
            and "," in (c.doc[c.i + 1].text, c.doc[c.right_edge.i + 1].text)
        ),
        None,
    )


def _part_of(subj: Token | None) -> Token | None:
    """ "Three of the losing candidates petitioned", "a group of officers declared": the part
    holds what the whole it is taken from is known as."""
    if subj is None or not (subj.pos_ == "NUM" or subj.lemma_.lower() in PARTITIVE_NOUNS):
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    found = objects_of(of) if of is not None else ()
    return found[0] if found and found[0].pos_ in ("NOUN", "PROPN") else None


def _named(verb: Token) -> Token | None:
    """What a naming verb says its object is ("called [hostile interference]")."""
    for c in verb.children:
        if c.dep_ == "oprd" or (c.dep_ == "ccomp" and _small_clause(c)):
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            found = objects_of(c)
            if found:
                return found[0]
    return None


def _asks_clause(clause: Token) -> bool:
    """ "“Who will pay?” she insisted": the clause the verb reports ends in a question mark."""
    doc = clause.doc
    end = clause.right_edge.i
    return any(doc[i].text == "?" for i in range(end, min(end + 2, len(doc))))


def unasserted(tok: Token, pred: Token) -> bool:
    """A question or a condition: "Does Japan want ...?", "if Japan wants ..."."""
    if asks(tok.sent.text) or any(_asks_clause(c) for c in pred.children if c.dep_ == "ccomp"):
        return True
    node = pred
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
            return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def directed(cue: Cue | None) -> Cue | None:
    """Support whose object says it is against something is opposition to it: "vowed to fight the
    cuts" is against the cuts; "seeks no confrontation" is against a confrontation; "promised not
    to raise fees" is against raising them."""
    if cue is None or cue.polarity != "support" or not cue.topic:
        return cue
    head = cue.topic[0]
    clause = head.pos_ in ("VERB", "AUX") and head.dep_ in ("xcomp", "acl")
    if clause and any(c.dep_ == "neg" for c in head.children):
        if head.lemma_.lower() in ANONYMITY_VERBS and passive(head):
            return None  # "asked not to be named": a source's anonymity, not a stance
        return replace(cue, polarity="oppose")  # "promised not to raise fees"
    against = head.pos_ == "VERB" and head.lemma_.lower() in AGAINST_ACTS
    if against and head.dep_ == "xcomp" and not any(c.dep_ == "neg" for c in head.children):
        target = tuple(c for c in head.children if c.dep_ == "dobj")
        if target:
            return replace(cue, polarity="oppose", topic=target)
    refused = head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in head.children
    )
    if refused and (cue.cls in (SUPPORT, INTEND) or cue.cls.name in NO_OBJECT_FLIPS):
        return replace(cue, polarity="oppose")
    return cue


def aimed_at(cue: Cue | None) -> Cue | None:
    """The second stance in backing an act done to someone or something: "vowed to oust the
    junta" backs the ouster and is against the junta; "demanded the resignation of Lund" is
    against Lund. A cue of its own (the act's target as its topic), or None."""
    if cue is None or cue.polarity != "support" or not cue.topic or cue.cls is NEUTRAL:
        return None
    target = _act_target(cue.topic[0])
    if target is None or target.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return replace(cue, polarity="oppose", topic=(target,))


def _act_target(head: Token, depth: int = 0) -> Token | None:
    if depth > 2:
        return None
    if head.pos_ == "NOUN":
        # "the decision to reject the accord": the act the noun names
        act = next((c for c in head.children if c.dep_ == "acl" and _infinitive(c)), None)
        return _ended(head) or (_act_target(act, depth + 1) if act is not None else None)
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None  # "not to punish Chile": `directed` reads it
    lemma = head.lemma_.lower()
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is not None:
        # "to punish the junta", "to reject the accord"; "to seek the ouster of the junta"
        # (a warning's object is the one warned, not what it is against)
        against = STANCE_VERBS.get(lemma) in (DISAPPROVE, REJECT)
        # "to wipe out the militias"
        against = against or any(
            c.dep_ == "prt" and lemma in HOSTILE_PARTICLE_VERBS.get(c.lower_, ())
            for c in head.children
        )
        return obj if lemma in HOSTILE_ACTS or against else _ended(obj)
    inner = next((c for c in head.children if c.dep_ == "xcomp"), None)
    return _act_target(inner, depth + 1) if inner is not None else None


def _ended(noun: Token) -> Token | None:
    """Whom an ending noun ends: "the ouster of the junta", "the junta's resignation" (with an
    "of" object the possessor is the one who acts: "the council's suspension of Chile")."""
    lemma = noun.lemma_.lower()
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.pos_ == "NOUN" and lemma in INSTEAD_NOUNS and owner is None:
        # "seeks an alternative to the offer"; "welcomed Lund's alternative to it" is Lund's
        to = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        instead = objects_of(to) if to is not None else ()
        return instead[0] if instead else None  # "an alternative to the offer"
    if noun.pos_ != "NOUN" or lemma not in ENDING_NOUNS:
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    found = objects_of(of) if of is not None else ()
    if found:
        return found[0]
    return owner if owner is not None and owner.pos_ in ("NOUN", "PROPN") else None


def _cue_of(tok: Token) -> Cue | None:
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if tok.pos_ == "VERB":
        if lemma in VIEW_VERBS or lemma in NAMING_VERBS or lemma in VERDICT_VERBS:
            view = _view_cue(tok)
            if view is not None:
                return view
        # A particle makes another verb: "back down", "push back", "call off".
        particle = any(c.dep_ == "prt" for c in tok.children)
        if lemma in STANCE_VERBS and tok.dep_ not in ("amod", "compound") and not particle:
            return _verb_cue(tok, STANCE_VERBS[lemma])
        if lemma in COMPLEMENT_VERBS and (not particle or lemma in PARTICLE_VERBS):
            return _complement_cue(tok, *COMPLEMENT_VERBS[lemma])
        if lemma in PHRASAL_VERBS and particle:
            return _complement_cue(tok, *PHRASAL_VERBS[lemma])
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
        return Cue(tok, NEUTRAL, "neutral", tok.head, "neutral", topic_text="neutrality")
    if low == "against" and tok.dep_ == "prep" and tok.head.lemma_ == "be" and tok.i > tok.head.i:
        # "X is against Y"; "Against this backdrop, X is ..." sets a scene
        return Cue(tok, DISAPPROVE, "oppose", tok.head, "explicit", objects_of(tok))
    if lemma in FAVOUR_NOUNS and tok.dep_ == "pobj" and tok.head.lower_ == "in":
        pred = tok.head.head
        if pred.lemma_ == "be" or pred.pos_ in ("VERB", "AUX"):
            return Cue(tok, SUPPORT, "support", pred, "explicit", objects_of(tok))
    if lemma in GOAL_NOUNS and tok.pos_ == "NOUN":
        return _goal_cue(tok)
    return None


def controlled(pred: Token) -> bool:
    """Is `pred` what someone else is asked to do ("urged X to support", "called on X to")?"""
    if pred.dep_ != "xcomp":
        return False
    head = pred.head
    if head.lemma_.lower() in REFUSAL_VERBS:
        return False
    return any(
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon")) for c in head.children
    )


def passive(tok: Token) -> bool:
    """A passive predicate, including the reduced one ("a plan denounced as reckless")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ in ("acl", "advcl")
        and tok.tag_ == "VBN"
        and not any(c.dep_ == "nsubj" for c in tok.children)
    )


def _verb_cue(tok: Token, cls: StanceClass) -> Cue | None:
    if controlled(tok) or content_of_stance(tok):
        return None
    lemma = tok.lemma_.lower()
    act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if lemma == "threaten" and act is not None:
        # "threatened to suspend ties with X": a stated intention to do it (what it is meant to
        # press for is not said), so support of the act; "warned to" is no threat.
        if passive(tok) or any(c.dep_ == "dobj" for c in tok.children):
            return None  # "was threatened to be expelled", "threatened him to leave"
        return Cue(tok, cls, "support", tok, "explicit", (act,))
    if cls is THREATEN and act is not None:
        return None
    if passive(tok):
        agent = agent_of(tok)
        if agent is None:
            return None
        topic = tuple(c for c in tok.children if c.dep_ == "nsubjpass")
        if not topic and tok.dep_ == "acl":
            topic = (tok.head,)
        if not topic and tok.dep_ == "advcl" and any(c.lower_ == "as" for c in tok.children):
            # "is not making a withdrawal, as demanded by Chile": what the clause above does
            topic = tuple(c for c in tok.head.children if c.dep_ == "dobj")
        return Cue(tok, cls, cls.polarity, tok, "explicit", topic, holder=agent)
    # "warn against/of X", "appeal for X", "object to X"; "urge X to Y" takes Y's object.
    topic = verb_topic(tok, cls)
    doer = credited(tok)
    if not topic and tok.dep_ == "relcl":
        topic = (tok.head,)  # "the approach they advocate"
    if lemma in ("warn", "caution") and not topic:
        return None
    polarity = cls.polarity
    if cls in (APPEAL, DEMAND) and topic and any(c.dep_ == "neg" for c in topic[0].children):
        polarity = "oppose"  # "urged Lund not to publish the audit"
    return Cue(tok, cls, polarity, tok, "explicit", topic, holder=doer)


def content_of_stance(tok: Token) -> bool:
    # "demanded that X condemn ...": the inner verb is the demand's content, not a stance.
    head = tok.head
    if tok.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("of", "for"):
        # "accused the other of funding strikes": what the accused is said to do (an allegation;
        # "thanked X for backing" grants it, read by `credited`)
        verb = head.head if head.head.pos_ == "VERB" else head.head.head
        lemma = verb.lemma_.lower()
        if lemma in CREDIT_VERBS:
            return False
        if lemma in STANCE_VERBS or lemma in COMPLEMENT_VERBS:
            return True
    return (
        tok.dep_ in ("ccomp", "xcomp")
        and head.i != tok.i
        and (head.lemma_.lower() in STANCE_VERBS or head.lemma_.lower() in COMPLEMENT_VERBS)
        and head.lemma_.lower() not in REFUSAL_VERBS
    )


def credited(tok: Token) -> Token | None:
    """ "thanked Kenya for backing the accord", "praised Chile for supporting it": the one thanked
    is the one who backs it (the verb grants the act, an accusation does not)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in CREDIT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def verb_topic(tok: Token, cls: StanceClass | None = None) -> tuple[Token, ...]:
    for c in tok.children:
        if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
            inner = (c,)  # "urged X to release Y": the act asked for
            return inner
        if cls is APPEAL and c.dep_ == "advcl" and c.i > tok.i and _infinitive(c):
            return (c,)  # "petitioned the court to annul the vote": the parse's advcl
    # What is asked or warned about, before whom: "begged him for a loan", "warned
    # China against provocative behaviour"; a criticism's object is its target.
    wanted = {APPEAL: ("for",), DEMAND: ("for",), INTEND: ("for",), THREATEN: ("against", "of")}
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in wanted.get(cls, ()):  # type: ignore[arg-type]
            found = objects_of(c)
            if found:
                return found
    objs = tuple(c for c in tok.children if c.dep_ in ("dobj", "attr"))
    if objs and objs[0].lower_ in ("them", "it") and tok.lemma_.lower() in ACCUSE_VERBS:
        # "accused them of trying to build weapons": what they are accused of ("accused him"
        # may be the holder himself, read by the claim, so it stays the accused)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ALLEGATION_PREPS:
                found = objects_of(c) or tuple(x for x in c.children if x.dep_ == "pcomp")
                if found:
                    return found
    if objs:
        return objs
    for c in tok.children:
        # ("agreed, with its leader saying ...": an absolute phrase, not what is agreed with)
        accord = (
            c.lower_ in ACCORD_PREPS
            and tok.lemma_.lower() in ACCORD_VERBS
            and not any(g.pos_ == "VERB" for o in objects_of(c) for g in (o, *o.children))
        )
        about = c.lower_ in ("for", "against", "of", "to", "on", "about")
        if c.dep_ == "prep" and (about or accord):
            found = objects_of(c)
            if found:
                return found
    for c in tok.children:
        if c.dep_ == "ccomp":  # "insisted that any deal include a pause"
            return (c,)
    return ()


def _complement_cue(tok: Token, cls: StanceClass, licences: frozenset[str]) -> Cue | None:
    if controlled(tok) or content_of_stance(tok):
        return None
    if passive(tok):
        # "they were asked to keep it online": the one asked holds nothing; the asker, if named
        agent = agent_of(tok)
        if agent is None:
            return None
        return Cue(tok, cls, cls.polarity, tok, "explicit", verb_topic(tok, cls), holder=agent)
    deps = {c.dep_ for c in tok.children}
    preps = {c.lower_: c for c in tok.children if c.dep_ in ("prep", "prt")}
    lemma = tok.lemma_.lower()
    if lemma == "stand":
        # "stand by/with X", "stand on the side of X"
        for word, prep in preps.items():
            if word in licences:
                return Cue(tok, cls, cls.polarity, tok, "explicit", objects_of(prep))
            if word == "on":
                side = next((c for c in prep.children if c.lemma_ == "side"), None)
                if side is not None:
                    return Cue(tok, cls, cls.polarity, tok, "explicit", objects_of(side))
        if "against" in preps:
            topic = objects_of(preps["against"])
            return Cue(tok, DISAPPROVE, "oppose", tok, "explicit", topic)
        return None
    if lemma == "call":
        for word in ("for", "on", "upon"):
            # "called for/on" right after the verb; "On Twitter, X called Y ..." is no appeal
            if word in preps and 0 < preps[word].i - tok.i <= 2:
                xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
                if word != "for" and xcomp is None:
                    return None  # "called on a law firm" is a visit, not an appeal
                topic = (xcomp,) if xcomp is not None else ()
                return Cue(
                    tok, cls, cls.polarity, tok, "explicit", topic or objects_of(preps[word])
                )
        return None
    if lemma in PARTICLE_VERBS:
        if not licences & set(preps):
            return None
        topic = verb_topic(tok, cls) or next(
            (objects_of(p) for w, p in preps.items() if w in PHRASAL_PREPS and objects_of(p)), ()
        )
        if lemma == "turn" and not (topic and topic[0].lemma_.lower() in REFUSABLE_NOUNS):
            return None
        return Cue(tok, cls, cls.polarity, tok, "explicit", topic)
    licensed = bool(licences & deps) or bool(licences & set(preps))
    if not licensed:
        return None
    if lemma in ("campaign", "vote") and "against" in preps:
        return Cue(tok, DISAPPROVE, "oppose", tok, "explicit", objects_of(preps["against"]))
    return Cue(tok, cls, cls.polarity, tok, "explicit", verb_topic(tok, cls))


def _light_support_cue(tok: Token) -> Cue | None:
    noun = next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in LIGHT_SUPPORT_NOUNS),
        None,
    )
    if noun is None:
        return None
    for holder in (tok, noun):
        for c in holder.children:
            if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for"):
                topic = objects_of(c)
                if topic:
                    # What gives the impetus is mostly a thing ("this call will give a boost
                    # to ..."): the stance is the speaker's, so it reads as a claim.
                    return Cue(tok, SUPPORT, "support", tok, "claim", topic)
    return None


def _no_sides_cue(tok: Token) -> Cue | None:
    # "takes no side", "will not take sides": declared neutrality
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_ == "side"), None)
    if obj is None:
        return None
    refused = any(c.lower_ == "no" for c in obj.children) or any(
        c.dep_ == "neg" for c in tok.children
    )
    if not refused:
        return None
    return Cue(tok, NEUTRAL, "neutral", tok, "neutral", topic_text="neutrality")


def _adjective_cue(tok: Token, cls: StanceClass) -> Cue | None:
    pred = tok.head
    if cls is NEUTRAL:
        where = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on")), None
        )
        named = "neutrality"
        if where is not None:
            obj = objects_of(where)
            if obj:
                named = f"neutrality {where.lower_} {phrase(obj[0])}"
        return Cue(tok, NEUTRAL, "neutral", pred, "neutral", topic_text=named)
    topic: tuple[Token, ...] = ()
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ADJECTIVE_PREPS:
            topic = objects_of(c)
        elif c.dep_ == "xcomp":
            topic = (c,)
        if topic:
            break
    if not topic:  # "the door is open" says nothing about a stance
        return None
    return Cue(tok, cls, cls.polarity, pred, "explicit", topic)


def _modal_cue(tok: Token) -> Cue | None:
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
    is_passive = any(c.dep_ == "auxpass" for c in pred.children)
    if tok.lower_ == "should" and lemma in FORECAST_VERBS and not is_passive:
        return None  # "profits should rise": a forecast
    if (lemma in STANCE_VERBS or lemma in COMPLEMENT_VERBS) and not is_passive:
        return None  # "X should support Y": the verb's own cue speaks for it
    return Cue(tok, MODAL, "support", pred, "claim", claim_topic(pred))


def _only_cue(tok: Token) -> Cue | None:
    noun = tok.head
    node = noun
    for _ in range(3):  # "talks were the only way (out)": up to the copula
        if node.lemma_ == "be":
            subj = subject_of(node)
            topic: tuple[Token, ...] = (subj,) if subj is not None else ()
            if subj is not None and subj.i == noun.i:
                # "the only way to save the orchards is through irrigation": the other side of "is"
                topic = tuple(c for c in node.children if c.dep_ == "attr") or tuple(
                    o for c in node.children if c.dep_ == "prep" for o in objects_of(c)
                )
            return Cue(tok, MODAL, "support", node, "claim", topic)
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _goal_cue(tok: Token) -> Cue | None:
    """ "with the aim of finding X": the verb's subject holds the goal. "his goal of seizing
    power", "our goal is to win back the harbour", "the aim of the council is to cut taxes": the
    possessor, or the "of" phrase before the copula, holds it."""
    topic: tuple[Token, ...] = ()
    of_name: Token | None = None
    for c in tok.children:
        of_phrase = c.dep_ == "prep" and c.lower_ == "of"
        if of_phrase and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children):
            of_name = objects_of(c)[0]  # "the aim of the council": whose, not what
        elif of_phrase or (c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"):
            topic = objects_of(c)
    copula = tok.head if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" else None
    if copula is not None and not topic:  # "the goal is to reach X"
        topic = tuple(c for c in copula.children if c.dep_ in ("xcomp", "ccomp"))[:1]
    elif of_name is not None and not topic:
        topic = (of_name,)  # "with the aim of a settlement"
        of_name = None
    if not topic:
        return None
    # "their objective being to ...": a possessive pronoun is left to the verb's subject, as its
    # antecedent is often not the nearest name
    holder = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if holder is None and copula is not None:
        holder = of_name
    if holder is not None:
        return Cue(tok, INTEND, "support", copula or tok, "explicit", topic, holder=holder)
    pred = tok.head.head if tok.dep_ == "pobj" else tok.head
    if pred.pos_ not in ("VERB", "AUX"):
        return None
    return Cue(tok, INTEND, "support", pred, "explicit", topic)


def _view_cue(tok: Token) -> Cue | None:
    """ "Y was seen by X as bias", "X portrayed Y as a neutral party", "X dismissed Y as ..."."""
    as_prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    # "called Trump unhinged": the object predicate says what the object is taken to be
    naming = next((c for c in tok.children if c.dep_ == "oprd"), None) or next(
        (c for c in tok.children if c.dep_ == "ccomp" and _small_clause(c)), None
    )
    if naming is None and tok.lemma_.lower() in VIEW_VERBS:
        # "considered it to be unfair and harmful": what the object is taken to be
        naming = next(
            (
                a
                for c in tok.children
                if c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be" and _infinitive(c)
                for a in c.children
                if a.dep_ in ("acomp", "attr")
            ),
            None,
        )
    if as_prep is not None and tok.lemma_.lower() not in ("call", "declare"):
        # "termed them as the axis of greed", "branded it as ...": the naming verbs take "as" too
        heads = list(as_prep.children)
    elif naming is not None:
        heads = [naming]
    else:
        return None
    words = [
        w
        for c in heads
        for w in (c, *c.children, *(x for a in c.children if a.dep_ == "amod" for x in a.conjuncts))
        if w.pos_ in ("NOUN", "ADJ")
        and (
            w.dep_ in ("pobj", "amod", "acomp", "oprd", "conj")
            or (naming is not None and w.i == naming.i)
        )
    ]
    words.extend(_qualifiers(heads))
    if not words:
        return None
    if passive(tok):
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
        if not topic and naming is not None:  # "called the process flawed": a small clause
            topic = tuple(c for c in naming.children if c.dep_ in ("nsubj", "nsubjpass"))
        if not topic and naming is not None and naming.head.lemma_ == "be":
            topic = tuple(c for c in naming.head.children if c.dep_ == "nsubj")
    if any(w.lemma_.lower() in NEUTRAL_WORDS for w in words):
        return Cue(tok, NEUTRAL, "neutral", tok, "view", topic, "neutrality", holder)
    score = sum(verdict_valence(w.lemma_) or verdict_valence(w.text) for w in words)
    if any(c.dep_ == "neg" for h in heads for c in h.children):
        score = -score  # "described the ballot as not free and fair"
    if tok.lemma_.lower() == "dismiss":
        score = min(score, -1.0)
    if abs(score) < VALENCE_CUT:
        return None
    polarity: Polarity = "support" if score > 0 else "oppose"
    return Cue(tok, VIEW, polarity, tok, "view", topic, holder=holder)


def _qualifiers(heads: list[Token]) -> list[Token]:
    """What qualifies the noun a view names something as: "the axis [of greed]", "a man [of
    peace]", "a [renegade] province" (a noun's "of" object and its compound modifiers)."""
    out = []
    for head in heads:
        for c in head.children:
            if c.dep_ == "compound" and c.pos_ in ("NOUN", "ADJ"):
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and head.pos_ == "NOUN":
                out.extend(o for o in objects_of(c) if o.pos_ in ("NOUN", "ADJ"))
    return out


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _small_clause(tok: Token) -> bool:
    """ "declared [the election free]", "pronounced [the vote a fraud]": a subject and what is said
    of it, with no verb (the parse reads it as a clausal complement)."""
    return tok.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "nsubj" for c in tok.children)
