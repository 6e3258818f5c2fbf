"""Evaluation: how a statement judges what it is about, and the verbs that frame it.

A word's judgement is VADER's mean human valence rating (`core.lexicon.stance.valence`, -4 ..
+4), read on adjectives and adverbs only: an event's name ("war", "terrorism") carries valence
without judging anything. The verbs that introduce a quote with a stance of their own are the
stance and attitude lexicons' (`core.lexicon.stance`, `core.lexicon.attitude`); only the verbs of
arguing that something is so are left out, as they say no more than "said" does.
"""

from __future__ import annotations

from spacy.tokens import Token

from core.lexicon.attitude import ATTITUDE_ADJECTIVES, ATTITUDE_VERBS, BELIEVE
from core.lexicon.speech import NAMING_VERBS, VIEW_CUES, VIEW_VERBS
from core.lexicon.stance import (
    REFUSAL_VERBS,
    REJECT,
    STANCE_ADJECTIVES,
    STANCE_VERBS,
    StanceClass,
    verdict_valence,
)
from core.lexicon.words import subset, words

# Not CAMEO: a speaker's judgement of something; the weakest cue for a headline.
EVALUATION = StanceClass("evaluation", "support", (), 1)

# Not CAMEO: a speaker's guess at what will happen ("is unlikely to annex"): neutral.
SPECULATION = StanceClass("speculation", "neutral", (), 1)

# Not CAMEO: what a speaker names something ("called X the axis of evil"); polarity from the
# words' valence.
NAMING = StanceClass("naming", "oppose", (), 2)
# Verbs that name or describe their object as something (`core.lexicon.speech`'s naming and
# viewing verbs that say it aloud), those that take it for something ("regards X as Y",
# "considers X a threat"), and declaring it so ("declared the poll credible").
NAMING_CUES: frozenset[str] = (
    NAMING_VERBS
    | VIEW_CUES
    | subset(VIEW_VERBS, "describe portray depict paint brand label characterise characterize")
    | words("declare")
)
# How strongly the words must be rated to judge what is named ("evil" -3.4; "a country" 0).
NAMING_CUT = 1.5

