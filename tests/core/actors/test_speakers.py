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
