"""Noun phrases that stand for an actor (core.actors.phrases)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at, named


def test_role_phrase_points_back_to_the_named_person(nlp):
    text = (
        "Brazilian President Luiz Lula met Prime Minister Rishi Sunak in London. "
        "The Brazilian leader said trade would grow."
    )
    actors = actors_of(nlp, text)
    lula = next(a for a in actors if "Lula" in a.name)
    assert at(actors, text, "The Brazilian leader") is lula


def test_role_phrase_with_a_different_party_stays_unresolved(nlp):
    text = (
        "Republican presidential nominee John Smith spoke in Ohio. "
        "The Democratic presidential nominee did not respond."
    )
    actors = actors_of(nlp, text)
    smith = named(actors, "John Smith")
    assert at(actors, text, "The Democratic presidential nominee") is not smith


def test_counterpart_apposition(nlp):
    text = "Chinese President Xi Jinping spoke with his Kenyan counterpart, William Ruto, today."
    actors = actors_of(nlp, text)
    ruto = named(actors, "William Ruto")
    assert at(actors, text, "his Kenyan counterpart") is ruto


def test_groups(nlp):
    text = (
        "Western governments criticised the count. Officials in Oslo warned the international "
        "community would have to act."
    )
    actors = actors_of(nlp, text)
    groups = {a.name for a in actors if a.kind == "group"}
    assert "Western governments" in groups
    assert "international community" in groups
    assert "Officials" in groups


def test_campaign_is_an_organisation_of_its_candidate_and_it_resolves(nlp):
    text = "Jane Doe won in Iowa. The Doe campaign said it would appeal the ruling."
    actors = actors_of(nlp, text)
    by_id = {a.id: a for a in actors}
    campaign = at(actors, text, "The Doe campaign")
    assert campaign is not None and campaign.kind == "organization"
    assert by_id[campaign.affiliation].name == "Jane Doe"
    assert at(actors, text, "it") is campaign


def test_the_company_goes_to_the_one_organisation_named_before(nlp):
    text = "Boeing posted a loss on Monday. The company said it would cut jobs."
    actors = actors_of(nlp, text)
    boeing = at(actors, text, "Boeing")
    assert boeing is not None and boeing.kind == "organization"
    assert at(actors, text, "The company") is boeing
    assert at(actors, text, "it") is boeing


def test_a_role_no_named_person_fits_is_an_actor_when_it_speaks(nlp):
    text = "Rain fell in the capital on Monday. The finance minister rejected the new tax."
    actors = actors_of(nlp, text)
    minister = at(actors, text, "The finance minister")
    assert minister is not None and minister.kind == "person"
    assert minister.name == "The finance minister"


def test_a_role_that_does_nothing_stays_no_one(nlp):
    # near miss: the object of a verb, not its subject, holds no view
    text = "Rain fell in the capital on Monday. Reporters waited for the finance minister."
    actors = actors_of(nlp, text)
    assert at(actors, text, "the finance minister") is None


def test_a_role_that_names_someone_is_not_a_second_actor(nlp):
    text = "Finance Minister Ana Ruiz spoke in Lima. The minister rejected the new tax."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The minister") is named(actors, "Ana Ruiz")
    assert not any(a.name.lower() == "the minister" for a in actors)


def test_the_government_of_no_named_state_is_a_body_of_its_own(nlp):
    text = "Prices rose again in March. The government said it would cap fuel prices."
    actors = actors_of(nlp, text)
    gov = at(actors, text, "The government")
    assert gov is not None and gov.kind == "organization"
    # near miss: a government that is not the subject of what it says stays no one
    text2 = "Prices rose again in March. Critics blamed the government for the rise."
    assert at(actors_of(nlp, text2), text2, "the government") is None


def test_a_capitalised_title_alone_is_read_like_a_role(nlp):
    text = "Crowds gathered in the square at dawn. The President urged calm."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The President") is not None
    # near miss: a named president is that person, not a second actor
    text2 = "President Ana Ruiz arrived at dawn. The President urged calm."
    actors2 = actors_of(nlp, text2)
    assert at(actors2, text2, "The President") in (None, named(actors2, "Ana Ruiz"))
    assert not any(a.name == "The President" for a in actors2)


def test_someone_quoted_without_a_name_is_an_actor(nlp):
    text = "Talks resumed in Geneva. A senior official said the deal was close."
    actors = actors_of(nlp, text)
    official = at(actors, text, "A senior official")
    assert official is not None and official.kind == "person"
    # near miss: an official who does not speak is no one
    text2 = "Talks resumed in Geneva. Guards stopped a senior official at the gate."
    assert at(actors_of(nlp, text2), text2, "a senior official") is None


def test_the_official_who_speaks_is_someone_and_a_titled_role_too(nlp):
    text = "Prices rose in May. The official said exports fell. The Chief Minister opposed the tax."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The official") is not None
    assert at(actors, text, "The Chief Minister") is not None
    # near miss: "the leader" alone says not of what
    text2 = "Prices rose in May. The leader said exports fell."
    assert at(actors_of(nlp, text2), text2, "The leader") is None


def test_a_body_that_speaks_is_the_one_organisation_named_so_else_its_own(nlp):
    text = "The Budget Committee met on Monday. The committee rejected the bill."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The committee") is at(actors, text, "The Budget Committee")
    text2 = "Rain fell all week. The committee rejected the bill."
    body = at(actors_of(nlp, text2), text2, "The committee")
    assert body is not None and body.kind == "organization"
    # near miss: a body that is only talked about is no one
    text3 = "Rain fell all week. Farmers lobbied the committee."
    assert at(actors_of(nlp, text3), text3, "the committee") is None


def test_a_role_that_describes_and_says_holds_its_view(nlp):
    # the subject of "described … and said": the verb it shares with a verb of saying counts
    text = (
        "Rain fell on Monday. The Chief Minister described the smugglers as a menace and said "
        "the border must close."
    )
    actors = actors_of(nlp, text)
    minister = at(actors, text, "The Chief Minister")
    assert minister is not None and minister.kind == "person"


def test_one_or_another_unnamed_official_is_someone(nlp):
    text = (
        "One official source remarked that the talks were over. Another officer said the ring "
        "was loose."
    )
    actors = actors_of(nlp, text)
    source = at(actors, text, "One official source")
    officer = at(actors, text, "Another officer")
    assert source is not None and source.kind == "person"
    assert officer is not None and officer is not source


def test_an_unnamed_role_that_only_starts_something_is_no_one(nlp):
    # near miss: "began" says when, not what anyone holds
    text = "Rain fell on Monday. Another officer began his shift at noon."
    actors = actors_of(nlp, text)
    assert at(actors, text, "Another officer") is None


def test_a_warrant_is_no_person(nlp):
    # nameparser counts "warrant" as a title ("Warrant Officer"); alone it is a document
    text = "Police searched the house. The 1998 warrant said the owner must appear."
    actors = actors_of(nlp, text)
    found = at(actors, text, "warrant")
    assert found is None or found.kind != "person"


def test_a_national_role_does_not_become_a_second_president(nlp):
    # "the US president" beside a President Bush of no known country: no actor of its own
    text = "President George Bush spoke in Ohio. The US president said taxes would fall."
    actors = actors_of(nlp, text)
    assert [a.name for a in actors if a.kind == "person"] == ["George Bush"]


def test_a_described_person_is_a_person_not_the_place(nlp):
    text = "Rain fell in Leeds. “We will win,” the soft-spoken Leeds resident said."
    actors = actors_of(nlp, text)
    resident = at(actors, text, "the soft-spoken Leeds resident")
    assert resident is not None and resident.kind == "person"
    assert resident.name == "the soft-spoken Leeds resident"
    assert at(actors, text, "Leeds").kind == "place"


def test_a_described_person_named_in_apposition_is_that_person(nlp):
    text = "Rain fell in Leeds. The Leeds resident, Ann Cole, said the road was closed."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The Leeds resident") is named(actors, "Ann Cole")


def test_a_bare_the_man_is_no_one_new(nlp):
    # near miss: "the man" points back to someone; no actor of its own
    text = "Ann Cole drove home. The man said the road was closed."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The man") is None


def test_a_capitalised_title_points_back_to_the_person_who_holds_it(nlp):
    text = (
        "Finance Minister Tomas Harlow spoke in Lima. "
        "The Finance Minister says the approach should change."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "The Finance Minister") is named(actors, "Tomas Harlow")


def test_a_capitalised_title_of_a_defence_minister_is_not_the_finance_minister(nlp):
    # near miss: the words before the title must fit the person's role
    text = (
        "Finance Minister Tomas Harlow spoke in Lima. "
        "The Defence Minister says the approach should change."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "The Defence Minister") is not named(actors, "Tomas Harlow")


def test_a_body_that_hopes_holds_a_view_though_the_model_reads_hop(nlp):
    # the small model lemmatises "hopes" as "hop"
    text = "Rain fell on Monday. The government hopes to reopen the canal."
    actors = actors_of(nlp, text)
    found = at(actors, text, "The government")
    assert found is not None and found.kind == "organization"


def test_a_body_that_hops_holds_nothing(nlp):
    # near miss: a present -s verb whose stem is no verb of holding
    text = "Rain fell on Monday. The government wobbles between plans."
    actors = actors_of(nlp, text)
    assert at(actors, text, "The government") is None


def test_a_role_two_people_fit_is_the_one_named_just_before(nlp):
    text = (
        "President Ana Ruiz met President Tom Brown of Peru on Monday. Later Tom Brown left. "
        "The next day the talks ended and Ruiz spoke to reporters. "
        "The president said she opposes the new dam."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "The president") is named(actors, "Ana Ruiz")


def test_a_role_two_people_fit_stays_open_when_both_were_just_named(nlp):
    # near miss: both presidents are named in the sentence before
    text = (
        "President Ana Ruiz met President Tom Brown of Peru on Monday. "
        "Ruiz and Brown spoke to reporters. The president said she opposes the new dam."
    )
    actors = actors_of(nlp, text)
    found = at(actors, text, "The president")
    assert found is None or found.name not in ("Ana Ruiz", "Tom Brown")
