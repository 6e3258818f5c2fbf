"""A one-word name the small model takes for an organisation is a person's where it speaks and
the text goes on to call it "he" or "she" with no one else in reach
(core.actors.entities._spoken_of_as_person); so is a name taken for a place that speaks."""

from __future__ import annotations

from core.actors.registry import find_actors
from core.quotes.find import find_quotes


def _speakers(nlp, text: str) -> tuple[dict[str, str], list[str | None]]:
    doc = nlp(text)
    actors = find_actors(doc)
    kinds = {a.name: a.kind for a in actors}
    names = {a.id: a.name for a in actors}
    return kinds, [names.get(q.speaker or "") for q in find_quotes(doc, actors)]


def test_a_speaking_name_called_he_is_a_person(nlp):
    text = (
        "The leader spoke to reporters on Monday. “We will never accept this plan,” Okonkwo"
        " said. “It is a bad deal for everyone,” he added."
    )
    kinds, speakers = _speakers(nlp, text)
    assert kinds["Okonkwo"] == "person"
    assert speakers == ["Okonkwo", "Okonkwo"]


def test_the_pronoun_goes_to_a_person_named_before(nlp):
    # near miss: "she" can be Ann Lee, so the name keeps the model's reading
    text = (
        "Ann Lee chaired the meeting on Monday. Okonkwo said profits rose in the spring."
        " “It is a bad deal for everyone,” she added."
    )
    kinds, _ = _speakers(nlp, text)
    assert kinds.get("Okonkwo") != "person"


def test_a_body_that_goes_on_as_it_stays_a_body(nlp):
    # near miss: no "he" or "she" follows
    text = "Okonkwo said profits rose in the spring. It added that sales would grow."
    kinds, _ = _speakers(nlp, text)
    assert kinds.get("Okonkwo") != "person"


def test_a_name_taken_for_a_place_that_speaks_is_a_person(nlp):
    # "spoke" tells no content, but its subject has a voice: the model's place is a person
    text = "Ines Lund spoke from the lectern. “We will win,” she said."
    kinds, speakers = _speakers(nlp, text)
    assert kinds["Ines Lund"] == "person"
    assert speakers == ["Ines Lund"]


def test_a_known_country_that_speaks_stays_a_country(nlp):
    # near miss: a country speaks through its delegates; "she" is no one named
    text = "Norway spoke first at the summit. “We will sign,” she said."
    kinds, speakers = _speakers(nlp, text)
    assert kinds["Norway"] == "place"
    assert speakers == [None]
