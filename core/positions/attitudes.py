"""Attitude cues: what an actor wants, believes, welcomes or resents (`core.lexicon.attitude`).

Verbs take their holder from the subject ("Norway wants to sign"); nouns from their possessor
("Japan's concern over"), from the verb that expresses them ("voiced support for"), or from a name
before them ("the US decision to"); adjectives from the copula's subject ("Chile is determined
to"). Silent when the text does not say the holder holds it: a question, a condition ("if X
wants"), a passive without its agent, what someone is asked to do ("urged X to accept"), or the
content of another stance ("demanded that X accept").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from core.lexicon.attitude import (
    ABOUT_ONLY,
    ABOUT_PREPS,
    ACT_ONLY_NOUNS,
    AROUSE_VERBS,
    AROUSED_IN,
    ATTITUDE_ADJECTIVES,
    ATTITUDE_NOUNS,
    ATTITUDE_VERBS,
    BELIEVE,
    CLAUSE_ONLY,
    COME_VERBS,
    DELIBERATE,
    EAGER_TO,
    EXPERIENCED_MARKS,
    EXPERIENCED_PREPS,
    EXPERIENCER_VERBS,
    EXPRESS_VERBS,
    FEELING_NOUNS,
    FROM_HOLDER_NOUNS,
    GIVEN_NOUNS,
    GRANT,
    GRIEVANCE_VERBS,
    HELD_NOUNS,
    HOPE_FORMS,
    IN_VIEW_NOUNS,
    INTEREST,
    KNOW,
    KNOW_VERBS,
    NAMED_HELD_NOUNS,
    OCCUPIED_WITH,
    OF_HOLDER_NOUNS,
    OTHER_PASSIVES,
    PARTICIPLES,
    PARTISAN_NOUNS,
    RECEIVE_VERBS,
    RECEIVED_NOUNS,
    RECOGNISED_THINGS,
    RECOGNITION_VERBS,
    REFLEXIVE_INTENT_VERBS,
    REFLEXIVES,
    RESENT,
    VIEW_NOUNS,
    WITHDRAW_VERBS,
)
from core.lexicon.speech import SPEECH_VERBS
from core.lexicon.stance import (
    INTEND,
    STANCE_ADJECTIVES,
    SUPPORT,
    StanceClass,
    valence,
    verdict_valence,
)
from core.model import Polarity
from core.positions.cues import (
    VALENCE_CUT,
    Cue,
    completed,
    content_of_stance,
    controlled,
    credited,
    directed,
    passive,
    unasserted,
    verb_topic,
)
from core.text.syntax import agent_of, has_modal, objects_of, subject_of


def attitude_cue(tok: Token) -> Cue | None:
    return completed(directed(_attitude_cue(tok)))


def _attitude_cue(tok: Token) -> Cue | None:
    lemma = tok.lemma_.lower()
    word = tok.lower_
    if word in HOPE_FORMS:
        lemma = "hope"
    if tok.tag_ == "VBN" and word in PARTICIPLES and any(c.dep_ == "auxpass" for c in tok.children):
        return _adjective(tok, word, pred=tok)
    if tok.tag_ == "VBN" and word in PARTICIPLES and tok.dep_ in ("acomp", "oprd"):
        return _adjective(tok, word)  # "was concerned that ...": the copula's, as an adjective
    if tok.pos_ == "VERB" and lemma in EXPERIENCER_VERBS:
        return _felt_by_object(tok)
    if tok.pos_ == "VERB" and lemma in REFLEXIVE_INTENT_VERBS:
        return _bound(tok)
    if tok.pos_ == "VERB" and (lemma in ATTITUDE_VERBS or lemma in KNOW_VERBS):
        return _verb(tok, lemma)
    if tok.pos_ == "NOUN" and lemma in PARTISAN_NOUNS:
        return _partisan(tok, lemma)
    if tok.pos_ == "NOUN" and lemma in IN_VIEW_NOUNS and tok.dep_ == "pobj":
        return _in_view(tok)
    if tok.pos_ == "NOUN" and lemma in GIVEN_NOUNS:
        given = _given(tok)
        if given is not None or lemma not in ATTITUDE_NOUNS:
            return given
    if tok.pos_ == "NOUN" and lemma in ATTITUDE_NOUNS:
        return _noun(tok, lemma)
    if tok.pos_ == "ADJ" and lemma in ATTITUDE_ADJECTIVES and tok.dep_ in ("acomp", "oprd"):
        return _adjective(tok, lemma)
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.i > tok.head.i:
        return _after_holder(tok, lemma)
    return None


def _after_holder(tok: Token, lemma: str) -> Cue | None:
    """ "Tarn mayor optimistic about the harvest" (a headline), "officials, eager to rebut
    the criticism, ...": an attitude adjective after the noun it is said of, with what it is
    about; the noun holds it. Before the noun ("a ready supply") it says nothing of a holder."""
    if lemma not in ATTITUDE_ADJECTIVES and lemma not in STANCE_ADJECTIVES:
        return None
    if not any(c.dep_ in ("prep", "xcomp") for c in tok.children):
        return None
    cue = _adjective(tok, lemma, pred=tok)
    if cue is None or cue.topic == (tok,):
        return None
    return replace(cue, holder=tok.head)


def _felt_by_object(tok: Token) -> Cue | None:
    """ "The sale infuriated Beijing", "remarks that riled its allies", "thereby alienating the
    unions": the one made to feel it resents what did so; "voters were outraged by (at) the
    ruling": in the passive, the subject. Silent on a forecast ("may anger Japan") as on a
    question, a condition or a negation."""
    if tok.dep_ in ("amod", "compound") or unasserted(tok, tok):
        return None
    if has_modal(tok):
        return None  # "the move could anger Japan": a guess, not a feeling
    if passive(tok):
        holder = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        about = next(
            (
                o
                for c in tok.children
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in EXPERIENCED_PREPS)
                for o in objects_of(c)[:1]
            ),
            None,
        )
        if about is None:  # "was angered when the envoy left": what the clause says
            about = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "advcl"
                    and any(
                        m.dep_ == "advmod" and m.lower_ in EXPERIENCED_MARKS for m in c.children
                    )
                ),
                None,
            )
        if holder is None or about is None:
            return None
        return Cue(tok, RESENT, "oppose", tok, "explicit", (about,), holder=holder)
    holder = next((c for c in tok.children if c.dep_ == "dobj"), None)
    cause = subject_of(tok)
    if cause is None and tok.dep_ == "advcl" and tok.tag_ == "VBG":
        cause = tok.head  # "He backed the rebels, thereby infuriating Peru": that clause
    if holder is None or cause is None:
        return None
    return Cue(tok, RESENT, "oppose", tok, "explicit", (cause,), holder=holder)


def _bound(tok: Token) -> Cue | None:
    """ "The government committed itself to pay the ticket": bound to an act (or "to" a thing)."""
    if not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return None
    if controlled(tok) or passive(tok) or unasserted(tok, tok):
        return None
    # "committed itself, in a letter, to pay": the parse may hang the infinitive as an adverbial
    topic: tuple[Token, ...] = next(
        (
            (c,)
            for c in tok.children
            if c.dep_ == "xcomp"
            or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        ),
        (),
    )
    if not topic:
        to = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        topic = objects_of(to) if to is not None else ()
    if not topic:
        return None
    return Cue(tok, INTEND, "support", tok, "explicit", topic)


def _partisan(tok: Token, lemma: str) -> Cue | None:
    """ "opposition supporters", "Okafor's critics", "Lund, a Dunmore supporter": the supporters
    (or the one they are said to be) back the one named with them."""
    backed = next(
        (c for c in tok.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ != "PRON"),
        None,
    )
    if backed is None:
        return None  # "supporters of X" mostly only name a crowd; "X supporters" a camp
    holder = tok.head if tok.dep_ == "appos" else tok  # "Lund, a Dunmore supporter"
    cls = PARTISAN_NOUNS[lemma]
    return Cue(tok, cls, cls.polarity, tok, "explicit", (backed,), holder=holder)


def _in_view(tok: Token) -> Cue | None:
    """ "In his view, the talks must resume", "in the opinion of Japan, ...": the clause the
    phrase stands in is the holder's argument."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    holder = next((c for c in tok.children if c.dep_ == "poss"), None) or _of_holder(tok)
    if holder is None:
        return None
    clause = prep.head
    # "in his view, Lund went on, the levy is ...": the parse hangs it on the saying
    clause = next((c for c in clause.children if c.dep_ == "ccomp"), clause)
    if clause.dep_ == "ccomp" and clause.i < clause.head.i:
        clause = clause.head  # the saying is a parenthetical before what is said
    if unasserted(tok, clause) or clause.lemma_.lower() in SPEECH_VERBS:
        return None
    # a view: the holder is named, whatever the modal ("in his view, talks must resume")
    return Cue(tok, BELIEVE, "support", clause, "view", (clause,), holder=holder)


