"""Quote marks that are not speech: words cited as words, a list of titles or nicknames."""

from __future__ import annotations

from core.quotes.find import find_quotes


def test_words_cited_as_words_are_no_quotes(nlp):
    text = "She loves “ubiquitous,” “liminal,” and “bespoke,” and uses them in every column."
    assert find_quotes(nlp(text), ()) == ()


def test_a_list_of_titles_is_no_quote(nlp):
    text = "The band played “Blue Harbour,” “Night Ferry” and “Salt Road” on Friday."
    assert find_quotes(nlp(text), ()) == ()


def test_the_same_marks_around_what_someone_said_are_a_quote(nlp):
    text = "“I love words like ubiquitous and liminal,” she said on Monday."
    (quote,) = find_quotes(nlp(text), ())
    assert quote.kind == "direct" and quote.speaker_mention is not None
