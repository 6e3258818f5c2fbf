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
        "Western governments criticised the vote. Officials in Brussels said the international "
        "community must respond."
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
