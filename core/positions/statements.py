"""Statements: the stance an attributed quote takes, where no stance cue inside it says so.

Two readings, each of a quote with a speaker:
- the verb that introduces it has a stance of its own ('"...," she refused', "declined to
  comment on the audit", "hopes the talks resume"): that stance, on what the quote says;
- a plain statement ("X said ...") that evaluates its subject ("the ballot was free and fair",
  "the mayor's plan was wrong"): support or opposition of that subject, after negation.
A bare fact ("the ship sank at 11:30"), a question, a forecast or a guess ("could become
embarrassing") takes none and stays silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.lexicon.evaluation import (
    ARGUED_CUT,
    ARGUED_MARKS,
    ASKING,
    ASSERTING,
    CONDITION_WORDS,
    COPULAS,
    EVALUATION,
    FINDING_VERBS,
    GROUND_NOUNS,
    GUESS_ADVERBS,
    GUESS_MODALS,
    IMPERSONAL_SUBJECTS,
    IMPORTANCE_WORDS,
    INFERENCE_VERBS,
    LIKELIHOOD_WORDS,
    NAMING,
    NAMING_CUES,
    NAMING_CUT,
    NECESSITY_VERBS,
    NECESSITY_WORDS,
    NEEDLESS_WORDS,
    RESTRICTING_WORDS,
    SPECULATING,
    SPECULATION,
    STATE_WORDS,
    cue_class,
    evaluation,
)
from core.lexicon.people import ACTOR_LABELS, GROUP_HEADS, is_person_noun
from core.lexicon.pronouns import FIRST_PERSON, RELATIVE_THINGS
from core.lexicon.stance import (
    INTEND,
    MODAL,
    StanceClass,
    statement_valence,
    valence,
    verdict_valence,
)
from core.model import Actor, Polarity, Quote, TextSpan
from core.positions.claims import Claim
from core.positions.topics import claim_topic, statement_topic, topic_of, unquoted
from core.reference import Resolver
from core.text.syntax import NOMINAL_SUBJECTS, asks, has_modal, own_subject

# A guess modal anywhere in a quote's text: what `_speculated` looks for before reading the parse.
GUESSING = re.compile(
    r"\b(?:" + "|".join(sorted(GUESS_MODALS | GUESS_ADVERBS)) + r")\b", re.IGNORECASE
)

# How far (characters) the cue may sit from the quote and still read with it as one span.
CUE_REACH = 120


def statement_claims(holders: Resolver, quote: Quote) -> list[Claim]:
    """What `quote` says its speaker stands for or against: at most one claim per reading."""
    speaker = holders.actor_by_id(quote.speaker)
    if speaker is None:
        return []
    cued = _cued(holders, speaker, quote)
    if cued is not None:
        return [cued]
    out: list[Claim] = []
    pieces: list[SpacySpan] = []
    for piece in quote.pieces:
        content = holders.doc.char_span(piece.start, piece.end, alignment_mode="expand")
        if content is None:
            continue
        pieces.append(content)
        for pred in _main_predicates(content):
            claim = (
                _evaluated(holders, speaker, quote, pred)
                or _called(holders, speaker, quote, pred)
                or _inferred(holders, speaker, quote, pred)
                or _groundless(holders, speaker, quote, pred)
            )
            if claim is not None:
                out.append(claim)
    if not out and pieces:
        read = (
            _speculated(holders, speaker, quote, pieces)
            or _argued(holders, speaker, quote, pieces)
            or _asserted(holders, speaker, quote, pieces)
        )
        if read is not None:
            out.append(read)
    return out


def _cue_token(holders: Resolver, quote: Quote) -> Token | None:
    if quote.cue is None:
        return None
    span = holders.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else None


def _content_root(holders: Resolver, quote: Quote) -> Token | None:
    piece = quote.pieces[0]
    span = holders.doc.char_span(piece.start, piece.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _cued(holders: Resolver, speaker: Actor, quote: Quote) -> Claim | None:
    """ "X refused to ...", '"...," Y warned': the introducing verb's own stance on the quote."""
    verb = _cue_token(holders, quote)
    if verb is None:
        return None
    if _negated(verb) or asks(verb.sent.text) or asks(quote.text):
        return None
    cls = cue_class(verb.lemma_.lower())
    if cls is None and verb.lemma_.lower() in SPECULATING:
        cls = SPECULATION  # "wondered whether the truce would hold": a guess at it, neutral
    polarity: Polarity | None = cls.polarity if cls is not None else None
    content = _content_root(holders, quote)
    root = statement_topic(content, forecast=cls is INTEND) if content is not None else None
    if root is None:
        return None
    head = root
    if cls is None:
        named = _named(holders, quote, verb)
        if named is None:
            return None
        head, polarity = named
        cls = NAMING
    assert polarity is not None
    topic, keys = topic_of((head,), None, holders)
    if topic is None or topic == speaker.name:
        return None
    cue = quote.cue
    assert cue is not None
    evidence = _with_cue(holders, quote)
    said = unquoted(quote.text)
    claim = f"{verb.text} {said}" if cue.start < quote.start else f"{said} ({verb.text})"
    return Claim(
        speaker,
        polarity,
        cls,
        claim,
        topic,
        keys,
        evidence,
        quote.id,
        quote.speaker_mention,
    )


