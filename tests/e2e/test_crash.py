"""A crash in the reader, in a real terminal (tmux): one line on the terminal that names a log
file, the full traceback in that file, and a non-zero exit code (issue 19, item 1's "one line").

The fault is put in by the test (a reader whose mount raises), as a bug would be: the command
line, the terminal and the log are the real ones."""

from __future__ import annotations

import re
import shlex
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2023-04-27-xi-zelensky-call.txt"

BROKEN_READER = f"""
import sys
import tui.app

class Broken(tui.app.NewsReaderApp):
    def on_mount(self):
        super().on_mount()
        raise RuntimeError("a fault the test put in")

tui.app.NewsReaderApp = Broken
from tui.cli import main
sys.exit(main([{str(SEED)!r}]))
"""


def test_a_crash_prints_one_line_naming_the_log_that_keeps_the_traceback(terminal, tmp_path):
    state = tmp_path / "state"  # where platformdirs puts the user's logs
    python = shlex.quote(sys.executable)
    command = f"XDG_STATE_HOME={state} {python} -c {shlex.quote(BROKEN_READER)}"
    term = terminal(command, width=200)
    screen = term.wait_for("__EXIT__", timeout=60)
    lines = [line for line in screen.splitlines() if line.strip()]
    assert lines[-1] == "__EXIT__1", screen
    said = lines[:-1]
    assert len(said) == 1, screen  # nothing of Textual's traceback above it
    match = re.fullmatch(
        r"newsreader: the reader stopped on an internal error: the traceback is in (\S+)",
        said[0],
    )
    assert match, said[0]
    log = Path(match.group(1))
    assert log.is_relative_to(state)
    kept = log.read_text(encoding="utf-8")
    assert "RuntimeError: a fault the test put in" in kept
    assert "on_mount" in kept  # the whole traceback, frames and all
