"""One answer to "is this line a title-case headline?" for the scans, headlines and boilerplate."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text.casing import line_at, title_case


@pytest.mark.parametrize(
    "line",
    [
        "Mayor Vows to Fight the Cuts",
        "Okafor Warns Bridge Plan Will Fail",
        "Unions Vow Strike, Call Talks ‘A Sham’",
        "Senator Backs The Plan",
    ],
)
def test_title_case_lines(line: str) -> None:
    assert title_case(line)


@pytest.mark.parametrize(
    "line",
    [
        # near misses: a sentence that opens with a name, a sentence-case headline
        "Ana Ruiz opened the new library on Monday.",
        "Okafor warns bridge plan will fail",
        "Mayor Ana Ruiz said the vote would be close.",
        "",
        "12 34",
    ],
)
def test_sentences_are_not_title_case(line: str) -> None:
    assert not title_case(line)


def test_line_at_finds_the_line_of_an_offset() -> None:
    text = "Mayor Vows New Library\n\nAna Ruiz opened it."
    assert line_at(text, 3) == "Mayor Vows New Library"
    assert line_at(text, text.index("Ruiz")) == "Ana Ruiz opened it."
    assert line_at(text, len(text)) == "Ana Ruiz opened it."


@given(st.text(max_size=80), st.integers(min_value=0, max_value=80))
def test_line_at_is_a_line_of_the_text(text: str, at: int) -> None:
    at = min(at, len(text))
    line = line_at(text, at)
    assert "\n" not in line and line in text
    assert isinstance(title_case(line), bool)
