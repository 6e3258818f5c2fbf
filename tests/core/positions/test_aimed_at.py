"""Backing an act done to someone is also a stance against them: "vowed to oust the junta"
backs the ouster and is against the junta (`core.positions.cues.aimed_at`). Each rule with a
near miss that stays silent. Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import stances_on
from tests.core.positions.test_stance_completion import NAMES


def stances(nlp, text: str) -> list[tuple[str, str, str]]:
    return stances_on(nlp, text, NAMES)


def test_backing_a_hostile_act_is_against_its_object(nlp):
    result = stances(nlp, "Norway vowed to oust the junta.")
    assert ("Norway", "oppose", "junta") in result
    assert ("Norway", "support", "oust the junta") in result


def test_backing_a_friendly_act_is_no_stance_against_its_object(nlp):
    assert [s for s in stances(nlp, "Norway vowed to join the junta.") if s[1] == "oppose"] == []


def test_a_refused_hostile_act_is_not_against_its_object(nlp):
    # "not ready to oust": against the ouster, which says nothing against the junta
    result = stances(nlp, "Norway is not ready to oust the junta.")
    assert ("Norway", "oppose", "junta") not in result


def test_demanding_someones_resignation_is_against_them(nlp):
    against = ("Chile", "oppose", "Ortega")
    assert against in stances(nlp, "Chile demanded the resignation of Ortega.")
    assert against in stances(nlp, "Chile demanded Ortega's resignation.")


def test_demanding_someones_release_is_not_against_them(nlp):
    result = stances(nlp, "Chile demanded the release of Ortega.")
    assert ("Chile", "oppose", "Ortega") not in result


def test_seeking_an_alternative_is_against_what_it_replaces(nlp):
    result = stances(nlp, "Kenya is seeking an alternative to the offer.")
    assert ("Kenya", "oppose", "offer") in result


def test_welcoming_another_ones_alternative_is_silent_on_the_original(nlp):
    result = stances(nlp, "Kenya welcomed Peru's alternative to the offer.")
    assert ("Kenya", "oppose", "offer") not in result


def test_welcoming_a_decision_to_reject_is_against_what_is_rejected(nlp):
    result = stances(nlp, "Norway welcomed Chile's decision to reject the accord.")
    assert ("Norway", "oppose", "accord") in result


def test_welcoming_a_decision_to_sign_is_against_nothing(nlp):
    result = stances(nlp, "Norway welcomed Chile's decision to sign the accord.")
    assert [s for s in result if s[1] == "oppose"] == []


def test_lifting_a_penalty_is_not_against_its_target(nlp):
    result = stances(nlp, "Norway urged Kenya to lift the sanctions on Peru.")
    assert ("Norway", "oppose", "Peru") not in result


def test_refusing_a_hostile_act_is_not_against_its_object(nlp):
    result = stances(nlp, "Norway refused to oust the junta.")
    assert ("Norway", "oppose", "junta") not in result


def test_asking_for_a_criticism_is_against_its_object(nlp):
    assert ("Norway", "oppose", "ruling") in stances(nlp, "Norway decided to challenge the ruling.")


def test_asking_for_a_warning_is_not_against_the_ones_warned(nlp):
    result = stances(nlp, "Norway urged Chile to caution its citizens.")
    assert [s for s in result if s[1] == "oppose"] == []


def test_a_hostile_particle_verb_is_against_its_object(nlp):
    result = stances(nlp, "Norway vowed to wipe out the militias.")
    assert ("Norway", "oppose", "militias") in result


def test_the_same_verb_with_another_particle_is_silent(nlp):
    result = stances(nlp, "Norway vowed to wipe down the tables.")
    assert [s for s in result if s[1] == "oppose"] == []
