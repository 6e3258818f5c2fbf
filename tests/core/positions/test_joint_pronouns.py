"""A plural pronoun whose antecedent is a pair of actors gives each of them the stance: "Chile
and Peru said they were ready to sign" is Chile's and Peru's (`claims_of` through the resolver's
`joint_of`), also when "they" follows a "They" that stands for the pair. Near misses: a pair
the text does not make one subject, and a pair with a non-actor in it. Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import place, positions_of

NAMES = {"Chile": place(), "Peru": place()}


def holders(nlp, text: str) -> list[str]:
    return sorted(n for n, p in positions_of(nlp, text, NAMES) if p.topic == "sign the accord")


def test_they_after_a_joint_subject_is_each_of_them(nlp):
    text = "Chile and Peru said they were ready to sign the accord."
    assert holders(nlp, text) == ["Chile", "Peru"]


def test_they_after_a_they_for_the_pair_is_each_of_them(nlp):
    text = "Chile and Peru met on Monday. They said they were ready to sign the accord."
    assert holders(nlp, text) == ["Chile", "Peru"]


def test_a_pair_that_is_no_joint_subject_is_silent(nlp):
    text = "Chile met Peru on Monday. They said they were ready to sign the accord."
    assert holders(nlp, text) == []


def test_a_pair_with_someone_unknown_is_only_the_known_one(nlp):
    text = "Chile and the rebels said they were ready to sign the accord."
    assert "Peru" not in holders(nlp, text)
