"""The shared reader's session (ServedApp) refuses what lies outside its collection: `o` of
/etc/passwd, ../x, a symlink out or a file: URL stays in the prompt with its reason, an export
names a download and never a path, and `y` writes no file."""

from __future__ import annotations

import os

import pytest
from textual.widgets import Input, Static

from core.sources.confine import Confinement
from tests.support.tui_fixture import TEXT, fixture_analysis
from tests.support.tui_helpers import notified, ready
from tui.screens.open import OpenFileScreen
from tui.served.app import DownloadPrompt, ServedApp

A = fixture_analysis()
OTHER = "The ferry board said on Tuesday that the timetable would change in July.\n"


@pytest.fixture
def desk(tmp_path):
    root = tmp_path / "desk"
    root.mkdir()
    (root / "harbour.txt").write_text(TEXT, encoding="utf-8")
    (root / "ferry.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "x").write_text("outside the desk\n", encoding="utf-8")
    os.symlink(tmp_path / "x", root / "link.txt")
    return root


def _app(desk, allow_web: bool = False) -> ServedApp:
    return ServedApp(A.article, Confinement.of(str(desk), allow_web), analyzer=lambda _a: A)


async def _type(app, pilot, key: str, value: str) -> str:
    """Press `key`, type `value` in its prompt, Enter; the prompt's error line ('' if none)."""
    await pilot.press(key)
    app.screen.query_one(Input).value = value
    await pilot.press("enter")
    await pilot.pause()
    if isinstance(app.screen, OpenFileScreen | DownloadPrompt):
        return str(app.screen.query_one(".error", Static).render())
    return ""


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("/etc/passwd", "outside the shared collection"),
        ("../x", "outside the shared collection"),
        ("link.txt", "outside the shared collection"),
        ("file:///etc/passwd", "only files inside the shared collection"),
        ("https://example.org/story", "--allow-web"),
    ],
)
async def test_open_outside_is_refused_in_the_prompt(desk, value, reason):
    app = _app(desk)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        error = await _type(app, pilot, "o", value)
        assert reason in error
        assert isinstance(app.screen, OpenFileScreen)  # still asking: nothing was opened
        assert app.article.text == TEXT


async def test_open_inside_reads_the_article(desk):
    app = _app(desk)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        assert await _type(app, pilot, "o", "ferry.txt") == ""
        await pilot.pause()
        assert app.article.text == OTHER


async def test_web_addresses_open_with_allow_web(desk):
    app = _app(desk, allow_web=True)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        # A closed local port: the download is tried (and fails) instead of being refused.
        assert await _type(app, pilot, "o", "http://127.0.0.1:9/story") == ""
        assert not isinstance(app.screen, OpenFileScreen)


@pytest.mark.parametrize("value", ["../out.json", "/tmp/out.json", "sub/out.json", "~/out.md"])
async def test_export_to_a_path_is_refused(desk, tmp_path, value):
    before = sorted(p.name for p in tmp_path.rglob("*"))
    app = _app(desk)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        error = await _type(app, pilot, "e", value)
        assert "give a file name, not a path" in error
        assert isinstance(app.screen, DownloadPrompt)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not os.path.exists("/tmp/out.json")


async def test_an_export_outside_a_browser_writes_nothing(desk, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    app = _app(desk)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        assert await _type(app, pilot, "e", "harbour.analysis.json") == ""
        assert "nothing exported" in notified(app)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


async def test_copy_goes_to_the_clipboard_only(desk, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    app = _app(desk)
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("]", "y")
        await pilot.pause()
        assert app.clipboard.startswith("“") and "—" in app.clipboard
    assert not (tmp_path / "cache").exists()


async def test_the_library_drops_a_symlink_out(desk):
    from core.sources.resolve import list_folder

    folder = list_folder(desk)
    app = ServedApp(A.article, Confinement.of(str(desk)), collection=folder, analyzer=lambda _a: A)
    names = sorted(os.path.basename(e.source) for e in app.collection.entries)
    assert names == ["ferry.txt", "harbour.txt"]
