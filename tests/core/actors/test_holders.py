"""Noun phrases that hold a view by other ways than a speech verb's subject (core.actors.phrases):
an adjective of attitude, a verb that carries a view, the agent of one, a relative clause; and
"the company" that holds a view with no company named before (core.actors.pronouns)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at


def test_plural_people_willing_to_is_a_group(nlp):
    text = "The port was closed for a week. Teachers are willing to accept the new quotas."
    actors = actors_of(nlp, text)
    group = at(actors, text, "Teachers")
    assert group is not None and group.kind == "group"


def test_plural_things_with_an_adjective_stay_silent(nlp):
    # near miss: the subject of "ready" is no one who holds a view
    text = "The port was closed for a week. Repairs are ready to begin in May."
    assert at(actors_of(nlp, text), text, "Repairs") is None


def test_agent_of_a_stance_verb_is_a_group(nlp):
    text = "The plan was condemned by farmers across the valley."
    group = at(actors_of(nlp, text), text, "farmers")
    assert group is not None and group.kind == "group"


def test_agent_of_a_plain_verb_stays_silent(nlp):
    text = "The plan was drafted by farmers across the valley."
    assert at(actors_of(nlp, text), text, "farmers") is None


def test_relative_clause_that_holds_a_view(nlp):
    text = "The mayor met the teachers who oppose the reform."
    group = at(actors_of(nlp, text), text, "teachers")
    assert group is not None and group.kind == "group"


def test_relative_clause_of_a_plain_verb_stays_silent(nlp):
    text = "The mayor met the teachers who arrived on Monday."
    assert at(actors_of(nlp, text), text, "teachers") is None


def test_a_verb_that_carries_a_view(nlp):
    text = "Nurses continue to support the strike at the hospital."
    group = at(actors_of(nlp, text), text, "Nurses")
    assert group is not None and group.kind == "group"


def test_the_party_that_holds_a_view_is_an_actor(nlp):
    text = "The vote was held on Sunday. The party rejected the result on Monday."
    party = at(actors_of(nlp, text), text, "The party")
    assert party is not None and party.kind == "organization"


def test_the_party_that_holds_nothing_stays_silent(nlp):
    text = "The vote was held on Sunday. The party gathered in the capital on Monday."
    assert at(actors_of(nlp, text), text, "The party") is None


def test_the_company_with_no_company_named_is_its_own_actor(nlp):
    text = "Orders slowed over the winter. The company said it expects a loss next year."
    actors = actors_of(nlp, text)
    company = at(actors, text, "The company")
    assert company is not None and company.kind == "organization"
    assert at(actors, text, "it") is company


def test_the_company_that_holds_nothing_stays_silent(nlp):
    text = "Orders slowed over the winter. The company moved to a new office in May."
    assert at(actors_of(nlp, text), text, "The company") is None


def test_a_described_company_that_holds_a_view_is_an_actor(nlp):
    text = "Sales fell in May. The regional savings company said it expects a loss."
    actors = actors_of(nlp, text)
    company = at(actors, text, "company")
    assert company is not None and company.kind == "organization"
    assert at(actors, text, "it") is company


def test_a_described_company_that_holds_nothing_stays_silent(nlp):
    text = "Sales fell in May. The regional savings company moved to a new office."
    assert at(actors_of(nlp, text), text, "company") is None


def test_the_country_is_the_one_state_named_before(nlp):
    text = "Norway signed the accord in June. The country will honour its commitments."
    actors = actors_of(nlp, text)
    norway = at(actors, text, "Norway")
    assert norway is not None and at(actors, text, "The country") is norway


def test_the_country_with_two_states_named_stays_open(nlp):
    text = "Norway and Chile signed the accord in June. The country will honour its commitments."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The country") is None


def test_they_that_holds_a_view_makes_its_plural_antecedent_a_group(nlp):
    text = "The farmers were outraged by the new tax. They have criticised the plan as unfair."
    actors = actors_of(nlp, text)
    group = at(actors, text, "farmers")
    assert group is not None and group.kind == "group"
    assert at(actors, text, "They") is group


def test_they_that_holds_nothing_leaves_its_antecedent_alone(nlp):
    text = "The farmers were outraged by the new tax. They have gathered in the square since May."
    actors = actors_of(nlp, text)
    assert at(actors, text, "farmers") is None
    assert at(actors, text, "They") is None


def test_they_is_no_single_place(nlp):
    # "they" does not stand for one city or state ("it" does)
    text = "Oslo hosted the talks on Monday, and they agreed on a ceasefire."
    actors = actors_of(nlp, text)
    assert at(actors, text, "they") is None


def test_a_demonym_before_a_noun_of_a_view_is_its_state(nlp):
    text = "Havana rejected the plan. Cuban objections to the embargo have grown."
    actors = actors_of(nlp, text)
    cuba = at(actors, text, "Havana")
    assert cuba is not None and at(actors, text, "Cuban") is cuba


def test_a_demonym_before_another_noun_stays_a_relation(nlp):
    # near miss: "Cuban cigars" hold no view
    text = "Havana rejected the plan. Cuban cigars have grown dearer."
    assert at(actors_of(nlp, text), text, "Cuban") is None


def test_international_before_a_noun_of_a_view_is_the_international_community(nlp):
    text = "International criticism of the raids grew on Monday."
    group = at(actors_of(nlp, text), text, "International")
    assert group is not None and group.name == "international community"


def test_a_plain_adjective_before_a_noun_of_a_view_is_no_one(nlp):
    text = "Strong objections to the plan grew on Monday."
    assert at(actors_of(nlp, text), text, "Strong") is None


def test_a_plural_possessor_of_a_view_is_a_group(nlp):
    text = "The farmers' anger over the tax grew on Monday."
    group = at(actors_of(nlp, text), text, "farmers")
    assert group is not None and group.kind == "group"


def test_a_plural_possessor_of_a_thing_is_no_one(nlp):
    text = "The farmers' tractors blocked the road on Monday."
    assert at(actors_of(nlp, text), text, "farmers") is None


def test_the_people_a_noun_of_a_view_names_by_of_are_a_group(nlp):
    text = "The demands of the teachers were read out on Monday."
    actors = actors_of(nlp, text)
    group = at(actors, text, "teachers")
    assert group is not None and group.kind == "group"


def test_the_passive_subject_of_a_stance_verb_holds_nothing(nlp):
    # near miss: the demands are what was rejected, not who rejected
    text = "The demands of the dockers were rejected on Monday."
    assert at(actors_of(nlp, text), text, "demands") is None


def test_the_world_that_holds_a_view_is_a_group(nlp):
    text = "The world condemned the attack on Monday."
    group = at(actors_of(nlp, text), text, "The world")
    assert group is not None and group.kind == "group"


def test_the_world_that_holds_nothing_stays_silent(nlp):
    text = "The world turned its eyes to the summit."
    assert at(actors_of(nlp, text), text, "The world") is None


def test_the_nation_is_the_one_state_named_before(nlp):
    text = "Chile signed the accord. The nation will honour it."
    actors = actors_of(nlp, text)
    chile = at(actors, text, "Chile")
    assert chile is not None and at(actors, text, "The nation") is chile


def test_they_after_a_state_named_by_its_people_is_that_state(nlp):
    text = "The Americans stayed away from the regatta, saying they do not trust its judges."
    actors = actors_of(nlp, text)
    us = at(actors, text, "Americans")
    assert us is not None and at(actors, text, "they") is us


def test_a_body_that_dismisses_holds_a_view(nlp):
    # "dismiss" is a verb the positions read a stance by, not a verb of saying
    text = "The vote was held on Sunday. The committee dismissed the complaint as baseless."
    committee = at(actors_of(nlp, text), text, "The committee")
    assert committee is not None and committee.kind == "organization"


def test_a_role_owned_by_a_state_that_holds_a_view_is_an_actor(nlp):
    text = "China's foreign minister pledged support for the talks."
    minister = at(actors_of(nlp, text), text, "minister")
    assert minister is not None and minister.kind == "person"


def test_a_role_owned_by_a_state_that_holds_nothing_stays_silent(nlp):
    text = "China's foreign minister landed in Oslo on Monday."
    assert at(actors_of(nlp, text), text, "minister") is None


def test_the_leader_of_a_named_body_is_an_actor(nlp):
    text = "The vote was held on Sunday. The TVP leader said the count was rigged."
    leader = at(actors_of(nlp, text), text, "leader")
    assert leader is not None and leader.kind == "person"


def test_the_leader_of_nothing_named_stays_silent(nlp):
    text = "The vote was held on Sunday. The leader said the count was rigged."
    assert at(actors_of(nlp, text), text, "leader") is None


def test_a_described_maker_that_holds_a_view_is_the_company_named_before(nlp):
    text = "Elko Tools Inc. posted a loss. The Ohio maker of drills said it expects better sales."
    actors = actors_of(nlp, text)
    elko = at(actors, text, "Elko")
    assert elko is not None and at(actors, text, "maker") is elko


def test_a_described_maker_that_holds_nothing_stays_open(nlp):
    text = "Elko Tools Inc. posted a loss. The Ohio maker of drills moved to a new plant."
    assert at(actors_of(nlp, text), text, "maker") is None


def test_the_official_is_the_one_unnamed_official_before(nlp):
    text = "A senior official said the talks had failed. The official added that more would follow."
    actors = actors_of(nlp, text)
    first = at(actors, text, "official")
    assert first is not None and at(actors, text, "official", 1) is first


def test_the_official_with_two_unnamed_officials_before_stays_apart(nlp):
    text = (
        "A senior official said the talks had failed. A junior official said they went well. "
        "The official added that more would follow."
    )
    actors = actors_of(nlp, text)
    last = at(actors, text, "official", 2)
    assert last is not at(actors, text, "official") and last is not at(actors, text, "official", 1)


def test_those_who_hold_a_view_are_a_group(nlp):
    text = "The mayor said she respects those who oppose the new bridge."
    actors = actors_of(nlp, text)
    group = at(actors, text, "those")
    assert group is not None and group.kind == "group"
    assert at(actors, text, "who") is group


def test_those_who_hold_no_view_stay_no_one(nlp):
    # near miss: the relative clause says what happened to them, not what they think
    text = "The mayor said she mourns those who were killed in the flood."
    assert at(actors_of(nlp, text), text, "those") is None


def test_it_that_holds_a_view_makes_the_body_it_stands_for_an_actor(nlp):
    text = (
        "A unit of Acme Partners launched an offer for Orla Corp. and said it would seek to "
        "sell the printer maker."
    )
    actors = actors_of(nlp, text)
    unit = at(actors, text, "A unit")
    assert unit is not None and unit.kind == "organization"
    assert at(actors, text, "it") is unit


def test_it_for_a_thing_makes_no_actor(nlp):
    # near miss: "it" stands for a report, which is no body
    text = (
        "The report by Acme Partners was published on Monday and said it would take years to "
        "sell the printer maker."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "The report") is None


def test_many_that_holds_a_view_is_a_group_named_with_where_they_are(nlp):
    text = "The vote was held on Sunday. Many in Lisbon oppose the new law."
    group = at(actors_of(nlp, text), text, "Many in Lisbon")
    assert group is not None and group.kind == "group"


def test_many_of_things_or_that_holds_nothing_stays_no_one(nlp):
    # near miss: "many" that suffers something, and "many of the ballots"
    text = "The vote was held. Many were lost in the flood, and many of the ballots failed."
    actors = actors_of(nlp, text)
    assert at(actors, text, "Many") is None
    assert at(actors, text, "many of") is None


def test_plural_states_that_hold_a_view_are_a_group(nlp):
    text = "Lisbon cannot stop other states who want to join the pact."
    group = at(actors_of(nlp, text), text, "states")
    assert group is not None and group.kind == "group"


def test_the_united_states_stays_a_place(nlp):
    # near miss: "States" in a state's name is no group of states
    text = "The United States wants to join the pact."
    us = at(actors_of(nlp, text), text, "United States")
    assert us is not None and us.kind == "place"


def test_plural_forces_that_hold_a_view_are_a_group(nlp):
    text = "The forces that opposed the mayor took the city on Monday."
    group = at(actors_of(nlp, text), text, "forces")
    assert group is not None and group.kind == "group"


def test_a_force_of_nature_is_no_group(nlp):
    # near miss: the singular "force" is no body of people
    text = "The force of the storm took the city on Monday."
    assert at(actors_of(nlp, text), text, "force") is None


def test_plural_rulers_and_participants_that_hold_a_view_are_a_group(nlp):
    text = "The talks ended on Monday. The participants are willing to accept the new quotas."
    group = at(actors_of(nlp, text), text, "participants")
    assert group is not None and group.kind == "group"


def test_plural_rulers_that_hold_nothing_stay_no_one(nlp):
    # near miss: rulers that are only measured and lost
    text = "The class ended on Monday. The rulers were lost in the move."
    assert at(actors_of(nlp, text), text, "rulers") is None


def test_generic_one_of_a_modal_that_holds_a_view_is_a_group(nlp):
    text = "The talks failed again. One can only hope that the mayor will drop the dam."
    group = at(actors_of(nlp, text), text, "One")
    assert group is not None and group.kind == "group"


def test_no_one_and_one_without_a_modal_stay_no_one(nlp):
    # near miss: "No one" denies there is anyone; "One hoped" is someone unnamed
    text = "The talks failed again. No one can hope for more. One hoped the mayor would win."
    actors = actors_of(nlp, text)
    assert at(actors, text, "No one") is None
    assert at(actors, text, "One hoped") is None


def test_a_body_expected_to_do_either_of_two_acts_of_stance_holds_a_view(nlp):
    text = "The vote was held. The panel had been expected to defer or reject calls for a dam."
    panel = at(actors_of(nlp, text), text, "The panel")
    assert panel is not None and panel.kind == "organization"


def test_a_body_expected_to_do_two_plain_acts_holds_none(nlp):
    # near miss: meeting and dining say nothing of a view
    text = "The vote was held on Monday. The panel had been expected to meet or dine in the city."
    assert at(actors_of(nlp, text), text, "The panel") is None


def test_plural_circles_that_hold_a_view_are_a_group(nlp):
    text = "The vote was held. Many legal circles described the plan as a failure."
    group = at(actors_of(nlp, text), text, "circles")
    assert group is not None and group.kind == "group"


def test_circles_or_states_that_hold_nothing_are_no_group(nlp):
    # near miss: plural bodies that hold nothing here
    text = "The vote was held. The circles on the map of the member states were drawn in red."
    actors = actors_of(nlp, text)
    assert at(actors, text, "circles") is None
    assert at(actors, text, "states") is None
