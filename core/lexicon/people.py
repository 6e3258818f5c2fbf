"""Word lists for the actor registry: titles, roles, groups, speech verbs, pronouns.

Title words come from nameparser's list of titles; the few lists below are what news adds to it
(no library has them). Each list says what it is for.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

# Dependency labels are syntax, not words: one definition in core.text.syntax, named here as
# core.actors reads it.
from core.lexicon.pronouns import (  # noqa: F401  (named here as core.actors reads them)
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
)
from core.lexicon.speech import COGNITION_VERBS, SPEECH_VERBS
from core.lexicon.words import subset, words

if TYPE_CHECKING:  # a word list needs no parser: importing spaCy is for the type only
    from spacy.tokens import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------
# Word lists. Title words come from nameparser; the few below are what news adds to them.

# Abbreviated titles as news writes them, to the role noun they stand for.
TITLE_ABBREVIATIONS: dict[str, str] = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "sec": "secretary",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "amb": "ambassador",
    "atty": "attorney",
    "supt": "superintendent",
}
# Role nouns that nameparser does not count as titles but news uses for people.
EXTRA_ROLE_NOUNS = _words(
    "counterpart spokesman spokeswoman spokesperson candidate nominee frontrunner "
    "front-runner runner chairman chairwoman congressman congresswoman lawmaker official aide "
    "advisor strategist politician billionaire businessman businesswoman mogul incumbent "
    "challenger hopeful contender rival opponent predecessor successor"
)
# Role nouns that may point back to any named person when a nationality narrows it down.
GENERIC_ROLE_HEADS = _words("leader counterpart politician official head chief statesman strongman")
# Titles that stand before a person's name as nouns ("Mayor Ana Ruiz", "Queen Rania"): a
# curated few of nameparser's titles, which also hold adjectives ("US", "Grand", "Special",
# "National") that stand before bodies as often as before people.
NAME_TITLES = _words(
    "mr mrs ms miss mister madam sir dame lord lady dr doctor professor prof king queen prince "
    "princess sheikh emir sultan president premier chancellor minister secretary senator sen "
    "representative rep congressman congresswoman governor gov mayor councillor councilman "
    "councilwoman ambassador amb commissioner spokesman spokeswoman spokesperson chairman "
    "chairwoman chair director ceo judge attorney prosecutor general gen colonel col captain "
    "lieutenant lt sergeant admiral officer detective inspector superintendent bishop "
    "archbishop reverend rev father pope rabbi imam cardinal actor actress coach"
)
# Title words that are not roles on their own ("state" of "Secretary of State").
NOT_ROLE_HEADS = _words(
    "state foreign prime deputy vice first general host chief executive senior junior former "
    "acting interim new old mr mrs ms miss dr sir madam"
    " warrant advocate"  # nameparser's titles, but "the 1998 warrant", "The Advocate" (a paper)
)
# Modifiers that say when or how someone holds a role, not which person: "the former senator".
UNRESTRICTIVE_MODIFIERS = _words("former then current new top same")
# Roles relative to someone else, never a person's own role: "his Ukrainian counterpart".
RELATIVE_ROLES = frozenset({"counterpart"})
# The words that open a role phrase pointing back to a named person ("the senator", "his
# counterpart").
ROLE_DETERMINERS = frozenset({"the", "his", "her"})
# What follows a name without telling two people apart ("Martin Luther King Jr.").
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})
HONORIFIC_GENDER: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m"}
# Role nouns that say the person's gender.
GENDERED_ROLES: dict[str, str] = {
    "spokesman": "m", "spokeswoman": "f", "congressman": "m", "congresswoman": "f",
    "chairman": "m", "chairwoman": "f", "businessman": "m", "businesswoman": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "wife": "f", "husband": "m",
    "mother": "f", "father": "m", "sister": "f", "brother": "m", "son": "m", "daughter": "f",
    "actress": "f", "widow": "f", "widower": "m", "woman": "f", "man": "m", "girl": "f",
    "boy": "m", "grandmother": "f", "grandfather": "m", "aunt": "f", "uncle": "m",
    "niece": "f", "nephew": "m", "anchorwoman": "f", "anchorman": "m", "councilwoman": "f",
    "councilman": "m", "assemblywoman": "f", "assemblyman": "m", "girlfriend": "f",
    "boyfriend": "m",
}  # fmt: skip
# "his country", "her nation": the state its owner belongs to.
HOMELAND_NOUNS = words("country nation homeland")
# "the Ukrainian side", "the Chinese government": the state itself.
STATE_BODIES = frozenset(["side", "government", "authorities", "leadership", "regime"])
# "the company", "the network": a definite description of an organisation named before.
# (Not "campaign", "committee", "board": those are most often another body than the last
# organisation named.)
ORG_NOUNS = _words(
    "company firm corporation bank network broadcaster newspaper magazine organization "
    "organisation agency group outlet publication"
) | _words("maker manufacturer producer retailer insurer lender airline carrier thrift")
# "the Clinton campaign", "the Obama administration": an organisation of that person's.
PERSON_BODIES = frozenset(["campaign", "administration", "camp", "team"])
# Bodies that speak for the actor that owns them ("China's foreign ministry said", "the Trump
# campaign said").
SPEAKING_BODIES = (
    subset(STATE_BODIES, "government leadership")
    | subset(PERSON_BODIES, "campaign administration team")
    | subset(EXTRA_ROLE_NOUNS, "spokesman spokeswoman spokesperson")
    | _words("ministry office department embassy army military cabinet parliament delegation")
    | _words("foreign state")  # the parser's head of "the foreign ministry", "state media"
)
# Plural heads that make a group actor ("Western governments", "officials", "critics").
GROUP_HEADS = _words(
    "government official nation country leader lawmaker legislator senator critic analyst "
    "expert diplomat observer voter supporter opponent protester activist member delegate "
    "republican democrat conservative liberal economist scientist investigator prosecutor "
    "authority aide adviser advisor staffer candidate donor resident citizen ally party power "
    "organizer operative strategist pollster insider worker minister spokesman spokesperson "
    "representative agency"
)
# Plural heads of bodies that are a group only when the text says they hold a view ("other
# states who want to cooperate", "the forces that opposed him", "legal circles described"):
# "member states", "market forces", "circles on the map" are no one.
PLURAL_BODY_HEADS = _words("state force circle")
# Nouns for people that are neither titles nor roles of office: who a descriptive phrase is
# ("the soft-spoken Leeds resident said"), and what "they" may stand for.
PERSON_NOUNS = _words(
    "person people man woman men women child children boy girl resident citizen villager "
    "voter worker employee student teacher farmer soldier troop officer policeman prisoner "
    "detainee inmate refugee civilian protester demonstrator militant rebel fighter guerrilla "
    "terrorist insurgent victim survivor parent father mother son daughter husband wife family "
    "doctor nurse patient lawyer attorney judge journalist reporter expert analyst witness "
    "guard settler pilgrim fan owner shopper driver passenger tourist visitor neighbour "
    "neighbor friend colleague engineer scientist researcher economist banker trader investor "
    "executive manager entrepreneur member leader delegate observer activist campaigner critic "
    "supporter opponent priest cleric monk believer muslim christian jew youth elder veteran "
    "mate commentator assailant head ruler participant separatist captive"
)
GROUP_SINGULAR = frozenset({"community"})
# Singular nouns for everyone of a place that holds a view as one ("the world condemned", "the
# public is sceptical"): a group when they do.
COLLECTIVE_NOUNS = _words("world public population electorate")
# The group heads that are people, not bodies ("critics", not "governments" or "powers").
_PEOPLE_GROUP_HEADS = GROUP_HEADS - subset(
    GROUP_HEADS, "government nation country party power agency authority"
)  # "the international community"
# Determiners and quantifiers that do not belong in a group's name.
GROUP_DROP = _words(
    "the a an many some several most other all both few these those such any various"
)
# Where something was said, not who said it: "said on Twitter", "a Facebook post".
# Entity labels that find_actors reads as actors.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
MEDIUM_PREPS = frozenset({"on", "via"})
# A person's body after a preposition: "Yu Jun from China's foreign ministry", "a spokesman for
# the ministry".
AFFILIATION_PREPS = _words("from of at for with")
# "in Washington", "reporting from Moscow": the city, not its state speaking.
LOCATIVE_PREPS = _words("in at near from to into inside outside around across outside")
MEDIUM_NOUNS = _words(
    "post posts account page feed video message tweet statement livestream channel app"
)
# Verbs of posting and speaking that take the medium with "on"/"via" (not "called on Russia").
MEDIUM_VERBS = subset(
    SPEECH_VERBS, "say write post tweet announce comment respond reply add state declare report"
) | _words("share appear broadcast publish")
# Speech verbs, only to rank actors by prominence (the quotes module does attribution).
SPEECH_LEMMAS = subset(
    SPEECH_VERBS,
    "say tell write add state announce report claim argue insist warn ask urge call note "
    "explain declare tweet post respond reply accuse deny",
)
# Those and the verbs of the act of speaking, which tell no content ("Lund spoke from the
# lectern"): their subject is someone with a voice, a name the model took for a place included.
SPEAKING_LEMMAS = SPEECH_LEMMAS | words("speak talk")

# Verbs whose subject is someone with a voice, for groups named by any plural ("Companies say").
VOICE_LEMMAS = SPEECH_LEMMAS | subset(
    SPEECH_VERBS | COGNITION_VERBS,
    "think believe argue contend suggest expect fear worry agree acknowledge complain "
    "predict estimate recommend insist admit concede",
)
POSSESSIVE = ("'s", "’s", "'", "’")
LETTER = re.compile(r"[^\W\d_]")


@cache
def title_words() -> frozenset[str]:
    """Lower-case title words (president, senator, minister, mr, …) from nameparser."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.titles) | frozenset(TITLE_ABBREVIATIONS) | EXTRA_ROLE_NOUNS


def bare(word: str) -> str:
    return word.lower().replace(".", "")


def role_noun(word: str) -> str:
    w = bare(word)
    return TITLE_ABBREVIATIONS.get(w, w)


def is_title(tok: Token) -> bool:
    return bare(tok.text) in title_words()


def is_person_noun(tok: Token) -> bool:
    """A noun that says someone is a person: a title or role ("senator", "spokeswoman"), or a
    word for people ("resident", "father", "critics")."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and lemma == tok.lower_ and lemma.endswith("s"):
        lemma = lemma[:-1]  # a capitalised plural the model leaves whole ("Aides")
    role = role_noun(lemma)
    if role in NOT_ROLE_HEADS:
        return False
    return role in title_words() or lemma in PERSON_NOUNS or lemma in _PEOPLE_GROUP_HEADS
