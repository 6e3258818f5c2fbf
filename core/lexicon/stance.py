"""Stance vocabulary: the words by which news reports where an actor stands.

The verb classes follow the CAMEO event taxonomy (Gerner, Schrodt, Yilmaz & Abu-Jabr 2002;
CAMEO 1.1b3 codebook), as its verbal, non-material codes: each class below names the CAMEO codes
it stands for, and the verbs in it are those of the matching synonym blocks of the PETRARCH-2
CAMEO verb dictionary (CAMEO.2.0.txt), plus British spellings. The classes that do not come
from CAMEO (modal claims, neutrality, views) are marked so.

Only lemmas live here; the patterns that use them (subjects, "call for", "as" complements,
negation) are in `core.positions`. The verbs of viewing and naming, and the nouns of a stated
position, are in `core.lexicon.speech` (the quotes read them too).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from core.lexicon.speech import POSITION_NOUNS
from core.lexicon.words import subset, words
from core.model import Polarity


@dataclass(frozen=True)
class StanceClass:
    name: str
    polarity: Polarity
    cameo: tuple[str, ...]  # the CAMEO codes this class stands for
    # Strength of the cue for choosing a group's headline evidence: explicit verbs first.
    rank: int = 2


APPEAL = StanceClass("appeal", "support", ("020", "021", "022", "026", "027", "028"), 3)
DEMAND = StanceClass("demand", "support", ("100", "101", "102", "106", "107", "108"), 3)
INTEND = StanceClass("intend", "support", ("030", "036", "037", "038", "039"), 2)
SUPPORT = StanceClass("support", "support", ("050", "051", "052", "053"), 3)
DISAPPROVE = StanceClass("disapprove", "oppose", ("110", "111", "112", "113", "114"), 3)
REJECT = StanceClass("reject", "oppose", ("120", "124", "125", "126", "127", "128"), 3)
THREATEN = StanceClass("threaten", "oppose", ("012", "130", "131", "138", "139"), 2)
# Not CAMEO: claims about what ought to happen, and declared neutrality.
MODAL = StanceClass("modal claim", "support", (), 1)
NEUTRAL = StanceClass("neutrality", "neutral", (), 2)
# Not CAMEO: one actor's view of another's act ("seen by X as bias"); polarity from the words.
VIEW = StanceClass("view", "oppose", (), 2)

# Verbs whose object (or "for"/"to" complement) is what the subject stands for or against.
STANCE_VERBS: dict[str, StanceClass] = {
    # 020 APPEAL (APPEAL, BEG, IMPLORE, PLEAD, SOLICIT; URGE and ASK appear as 020 patterns)
    "appeal": APPEAL,
    "urge": APPEAL,
    "plead": APPEAL,
    "implore": APPEAL,
    "beg": APPEAL,
    "encourage": APPEAL,
    "request": APPEAL,
    "recommend": APPEAL,
    "petition": APPEAL,
    # 100 DEMAND (DEMAND, ADJURE, CLAMOR, EXHORT, PRESS, PUSH; 100 INSIST)
    "demand": DEMAND,
    "insist": DEMAND,
    "exhort": DEMAND,
    "clamour": DEMAND,
    "clamor": DEMAND,
    # 050 SUPPORT (SUPPORT, BACK, ENDORSE, PROMOTE) and 051 ACCLAIM (PRAISE, WELCOME, HAIL ...),
    # 052 DEFEND VERBALLY
    "support": SUPPORT,
    "back": SUPPORT,
    "endorse": SUPPORT,
    "promote": SUPPORT,
    "advocate": SUPPORT,
    "champion": SUPPORT,
    "favour": SUPPORT,
    "favor": SUPPORT,
    "welcome": SUPPORT,
    "praise": SUPPORT,
    "hail": SUPPORT,
    "applaud": SUPPORT,
    "commend": SUPPORT,
    "acclaim": SUPPORT,
    "laud": SUPPORT,
    "tout": SUPPORT,
    "trumpet": SUPPORT,
    "defend": SUPPORT,
    "uphold": SUPPORT,
    # 110 DISAPPROVE, 111 CRITICIZE OR DENOUNCE (DENOUNCE, CRITICIZE, CENSURE, REBUKE ...),
    # 112 ACCUSE (BLAME, ACCUSE); OPPOSE and DISAGREE sit in PETRARCH's 110 verbal-conflict block
    "criticise": DISAPPROVE,
    "criticize": DISAPPROVE,
    "condemn": DISAPPROVE,
    "denounce": DISAPPROVE,
    "deplore": DISAPPROVE,
    "decry": DISAPPROVE,
    "censure": DISAPPROVE,
    "rebuke": DISAPPROVE,
    "castigate": DISAPPROVE,
    "lambaste": DISAPPROVE,
    "slam": DISAPPROVE,
    "blast": DISAPPROVE,
    "blame": DISAPPROVE,
    "accuse": DISAPPROVE,
    "oppose": DISAPPROVE,
    "disagree": DISAPPROVE,
    "dispute": DISAPPROVE,
    "challenge": DISAPPROVE,
    "object": DISAPPROVE,
    "protest": DISAPPROVE,
    # 120 REJECT (REJECT, REFUSE, RESIST, SPURN, RULE OUT)
    "reject": REJECT,
    "resist": REJECT,
    "spurn": REJECT,
    "rebuff": REJECT,
    "veto": REJECT,
    # 130 THREATEN (THREATEN; WARN, CAUTION code 130, their "of ..." patterns 012)
    "threaten": THREATEN,
    "warn": THREATEN,
    "caution": THREATEN,
}

# Verbs that carry a stance only with a particular particle or complement ("call for", "call on
# X to", "stand with", "ask X to"); the value says which dependants license them.
COMPLEMENT_VERBS: dict[str, tuple[StanceClass, frozenset[str]]] = {
    # PETRARCH: CALL (FOR) / (ON) / (UPON) code 020; ASK code 020
    "call": (APPEAL, frozenset({"for", "on", "upon"})),
    # 100 DEMAND: PRESS, PUSH, CAMPAIGN only as "press for", "push X to", "campaign for/against"
    "press": (DEMAND, frozenset({"for", "xcomp"})),
    "push": (DEMAND, frozenset({"for", "xcomp"})),
    "campaign": (DEMAND, frozenset({"for", "against"})),
    "ask": (APPEAL, frozenset({"xcomp", "for"})),
    # 020 as an invitation to act ("invited Chile to join"); "invited him to dinner" is social
    "invite": (APPEAL, frozenset({"xcomp"})),
    # "advised Peru to wait"; "advised the council of the delay" only informs it
    "advise": (APPEAL, frozenset({"xcomp"})),
    # 112 ACCUSE: "charged that ...", "charged X with ..."; "charged $5" is a price
    "charge": (DISAPPROVE, frozenset({"with", "ccomp"})),
    # 052 defend verbally / 053 rally support: "stand by/with", "stand on the side of"
    "stand": (SUPPORT, frozenset({"by", "with", "behind", "side"})),
    "side": (SUPPORT, frozenset({"with"})),
    # 036 express intent to meet or negotiate: "seek talks", "seek a settlement", "seek to"
    "seek": (INTEND, frozenset({"dobj", "xcomp"})),
    # 120: "rule out" (PETRARCH +RULE_OUT)
    "rule": (REJECT, frozenset({"out"})),
    # Not CAMEO: a vote states where the voter stands ("voted against the resolution"); a
    # signature is an act, not a stance ("signed the accord" is reported, "ready to sign" read)
    "vote": (SUPPORT, frozenset({"for", "against"})),
}

# Verbs that are a stance only with their particle, kept apart from COMPLEMENT_VERBS because
# the verb alone says nothing of its subject ("the world turned its eyes"): 120 REJECT "turned
# down the offer".
PHRASAL_VERBS: dict[str, tuple[StanceClass, frozenset[str]]] = {
    "turn": (REJECT, frozenset({"down"})),
    # 111 criticize: "lashed out at the ruling", "hit out at his critics"
    "lash": (DISAPPROVE, frozenset({"out"})),
    "hit": (DISAPPROVE, frozenset({"out"})),
}
# What the phrasal ones take their object with besides the stance verbs' prepositions ("lashed
# out at the ruling").
PHRASAL_PREPS: frozenset[str] = words("at")
# The phrasal ones: the particle is the licence ("ruled out", "turned down").
PARTICLE_VERBS: frozenset[str] = words("rule") | frozenset(PHRASAL_VERBS)
# What can be turned down as a refusal ("turned down the offer"; "turned down the road" is a
# direction, "turned down the volume" a knob).
REFUSABLE_NOUNS: frozenset[str] = words(
    "offer request proposal bid invitation plan deal demand appeal application idea suggestion"
) | words("overture nomination post job candidacy resignation compromise settlement")

# Acts done against their object: to want, vow or call for one of them ("vowed to fight the
# cuts", "wants to stop the war") is to oppose the object (CAMEO 11x/12x as intended acts).
AGAINST_ACTS: frozenset[str] = words(
    "fight combat resist oppose block stop prevent defeat thwart counter halt scrap abolish"
)
# Acts done to someone or something that are hostile to it, unlike AGAINST_ACTS worth naming
# as what is wanted too ("ready to punish the junta" backs the punishment and is against the
# junta): to back one is also to oppose its object (CAMEO 16x-19x as intended acts).
HOSTILE_ACTS: frozenset[str] = (
    words("punish sanction isolate attack invade bomb annul nullify invalidate overturn revoke")
    | words("repeal ban outlaw expel oust topple overthrow depose impeach boycott embargo kill")
    | words("destroy assassinate eliminate eradicate end avoid crush dismantle liquidate remove")
)
# ... and those that are hostile only with their particle ("wipe out the militias", "vote out
# the mayor", "bring down the cabinet"), by particle.
HOSTILE_PARTICLE_VERBS: dict[str, frozenset[str]] = {
    "out": words("wipe vote throw drive kick force root stamp"),
    "down": words("bring shoot strike vote"),
    "up": words("blow"),
}
# Nouns of such an act whose "of" object (or possessor) is its target: "the ouster of the
# junta", "the junta's resignation", "an end of the blockade".
ENDING_NOUNS: frozenset[str] = words(
    "suspension ending end removal resignation ouster ousting overthrow liquidation elimination"
) | words("eradication destruction abolition cancellation repeal dismissal expulsion downfall")
# Nouns of something wanted instead of what follows "to" ("seeks an alternative to the offer").
INSTEAD_NOUNS: frozenset[str] = words("alternative substitute")
# "asked not to be named / identified / quoted": how a source stays anonymous, no stance.
ANONYMITY_VERBS: frozenset[str] = words("name identify quote")
# Classes (besides support and intention) whose "no X" object is opposition to X ("approved no
# new spending" is against it): by name, as `core.lexicon.attitude` holds them.
NO_OBJECT_FLIPS: frozenset[str] = frozenset({"approval", "interest"})

# Verbs of agreeing and disagreeing, whose "with" or "over" phrase is what they agree or disagree
# with ("disagreed with the panel's finding", "agreed with Chile", "disagree over the levy").
ACCORD_VERBS: frozenset[str] = words("agree disagree concur")
ACCORD_PREPS: frozenset[str] = words("with over")

# Verbs of an accusation: what the accused is said to have done ("accused them of lying",
# "charged him with treason", "blamed it for the crisis") names what is condemned when the
# accused is only a pronoun (CAMEO 112 accuse).
ACCUSE_VERBS: frozenset[str] = words("accuse charge blame")
ALLEGATION_PREPS: frozenset[str] = words("of with for")

# Prepositions that put a stance verb in the time or the means of the clause above it ("after
# accusing him of bias", "by charging its leader with treason"): its subject holds the stance
# ("for backing" and "of backing" are left to the verbs of thanks and accusation).
CLAUSE_PREPS: frozenset[str] = words("after before by while since upon on in without when")

# Verbs of a verdict on their object ("declared the poll free and fair", "pronounced it a
# failure"): read as the naming verbs of `core.lexicon.speech`, with what is said of the object.
VERDICT_VERBS: frozenset[str] = words("declare pronounce judge")

# Verbs that grant the act they thank or praise for ("thanked Kenya for backing the accord"): the
# one thanked did it, so it is that one's stance (CAMEO 051 acclaim; an accusation grants nothing).
CREDIT_VERBS: frozenset[str] = words("thank praise commend congratulate hail applaud credit laud")

# Verbs that turn the stance of the verb they govern around ("refused to back", "failed to
# condemn"): CAMEO 120 reject / 124 refuse to yield.
REFUSAL_VERBS: frozenset[str] = frozenset({"refuse", "decline", "fail", "reject"})

# Predicate adjectives: "open to talks" (CAMEO 036 intent to negotiate), "committed to",
# "opposed to" (110), "critical of" (111), "neutral" (not CAMEO).
STANCE_ADJECTIVES: dict[str, StanceClass] = {
    "open": INTEND,
    "ready": INTEND,
    "willing": INTEND,
    "committed": INTEND,
    "bent": INTEND,
    "supportive": SUPPORT,
    "favourable": SUPPORT,
    "favorable": SUPPORT,
    "opposed": DISAPPROVE,
    "critical": DISAPPROVE,
    "hostile": DISAPPROVE,
    "neutral": NEUTRAL,
    "impartial": NEUTRAL,
}
# The preposition each adjective takes its topic from ("open to talks", "critical of").
ADJECTIVE_PREPS: frozenset[str] = frozenset({"to", "of", "toward", "towards", "about", "on", "in"})

# "in favour of X" (050), "against X" as a predicate (110).
FAVOUR_NOUNS: frozenset[str] = frozenset({"favour", "favor", "support"})

# Nouns that state a goal ("with the aim of finding a settlement": CAMEO 03 express intent).
GOAL_NOUNS: frozenset[str] = subset(POSITION_NOUNS, "aim goal") | words(
    "purpose objective intention"
)

# "give/lend X an impetus/boost/support": support of the "to" complement (CAMEO 050).
LIGHT_SUPPORT_VERBS: frozenset[str] = frozenset({"give", "lend", "provide", "offer"})
LIGHT_SUPPORT_NOUNS: frozenset[str] = frozenset(
    {"impetus", "boost", "momentum", "support", "backing", "endorsement"}
)

# Modal claims: "X should/must ..." said by an actor (not CAMEO).
CLAIM_MODALS: frozenset[str] = frozenset({"should", "must", "ought"})
# Verbs of change that make "should" a forecast, not a call: "profits should rise", "the deal
# should help it grow" (not CAMEO).
FORECAST_VERBS: frozenset[str] = words(
    "increase rise grow fall drop decline improve help boost reach exceed climb slip gain lose"
) | words("ease recover")
# "the only way / the only viable solution": what the actor holds to be necessary.
ONLY_NOUNS: frozenset[str] = frozenset(
    {"way", "solution", "option", "path", "route", "answer", "means", "choice", "alternative"}
)

# Nouns that take a part of a group ("three of the candidates", "the majority of members"): the
# holder is the group named after "of".
PARTITIVE_NOUNS: frozenset[str] = words(
    "number majority minority some many most several all one none handful half dozens"
) | words("scores hundreds thousands")

# Nouns too general to name a topic on their own: look through them ("the approach of X").
GENERIC_NOUNS: frozenset[str] = words(
    """
    issue way side party thing matter question approach effort step part kind sort need idea
    case lot number one point aim goal view position door condition platform development
    """
)
# Prepositions whose object belongs to a topic's phrase ("caps on green cards").
TOPIC_PREPS: frozenset[str] = words("of to with for in on against")
# Words that stand for a topic without naming it ("opposed what …", "rejected this").
WH_WORDS: frozenset[str] = words("what which who whom that this these those")

# Words that name neutrality itself.
NEUTRAL_WORDS: frozenset[str] = frozenset({"neutral", "neutrality", "impartial", "impartiality"})


@cache
def _analyzer() -> Any:
    # Imported late: reading the lexicon costs a few milliseconds we only pay when needed. One
    # analyzer serves both the word ratings and the statement ratings.
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@cache
def _valence() -> dict[str, float]:
    return dict(_analyzer().lexicon)


def valence(word: str) -> float:
    """VADER's mean human valence rating of a word (-4 .. +4), 0 when unrated."""
    return _valence().get(word.lower(), 0.0)