def _named(holders: Resolver, quote: Quote, verb: Token) -> tuple[Token, Polarity] | None:
    """'called X "the axis of greed"', "described Y as a crime against farmers": what the
    speaker names its object (the cue's direct object) judges it, by the words' valence. A call
    for something ("called on X to", "called for talks") is an appeal, read elsewhere."""
    if verb.lemma_.lower() not in NAMING_CUES:
        return None
    appeal = ("for", "on", "upon")
    small = _small_clause(verb)
    if any(
        (c.dep_ in ("xcomp", "ccomp") and (small is None or c.i != small.i)) or c.lower_ in appeal
        for c in verb.children
    ):
        return None
    named = _named_object(holders, quote, verb, small)
    if named is None:
        return None
    # The words the object is named with: the quote's, less the object's own (for an object the
    # naming clause describes, "the poll, which X called ...", less all but that clause; for the
    # name itself, "what he described as a crime", none).
    own: set[int] = set()
    if named.head.i == verb.i or (small is not None and named.head.i == small.i):
        own = {w.i for w in named.subtree}
    elif verb in named.subtree:
        own = {w.i for w in named.subtree} - {w.i for w in verb.subtree}
    content = [
        t
        for p in quote.pieces
        for t in holders.doc.char_span(p.start, p.end, alignment_mode="expand") or ()
        if t.i not in own
    ]
    score = sum(
        verdict_valence(t.lemma_) * (-1 if _denied(t) else 1)
        for t in content
        if t.pos_ in ("ADJ", "NOUN") and not t.ent_type_
    )
    if abs(score) < NAMING_CUT:
        return None
    return named, ("support" if score > 0 else "oppose")


def _denied(word: Token) -> bool:
    """A word of a name that is denied: "described the poll as not free and fair" (the "not"
    on "free", and "fair" joined to it)."""
    node = word.head if word.dep_ == "conj" else word
    return _negated(node) or (node is not word and _negated(word))


