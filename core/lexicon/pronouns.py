"""Pronouns, by person, gender and number, and the relative pronouns."""

from __future__ import annotations

from core.lexicon.words import subset, words

MALE_PRONOUNS = words("he him his himself")
FEMALE_PRONOUNS = words("she her hers herself")
THING_PRONOUNS = words("it its itself")
PLURAL_PRONOUNS = words("they them their theirs themselves")
# "I"/"we" inside a quote are its speaker.
FIRST_PERSON = words("i me my we us our")
# Of these, the plural ones: a speaker's "we" may be the body they speak for.
FIRST_PLURAL = subset(FIRST_PERSON, "we us our")
# The third-person forms that can point back to an actor named before (not the reflexives).
THIRD_PERSON = subset(
    MALE_PRONOUNS | FEMALE_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS,
    "he him his she her it its they them their",
)
# The third-person forms that point back to a person ("he", not "it" or "they").
PERSONAL = (MALE_PRONOUNS | FEMALE_PRONOUNS) & THIRD_PERSON
# The relative pronouns that stand for the noun their clause describes ("the man who said").
# Subjects that deny there is anyone ("nobody should interfere"); "no one" is "one" with "no".
NEGATIVE_PRONOUNS = words("nobody none nothing noone")

RELATIVES = words("who which that whom")
# The relative pronouns that stand for a thing ("the audit, which showed …").
RELATIVE_THINGS = subset(RELATIVES, "which that")