def statement_valence(text: str) -> float:
    """VADER's rating of a whole statement (its "compound", -1 .. +1): how strongly it
    judges, with VADER's handling of negation, intensifiers and contrast."""
    return float(_analyzer().polarity_scores(text)["compound"])


# Words of a verdict on a vote, a process or a state that VADER (rated on social-media text)
# leaves unrated; the sign is the verdict's, the size VADER's for a plain one ("fair" 1.3,
# "unfair" -2.1). Read only where a holder says what something is ("declared the poll
# legitimate", "called it provocative").
VERDICT_WORDS: dict[str, float] = {
    "legitimate": 1.5,
    "credible": 1.5,
    "transparent": 1.0,
    "democratic": 1.0,
    "exemplary": 2.0,
    "illegitimate": -2.0,
    "illegal": -2.0,
    "unlawful": -2.0,
    "undemocratic": -2.0,
    "provocative": -1.5,
    "unsound": -1.5,
    "biased": -1.5,
    "flimsy": -1.5,
    "fraudulent": -2.0,
    "inhumane": -2.0,
    "renegade": -1.5,
}


def verdict_valence(word: str) -> float:
    """The valence of a word said of something: VADER's, else the verdict's (`VERDICT_WORDS`)."""
    w = word.lower()
    return _valence().get(w) or VERDICT_WORDS.get(w, 0.0)
