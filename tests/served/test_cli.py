"""`newsreader serve`'s own messages: one line each, no traceback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

NEWSREADER = str(Path(sys.executable).with_name("newsreader"))


def _run(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-c", code] if code else [NEWSREADER, "serve", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def test_without_the_extra_says_which_to_install():
    # As if textual-serve were not installed: its import fails.
    code = (
        "import sys; sys.modules['textual_serve'] = None\n"
        "from tui.cli import main; sys.exit(main(['serve']))"
    )
    done = _run(code=code)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "newsreader serve: needs the `serve` extra: pip install 'newsreader[serve]'"
    ]


def test_a_path_that_cannot_be_read_is_one_line(tmp_path):
    done = _run(str(tmp_path / "missing.txt"), "--port", "1")
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "missing.txt: no such file" in lines[0]


def test_a_taken_port_is_one_line():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        done = _run("--port", str(s.getsockname()[1]))
    assert done.returncode == 1
    assert done.stderr.strip().count("\n") == 0 and "address already in use" in done.stderr.lower()


def test_a_host_other_than_loopback_warns(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [NEWSREADER, "serve", "--host", "0.0.0.0", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, NEWSREADER_CACHE_DIR=str(tmp_path)),
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            with socket.socket() as c:
                if c.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "warning: listening on 0.0.0.0: everyone who can reach port" in err
    assert "Traceback" not in err


def test_a_path_with_escapes_is_said_as_symbols_on_one_line(tmp_path):
    evil = tmp_path / "x\x1b]0;PWNED\x07\x1b[2J.txt"  # missing: its name comes back in the message
    done = _run(str(evil), "--port", "1")
    assert done.returncode == 1
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "x␛]0;PWNED␇␛[2J.txt: no such file" in lines[0]