def _small_clause(verb: Token) -> Token | None:
    """ "declared the poll credible", "considers the island a province": the verb's clause
    without a verb, an adjective or a noun with its own subject (what is named, and its name)."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.pos_ in ("ADJ", "NOUN")
            and any(d.dep_ == "nsubj" for d in c.children)
        ),
        None,
    )


def _named_object(
    holders: Resolver, quote: Quote, verb: Token, small: Token | None = None
) -> Token | None:
    """What the naming verb names: its direct object (or the subject of its verbless clause,
    `small`); for a relative one, the noun its clause describes ("the count, which Lund called
    exemplary"), or for "what" the name itself ("to fight what he described as a deliberate
    cruelty": the cruelty). Another pronoun names no one knows what."""
    named = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if named is None and small is not None:
        named = next(c for c in small.children if c.dep_ == "nsubj")
    if named is None:
        return None
    if named.lower_ in RELATIVE_THINGS and verb.dep_ == "relcl":
        named = verb.head
    elif named.lower_ == "what":
        named = _content_root(holders, quote) or named
    return named if named.pos_ in ("NOUN", "PROPN") else None


def _main_predicates(content: SpacySpan) -> Iterator[Token]:
    """The content's own predicates: its verbs whose head lies outside it (the cue's
    complement), and their conjuncts. A sentence root inside the content (the second sentence
    of a long quote) is not read: one quote is one statement to the annotators, and reading
    every sentence gave 16 more positions on positions-dev for 1 more match."""
    lo, hi = content.start, content.end
    for tok in content:
        if not lo <= tok.head.i < hi and tok.pos_ in ("VERB", "AUX"):
            yield tok
            yield from (c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))


def _asked(quote: Quote, pred: Token) -> bool:
    """A question, direct or reported ("asked whether the plan was fair")."""
    if asks(pred.sent.text) or asks(quote.text):
        return True
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in pred.children):
        return True
    return pred.dep_ in ("ccomp", "xcomp") and pred.head.lemma_.lower() in ASKING


def _negated(tok: Token) -> bool:
    # "not", "never", and "no longer" (parsed as an adverb over "longer")
    return any(
        c.dep_ == "neg" or (c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children))
        for c in tok.children
    )


def _evaluated(holders: Resolver, speaker: Actor, quote: Quote, pred: Token) -> Claim | None:
    """ "X was wrong", "it is a ruinous mistake": a copula whose complement judges its subject."""
    if pred.lemma_.lower() not in COPULAS or _asked(quote, pred):
        return None
    if any(c.dep_ == "aux" and c.lower_ in GUESS_MODALS for c in pred.children):
        return None  # "could become embarrassing": a guess, not a judgement
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    comp = _complement(pred)
    if comp is not None and comp.lemma_.lower() in LIKELIHOOD_WORDS:
        return _guessed(holders, speaker, quote, pred, comp)
    if comp is not None and comp.lemma_.lower() in NECESSITY_WORDS:
        return _needed(holders, speaker, quote, pred, comp)
    if subj is not None and comp is not None:
        stressed = _stressed(holders, speaker, quote, pred, subj, comp)
        if stressed is not None:
            return stressed
    if subj is None or comp is None or subj.pos_ in ("PRON", "DET", "NUM"):
        return None  # "it is difficult", "they were unsure": no telling what is judged
    if _reports_on(holders, speaker, subj, comp):
        return None  # "its business was weak", "the docks were safe": a report, not a stance
    if comp.lemma_.lower() in IMPORTANCE_WORDS:
        score = 1.0  # "is critical to security": argues for it
    else:
        words = [comp, *(c for c in comp.children if c.dep_ in ("amod", "conj"))]
        if any(c.dep_ in ("xcomp", "ccomp") for c in comp.children):
            return None  # "is ready to ...", "is satisfied that ...": an attitude, not a judgement
        score = sum(evaluation(w) for w in words)
    if score == 0:
        return None
    polarity: Polarity = "support" if score > 0 else "oppose"
    if _negated(pred) or _negated(comp):
        polarity = "oppose" if polarity == "support" else "support"
    topic, keys = topic_of((subj,), None, holders)
    if topic is None or topic == speaker.name:
        return None
    return _claim(holders, speaker, quote, polarity, EVALUATION, topic, keys, [subj, comp], (pred,))


