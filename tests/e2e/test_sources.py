"""End to end: a folder in a real terminal (tmux), the sources view from the library, a person's
quotes across the folder, and one of them opened in its article."""

from __future__ import annotations

import pytest

from tests.support.terminal import open_folder

pytestmark = pytest.mark.e2e

BUDGET = (
    "Council passes budget\n\n"
    "Maria Okafor, the council's finance chief, said on Monday that the budget would pass. "
    "“We have the votes,” Okafor told reporters. She added that taxes would not rise.\n"
)
VOTE = (
    "Vote delayed\n\n"
    "“The vote will wait a week,” Maria Okafor said on Tuesday. Okafor said she had asked for "
    "the delay.\n"
)


def test_sources_view_a_person_and_one_of_their_quotes_in_its_article(terminal, tmp_path):
    term = open_folder(
        terminal, tmp_path / "desk", {"2024-03-01-budget.txt": BUDGET, "2024-04-02-vote.txt": VOTE}
    )
    screen = term.wait_for("Council passes budget")
    assert "Sources" in screen  # the key, in the library's footer
    term.press("s")
    screen = term.wait_for("analysed 2 of 2 articles", timeout=120)
    assert "Maria Okafor" in screen and "female (pronoun)" in screen
    assert "Quotes of people by gender" in screen
    term.press("Enter")
    screen = term.wait_for("Quotes · Maria Okafor")
    assert "Vote delayed" in screen and "2024-04-02" in screen
    term.press("Down", "Down")  # the third quote: the one of 2 April
    term.press("Enter")
    screen = term.wait_for("The vote will wait a week")
    term.wait_for("person · ")  # the reader's analysis is in, the quote selected
    term.press("q")
    screen = term.wait_for("__EXIT__0", timeout=20)
    assert "Traceback" not in screen
