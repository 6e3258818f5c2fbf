"""Hostile servers on 127.0.0.1 and faults around `extract` (issue 19): a stacked-gzip bomb, a feed
of endless or stalling entries, an escape sequence in a reason phrase, a killed parent of
worker processes, a scheduler that is not one."""

from __future__ import annotations

import gzip
import json
import os
import signal
import socket
import subprocess
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psutil
import pytest

from tests.core.corpus.test_hostile_extract import ARTICLE, _limits, _one_line, exe

# What the bomb unpacks to: far past the 10 MB cap, and past what the test machine may lose.
BOMB_BYTES = 2 * 1024**3


@cache
def bomb() -> bytes:
    """gzip(gzip(BOMB_BYTES zeros)): a few KB on the wire."""
    inner = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    packed = b"".join(inner.compress(zeros) for _ in range(BOMB_BYTES >> 20)) + inner.flush()
    return gzip.compress(packed, 9)


def page(n: int) -> bytes:
    return (
        f"<!doctype html><html><head><title>Story {n}</title></head><body><article><p>"
        f"{ARTICLE} This is story number {n}, told at some length so that it counts as an "
        "article and not as a menu or a paywall notice.</p></article></body></html>"
    ).encode()


def feed(base: str, count: int, path: str) -> bytes:
    items = "".join(
        f"<item><title>Story {i}</title><link>{base}{path}/{i}</link></item>" for i in range(count)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>{items}'
        "</channel></rss>"
    ).encode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, body: bytes, ctype: str, status: int = 200, **headers: str) -> None:
        self.send_response(status, headers.pop("reason", None))
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header(k.replace("_", "-"), v)
        self.end_headers()
        with suppress(OSError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path
        if path == "/bomb":
            self._send(bomb(), "text/html", Content_Encoding="gzip, gzip")
        elif path == "/gzipped":
            self._send(gzip.compress(page(1)), "text/html", Content_Encoding="gzip")
        elif path.startswith("/feed/"):
            count = int(path.rsplit("/", 1)[1])
            self._send(feed(base, count, "/story"), "application/rss+xml")
        elif path.startswith("/stalling-feed/"):
            count = int(path.rsplit("/", 1)[1])
            self._send(feed(base, count, "/stall"), "application/rss+xml")
        elif path.startswith("/story/"):
            self._send(page(int(path.rsplit("/", 1)[1])), "text/html")
        elif path.startswith("/stall/"):
            time.sleep(4)
            self._send(page(int(path.rsplit("/", 1)[1])), "text/html")
        elif path == "/evil-reason":
            self._send(b"no", "text/plain", 500, reason="Bad \x1b[2J\x1b]0;PWNED\x07 thing")
        else:
            self._send(b"not found", "text/plain", 404)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        pass


@contextmanager
def serve() -> Iterator[str]:
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    bomb()  # made before serving: packing it takes longer than a client waits for an answer
    with serve() as url:
        yield url


def run_measured(args: list[str], env: dict[str, str] | None = None, timeout: float = 300):
    """Run newsreader; (returncode, stdout, stderr, peak resident MB) of that one process."""
    proc = subprocess.Popen(
        [exe(), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        preexec_fn=_limits(),
    )
    got: dict[str, bytes] = {}
    # Read the pipes in threads and reap the child here with wait4, for its own peak memory.
    readers = [
        threading.Thread(target=lambda k=k, f=f: got.__setitem__(k, f.read()), daemon=True)
        for k, f in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for t in readers:
        t.start()
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"{args} did not end within {timeout} s")
        time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join(30)
    stdout, stderr = got.get("out", b""), got.get("err", b"")
    return proc.returncode, stdout, stderr, usage.ru_maxrss / 1024


# ---- 5: the size cap holds on the decoded bytes -----------------------------------------------


def test_a_stacked_gzip_bomb_is_refused_within_the_cap(base):
    code, _out, err, peak_mb = run_measured(["extract", f"{base}/bomb"])
    text = _one_line(err)
    assert code == 1, text
    assert "too large to read, over the limit of 10,000,000 bytes" in text
    print(f"peak resident memory on the gzip-gzip bomb: {peak_mb:.0f} MB")
    assert peak_mb < 1024, f"{peak_mb:.0f} MB resident while refusing the bomb"


def test_a_gzipped_page_still_reads(base):
    code, out, err, _ = run_measured(["extract", f"{base}/gzipped"])
    assert code == 0, err
    assert "This is story number 1" in json.loads(out)["article"]["text"]


# ---- 6: a feed is bounded as a whole ---------------------------------------------------------


def test_max_entries_caps_a_feed_and_says_what_was_skipped(base):
    code, out, err, _ = run_measured(["extract", f"{base}/feed/12", "--max-entries", "3"])
    assert code == 1
    text = _one_line(err)
    ids = [json.loads(line)["article"]["source"] for line in out.splitlines()]
    assert ids == [f"{base}/story/{i}" for i in range(3)], text
    assert "9 more entries skipped (--max-entries 3)" in text


def test_a_feed_of_stalling_entries_gives_up_at_its_deadline(base):
    # Four at a time, four seconds each: 16 entries need 16 s, past the 10 s deadline. The
    # deadline leaves the first four 6 s of slack, so a loaded machine (a slow first fetch and
    # page parse) still gets some entries before it; with 6 s it sometimes got none.
    env = {"NEWSREADER_FEED_TIMEOUT": "10"}
    code, out, err, _ = run_measured(["extract", f"{base}/stalling-feed/16"], env, timeout=120)
    text = _one_line(err)
    assert code == 1, text
    assert "entries skipped: the feed took over 10 s (NEWSREADER_FEED_TIMEOUT)" in text
    assert 1 <= len(out.splitlines()) < 16


# ---- 14: a server's words never drive the terminal -------------------------------------------


def test_a_reason_phrase_with_escapes_is_shown_as_symbols(base):
    code, _out, err, _ = run_measured(["extract", f"{base}/evil-reason"])
    text = _one_line(err)
    assert code == 1
    assert "HTTP 500 Bad ␛[2J␛]0;PWNED␇ thing" in text


# ---- 13: workers end with their parent; SIGTERM is Ctrl-C ------------------------------------


def _corpus(tmp_path: Path, n: int = 400) -> Path:
    path = tmp_path / "many.jsonl"
    rows = (json.dumps({"id": f"r{i}", "text": ARTICLE * 20}) for i in range(n))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _workers(parent: psutil.Process, count: int, timeout: float = 120) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        kids = [p for p in parent.children() if "multiprocessing" in " ".join(p.cmdline())]
        if len(kids) >= count:
            return kids
        time.sleep(0.3)
    raise AssertionError(f"no {count} workers after {timeout} s")


def _gone(procs: list[psutil.Process], timeout: float = 60) -> bool:
    _, alive = psutil.wait_procs(procs, timeout=timeout)
    for p in alive:
        p.kill()
    return not alive


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_their_parent_is_killed_or_terminated(tmp_path, sig):
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen(
        [exe(), "extract", str(_corpus(tmp_path)), "--jobs", "2", "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    workers = _workers(psutil.Process(proc.pid), 2)
    time.sleep(2)
    proc.send_signal(sig)
    proc.wait(timeout=120)
    assert _gone(workers), "worker processes outlived their parent"
    err = proc.stderr.read()  # its end closes once the workers, which share it, are gone too
    if sig == signal.SIGTERM:
        assert proc.returncode == 130, err
        assert "interrupted; run the same command with -o again to resume" in _one_line(err)


# ---- 15: a scheduler that is not one ---------------------------------------------------------


@contextmanager
def silent_port() -> Iterator[int]:
    """A TCP port that accepts connections and never says anything (not a Dask scheduler)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            with suppress(OSError):
                held.append(sock.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield sock.getsockname()[1]
    finally:
        stop.set()
        for s in held:
            s.close()
        sock.close()


@pytest.mark.parametrize("address", ["not a url", "http://127.0.0.1:9", "silent"])
def test_a_bad_scheduler_is_one_line_exit_2_and_leaves_nothing(tmp_path, address):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    with silent_port() as port:
        if address == "silent":
            address = f"tcp://127.0.0.1:{port}"
        code, _o, err, _ = run_measured(
            ["extract", str(src), "--scheduler", address, "-o", str(out)],
            timeout=180,
        )
    text = _one_line(err)
    assert code == 2, text
    assert len(text.strip().splitlines()) == 1, text
    assert "scheduler" in text
    assert not out.exists()


def test_the_time_to_reach_a_scheduler_is_a_setting(tmp_path):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    argv = ["extract", str(src), "-o", str(out), "--scheduler"]
    with silent_port() as port:  # takes the connection and never answers
        code, _o, err, _ = run_measured(
            [*argv, f"tcp://127.0.0.1:{port}"], env={"NEWSREADER_SCHEDULER_TIMEOUT": "1"}
        )
    text = _one_line(err)
    assert code == 2, text
    assert "within 1 s (NEWSREADER_SCHEDULER_TIMEOUT)" in text
    assert not out.exists()
    # A value out of range is said before anything starts.
    code, _o, err, _ = run_measured(
        [*argv, "tcp://127.0.0.1:9"], env={"NEWSREADER_SCHEDULER_TIMEOUT": "inf"}
    )
    text = _one_line(err)
    assert code == 2, text
    assert text.startswith("newsreader: NEWSREADER_SCHEDULER_TIMEOUT=inf: give the time to reach")
