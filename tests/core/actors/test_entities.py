"""Named entities checked against evidence, and people folded by name (core.actors.entities)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at, named


def test_surname_and_given_name_fold_into_the_full_name(nlp):
    text = (
        "Angela Merkel met workers in Hamburg on Monday. Merkel said the plant would stay "
        "open. Later, Angela told reporters she was pleased."
    )
    actors = actors_of(nlp, text)
    merkel = named(actors, "Angela Merkel")
    assert merkel.kind == "person"
    assert at(actors, text, "Merkel", 1) is merkel
    assert "Merkel" in merkel.aliases


def test_capital_metonymy_and_side(nlp):
    text = (
        "Moscow rejected the plan on Tuesday, while Kyiv welcomed it. "
        "The Ukrainian side said talks could start soon. Russia did not comment."
    )
    actors = actors_of(nlp, text)
    russia, ukraine = named(actors, "Russia"), named(actors, "Ukraine")
    assert at(actors, text, "Moscow") is russia
    assert at(actors, text, "Kyiv") is ukraine
    assert at(actors, text, "The Ukrainian side") is ukraine
    assert all(a.kind != "person" for a in actors if a.name in ("Russia", "Ukraine"))


def test_platform_is_not_an_actor(nlp):
    text = (
        "Elon Musk said on Twitter that the launch was delayed. "
        "Jane Roe wrote on Facebook that she disagreed."
    )
    actors = actors_of(nlp, text)
    names = {a.name for a in actors}
    assert "Twitter" not in names and "Facebook" not in names
    assert at(actors, text, "Twitter") is None


def test_two_people_sharing_a_surname_stay_apart(nlp):
    text = (
        "Hillary Clinton and Bill Clinton arrived together. Bill Clinton spoke first. "
        "Then Hillary Clinton took the stage, and Clinton said the race was close."
    )
    actors = actors_of(nlp, text)
    hillary, bill = named(actors, "Hillary Clinton"), named(actors, "Bill Clinton")
    assert hillary.id != bill.id
    assert at(actors, text, "Bill Clinton", 1) is bill
    # a bare surname goes to the one named last
    assert at(actors, text, "Clinton", 4) is hillary


def test_a_capital_as_a_location_is_the_city(nlp):
    text = (
        "Okafor read to pupils at a library in Paris, Texas, on Tuesday. "
        "Paris said on Monday it would send more aid."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "Paris").name == "Paris"
    assert at(actors, text, "Paris", 1).name == "France"


def test_a_name_taken_for_a_place_after_a_title_is_a_person(nlp):
    # the small model tags "Thabo Ndeki" a place; "President" before it says who
    text = "South African President Thabo Ndeki met the diver. Ndeki then toasted him."
    actors = actors_of(nlp, text)
    ndeki = at(actors, text, "Thabo Ndeki")
    assert ndeki is not None and ndeki.kind == "person"
    assert at(actors, text, "Ndeki", 1) is ndeki


def test_a_name_taken_for_a_place_that_speaks_is_a_person(nlp):
    text = "Mbalawa said in a statement that he was pleased with the count."
    actors = actors_of(nlp, text)
    found = at(actors, text, "Mbalawa")
    assert found is not None and found.kind == "person"


def test_places_that_speak_stay_places(nlp):
    # near misses: a big city, a noun that says what the name is, a name after "the"
    for text, name in (
        ("Lagos said the roads were closed.", "Lagos"),
        ("The old trading partner Britain said the count was late.", "Britain"),
        ("The Elysee said the talks had failed.", "Elysee"),
    ):
        found = at(actors_of(nlp, text), text, name)
        assert found is None or found.kind != "person", text


def test_a_name_beside_a_person_is_a_person_but_a_city_is_not(nlp):
    text = "Okoro and Lund met the press on Monday."
    assert at(actors_of(nlp, text), text, "Okoro").kind == "person"
    # near miss: a known city beside a person stays the city
    text = "Paris and Lund met the press on Monday."
    found = at(actors_of(nlp, text), text, "Paris")
    assert found is not None and found.kind == "place"


def test_a_name_set_off_beside_a_persons_title_is_a_person(nlp):
    text = (
        "The head of the bank, Jane Smith, and the president of the European Commission, "
        "Romano Prodi, sent a letter to the minister."
    )
    actors = actors_of(nlp, text)
    prodi = at(actors, text, "Romano Prodi")
    assert prodi is not None and prodi.kind == "person"


def test_a_name_set_off_beside_a_thing_keeps_its_label(nlp):
    # near miss: "company" is no person, so the name set off beside it is the company's
    text = "The parent company of the bank, Acme Holdings, said it would cut fares."
    acme = at(actors_of(nlp, text), text, "Acme Holdings")
    assert acme is not None and acme.kind == "organization"