def _verb(tok: Token, lemma: str) -> Cue | None:
    if tok.dep_ in ("amod", "compound") or any(c.dep_ == "prt" for c in tok.children):
        return None  # "a wanted man"; "thought up" is another verb
    if controlled(tok) or content_of_stance(tok) or unasserted(tok, tok):
        return None
    if passive(tok):
        return _passive(tok, lemma)
    if lemma in CLAUSE_ONLY and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
        return None
    if lemma in RECOGNITION_VERBS and not _recognition(tok):
        return None
    cls = ATTITUDE_VERBS.get(lemma, KNOW)
    if cls is KNOW and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # "it is time for Lund to realise that ...", "the need to know": not held
    if cls is DELIBERATE and not _weighing(tok):
        return None
    admitted_to = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    if cls is GRANT and (admitted_to or not any(c.dep_ == "ccomp" for c in tok.children)):
        return None  # "admitted that ..."; "admitted to hospital" grants nothing
    topic = verb_topic(tok, cls)
    if not topic and lemma == "believe":  # "believes in victory"
        topic = next((objects_of(c) for c in tok.children if c.lower_ == "in"), ())
    if not topic:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") and _open_question(tok, c) for c in tok.children):
        # "will decide whether to cut output", "agreed on how to proceed": still open
        return Cue(tok, cls, "neutral", tok, "explicit", topic)
    if cls is KNOW and not any(c.dep_ == "neg" for c in tok.children):
        # "knows that the talks failed" argues that they did; not knowing (and knowing
        # whether, how, what) takes no side
        cls = BELIEVE
    doer = credited(tok)
    if doer is not None:
        return Cue(tok, cls, cls.polarity, tok, "explicit", topic, holder=doer)
    if cls is BELIEVE and lemma != "agree":  # agreeing with a view is agreement, whatever it says
        judged = _judgement(topic[0])
        if judged is not None:  # "believes the plan is reckless": a view of the plan
            return Cue(tok, cls, judged[0], tok, "explicit", judged[1])
        if _denies(topic[0]):
            # "believes the vote was not fair", "argues that no deal exists": arguing against it
            return Cue(tok, cls, "oppose", tok, "explicit", topic)
    return Cue(tok, cls, cls.polarity, tok, "explicit", topic)


