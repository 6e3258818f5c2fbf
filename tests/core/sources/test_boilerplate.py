"""Boilerplate: what a site wraps around a story is found, and the story itself never is."""

from __future__ import annotations

import pytest

from core.sources.boilerplate import find_boilerplate, inside_boilerplate


def _found(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start : b.end]) for b in find_boilerplate(text)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Jane Doe, Staff Reporter", "byline"),
        ("By JANE DOE and TOMAS RUIZ", "byline"),
        ("By Amara Okafor | The Harbour Gazette", "byline"),
        ("READ MORE: Council votes to close the old library", "teaser"),
        ("WATCH: The mayor's speech in full", "teaser"),
        ("Related | Flood defences delayed again", "teaser"),
        ("Click here to get our morning briefing", "prompt"),
        ("Share this article", "prompt"),
        ("Share | Tweet | Email", "prompt"),
        ("Follow Jane Doe on Twitter @janedoe", "prompt"),
        ("Sign up for our daily newsletter", "prompt"),
        ("Advertisement", "prompt"),
        ("Photo: Lena Park", "credit"),
        ("Lena Park via Getty Images.", "credit"),
        ("Getty Images", "credit"),
        ("Residents wait outside the town hall on Monday. (Photo: Lena Park/Reuters)", "caption"),
    ],
)
def test_a_boilerplate_line_is_found_whole(line, kind):
    text = f"The council met on Monday.\n\n{line}\n\nIt voted to close the library."
    assert _found(text) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "By Monday the talks had stalled, and the union walked out.",
        "By 58% to 33%, voters said the library should stay open.",
        "By Sanders's own count, the vote was lost.",
        "Watch what happens when the mayor meets the protesters.",
        "More than 300 people came to the meeting.",
        "Related talks are planned for June.",
        "She told readers to click through the whole report before judging it, "
        "which took most of them an afternoon, and many wrote back to say they had.",
        "The shop sells photos of the old town.",
    ],
)
def test_a_story_line_that_starts_the_same_way_is_story(line):
    text = f"The council met on Monday.\n\n{line}\n\nIt voted to close the library."
    assert _found(text) == []


def test_a_dateline_is_only_the_start_of_its_paragraph():
    text = "LAGOS, Nigeria (Reuters) - The governor said on Monday the port would reopen."
    (found,) = find_boilerplate(text)
    assert (found.kind, text[found.start : found.end]) == ("dateline", "LAGOS, Nigeria (Reuters) -")
    assert text[found.end :].lstrip().startswith("The governor said")


def test_a_date_and_a_dash_opening_a_paragraph_is_a_dateline():
    for opening in ("Tuesday March 9, 2021 – ", "9 March 2021 — ", "Mar. 9 -- "):
        text = opening + "The ferry to Harlow Vale ran again, the council said."
        (found,) = find_boilerplate(text)
        assert found.kind == "dateline"
        assert text[found.end :].lstrip().startswith("The ferry")


def test_a_date_range_or_a_date_as_subject_is_no_dateline():
    # near misses: the date is what the sentence is about
    assert _found("May 4 - 6 are the dates of the Dunmore fair.") == []
    assert _found("March 9 was the day the ferry ran again.") == []
    assert _found("May - the month of fairs - begins on Friday.") == []


def test_a_report_that_opens_with_a_dateline_starts_after_it(nlp):
    from core.quotes.find import find_quotes

    text = "Tuesday March 9, 2021 – The ferry to Harlow Vale ran again, the council said."
    (quote,) = find_quotes(nlp(text), ())
    assert (quote.kind, quote.text) == ("indirect", "The ferry to Harlow Vale ran again")


def test_a_capitalised_opening_without_a_dash_is_no_dateline():
    assert _found("NATO said on Monday it would send more ships.") == []
    assert _found("US officials - and their allies - said little.") == []


def test_a_present_tense_line_beside_a_photo_credit_is_its_caption():
    text = (
        "The fire spread through three houses before dawn.\n\n"
        "Tom Reyes, the victim's brother, says the alarm never sounded\n\n"
        "Lena Park via Getty Images.\n\n"
        "Firefighters said the cause was not yet known."
    )
    kinds = [k for k, _ in _found(text)]
    assert kinds == ["caption", "credit"]


def test_the_story_beside_a_photo_credit_stays_story():
    # past tense, or a headline in title case, beside a credit: the story, not a caption
    text = (
        "Firefighters said the cause was not yet known.\n\n"
        "Lena Park via Getty Images.\n\n"
        "Three Houses Burn In Dawn Fire\n\n"
        "Getty.\n\n"
        "The brother of the victim said the alarm never sounded."
    )
    assert [k for k, _ in _found(text)] == ["credit", "credit"]


def test_leading_blank_lines_and_windows_line_ends_keep_offsets():
    text = "\n\n\r\nBy Jane Doe\r\n\r\nThe council met.\r\n"
    (found,) = find_boilerplate(text)
    assert text[found.start : found.end] == "By Jane Doe"


def test_inside_boilerplate_is_about_most_of_a_span():
    text = "READ MORE: Council votes\n\nThe mayor said it was a mistake."
    spans = find_boilerplate(text)
    assert inside_boilerplate(spans, 11, 24)
    assert not inside_boilerplate(spans, text.index("it was"), len(text))