def _stressed(
    holders: Resolver, speaker: Actor, quote: Quote, pred: Token, subj: Token, comp: Token
) -> Claim | None:
    """ "The most important issue is the sea wall", "the harbour is the key issue", "this
    is an important step": saying one side of the copula is what matters argues for the other
    (for the complement itself when the subject is only "this"), whatever the words' valence."""

    def important(node: Token) -> bool:
        return any(c.dep_ == "amod" and c.lemma_.lower() in IMPORTANCE_WORDS for c in node.children)

    if important(subj):
        head = comp
    elif important(comp):
        head = comp if subj.pos_ in ("PRON", "DET") else subj
    else:
        return None
    if _negated(pred) or head.pos_ not in ("NOUN", "PROPN"):
        return None  # "is not the key issue": no telling what matters instead
    topic, keys = topic_of((head,), None, holders)
    if topic is None or topic == speaker.name:
        return None
    return _claim(
        holders, speaker, quote, "support", EVALUATION, topic, keys, [subj, comp], (pred,)
    )


def _inferred(holders: Resolver, speaker: Actor, quote: Quote, pred: Token) -> Claim | None:
    """ "Her visit shows that Peru values the ties", "this means the plan has failed": a fact
    said to show, mean or bear out something argues that it is so (against it when denied: "does
    not mean"). What a test shows ("showed no abnormality") is a finding unless it is a clause
    ("shows that ..."). An actor that shows or reflects ("Lund should reflect on himself")
    acts, and a modal makes it a forecast or a call ("will show"): those stay silent, as a
    question does."""
    if pred.lemma_.lower() not in INFERENCE_VERBS or _asked(quote, pred):
        return None
    if has_modal(pred):
        return None
    if pred.lemma_.lower() in FINDING_VERBS and not any(c.dep_ == "ccomp" for c in pred.children):
        return None  # "the tests showed no abnormality": a finding reported, not argued
    if any(c.dep_ == "auxpass" for c in pred.children):
        return None  # "it was meant to read", "is reflected in": a purpose or a report
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    if subj is not None and _someone(holders, subj):
        return None
    polarity: Polarity = "oppose" if _negated(pred) else "support"
    return _whole_statement(holders, speaker, quote, pred, polarity, EVALUATION)


def _groundless(holders: Resolver, speaker: Actor, quote: Quote, pred: Token) -> Claim | None:
    """ "There is no reason to close the harbour", "they have no right to speak for us": an act
    denied any ground argues against it. "Was no reason given?" (a question), "no reason was
    given" (no act named) stay silent."""
    if _asked(quote, pred):
        return None
    for ground in pred.children:
        if ground.dep_ not in ("attr", "dobj") or ground.lemma_.lower() not in GROUND_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "no" for c in ground.children):
            continue
        act = next(
            (
                c
                for c in ground.children
                if c.dep_ in ("acl", "relcl")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            ),
            None,
        )
        if act is None:
            continue
        topic, keys = topic_of(claim_topic(act), None, holders)
        if topic is None or topic == speaker.name:
            return None
        subj = own_subject(pred, NOMINAL_SUBJECTS)  # who has no right: part of what is said
        parts = [t for t in (subj, ground) if t is not None]
        return _claim(holders, speaker, quote, "oppose", MODAL, topic, keys, parts, (pred,))
    return None


def _someone(holders: Resolver, subj: Token) -> bool:
    """Does `subj` name someone (an actor, a name, "the mayor", "critics", "she") rather than
    a fact ("the vote", "this")?"""
    if subj.pos_ == "PRON":
        return subj.lower_ not in IMPERSONAL_SUBJECTS
    if holders.actor_of(subj) is not None or subj.ent_type_ in ACTOR_LABELS:
        return True
    return is_person_noun(subj) or subj.lemma_.lower() in GROUP_HEADS


