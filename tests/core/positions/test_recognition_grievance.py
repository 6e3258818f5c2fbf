"""Recognition and grievances: recognising a government, a state or a result takes a side
("does not recognise the result" is against it), and filing or lodging a complaint is one
against its target. Near misses that must stay silent: recognising a person, a need or a fact,
and filing paperwork. Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import person, place, positions_of, stances_of

NAMES = {
    "Norway": place(),
    "Chile": place(),
    "Tarvania": place(),
    "Ilsa Marrow": person("Marrow"),
    "Oskar Venn": person("Venn"),
}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return stances_of(nlp, text, NAMES)


def test_not_recognising_a_result_is_opposition(nlp):
    result = positions_of(nlp, "Norway does not recognise the result of the Tarvania vote.", NAMES)
    [(name, p)] = result
    assert name == "Norway" and p.polarity == "oppose"
    assert "result" in (p.topic or "")


def test_recognising_a_new_state_is_support(nlp):
    assert ("Chile", "support") in stances(nlp, "Chile recognized the new state in the south.")


def test_recognising_a_person_a_need_or_a_fact_takes_no_side(nlp):
    assert stances(nlp, "Nobody in the hall recognized Oskar Venn.") == []
    assert stances(nlp, "Chile recognizes the need for lower fishing quotas.") == []
    assert stances(nlp, "Norway recognizes that the quotas were too high.") == []


def test_filing_a_complaint_is_against_its_target(nlp):
    result = positions_of(nlp, "Ilsa Marrow filed a complaint against Oskar Venn on Monday.", NAMES)
    [p] = [p for name, p in result if name == "Ilsa Marrow"]
    assert p.polarity == "oppose" and "Venn" in (p.topic or "")


def test_filing_a_plan_is_paperwork(nlp):
    assert stances(nlp, "Ilsa Marrow filed a restructuring plan for the mill on Monday.") == []
