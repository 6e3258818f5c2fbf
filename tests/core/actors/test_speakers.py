"""Who speaks: the resolver's answer for a quote's speaker words (core.reference) and the
parse's speaker of a cue (core.quotes.attribution)."""

from __future__ import annotations

from core.actors.registry import find_actors
from core.quotes.find import find_quotes


def _quote_by(nlp, text: str, cue: str):
    doc = nlp(text)
    actors = find_actors(doc)
    (quote,) = [q for q in find_quotes(doc, actors) if q.cue is not None and q.cue.text == cue]
    names = {a.id: a.name for a in actors}
    return names.get(quote.speaker or ""), [names[i] for i in quote.speakers]


def test_they_after_a_joint_subject_is_both_speakers(nlp):
    text = "Ines Okoro and Tomas Lund met in Oslo. They said the talks had gone well."
    assert _quote_by(nlp, text, "said") == ("Ines Okoro", ["Ines Okoro", "Tomas Lund"])


def test_they_after_one_subject_and_an_object_speaks_for_no_pair(nlp):
    # near miss: Lund is the one met, not a joint subject "they" may stand for
    text = "Ines Okoro met Tomas Lund in Oslo. They said the talks had gone well."
    assert _quote_by(nlp, text, "said") == (None, [])


def test_denouncing_x_as_y_and_saying_is_the_denouncer_speaking(nlp):
    text = "Tomas Lund spoke on Monday, denouncing the report as biased and saying it lacks rigour."
    assert _quote_by(nlp, text, "saying")[0] == "Tomas Lund"


def test_quoted_x_as_saying_is_x_speaking(nlp):
    # the rule the one above narrows: "as saying" right after its object
    text = "State media quoted Tomas Lund as saying the talks had failed."
    assert _quote_by(nlp, text, "saying")[0] == "Tomas Lund"


def test_they_after_two_titles_with_names_set_off_is_both(nlp):
    text = (
        "The current head of the league, Ines Marr, and the head of the river board, "
        "Piet Dunmore, have sent a letter to Mayor Lund in which they urge him "
        "to sign the pact."
    )
    speaker, both = _quote_by(nlp, text, "urge")
    assert speaker == "Ines Marr" and "Piet Dunmore" in both


def test_they_after_one_title_with_a_name_is_no_pair(nlp):
    # near miss: one subject, no joint one
    text = (
        "The current head of the league, Ines Marr, has sent a letter to Mayor Lund in "
        "which they urge him to sign the pact."
    )
    assert _quote_by(nlp, text, "urge")[1] == []


def test_a_title_with_a_name_set_off_is_not_the_person_named_before(nlp):
    # near miss: "the president" would be the president named first, but a name follows
    from tests.core.actors.helpers import actors_of, at

    text = (
        "President Ines Okoro spoke first. The president of the commission, Tomas Lund, spoke next."
    )
    found = at(actors_of(nlp, text), text, "The president")
    assert found is None or found.name != "Ines Okoro"


def test_i_in_a_report_inside_a_quote_is_the_quote_s_speaker(nlp):
    from core.reference import resolver_for

    text = "“I expect the council to act soon,” Tomas Lund said."
    doc = nlp(text)
    actors = find_actors(doc)
    holders = resolver_for(doc, actors).with_quotes(find_quotes(doc, actors))
    actor = holders.actor_of(doc[1])
    assert actor is not None and actor.name == "Tomas Lund"