def _recognition(tok: Token) -> bool:
    """ "did not recognise the result", "recognised the new state": an act of recognition."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RECOGNISED_THINGS for c in tok.children)


def _passive(tok: Token, lemma: str) -> Cue | None:
    """ "The plan was denied by Chile", "a poll boycotted by the opposition": the agent holds
    it against the subject (a passive without its agent says nothing of anyone). Approval in
    the passive ("approved by the board", "accepted by shareholders") is mostly a formal act,
    as a signature is, so only the resentful verbs read it."""
    agent = agent_of(tok)
    cls = ATTITUDE_VERBS.get(lemma, KNOW)
    if agent is None or cls is not RESENT or lemma in CLAUSE_ONLY | OTHER_PASSIVES:
        return None
    topic = tuple(c for c in tok.children if c.dep_ == "nsubjpass")
    if not topic and tok.dep_ == "acl":
        topic = (tok.head,)
    if not topic:
        return None
    return Cue(tok, cls, cls.polarity, tok, "explicit", topic, holder=agent)


def _judgement(clause: Token) -> tuple[Polarity, tuple[Token, ...]] | None:
    """A clause that says what something is, in words of clear valence ("that the plan is
    reckless", "the election was not fair"): the polarity toward its subject."""
    if clause.dep_ != "ccomp" or clause.lemma_ != "be":
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
    if subj is None or not said or subj.pos_ == "PRON":
        return None
    heads = [w for c in said for w in (c, *c.conjuncts, *c.children) if w.pos_ in ("ADJ", "NOUN")]
    score = sum(verdict_valence(w.lemma_) or verdict_valence(w.text) for w in heads)
    if abs(score) < VALENCE_CUT:
        return None
    if any(c.dep_ == "neg" for c in clause.children):
        score = -score
    return ("support" if score > 0 else "oppose"), (subj,)


def _denies(clause: Token) -> bool:
    """A clause that says something is not so: its verb negated ("was not fair", "will never
    work"), or its subject "no" ("no deal exists")."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ != "ccomp":
        return False
    if any(c.dep_ == "neg" for c in clause.children):
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children)


def _weighing(tok: Token) -> bool:
    """ "is considering a merger", "will consider raising rates": a course weighed, not a view
    ("considers them traitors", "considered it to be wrong", "considered that ...")."""
    deps = [c.dep_ for c in tok.children]
    if any(d in ("ccomp", "oprd", "advcl") for d in deps):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False  # "to consider that country as a partner": a view of it
    if tok.dep_ in ("advcl", "prep") and "nsubj" not in deps and "aux" not in deps:
        return False  # "considering the falling support, ...": a preposition in all but name
    xcomp = [c for c in tok.children if c.dep_ == "xcomp"]
    if xcomp:
        return "dobj" not in deps and all(c.tag_ == "VBG" for c in xcomp)
    return "dobj" in deps


def _open_question(verb: Token, clause: Token) -> bool:
    """A complement that asks rather than says: "whether to", "what to do", "how to" (after the
    verb: in "what they want to do" the "what" is a relative's, and the want is said)."""
    first = clause.left_edge
    if first.i < verb.i:
        return False
    return first.lower_ in ("whether", "if") or first.tag_ in ("WDT", "WP", "WRB")


def _about(tok: Token, skip: Token | None = None) -> tuple[Token, ...]:
    for c in tok.children:
        if skip is not None and c.i == skip.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS:
            found = objects_of(c)
            if found:
                return found
        if c.dep_ in ("acl", "relcl", "xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
            return (c,)
    # "our position is that ...", "his concern was that ...": the clause after the copula
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
        clause = next((c for c in tok.head.children if c.dep_ == "ccomp"), None)
        if clause is not None and clause.pos_ in ("VERB", "AUX"):
            return (clause,)
    return ()


def _received(tok: Token) -> Cue | None:
    """ "Ortega has the support of Chile", "won the backing of the unions for his plan": the "of"
    (or "among", "from") names who backs; what they back is the plan, else the subject."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in RECEIVE_VERBS:
        return None
    backer = next(
        (
            o
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in ("of", "among", "from")
            for o in objects_of(c)[:1]
        ),
        None,
    )
    if backer is None or passive(verb) or controlled(verb) or unasserted(tok, verb):
        return None
    wanted = next(
        (c for n in (tok, verb) for c in n.children if c.dep_ == "prep" and c.lower_ == "for"), None
    )
    topic = objects_of(wanted) if wanted is not None else ()
    if not topic:
        subj = subject_of(verb)
        topic = (subj,) if subj is not None else ()
    if not topic:
        return None
    cls = ATTITUDE_NOUNS[tok.lemma_.lower()]
    return Cue(tok, cls, cls.polarity, verb, "explicit", topic, holder=backer)


def _given(tok: Token) -> Cue | None:
    """ "withdrew its support from Ortega": against him; "came to the support of the ferrymen",
    "came to Chile's defence": for them. The subject holds it."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lemma_.lower() in COME_VERBS:
        verb = verb.head
        backed = next((c for c in tok.children if c.dep_ == "poss"), None) or _of_holder(tok)
        polarity: Polarity = "support"
    elif tok.dep_ == "dobj" and verb.lemma_.lower() in WITHDRAW_VERBS:
        backed = next(
            (
                o
                for n in (tok, verb)
                for c in n.children
                if c.dep_ == "prep" and c.lower_ in ("from", "for")
                for o in objects_of(c)[:1]
            ),
            None,
        )
        polarity = "oppose"
    else:
        return None
    if backed is None:
        return None
    if passive(verb) or controlled(verb) or unasserted(tok, verb):
        return None
    cls = ATTITUDE_NOUNS.get(tok.lemma_.lower(), SUPPORT)
    return Cue(tok, cls, polarity, verb, "explicit", (backed,))


def _aroused(tok: Token, cls: StanceClass) -> Cue | None:
    """ "The raid provoked anger among the unions", "the plan caused concern in Chile": those
    the feeling is stirred in hold it toward the subject that stirred it. Silent on a guess
    ("could spark anger"), a negation, a passive, a question or a condition."""
    verb = tok.head
    if cls.polarity == "neutral" or passive(verb) or controlled(verb) or unasserted(tok, verb):
        return None
    if has_modal(verb) or any(c.dep_ == "neg" for c in verb.children):
        return None
    holder = next(
        (
            o
            for n in (tok, verb)
            for c in n.children
            if c.dep_ == "prep" and c.lower_ in AROUSED_IN
            for o in objects_of(c)[:1]
        ),
        None,
    )
    cause = subject_of(verb)
    if holder is None or cause is None:
        return None
    return Cue(tok, cls, cls.polarity, verb, "explicit", (cause,), holder=holder)


def _noun(tok: Token, lemma: str) -> Cue | None:
    cls = ATTITUDE_NOUNS[lemma]
    if lemma in ACT_ONLY_NOUNS and (tok.tag_ == "NNS" or not _toward_an_act(tok)):
        return None  # "its interests in working out a deal" are its stakes
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in AROUSE_VERBS:
        aroused = _aroused(tok, cls)
        if aroused is not None:
            return aroused
    if lemma in RECEIVED_NOUNS and tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECEIVE_VERBS:
        received = _received(tok)
        if received is not None:
            return received
        if not any(c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for c in tok.children):
            return None  # "has the support he needs": whose, it does not say
    # "the wishes of the growers", "the opinion of the court": the "of" names the holder
    of_holder = _of_holder(tok) if lemma in OF_HOLDER_NOUNS else None
    about = _about(tok, skip=of_holder.head if of_holder is not None else None)
    verb = tok.head.lemma_.lower()
    expressed = (
        tok.dep_ == "dobj"
        and verb in EXPRESS_VERBS
        and (verb not in GRIEVANCE_VERBS or cls.polarity == "oppose")
    )
    if not about and expressed:
        # "expressed concern over the raids", "voiced concern that ...": the parse hangs what
        # it is about on the verb
        about = _about(tok.head)
    # The holder: "Japan's", "its"; the "by" or "of" phrase ("demands by the unions"); whoever
    # expresses it ("voiced concern"); or a name before the noun ("the US decision", "Chinese
    # opposition to"), not a plain adjective ("strong").
    poss = (
        next((c for c in tok.children if c.dep_ == "poss"), None)
        or _by_holder(tok, from_too=lemma in FROM_HOLDER_NOUNS)
        or of_holder
    )
    held = lemma in HELD_NOUNS and poss is not None and poss.pos_ != "PRON"
    # "Peru fears were raised", "without Peru support": the name before the noun holds it
    named_by = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    held_by_name = poss is None and named_by is not None and lemma in NAMED_HELD_NOUNS
    if not about and lemma not in FEELING_NOUNS and not held and not held_by_name:
        return None  # "had a call", "its plan": not a stance without what it is about
    topic = about or (tok,)
    polarity = cls.polarity
    if lemma in VIEW_NOUNS and not (about and _that_clause(about[0])):
        # "its view on the accord" says where it looks, not which way; "its hostile position
        # towards Peru", "a positive attitude to the talks" say which way
        judged = _judged(tok) if about else None
        if judged is None or any(c.dep_ == "neg" for c in tok.head.children):
            return None  # "has no united stance on" is no stance either way
        polarity = judged
    if expressed:
        # "voiced (their) support for": the verb's clause is the claim, "their" its holder
        pred = tok.head
        if passive(pred) or controlled(pred) or unasserted(tok, pred):
            return None
        # "their" is the subject's: the subject names each holder ("Norway and Chile voiced ...")
        named = poss if poss is not None and poss.pos_ != "PRON" else None
        return Cue(tok, cls, polarity, pred, "explicit", topic, holder=named)
    if poss is not None:
        if unasserted(tok, tok.head):
            return None
        return Cue(tok, cls, polarity, tok, "explicit", topic, holder=poss)
    named = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.text[:1].isupper())
        ),
        None,
    )
    if named is not None and about and not unasserted(tok, tok.head):
        return Cue(tok, cls, polarity, tok, "explicit", topic, holder=named)
    if held_by_name and not unasserted(tok, tok.head):
        return Cue(tok, cls, polarity, tok, "explicit", topic, holder=named_by)
    return None


