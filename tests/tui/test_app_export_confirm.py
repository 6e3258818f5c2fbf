"""`e` to a file that exists asks first (Overwrite / Cancel, keyboard driven): Cancel leaves the
file untouched and the prompt open, Overwrite replaces it."""

from __future__ import annotations

import json
import os

from textual.widgets import Button, Input

from core.model import Analysis
from tests.support.screen import screen_text
from tests.support.tui_fixture import fixture_analysis
from tests.support.tui_helpers import fixture_app, notified, ready
from tui.screens.prompts import ConfirmOverwrite, ExportPrompt

A = fixture_analysis()
OLD = "an older export, to keep\n"


def _existing(tmp_path, name: str = "out.json"):
    path = tmp_path / name
    path.write_text(OLD, encoding="utf-8")
    os.utime(path, (1_000_000_000, 1_000_000_000))  # an old time, so any write would show
    return path


async def _export_to(app, pilot, path) -> None:
    await ready(app, pilot)
    await pilot.press("e")
    assert isinstance(app.screen, ExportPrompt)
    app.screen.query_one(Input).value = str(path)
    await pilot.press("enter")
    await pilot.pause()


async def test_an_existing_file_is_not_touched_on_cancel(tmp_path):
    path = _existing(tmp_path)
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await _export_to(app, pilot, path)
        assert isinstance(app.screen, ConfirmOverwrite)
        assert "Overwrite" in screen_text(app) and str(path) in screen_text(app)
        assert app.screen.focused is app.screen.query_one("#cancel", Button)  # the safe default
        await pilot.press("enter")  # on Cancel
        await pilot.pause()
        # Back in the prompt, the name still there to change.
        assert isinstance(app.screen, ExportPrompt)
        assert app.screen.query_one(Input).value == str(path)
        assert app.screen.focused is app.screen.query_one(Input)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportPrompt | ConfirmOverwrite)
        assert "Exported" not in notified(app)
    assert path.read_text(encoding="utf-8") == OLD
    assert path.stat().st_mtime == 1_000_000_000


async def test_escape_cancels_the_question(tmp_path):
    path = _existing(tmp_path)
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await _export_to(app, pilot, path)
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ExportPrompt)
    assert path.read_text(encoding="utf-8") == OLD


async def test_overwrite_replaces_the_file(tmp_path):
    path = _existing(tmp_path)
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await _export_to(app, pilot, path)
        assert isinstance(app.screen, ConfirmOverwrite)
        await pilot.press("left")  # to the Overwrite button, then Enter
        assert app.screen.focused is app.screen.query_one("#overwrite", Button)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ExportPrompt | ConfirmOverwrite)
        assert "Exported" in notified(app)
    body = path.read_text(encoding="utf-8")
    assert Analysis.from_dict(json.loads(body)).to_dict() == A.to_dict()


async def test_o_in_the_question_overwrites(tmp_path):
    path = _existing(tmp_path, "out.md")
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await _export_to(app, pilot, path)
        await pilot.press("o")
        await pilot.pause()
        assert "Exported" in notified(app)
    assert path.read_text(encoding="utf-8").startswith("# Harbour Town")


async def test_a_new_file_is_written_without_a_question(tmp_path):
    path = tmp_path / "new.json"
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await _export_to(app, pilot, path)
        assert not isinstance(app.screen, ConfirmOverwrite)
        assert "Exported" in notified(app)
    assert path.exists()


async def test_keys_typed_before_the_prompt_has_the_focus_go_into_it(tmp_path):
    # Under load, keys can reach the prompt's screen before its input has the focus; they are
    # typed into the input, not dropped. Escape still cancels; a key with no character is no text.
    app = fixture_app()
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportPrompt)
        box = app.screen.query_one(Input)
        box.value = ""
        app.screen.set_focus(None)
        await pilot.press("o", "u", "t", "down")
        await pilot.pause()
        assert app.screen.focused is box
        assert box.value == "out"
        app.screen.set_focus(None)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportPrompt)
