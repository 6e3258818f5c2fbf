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


def test_a_nickname_people_call_someone_is_no_quote(nlp):
    text = "Fans who call the singer “The Captain” packed the hall on Friday."
    assert find_quotes(nlp(text), ()) == ()


def test_what_a_named_speaker_calls_someone_is_a_view(nlp):
    # the near miss: one person's label for another is a view of them, even in capitals
    text = "Okafor calls the mayor “Crooked Pete” at every rally."
    assert [q.kind for q in find_quotes(nlp(text), ())] == ["indirect"]


def test_a_label_people_call_someone_that_is_no_name_is_a_view(nlp):
    text = "Fans who call the singer “a tireless worker” packed the hall."
    assert "indirect" in [q.kind for q in find_quotes(nlp(text), ())]
