"""No one is quoted in boilerplate (core.sources.boilerplate): bylines, teasers, captions and
prompts around a story attribute nothing; the same words in the story still do."""

from __future__ import annotations

from core.quotes.find import find_quotes

_WRAPPED = (
    "By Jane Doe, Staff Reporter\n\n"
    "The council met on Monday.\n\n"
    "Tom Reyes, the victim's brother, says the alarm never sounded\n\n"
    "Lena Park via Getty Images.\n\n"
    "READ MORE: Mayor says the bridge will reopen\n\n"
    "The mayor said the bridge would reopen in May.\n\n"
    "Click here to read what the mayor said about the budget."
)


def test_nothing_in_boilerplate_is_attributed(nlp):
    quotes = find_quotes(nlp(_WRAPPED), ())
    assert [q.text for q in quotes] == ["the bridge would reopen in May"]


def test_the_same_words_in_the_story_are_attributed(nlp):
    text = (
        "The council met on Monday.\n\n"
        "Tom Reyes, the victim's brother, said the alarm never sounded.\n\n"
        "The mayor says the bridge will reopen, and she said so again on Friday."
    )
    found = {q.text for q in find_quotes(nlp(text), ())}
    assert "the alarm never sounded" in found
    assert any(t.startswith("the bridge will reopen") for t in found)
