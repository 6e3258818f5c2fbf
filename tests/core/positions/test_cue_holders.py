"""Cue holders and cue words added in session 6: the name set off beside a common-noun subject,
the group a part is taken from, a negated verdict, each with a near miss that stays silent.
Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import positions_of

NAMES = {
    "Lumen": ("organization", ()),
    "Norway": ("place", ()),
    "Chile": ("place", ()),
    "farmers": ("group", ()),
    "Okafor": ("person", ()),
}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return sorted((name, p.polarity) for name, p in positions_of(nlp, text, NAMES))


def test_the_name_beside_the_subject_holds_the_view(nlp):
    text = "The local monitoring group, Lumen, described the vote as chaotic."
    assert stances(nlp, text) == [("Lumen", "oppose")]


def test_a_name_not_set_off_by_commas_is_not_the_holder(nlp):
    # the dateline's name is no apposition of the subject set off on both sides
    assert stances(nlp, "The mayor of Lumen described the vote as chaotic.") == []


def test_a_part_of_a_group_holds_the_groups_stance(nlp):
    assert stances(nlp, "Three of the farmers have petitioned the court.") == [
        ("farmers", "support")
    ]
    assert stances(nlp, "The majority of farmers backed the new levy.") == [("farmers", "support")]


def test_a_part_of_something_that_is_no_actor_stays_silent(nlp):
    assert stances(nlp, "Three of the tractors backed into the barn wall.") == []


def test_a_negated_verdict_is_against(nlp):
    text = "Norway described the election as not free and fair."
    assert stances(nlp, text) == [("Norway", "oppose")]
    fair = "Norway described the election as free and fair."
    assert stances(nlp, fair) == [("Norway", "support")]