def _toward_an_act(tok: Token) -> bool:
    """ "an interest in buying the field", "voiced interest in joining": an "in" phrase (on the
    noun or on the verb that expresses it) whose object is an act."""
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children)
        for n in (tok, tok.head)
        for c in n.children
    )


def _aside(tok: Token) -> bool:
    """ "where X is concerned", "as far as X is concerned": a clause of what it is about."""
    first = min((c.left_edge.i for c in tok.head.children), default=tok.i)
    words_before = tok.doc[min(first, tok.i) : tok.i]
    return (
        any(w.lower_ == "where" for w in words_before) or "as far as" in words_before.text.lower()
    )


def _judged(noun: Token) -> Polarity | None:
    """The way a view leans, from the words that qualify it ("hostile", "positive", "tough")."""
    score = sum(valence(c.lemma_) for c in noun.children if c.dep_ == "amod")
    if abs(score) < VALENCE_CUT:
        return None
    return "support" if score > 0 else "oppose"


def _that_clause(tok: Token) -> bool:
    """ "the view that talks can work": the content of a view, not a relative clause."""
    return tok.pos_ in ("VERB", "AUX") and (
        tok.dep_ == "ccomp" or any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
    )


def _by_holder(tok: Token, from_too: bool = False) -> Token | None:
    """ "threats by the EU", "the views expressed by Japan", "criticism from the EU": the one
    whose attitude it is."""
    preps = ("by", "from") if from_too else ("by",)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            found = objects_of(c)
            if found:
                return found[0]
        if c.dep_ == "acl" and c.tag_ == "VBN":
            agent = agent_of(c)
            if agent is not None:
                return agent
    return None


