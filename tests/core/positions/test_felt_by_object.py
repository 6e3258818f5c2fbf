"""Feelings held by the object: "the levy infuriated Norway" is Norway's resentment of the levy,
not the levy's stance; in the passive ("Chile was outraged by the ruling") the subject holds it.
Near misses that must stay silent: a guess ("could anger"), a negation, a question, and an
object that is no actor ("the storm alarmed the fishermen"). Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import person, place, positions_of, stances_of

NAMES = {
    "Norway": place(),
    "Chile": place(),
    "Tarvania": place(),
    "Oskar Venn": person("Venn"),
}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return stances_of(nlp, text, NAMES)


def test_the_object_resents_what_angered_it(nlp):
    result = positions_of(nlp, "The new fishing levy infuriated Norway last week.", NAMES)
    [(name, p)] = result
    assert name == "Norway" and p.polarity == "oppose"
    assert "levy" in (p.topic or "")


def test_a_subject_actor_is_the_cause_not_the_holder(nlp):
    result = positions_of(nlp, "Oskar Venn has alienated Tarvania with his border remarks.", NAMES)
    assert [(n, p.polarity) for n, p in result] == [("Tarvania", "oppose")]


def test_the_passive_subject_holds_it(nlp):
    result = positions_of(nlp, "Chile was outraged by the court ruling on the quotas.", NAMES)
    [(name, p)] = result
    assert name == "Chile" and p.polarity == "oppose" and "ruling" in (p.topic or "")


def test_a_clause_that_angered_someone(nlp):
    text = "Oskar Venn backed the rebels, thereby infuriating Norway."
    assert ("Norway", "oppose") in stances(nlp, text)


def test_a_guess_a_negation_or_a_question_is_no_feeling(nlp):
    assert stances(nlp, "The new fishing levy could anger Norway.") == []
    assert stances(nlp, "The new fishing levy did not anger Norway.") == []
    assert stances(nlp, "Did the new fishing levy anger Norway?") == []


def test_an_object_that_is_no_actor_holds_nothing(nlp):
    assert stances(nlp, "The storm alarmed the fishermen in Tarvania.") == []


def test_angered_when_says_what_angered_it(nlp):
    result = positions_of(nlp, "Chile was angered when Norway closed the fishing grounds.", NAMES)
    assert ("Chile", "oppose") in [(n, p.polarity) for n, p in result]


def test_a_feeling_stirred_in_someone_is_theirs(nlp):
    result = positions_of(nlp, "The new fishing levy has provoked anger in Norway.", NAMES)
    [(name, p)] = result
    assert name == "Norway" and p.polarity == "oppose" and "levy" in (p.topic or "")
    text = "The border deal caused deep concern among officials in Tarvania."
    assert stances(nlp, text) == []  # the officials are no actor; Tarvania is where, not who


def test_a_feeling_that_may_be_stirred_or_says_no_cause_is_silent(nlp):
    assert stances(nlp, "The new fishing levy could provoke anger in Norway.") == []
    assert stances(nlp, "The new fishing levy did not cause concern in Norway.") == []
    assert stances(nlp, "Chile was angered.") == []
