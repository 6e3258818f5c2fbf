"""A speaker's "we": the body the text says the speaker speaks for, else the speaker."""

from __future__ import annotations

from core.actors.registry import find_actors
from core.quotes.find import find_quotes
from core.reference import resolver_for


def _we(nlp, text: str, word: str = "we"):
    doc = nlp(text)
    actors = find_actors(doc)
    resolver = resolver_for(doc, actors).with_quotes(find_quotes(doc, actors))
    tok = next(t for t in doc if t.lower_ == word)
    found = resolver.actor_of(tok)
    return found.name if found is not None else None


def test_we_as_a_named_party_is_that_party(nlp):
    text = "“As the Labour Party, we reject the budget,” Ana Ruiz said."
    assert _we(nlp, text) == "Labour Party"


def test_we_of_an_affiliated_speaker_is_the_body(nlp):
    text = "Chile hosted the talks. “We will not sign the accord,” said Chilean President Ana Ruiz."
    assert _we(nlp, text) == "Chile"


def test_we_of_a_speaker_the_text_ties_to_no_body_is_the_speaker(nlp):
    # near miss: nothing says whom Ana Ruiz speaks for
    text = "“We will not sign the accord,” Ana Ruiz said."
    assert _we(nlp, text) == "Ana Ruiz"


def test_i_stays_the_speaker(nlp):
    text = "Chile hosted the talks. “I will not sign the accord,” said Chilean President Ana Ruiz."
    assert _we(nlp, text, "i") == "Ana Ruiz"
