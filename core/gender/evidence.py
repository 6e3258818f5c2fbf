"""Gender as the text shows it, with its evidence, for people.

In one article the evidence is, strongest first: the pronouns the analysis resolved to the person
(its mentions that are "he" or "she"), an honorific before a mention ("Mr. Okoro"), and gendered
role nouns (the actor's role, or a mention such as "the spokeswoman"). Only where the text shows
none does the name decide (core.gender.names, with its probability); where the text's
evidence and a confident name disagree, or nothing is sure, the value is `unknown`, and it is
never guessed silently.

Across articles the same evidence is pooled, kind by kind (`Evidence` adds up): the first kind
with a clear majority decides (three quarters of its votes), so one pronoun the analysis tied to
the wrong person does not flip a person it calls "she" ten times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core.gender.names import estimate
from core.lexicon.people import GENDERED_ROLES, HONORIFIC_GENDER
from core.lexicon.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS
from core.model import Actor, Analysis, Gender, GenderEvidence, GenderValue

# The text's own evidence, in the order it decides; the name comes after all of them.
TEXT_EVIDENCE: tuple[GenderEvidence, ...] = ("pronoun", "honorific", "role")
MAJORITY = 0.75  # the share of a kind's votes one gender needs for that kind to decide

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# An honorific just before a mention: "Mr. Okoro", "Mrs Lund" (the mention is often the name).
_HONORIFIC_BEFORE = re.compile(r"\b([A-Za-z]+)\.?\s+$")
_SIDE = {"m": "male", "f": "female"}


@dataclass
class Evidence:
    """Votes for each gender by kind of evidence: counts of pronouns, honorifics, role words."""

    male: dict[str, int] = field(default_factory=dict)
    female: dict[str, int] = field(default_factory=dict)

    def add(self, by: str, value: str, n: int = 1) -> None:
        side = self.male if value == "male" else self.female
        side[by] = side.get(by, 0) + n

    def merge(self, other: Evidence) -> None:
        for by, n in other.male.items():
            self.add(by, "male", n)
        for by, n in other.female.items():
            self.add(by, "female", n)

    def decide(self, name: str) -> Gender:
        """The first kind of evidence with a clear majority, else the name's estimate; where the
        text's evidence and a confident name disagree, `unknown`.

        On polnear-dev, 47 of 760 people had text evidence against a confident name, and
        nearly every time the text's was wrong: a "he" the analysis tied to the wrong person
        ("Mary Fallin", "Martha Raddatz"), "Mr. Obama" among Michelle Obama's mentions. Such a
        disagreement is no ground for either answer."""
        guess = estimate(name)
        for by in TEXT_EVIDENCE:
            m, f = self.male.get(by, 0), self.female.get(by, 0)
            if m + f and max(m, f) >= MAJORITY * (m + f):
                value: GenderValue = "male" if m > f else "female"
                if guess.value not in ("unknown", value):
                    return Gender("unknown", None, guess.p_female)
                return Gender(value, by)
        if guess.value != "unknown":
            return Gender(guess.value, "name", guess.p_female)
        return Gender("unknown", None, guess.p_female)

    def summary(self) -> str:
        """ "pronoun m3 f1; role f1": what was counted, for the report's evidence column."""
        parts = []
        for by in TEXT_EVIDENCE:
            m, f = self.male.get(by, 0), self.female.get(by, 0)
            if m or f:
                parts.append(f"{by} " + " ".join(f"{s}{n}" for s, n in (("m", m), ("f", f)) if n))
        return "; ".join(parts)


def evidence_of(analysis: Analysis, actor: Actor) -> Evidence:
    """What one article shows of a person's gender (nothing for other kinds of actor)."""
    ev = Evidence()
    if actor.kind != "person":
        return ev
    text = analysis.article.text
    for m in actor.mentions:
        said = m.text.strip().lower()
        if said in MALE_PRONOUNS:
            ev.add("pronoun", "male")
            continue
        if said in FEMALE_PRONOUNS:
            ev.add("pronoun", "female")
            continue
        words = [w.lower() for w in _WORD.findall(m.text)]
        before = _HONORIFIC_BEFORE.search(text, max(0, m.start - 12), m.start)
        honorific = words[0] if words and words[0] in HONORIFIC_GENDER else None
        if honorific is None and before and before.group(1).lower() in HONORIFIC_GENDER:
            honorific = before.group(1).lower()
        if honorific:
            ev.add("honorific", _SIDE[HONORIFIC_GENDER[honorific]])
        # A role noun names the person only as a mention's head ("the spokeswoman", not "the
        # spokeswoman's boss"): the last word of the mention.
        if words and words[-1] in GENDERED_ROLES and not m.text.rstrip().endswith(("'s", "’s")):
            ev.add("role", _SIDE[GENDERED_ROLES[words[-1]]])
    role_words = [w.lower() for w in _WORD.findall(actor.role or "")]
    for w in role_words:
        if w in GENDERED_ROLES:
            ev.add("role", _SIDE[GENDERED_ROLES[w]])
            break
    return ev


def gender_of(analysis: Analysis, actor: Actor) -> Gender | None:
    """A person's gender in one article; None for actors that are not people."""
    if actor.kind != "person":
        return None
    return evidence_of(analysis, actor).decide(actor.name)


def with_genders(analysis: Analysis) -> Analysis:
    """The analysis with each person's `gender` filled in (the contract's optional field)."""
    from dataclasses import replace

    actors = tuple(
        replace(a, gender=gender_of(analysis, a)) if a.kind == "person" else a
        for a in analysis.actors
    )
    return replace(analysis, actors=actors)
