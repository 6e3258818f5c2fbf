"""Cue holders and cue words added in session 6: the name set off beside a common-noun subject,
the group a part is taken from, a negated verdict, each with a near miss that stays silent.
Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import positions_of, stances_of

NAMES = {
    "Lumen": ("organization", ()),
    "Norway": ("place", ()),
    "Chile": ("place", ()),
    "farmers": ("group", ()),
    "Okafor": ("person", ()),
}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return stances_of(nlp, text, NAMES)


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
    text = "Norway described the harbour ballot as not free and fair."
    assert stances(nlp, text) == [("Norway", "oppose")]
    fair = "Norway described the harbour ballot as free and fair."
    assert stances(nlp, fair) == [("Norway", "support")]


def test_what_a_view_names_its_object_as_counts_with_its_qualifiers(nlp):
    # "a champion of peace": the noun says little, its "of" object says which way
    text = "Okafor described the envoy as a champion of peace."
    assert stances(nlp, text) == [("Okafor", "support")]
    text = "Norway branded the raids as crimes of war."
    assert stances(nlp, text) == [("Norway", "oppose")]


def test_a_neutral_description_is_no_view(nlp):
    assert stances(nlp, "Okafor described the envoy as a member of the delegation.") == []


def test_a_named_holders_objective_is_held(nlp):
    assert stances(nlp, "Okafor's objective was clear.") == [("Okafor", "support")]
    assert stances(nlp, "The demands of Chile were ignored.") == [("Chile", "support")]


def test_an_objective_of_no_one_is_nobodys(nlp):
    assert stances(nlp, "The objective was clear.") == []
    assert stances(nlp, "Its objective was clear.") == []


def test_supporters_named_for_their_camp_back_it(nlp):
    names = {"Lumen supporters": ("group", ()), "Okafor": ("person", ())}
    result = positions_of(nlp, "Lumen supporters marched through the capital.", names)
    assert [(n, p.polarity) for n, p in result] == [("Lumen supporters", "support")]
    result = positions_of(nlp, "Okafor, a Lumen supporter, is acting mayor.", names)
    assert [(n, p.polarity) for n, p in result] == [("Okafor", "support")]


def test_supporters_of_something_are_only_a_crowd(nlp):
    names = {"supporters": ("group", ())}
    result = positions_of(nlp, "Thousands of supporters of the club marched.", names)
    assert result == []


def test_a_passive_resentment_is_its_agents(nlp):
    assert stances(nlp, "The harbour plan was boycotted by Chile.") == [("Chile", "oppose")]


def test_a_passive_without_agent_an_interrogation_or_a_formal_approval_stays_silent(nlp):
    assert stances(nlp, "The harbour plan was boycotted.") == []
    assert stances(nlp, "Okafor was questioned by the farmers.") == []
    assert stances(nlp, "The harbour plan was approved by Norway.") == []


def test_an_attitude_adjective_after_its_holder_is_the_holders(nlp):
    text = "Norway, eager to sign the fishing accord, sent its minister to Lima."
    assert ("Norway", "support") in stances(nlp, text)


def test_an_attitude_adjective_before_a_noun_has_no_holder(nlp):
    assert stances(nlp, "A ready supply of grain reached Chile on Monday.") == []


def test_a_name_read_short_or_the_title_it_owns_holds_the_view(nlp):
    # the actors' pass read "Lumen" of "Lumen AB"; "the Norway envoy" is Norway's
    assert stances(nlp, "Lumen AB proposed to buy the mill.") == [("Lumen", "support")]
    assert stances(nlp, "The Norway envoy urged Chile to ratify the pact.") == [
        ("Norway", "support")
    ]


def test_a_word_for_other_people_named_by_a_name_is_not_its_holder(nlp):
    # near miss: Okafor's supporters are not Okafor
    assert stances(nlp, "Okafor supporters demanded a recount.") == []


def test_a_dateline_taken_for_the_subject_hands_it_to_the_name_beside_it(nlp):
    text = (
        "SHANGHAI, Oct 16 (AFP) - Norwegian Foreign Minister Okafor warned Tuesday that "
        "prolonged attacks could destabilise the region."
    )
    assert stances(nlp, text) == [("Okafor", "oppose")]
    # near miss: a dateline and no name beside it
    text = "LIMA, May 9 (AFP) - The strikes would destabilise the region, analysts warned."
    assert stances(nlp, text) == []


def test_a_subject_named_as_an_actor_holds_the_view_where_it_is_no_mention(nlp):
    # a headline the actors' pass did not read: "UNESCO" there is still the actor named so
    from core.model import Actor, TextSpan
    from core.positions.find import find_positions

    text = "UNESCO refuses to back the levy. The levy was passed by UNESCO's rivals."
    second = text.rindex("UNESCO")
    mention = TextSpan.of(text, second, second + 6)
    actor = Actor("a1", "UNESCO", "organization", ("UNESCO",), (mention,))
    [p] = find_positions(nlp(text), (actor,), ())
    assert (p.actor, p.polarity) == ("a1", "oppose")
    # near miss: a name no actor has
    assert find_positions(nlp(text.replace("UNESCO refuses", "UNICEF refuses")), (actor,), ()) == ()


def test_a_surname_the_actors_pass_left_out_is_the_one_actor_named_so(nlp):
    from core.model import Actor, TextSpan
    from core.positions.find import find_positions

    text = (
        "Foreign Minister Ana Ruiz arrived on Monday. "
        "Then Ruiz proposed that Chile and Peru bury their differences."
    )
    actor = Actor("a1", "Ana Ruiz", "person", ("Ana Ruiz",), (TextSpan.of(text, 17, 25),))
    [p] = find_positions(nlp(text), (actor,), ())
    assert (p.actor, p.polarity) == ("a1", "support")
    # near miss: another surname is someone else
    text = text.replace("Then Ruiz", "Then Lopez")
    assert find_positions(nlp(text), (actor,), ()) == ()
