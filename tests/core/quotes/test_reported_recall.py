"""Reported speech the cue scan used to miss: speakers the parser puts out of the cue verb's
reach, and cues it reads in an odd way. One text of our own per rule, with its near miss."""

from __future__ import annotations

from core.model import Quote
from core.quotes.find import find_quotes


def reported(nlp, text: str) -> list[tuple[str, str]]:
    quotes: tuple[Quote, ...] = find_quotes(nlp(text), ())
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else "")
        for q in quotes
        if q.kind == "indirect"
    ]


def test_an_infinitive_of_saying_on_an_adjective_speaks_for_the_copulas_subject(nlp):
    found = reported(nlp, "Mayor Okafor was quick to say that the bridge would reopen in May.")
    assert found == [("the bridge would reopen in May", "Okafor")]
    text = "The council members were more likely to say the levy had grown too fast."
    found = reported(nlp, text)
    assert found == [("the levy had grown too fast", "The council members")]


def test_an_empty_it_before_an_infinitive_of_saying_is_the_writers_voice(nlp):
    # near miss: "it is fair to say" names no one who says it
    assert reported(nlp, "It is fair to say that the bridge was badly built.") == []
    assert reported(nlp, "It is important to note that the ferry never ran on Sundays.") == []
