"""`newsreader serve` in a real browser: the installed command on a free port of 127.0.0.1,
headless Chromium (Debian's) driven by Playwright. The page renders from the installed packages
alone, the seed article's text appears, `]` highlights a quote, `y` puts it on the browser's
clipboard, `e` downloads the analysis, and the server stops cleanly on Ctrl+C with its sessions.

Set NEWSREADER_UPDATE_SCREENSHOT=1 to save the README's docs/serve.png from this run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

import pytest

from core.sources.files import seed_paths

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Playwright's hook into the page's terminal (xterm.js): every object that gets a `_core` is
# recorded, and the Terminal among them is read through its public buffer API. The terminal
# paints on a canvas, so its text is not in the DOM.
FIND_TERMINAL = """
Object.defineProperty(Object.prototype, '_core', {configurable: true,
  set(v) { Object.defineProperty(this, '_core', {value: v, writable: true, configurable: true});
           (window.__terminals = window.__terminals || []).push(this); }});
"""
TERMINAL = "(window.__terminals || []).find(t => t.buffer && t.buffer.active)"
SCREEN = f"""() => {{ const t = {TERMINAL}; if (!t) return '';
  const b = t.buffer.active, rows = [];
  for (let y = 0; y < t.rows; y++) {{
    const l = b.getLine(b.viewportY + y); rows.push(l ? l.translateToString(true) : ''); }}
  return rows.join('\\n'); }}"""
# Runs of cells that are bold and underlined: the quote the reader is on (see tui/highlights).
CURRENT = f"""() => {{ const t = {TERMINAL}; const b = t.buffer.active, out = [];
  for (let y = 0; y < t.rows; y++) {{
    const l = b.getLine(b.viewportY + y); let run = '';
    for (let x = 0; x < t.cols; x++) {{
      const c = l.getCell(x);
      if (c && c.isBold() && c.isUnderline()) run += c.getChars() || ' ';
      else if (run) {{ out.push(run); run = ''; }} }}
    if (run) out.push(run); }}
  return out; }}"""


def _chromium_or_skip() -> None:
    if not os.access(CHROMIUM, os.X_OK):
        pytest.skip("chromium is not installed (apt-get install -y chromium; .ci/run does it)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _children(pid: int) -> set[int]:
    """Every process below `pid` (the sessions textual-serve started)."""
    parents: dict[int, int] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            with suppress(OSError, IndexError, ValueError):
                stat = (d / "stat").read_text()
                parents[int(d.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, todo = set(), [pid]
    while todo:
        p = todo.pop()
        kids = {c for c, pp in parents.items() if pp == p}
        found |= kids
        todo.extend(kids)
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.fixture
def server(tmp_path):
    """`newsreader serve SEED` on a free port, run from an empty folder with its own cache."""
    _chromium_or_skip()
    port = _free_port()
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    env = dict(os.environ, NEWSREADER_CACHE_DIR=str(tmp_path / "cache"))
    env["XDG_CACHE_HOME"] = str(tmp_path / "xdg")
    newsreader = Path(sys.executable).with_name("newsreader")
    seed = str(seed_paths()[0])
    proc = subprocess.Popen(
        [str(newsreader), "serve", seed, "--port", str(port)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while True:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"newsreader serve did not start: {proc.stdout.read()}")
        time.sleep(0.1)
    try:
        yield proc, f"http://127.0.0.1:{port}", cwd, tmp_path
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_the_reader_in_a_browser(server, tmp_path):
    from playwright.sync_api import sync_playwright

    proc, url, cwd, base = server
    seed_text = " ".join(seed_paths()[0].read_text(encoding="utf-8").split())
    requests: list[str] = []
    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path / "profile"),  # a fresh user-data-dir
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1400, "height": 900},
            accept_downloads=True,
        )
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
        context.add_init_script(FIND_TERMINAL)
        page = context.pages[0] if context.pages else context.new_page()
        downloads = []  # the download opens in a new tab; Playwright reports it on the opener
        page.on("download", lambda d: downloads.append(d))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url)
        # The seed's text, then the analysis (the quotes pane's count) in the page's terminal.
        page.wait_for_function(f"() => ({SCREEN})().includes('Volodymyr Zelensky by phone')")
        page.wait_for_function(
            f"() => /Quotes[^\\n]*\\n/.test(({SCREEN})()) && ({SCREEN})().includes('Yu Jun:')",
            timeout=90_000,
        )
        assert page.evaluate(CURRENT) == []  # no quote is current before `]`
        # The session processes, taken while the page holds its session: once the browser
        # closes, textual-serve may end them at once, before the server's Ctrl+C.
        sessions = _children(proc.pid)
        assert sessions, "no session process was started"

        page.focus(".xterm-helper-textarea")  # where the terminal takes its keys from
        page.keyboard.press("]")
        page.wait_for_function(f"() => ({CURRENT})().length > 0")
        marked = " ".join(" ".join(page.evaluate(CURRENT)).split())
        assert len(marked) > 10 and marked in seed_text  # a stretch of the article, marked

        # On to a direct quote for the picture (the fifth); the mark moves with the reader.
        for _ in range(4):
            page.keyboard.press("]")
        before = json.dumps(marked[:30])
        moved = f"() => {{ const m = ({CURRENT})().join(' '); return m && !m.includes({before}); }}"
        page.wait_for_function(moved)
        page.wait_for_timeout(500)  # the article's scroll to the quote
        marked = " ".join(" ".join(page.evaluate(CURRENT)).split())
        assert len(marked) > 10 and marked in seed_text
        if os.environ.get("NEWSREADER_UPDATE_SCREENSHOT"):
            page.screenshot(path=str(ROOT / "docs" / "serve.png"))
        page.screenshot(path=str(tmp_path / "serve.png"))

        page.keyboard.press("y")
        page.wait_for_function(f"() => ({SCREEN})().includes('Copied to your clipboard')")
        copied = page.evaluate("navigator.clipboard.readText()")
        quoted, _, speaker = copied.rpartition(" — ")
        assert quoted.startswith("“") and speaker and marked.split()[0] in quoted

        page.keyboard.press("e")
        page.wait_for_function(f"() => ({SCREEN})().includes('Download the analysis as')")
        page.keyboard.press("Enter")
        deadline = time.monotonic() + 30
        while not downloads and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        assert downloads, "the export did not reach the browser as a download"
        download = downloads[0]
        assert download.suggested_filename == "2023-04-27-xi-zelensky-call.analysis.json"
        exported = json.loads(Path(download.path()).read_text(encoding="utf-8"))
        assert exported["schema"] == "newsreader.analysis/1" and exported["quotes"]
        context.close()

    # Everything the page loaded came from this server: no font, script or style from the web.
    assert requests and all(r.startswith(url + "/") for r in requests), requests
    # Nothing written on the server's side: not in its folder, not as a copied-quote file.
    assert list(cwd.iterdir()) == []
    assert not (base / "xdg").exists()

    sessions |= _children(proc.pid)
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=30) == 0
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in sessions) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(p) for p in sessions)


def test_another_sites_page_cannot_open_a_session(server):
    """A web page elsewhere must not drive the reader through the server's websocket."""
    import httpx

    _proc, url, _cwd, _base = server
    headers = {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
    }
    evil = httpx.get(f"{url}/ws", headers={**headers, "Origin": "http://evil.example"})
    assert evil.status_code == 403
    rebound = httpx.get(f"{url}/ws", headers={**headers, "Host": "evil.example"})
    assert rebound.status_code == 403
    page = httpx.get(url + "/")
    assert page.status_code == 200 and "googleapis" not in page.text
