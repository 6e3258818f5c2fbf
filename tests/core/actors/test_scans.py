"""Names the model missed: untagged speakers and transcript labels (core.actors.scans)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at


def test_untagged_speaker_is_a_person(nlp):
    text = "The officer, known only as Bob, was at the base. Bob said the team waited. He left."
    actors = actors_of(nlp, text)
    bob = at(actors, text, "Bob", 1)
    assert bob is not None and bob.kind == "person"
    assert at(actors, text, "He") is bob


def test_transcript_speaker_labels(nlp):
    text = (
        "Transcript of the show.\nJANE FOSTER: Welcome back.\nOMAR REID: Thanks.\n"
        "FOSTER: What did he say?\nREID: He said no."
    )
    actors = actors_of(nlp, text)
    foster = at(actors, text, "JANE FOSTER")
    assert foster is not None and foster.kind == "person" and foster.name == "Jane Foster"
    assert at(actors, text, "FOSTER", 1) is foster
    assert at(actors, text, "REID", 1) is at(actors, text, "OMAR REID")


def test_a_name_after_a_title_is_a_person_the_next_she_can_be(nlp):
    # the small model tags neither name; the title, or the apposition, says who they are
    text = "Mayor Ana Ruiz spoke on Monday. “We will rebuild the library,” she said."
    actors = actors_of(nlp, text)
    ruiz = at(actors, text, "Ana Ruiz")
    assert ruiz is not None and ruiz.kind == "person" and ruiz.name == "Ana Ruiz"
    assert at(actors, text, "she") is ruiz
    text = "Ana Ruiz, the mayor, spoke on Monday. “We will rebuild the library,” she said."
    ruiz = at(actors_of(nlp, text), text, "Ana Ruiz")
    assert ruiz is not None and ruiz.kind == "person"


def test_a_title_before_a_thing_or_a_place_names_no_one(nlp):
    text = "Lagos, the city of ten million, voted on Monday. The US Navy Base at Port Alder shut."
    actors = actors_of(nlp, text)
    assert all(a.kind != "person" for a in actors)
    headline = "Mayor Vows New Library For Town\n\nThe council met on Monday."
    assert all(a.kind != "person" for a in actors_of(nlp, headline))


def test_a_found_name_takes_its_surname_back_from_the_entities(nlp):
    text = (
        "Mayor Ana Ruiz spoke on Monday. When asked about the plan, Ruiz said she was sure of it."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "Ruiz", 1) is at(actors, text, "Ana Ruiz")
    # the near miss: with two people of that surname, a later "Ruiz" is not folded into the
    # found one (the entities give it to the one named last, as for any shared surname)
    text = "Mayor Ana Ruiz met Judge Pablo Ruiz on Monday. Ruiz said the plan was sound."
    actors = actors_of(nlp, text)
    assert at(actors, text, "Ruiz", 2) is not at(actors, text, "Ana Ruiz")