def _of_holder(tok: Token) -> Token | None:
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return None
    found = objects_of(of)
    # a name or a body ("of Japan", "of the government"), not an act ("the wish of joining")
    return found[0] if found and found[0].pos_ in ("PROPN", "NOUN", "PRON") else None


def _adjective(tok: Token, lemma: str, pred: Token | None = None) -> Cue | None:
    pred = pred if pred is not None else tok.head
    if unasserted(tok, pred):
        return None
    cls = ATTITUDE_ADJECTIVES.get(lemma) or STANCE_ADJECTIVES.get(lemma) or INTEREST
    if cls.polarity == "neutral" and cls is not GRANT:
        return None  # "neutral" is read by the stance rule, as an adjective
    if cls is GRANT and not _about(tok):
        return None  # "the outcome is uncertain": the writer's, about nothing held
    if lemma in ABOUT_ONLY and not _about(tok) and _aside(tok):
        return None  # "where Zimbabwe is concerned" only says what the sentence is about
    occupied = OCCUPIED_WITH.get(lemma)
    if occupied and any(c.dep_ == "prep" and c.lower_ == occupied for c in tok.children):
        return None  # "is concerned with getting its way": occupied, not worried
    polarity = cls.polarity
    if lemma in EAGER_TO and any(c.dep_ == "xcomp" for c in tok.children):
        polarity = "support"  # "anxious to turn sales around" is eager, not worried
    if any(c.dep_ == "advmod" and c.lower_ in ("less", "least") for c in tok.children):
        polarity = "oppose" if polarity == "support" else "support"  # "even less happy with"
    return Cue(tok, cls, polarity, pred, "explicit", _about(tok) or (tok,))
