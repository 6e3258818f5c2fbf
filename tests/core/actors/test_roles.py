"""Titles, roles, nationalities and affiliations around a name (core.actors.roles)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at, named


def test_title_and_name(nlp):
    text = "French President Emmanuel Macron visited Berlin. Macron spoke for an hour."
    actors = actors_of(nlp, text)
    macron = named(actors, "Emmanuel Macron")
    assert macron.role == "French President"
    assert at(actors, text, "Macron", 1) is macron
    france = named(actors, "France")
    assert macron.affiliation == france.id


def test_affiliation_of_a_spokesman_and_of_a_ministry_official(nlp):
    text = (
        "Macron's spokesman Olivier Veran said talks went well. "
        "Wang Wenbin from China's foreign ministry told reporters the same."
    )
    actors = actors_of(nlp, text)
    by_id = {a.id: a for a in actors}
    veran = named(actors, "Olivier Veran")
    assert veran.role == "spokesman"
    assert by_id[veran.affiliation].name == "Macron"
    wang = named(actors, "Wang Wenbin")
    assert by_id[wang.affiliation].name == "China"


def test_nationality_adjective_relates_an_organisation_to_its_state(nlp):
    text = "Russian state broadcaster RT reported the news. RT said more would follow."
    actors = actors_of(nlp, text)
    by_id = {a.id: a for a in actors}
    rt = named(actors, "RT")
    assert rt.kind == "organization"
    assert by_id[rt.affiliation].name == "Russia"