def _called(holders: Resolver, speaker: Actor, quote: Quote, pred: Token) -> Claim | None:
    """ "We have to dredge the harbour", "the work needs to be strengthened": a call for the act
    (against it when negated: "would not need to produce evidence")."""
    if pred.lemma_.lower() not in NECESSITY_VERBS or _asked(quote, pred):
        return None
    act = next(
        (
            c
            for c in pred.children
            if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if act is None or any(c.lower_ == "yet" for c in pred.children):
        return None  # "has yet to be ratified": not yet done, no call
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    if subj is not None and subj.lower_ == "i":
        return None  # "I have to go": the speaker's errand, not a call
    topic, keys = topic_of(claim_topic(act), None, holders)
    if topic is None or topic == speaker.name:
        return None
    polarity: Polarity = "oppose" if _negated(pred) else "support"
    parts = [t for t in (subj, act) if t is not None]
    return _claim(holders, speaker, quote, polarity, MODAL, topic, keys, parts, (pred,))


def _argued(
    holders: Resolver, speaker: Actor, quote: Quote, pieces: list[SpacySpan]
) -> Claim | None:
    """ "This is deeply unjust," she said; "we cannot let towns with a poor
    record bully us": a statement that no single word reads but that argues all the
    same. It must rate strongly as a whole (VADER's compound) and speak in its speaker's own
    voice: at least two marks of a negation, the first person, an evaluative adjective, a
    copula's judgement (not the future: "it would quickly file the plan" announces a plan,
    and its polarity is no one's guess). For what it says, against it when it denies. Figures
    ("sales fell 5%"), a question, a guess, or a clause about another actor's act ("the
    council condemns the attack") stay silent."""
    if asks(quote.text):
        return None
    negated = first_person = False
    for span in pieces:
        for t in span:
            if t.like_num or t.text in ("%", "$"):
                return None  # figures: a report, however strongly worded
            if t.dep_ == "aux" and t.lower_ in GUESS_MODALS:
                return None  # "might deter", "could become": a guess
            negated = negated or t.dep_ == "neg"
            first_person = first_person or (t.pos_ == "PRON" and t.lower_ in FIRST_PERSON)
    # The marks in order of cost, as far as needed; then the rating and the actors, the dearer
    # questions, for the few quotes left.
    marks: tuple[Callable[[], bool], ...] = (
        lambda: negated,
        lambda: first_person,
        lambda: any(t.pos_ == "ADJ" and evaluation(t) for span in pieces for t in span),
        lambda: any(t.lemma_ in COPULAS for span in pieces for t in _main_predicates(span)),
    )
    found = 0
    for mark in marks:
        found += mark()
        if found >= ARGUED_MARKS:
            break
    else:
        return None
    if _asked(quote, pieces[0].root) or abs(statement_valence(quote.text)) < ARGUED_CUT:
        return None
    if _about_others_act(holders, speaker, pieces) or _reports_state(holders, speaker, pieces):
        return None
    root = pieces[0].root
    polarity: Polarity = "oppose" if negated else "support"
    head = statement_topic(root)
    if head is None and root.lemma_ in COPULAS:
        # "It is a sad and shameful day", "it would be madness to close the harbour": the
        # complement judges what the clause names (or the complement itself), by its valence.
        comp = _complement(root)
        if comp is not None:
            head = _clause_of(root, comp) or comp
            score = sum(evaluation(w) or valence(w.lemma_) for w in (comp, *comp.children))
            if score != 0:
                polarity = "support" if (score > 0) != negated else "oppose"
    return _whole_statement(holders, speaker, quote, head or root, polarity, EVALUATION)


def _asserted(
    holders: Resolver, speaker: Actor, quote: Quote, pieces: list[SpacySpan]
) -> Claim | None:
    """ "The pact stands," she stressed; "as Lund insists, the levy is fair": a statement its
    speaker insists on argues for what it says, or against it when its own predicate is denied
    ("insisted the mill was not for sale"). A question, a guess, or a clause about another
    actor's act or stance ("stressed that the council opposes it") stays silent, as do a
    denied insistence ("did not stress") and a name ("declared the session open")."""
    verb = _cue_token(holders, quote)
    if verb is None or verb.lemma_.lower() not in ASSERTING or _negated(verb):
        return None
    if _small_clause(verb) is not None or any(c.dep_ == "dobj" for c in verb.children):
        return None  # "declared the session open": a name for its object, `_named`'s to read
    root = pieces[0].root
    if _asked(quote, root) or GUESSING.search(quote.text) is not None:
        return None
    if _about_others_act(holders, speaker, pieces):
        return None
    # "will not end there but will spread": a denial that gives way to what is affirmed
    denied = any(
        _negated(p) and not any(c.dep_ == "cc" and c.lower_ == "but" for c in p.children)
        for span in pieces
        for p in _main_predicates(span)
    )
    polarity: Polarity = "oppose" if denied else "support"
    return _whole_statement(
        holders, speaker, quote, statement_topic(root) or root, polarity, EVALUATION
    )


def _speculated(
    holders: Resolver, speaker: Actor, quote: Quote, pieces: list[SpacySpan]
) -> Claim | None:
    """ "the strike might bring the port to a halt", "the talks could resume": a statement
    whose own predicate is a guess (could, may, might) speculates on what may happen, a neutral
    position on it, as "is likely to" is (`_guessed`). A denied guess ("could not be clearer")
    argues, a restricted one ("could be read only as") insists, and a guess at what something is
    like ("could become expensive") names no event: those stay silent, as a question does."""
    if GUESSING.search(quote.text) is None:
        return None  # no guess word at all: the parse need not be read
    for span in pieces:
        for pred in _main_predicates(span):
            if not any(_guess_word(c) for c in pred.children):
                continue
            if _asked(quote, pred) or _negated(pred) or _insists(pred):
                return None
            if _complement(pred) is not None:
                return None  # "could become expensive": a guess at what it is like, no event
            head = statement_topic(pred) or pred
            return _whole_statement(holders, speaker, quote, head, "neutral", SPECULATION)
    return None


def _guess_word(child: Token) -> bool:
    """ "could", "might" (a modal) or "probably", "perhaps" (an adverb) on a predicate."""
    if child.dep_ == "aux":
        return child.lower_ in GUESS_MODALS
    return child.dep_ == "advmod" and child.lower_ in GUESS_ADVERBS


def _insists(pred: Token) -> bool:
    """ "can be read only in the light of": a restriction that argues."""
    return any(t.lower_ in RESTRICTING_WORDS for t in pred.subtree if t.dep_ == "advmod")


def _reports_state(holders: Resolver, speaker: Actor, pieces: list[SpacySpan]) -> bool:
    """ "The docks were safe again", "its business was weak": a copula that reports how things
    stand, or how the speaker's own affairs go, judges nothing (as in `_evaluated`)."""
    for span in pieces:
        for pred in _main_predicates(span):
            if pred.lemma_.lower() not in COPULAS:
                continue
            if _reports_on(
                holders, speaker, own_subject(pred, NOMINAL_SUBJECTS), _complement(pred)
            ):
                return True
    return False


def _reports_on(holders: Resolver, speaker: Actor, subj: Token | None, comp: Token | None) -> bool:
    """A copula that reports on the speaker's own affairs ("its Nordic business was weak")
    or on a state ("Germany is ready", "the docks were safe") judges nothing."""
    if subj is not None and _own(holders, speaker, subj):
        return True
    return comp is not None and comp.lemma_.lower() in STATE_WORDS | CONDITION_WORDS


def _complement(pred: Token) -> Token | None:
    """A copula's complement: "was wrong", "is a mistake"."""
    return next((c for c in pred.children if c.dep_ in ("acomp", "attr")), None)


def _with_cue(holders: Resolver, quote: Quote) -> TextSpan:
    """A statement's evidence: the quote, with the cue that introduces it when that is near."""
    lo, hi = quote.start, quote.end
    cue = quote.cue
    if cue is not None and max(cue.start - hi, lo - cue.end) <= CUE_REACH:
        lo, hi = min(lo, cue.start), max(hi, cue.end)
    return TextSpan.of(holders.text, lo, hi)


def _about_others_act(holders: Resolver, speaker: Actor, pieces: list[SpacySpan]) -> bool:
    """ "The council condemns this act", "the air strikes destroyed the camps": a clause with
    another named actor as its subject reports that actor's act or stance, not the speaker's
    argument."""
    for span in pieces:
        for pred in _main_predicates(span):
            subj = own_subject(pred, NOMINAL_SUBJECTS)
            if subj is None or subj.pos_ == "PRON":
                continue
            other = holders.actor_of(subj)
            if other is not None and other != speaker:
                return True
    return False


def _own(holders: Resolver, speaker: Actor, subj: Token) -> bool:
    """Is `subj` the speaker's own ("its business", "our company")?"""
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    return poss is not None and holders.actor_of(poss) == speaker


def _needed(
    holders: Resolver, speaker: Actor, quote: Quote, pred: Token, comp: Token
) -> Claim | None:
    """ "It is necessary to lower ferry fares", "another approach is necessary": a call
    for the act or the thing ("it is unnecessary to wait": against it)."""
    clause = _clause_of(pred, comp)
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    head = clause if clause is not None else subj
    if head is None or head.pos_ in ("PRON", "DET", "NUM"):
        return None
    topic, keys = topic_of((head,), None, holders)
    if topic is None or topic == speaker.name:
        return None
    needed = comp.lemma_.lower() not in NEEDLESS_WORDS
    polarity: Polarity = "support" if needed != _negated(pred) else "oppose"
    parts = [t for t in (subj, comp, clause) if t is not None]
    return _claim(holders, speaker, quote, polarity, MODAL, topic, keys, parts, (pred,))


def _clause_of(pred: Token, comp: Token) -> Token | None:
    """The clause a copula or its complement takes ("is unlikely to annex", "it is necessary
    that ...")."""
    return next(
        (c for node in (comp, pred) for c in node.children if c.dep_ in ("xcomp", "ccomp")), None
    )


def _guessed(
    holders: Resolver, speaker: Actor, quote: Quote, pred: Token, comp: Token
) -> Claim | None:
    """ "the board is unlikely to sell it", "it is possible that X": the speaker's speculation
    on what may happen, a neutral position on it."""
    clause = _clause_of(pred, comp)
    subj = own_subject(pred, NOMINAL_SUBJECTS)
    head = clause if clause is not None else subj
    if head is None or head.pos_ in ("PRON", "DET", "NUM"):
        return None
    topic, keys = topic_of((head,), None, holders)
    if topic is None or topic == speaker.name:
        return None
    parts = [t for t in (subj, comp, clause) if t is not None]
    return _claim(holders, speaker, quote, "neutral", SPECULATION, topic, keys, parts, (pred,))


def _whole_statement(
    holders: Resolver,
    speaker: Actor,
    quote: Quote,
    head: Token,
    polarity: Polarity,
    cls: StanceClass,
) -> Claim | None:
    """The claim of a statement read as a whole (argued, inferred, guessed): its topic from
    `head`, its words the quote's, its evidence the quote with its cue; none when the topic is
    unnamed or the speaker itself."""
    topic, keys = topic_of((head,), None, holders)
    if topic is None or topic == speaker.name:
        return None
    return Claim(
        speaker,
        polarity,
        cls,
        unquoted(quote.text),
        topic,
        keys,
        _with_cue(holders, quote),
        quote.id,
        quote.speaker_mention,
    )


def _claim(
    holders: Resolver,
    speaker: Actor,
    quote: Quote,
    polarity: Polarity,
    cls: StanceClass,
    topic: str,
    keys: frozenset[str],
    parts: list[Token],
    words: tuple[Token, ...] = (),
) -> Claim:
    """The claim of a judgement, its evidence from the first to the last of `parts` (each with
    its subtree) and `words` (alone)."""
    toks = [*(t for part in parts for t in part.subtree), *words]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t.text) for t in toks)
    evidence = TextSpan.of(holders.text, start, end)
    claim = unquoted(evidence.text)
    return Claim(
        speaker,
        polarity,
        cls,
        claim,
        topic,
        keys,
        evidence,
        quote.id,
        quote.speaker_mention,
    )
