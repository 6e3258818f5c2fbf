"""End to end: `newsreader FOLDER` in a real terminal (tmux) starts on the library; picking an
article with the keys shows it, analysed."""

from __future__ import annotations

import shlex

import pytest

from tests.support.terminal import newsreader_exe, open_folder

pytestmark = pytest.mark.e2e


HARBOUR = (
    "Harbour reopens after the storm\n\n"
    "The harbour reopened on Monday after a week of repairs, the port authority said.\n"
)
BRIDGE = (
    "Council approves the river bridge\n\n"
    "The city council voted on Tuesday to build a new bridge across the river.\n\n"
    '"This is a great day for Springfield," said Mayor Alice Hart.\n'
)


def test_open_a_folder_pick_an_article_and_see_it(terminal, tmp_path):
    term = open_folder(
        terminal,
        tmp_path / "news",
        {"2024-03-01-harbour.txt": HARBOUR, "2024-03-05-bridge.txt": BRIDGE},
    )
    screen = term.wait_for("Council approves the river bridge")
    assert "Harbour reopens after the storm" in screen
    assert "seed" in screen  # the bundled seed is always listed
    term.press("Down")
    term.press("Enter")
    term.wait_for("This is a great day for Springfield")
    term.wait_for("person · ")  # the analysis filled the actors pane ("Alice Hart  person · 1×")
    # Back in the library the article now has its counts.
    term.press("l")
    screen = term.wait_for("Library · news")
    row = next(line for line in screen.splitlines() if "Council approves" in line)
    assert "·" not in row
    term.press("q")
    screen = term.wait_for("__EXIT__0", timeout=20)
    assert "Traceback" not in screen


def test_a_bad_url_is_one_line_not_a_traceback(terminal):
    import socket

    with socket.socket() as s:  # a port on 127.0.0.1 that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    term = terminal(f"{shlex.quote(newsreader_exe())} http://127.0.0.1:{port}/story")
    screen = term.wait_for("__EXIT__1", timeout=30)
    assert "cannot connect" in screen
    assert "Traceback" not in screen


def test_an_article_piped_on_stdin_is_read_and_the_keys_still_work(terminal, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(BRIDGE, encoding="utf-8")
    env = f"NEWSREADER_CACHE_DIR={shlex.quote(str(tmp_path / 'cache'))}"
    term = terminal(f"cat {shlex.quote(str(story))} | env {env} {shlex.quote(newsreader_exe())} -")
    term.wait_for("This is a great day for Springfield")
    term.wait_for("person · ")
    term.press("q")
    screen = term.wait_for("__EXIT__0", timeout=20)
    assert "Traceback" not in screen
