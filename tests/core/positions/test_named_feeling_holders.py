"""A name right before a feeling or a side holds it with no object said: "Tarvania fears were
based on a report", "without Norway support". Near misses that must stay silent: the noun in its
other sense ("the Tarvania concern", a firm; "the Chile opposition", a party), a common noun
before it ("consumer fears"), a question. Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import place, stances_of

NAMES = {"Norway": place(), "Chile": place(), "Tarvania": place()}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return stances_of(nlp, text, NAMES)


def test_a_name_before_a_fear_holds_it(nlp):
    text = "According to the envoys, Tarvania fears were based on a leaked report."
    assert stances(nlp, text) == [("Tarvania", "oppose")]


def test_a_name_before_support_holds_it(nlp):
    text = "The fishing accord cannot take effect without Norway support, the envoy said."
    assert ("Norway", "support") in stances(nlp, text)


def test_other_senses_and_common_nouns_hold_nothing(nlp):
    assert stances(nlp, "The Tarvania concern reported a loss for the year.") == []
    assert stances(nlp, "The Chile opposition was expected to win the vote.") == []
    assert stances(nlp, "Consumer fears were heightened by the latest price rise.") == []
    assert stances(nlp, "Were Tarvania fears based on a leaked report?") == []