# Verbs that join a subject to what it is said to be ("was wrong", "remains a threat").
COPULAS: frozenset[str] = words("be become remain seem look appear prove")
# Verbs that ask rather than say: what they introduce judges nothing.
ASKING: frozenset[str] = words("ask wonder question inquire enquire")
# Verbs that introduce a guess or a doubt ("wonders whether the talks will last", "speculated
# that the vote would be delayed"): a speculation on what they introduce, neutral.
SPECULATING: frozenset[str] = words("wonder speculate guess surmise")
# Verbs that introduce a statement with insistence ("stressed that the pact stands", "insists
# the levy is fair", "boasted that his mill is the best"): the speaker argues what it says, for
# it (against it when it denies it), where "said" only reports it.
ASSERTING: frozenset[str] = words(
    "stress emphasize emphasise insist reiterate affirm reaffirm assert maintain declare boast"
) | words("underline underscore")
# Modals that make a judgement a guess ("could become embarrassing").
GUESS_MODALS: frozenset[str] = words("could may might")
# Adverbs that make a statement a guess ("will probably resume", "perhaps seized less").
GUESS_ADVERBS: frozenset[str] = words("probably perhaps possibly maybe presumably")
# Verbs that say a fact bears something out ("his visit shows that", "this means"): an argument
# that it is so (`core.positions.statements._inferred`).
INFERENCE_VERBS: frozenset[str] = words(
    "mean show signify validate reflect demonstrate imply illustrate"
)
# ... of which these bear out only a clause ("shows that"); with an object they report a finding.
FINDING_VERBS: frozenset[str] = words("show demonstrate")
# Pronoun subjects that stand for a fact, not for someone ("this means", "it shows").
IMPERSONAL_SUBJECTS: frozenset[str] = words("this that it these those")
# Adverbs that restrict what a guess allows ("could be read only as"): an argument, not a guess.
RESTRICTING_WORDS: frozenset[str] = words("only solely merely")
# Complements that argue something matters ("is critical to security"): support, whatever their
# valence ("critical" is rated as blame).
IMPORTANCE_WORDS: frozenset[str] = words("critical crucial vital important key")
# Adjectives of the subject's own state ("is ready", "was satisfied", "were unsure"): an attitude
# of the subject, which `core.positions.attitudes` reads, not the speaker's judgement of it.
STATE_WORDS: frozenset[str] = frozenset({*ATTITUDE_ADJECTIVES, *STANCE_ADJECTIVES}) | words(
    "unsure uncertain sure aware"
)
# Verbs that say an act is necessary with "to" ("we have to enforce", "needs to be done"): a
# call, as "should" and "must" are (`core.lexicon.stance.CLAIM_MODALS`).
NECESSITY_VERBS: frozenset[str] = words("have need")
# Complements that say something is needed ("it is necessary to act", "another approach is
# necessary"): a call for it; the needless ones, against it.
NEEDLESS_WORDS: frozenset[str] = words("unnecessary needless")
NECESSITY_WORDS: frozenset[str] = words("necessary imperative needed essential") | NEEDLESS_WORDS
# Nouns that, denied, say an act has no ground ("there is no reason to wait", "they have no
# right to speak for us"): an argument against the act.
GROUND_NOUNS: frozenset[str] = words("reason right justification excuse ground need")
# Complements that say how likely something is ("is unlikely to", "it is possible that").
LIKELIHOOD_WORDS: frozenset[str] = words("likely unlikely possible probable improbable")
# Adjectives that report how things stand ("the docks were safe", "the situation is stable"): a
# report on conditions, not a judgement of something the speaker is for or against.
CONDITION_WORDS: frozenset[str] = words("safe unsafe stable unstable calm peaceful quiet normal")
# An argued statement: how strongly VADER must rate the whole quote ("compound", -1 .. +1) for
# it to argue rather than report, and how many of the marks of a speaker's own voice it must
# show besides (`core.positions.statements._argued`).
ARGUED_CUT = 0.3
ARGUED_MARKS = 2
# Ratings nearer zero than this are not a judgement.
EVALUATION_CUT = 1.0
# ... and for a noun, which names a judgement only when strongly rated ("a disaster", "a
# success"; not "a plan").
NOUN_CUT = 1.5
# "dismissed the criticism": rejection (CAMEO 120), as the quotes read it with its object.
DISMISSING: frozenset[str] = words("dismiss")


def evaluation(tok: Token) -> float:
    """The judgement `tok` carries: its valence when it is an adjective or adverb, or a noun
    said to be what the subject is ("is a disaster"), else 0."""
    if tok.ent_type_ or _hyphenated(tok):
        return 0.0  # "HIV-positive", "Sino-US": a category, not a judgement
    if tok.pos_ in ("ADJ", "ADV"):
        cut = EVALUATION_CUT
    elif tok.pos_ == "NOUN" and tok.dep_ == "attr":
        cut = NOUN_CUT
    else:
        return 0.0
    v = verdict_valence(tok.lemma_) or verdict_valence(tok.text)
    return v if abs(v) >= cut else 0.0


def cue_class(lemma: str) -> StanceClass | None:
    """The stance of a verb that introduces a quote ("refused", "welcomed", "hopes"), or None
    for a verb of saying, arguing or weighing ("said", "insisted", "considering that")."""
    if lemma in REFUSAL_VERBS or lemma in DISMISSING:
        return REJECT
    cls = STANCE_VERBS.get(lemma) or ATTITUDE_VERBS.get(lemma)
    if cls is None or cls is BELIEVE or cls.polarity == "neutral":
        return None
    return cls


def _hyphenated(tok: Token) -> bool:
    if tok.i == 0:
        return False
    before = tok.doc[tok.i - 1]
    return before.text == "-" and not before.whitespace_
