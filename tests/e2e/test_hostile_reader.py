"""The reader under a hostile hand, in a real terminal (tmux): keys pressed twice, stdin and
special files in `o`, quitting mid-analysis, an export onto a full disk (issue 19)."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

from tests.support.terminal import newsreader_exe

pytestmark = pytest.mark.e2e

SEED = Path(__file__).resolve().parents[2] / "seeds" / "2023-04-27-xi-zelensky-call.txt"


def _opened(terminal, command: str = ""):
    term = terminal(command or f"{newsreader_exe()} {SEED}")
    term.wait_for("Thursday April 27, 2023")
    term.wait_for("▌", timeout=120)  # the analysis is in: the quotes pane has filled
    return term


def _quits_cleanly(term) -> None:
    term.press("q")
    screen = term.wait_for("__EXIT__", timeout=20)
    assert "__EXIT__0" in screen, screen
    assert "Error" not in screen and "Traceback" not in screen, screen


# ---- 1: a screen dismisses once --------------------------------------------------------------


def test_enter_enter_in_the_library_opens_once_and_keeps_running(terminal):
    term = _opened(terminal)
    term.press("l")
    term.wait_for("Library")
    term.press("Enter", "Enter")  # the article being read: dismissed twice before the fix
    time.sleep(1.0)
    term.wait_for("Thursday April 27, 2023")
    _quits_cleanly(term)


def test_enter_enter_in_the_export_prompt_writes_once_and_keeps_running(terminal, tmp_path):
    term = _opened(terminal)
    out = tmp_path / "seed.md"
    term.press("e")
    term.wait_for("Export the analysis to")
    term.fill(str(out))
    term.press("Enter", "Enter")
    term.wait_for("Exported")
    assert out.read_text(encoding="utf-8").startswith("#")
    _quits_cleanly(term)


def test_enter_enter_in_the_open_prompt_opens_once_and_keeps_running(terminal, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Quiet harbour\n\nThe ferry left at noon, the mayor said.\n", "utf-8")
    term = _opened(terminal)
    term.press("o")
    term.wait_for("Open an article")
    term.fill(str(other))
    term.press("Enter", "Enter")
    term.wait_for("The ferry left at noon")
    time.sleep(1.0)
    _quits_cleanly(term)


# ---- 2: nothing in `o` can freeze the reader -------------------------------------------------


@pytest.mark.parametrize("kind", ["stdin", "fifo", "zero"])
def test_o_on_stdin_a_fifo_or_dev_zero_is_refused_and_the_reader_stays(terminal, tmp_path, kind):
    if kind == "fifo":
        # A short path, so that the message fits on one line of the prompt.
        target = tempfile.mkdtemp(prefix="nr", dir="/tmp") + "/p.txt"
        os.mkfifo(target)
        reason = "not a regular file (a FIFO)"
    elif kind == "zero":
        target, reason = "/dev/zero", "not a regular file (a character device)"
    else:
        target, reason = "-", "standard input cannot be opened from inside the reader"
    term = _opened(terminal)
    term.press("o")
    term.wait_for("Open an article")
    time.sleep(0.5)
    term.press(target, "Enter")
    term.wait_for(reason, timeout=15)
    term.press("Escape")
    time.sleep(1)  # an Escape followed at once by a key reads as Alt+key
    term.press("Tab")  # the reader still answers keys
    _quits_cleanly(term)


# ---- 3: q during a long analysis -------------------------------------------------------------


def _processes_under(pid: int) -> set[int]:
    """Every process descended from `pid`."""
    ps = subprocess.run(["ps", "-e", "-o", "pid=,ppid="], capture_output=True, text=True).stdout
    pairs = [tuple(map(int, line.split())) for line in ps.strip().splitlines()]
    found, todo = set(), [pid]
    while todo:
        parent = todo.pop()
        for child, ppid in pairs:
            if ppid == parent and child not in found:
                found.add(child)
                todo.append(child)
    return found


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone, or going as it was read
        return False


@pytest.mark.parametrize("after", [1, 25], ids=["early", "late-in-the-parse"])
def test_q_during_a_long_analysis_ends_the_reader_and_its_analysis(terminal, tmp_path, after):
    paragraph = SEED.read_text(encoding="utf-8")
    long = tmp_path / "long.txt"
    # Near the pipeline's 1,000,000-character limit: the parse runs for a minute or more.
    long.write_text("\n\n".join([paragraph] * (900_000 // len(paragraph))), encoding="utf-8")
    term = terminal(f"{newsreader_exe()} --no-cache {long}")
    term.wait_for("Thursday April 27, 2023")
    # The reader answers keys (laying out 900,000 characters takes it a while on a busy
    # machine, and that is not what this measures): `?` shows the keys, Esc closes them.
    term.press("?")
    term.wait_for("Anywhere", timeout=60)
    term.press("Escape")
    closed = time.monotonic() + 60
    while "Anywhere" in term.screen() and time.monotonic() < closed:
        time.sleep(0.1)
    time.sleep(after)  # 1 s: the analysis process loads its pipeline; 25 s: well into the parse
    shell = int(
        subprocess.run(
            ["tmux", "list-panes", "-t", term.name, "-F", "#{pane_pid}"],
            capture_output=True,
            text=True,
        ).stdout.split()[0]
    )
    reader = _processes_under(shell)  # the reader and its analysis process
    assert reader, "the reader is not running"
    started = time.monotonic()
    term.press("q")
    # Only a hang guard: the figure itself (about 0.3 s here) is in the note.
    while any(_running(p) for p in reader) and time.monotonic() - started < 5:
        time.sleep(0.05)
    assert not any(_running(p) for p in reader), "the reader or its analysis is still running"
    screen = term.wait_for("__EXIT__", timeout=5)
    assert "__EXIT__0" in screen, screen
    assert "Aborting" not in screen and "Traceback" not in screen, screen


# ---- 11: an export that fails leaves the old file whole --------------------------------------


def test_an_export_onto_a_full_disk_keeps_the_old_file(terminal, tmp_path):
    out = tmp_path / "analysis.json"
    old = b'{"my": "earlier export, worth keeping"}\n' * 50
    out.write_bytes(old)
    # `ulimit -f 8`: no file this shell's programs write may pass 8 KiB; the seed's export is
    # several times that, so the write fails part way, as on a full disk.
    term = _opened(terminal, f"ulimit -f 8; {newsreader_exe()} {SEED}")
    term.press("e")
    term.wait_for("Export the analysis to")
    term.fill(str(out))
    term.press("Enter")
    term.wait_for("Overwrite")
    term.press("o")
    term.wait_for("Export failed")
    assert "File too large" in term.screen()
    assert out.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["analysis.json"]  # no temporary left
    _quits_cleanly(term)
