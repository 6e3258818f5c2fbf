"""A real terminal for end-to-end tests: the installed `newsreader` in tmux, driven by keys."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

TMUX = shutil.which("tmux")


def newsreader_exe() -> str:
    exe = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    assert exe, "newsreader is not installed beside this python"
    return exe


class Terminal:
    def __init__(self, command: str, width: int = 160, height: int = 48) -> None:
        assert TMUX is not None
        self.name = f"nr-{uuid.uuid4().hex[:8]}"
        env = {"TERM": "xterm-256color", "PATH": "/usr/bin:/bin"}
        # The tests' own cache folder, so a run never writes to the user's cache.
        if "NEWSREADER_CACHE_DIR" in os.environ:
            env["NEWSREADER_CACHE_DIR"] = os.environ["NEWSREADER_CACHE_DIR"]
        argv = [TMUX, "new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height),
                f"{command}; echo __EXIT__$?; sleep 60"]  # fmt: skip
        # A new session can fail while the tmux server of the test before is still shutting
        # down after its last session closed (seen in CI: two tests in a row, exit status 1).
        for attempt in range(5):
            done = subprocess.run(argv, env=env, capture_output=True, text=True)
            if done.returncode == 0:
                return
            time.sleep(0.5 * (attempt + 1))
        raise AssertionError(f"tmux new-session failed: {done.stderr.strip()}")

    def screen(self) -> str:
        return subprocess.run(
            [TMUX, "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        ).stdout

    def wait_for(self, needle: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if needle in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{needle!r} not on screen after {timeout}s:\n{self.screen()}")

    def press(self, *keys: str) -> None:
        subprocess.run([TMUX, "send-keys", "-t", self.name, *keys], check=True)

    def fill(self, text: str, tries: int = 3) -> str:
        """Clear the focused input (C-u) and type `text` until all of it is on screen: on a
        loaded machine a prompt that is still taking the focus drops the first keys (seen in CI:
        "en_p0/other.txt" left of a long path). `text` must fit in the input's width."""
        shows = text
        time.sleep(0.5)  # the prompt's input takes the focus
        for _ in range(tries - 1):
            self.press("C-u")
            self.press(text)  # apart from C-u: sent in one go, a long path is lost
            try:
                return self.wait_for(shows, timeout=10)
            except AssertionError:
                continue
        self.press("C-u")
        self.press(text)
        return self.wait_for(shows)

    def close(self) -> None:
        subprocess.run([TMUX, "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def terminal() -> Iterator[Callable[..., Terminal]]:
    """Open terminals running a command; all are closed after the test."""
    if TMUX is None:
        pytest.skip("tmux is not installed")
    opened: list[Terminal] = []

    def open_(command: str, **kw: int) -> Terminal:
        t = Terminal(command, **kw)
        opened.append(t)
        return t

    yield open_
    for t in opened:
        t.close()


def open_folder(
    terminal: Callable[..., Terminal], folder: Path, articles: dict[str, str]
) -> Terminal:
    """The installed reader on a folder of the given articles (name -> text), in a 150x40 tmux,
    with a cache of its own beside the folder."""
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    env = f"NEWSREADER_CACHE_DIR={shlex.quote(str(folder.parent / 'cache'))}"
    exe = shlex.quote(newsreader_exe())
    return terminal(f"env {env} {exe} {shlex.quote(str(folder))}", width=150, height=40)
