"""Pilot tests: every notification an app raises is recorded (see tests.support.tui_helpers)."""

from __future__ import annotations

from typing import Any

import pytest
from textual.app import App


@pytest.fixture(autouse=True)
def _record_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    notify = App.notify

    def recording(self: App[Any], message: str, *, title: str = "", **kw: Any) -> None:
        self.__dict__.setdefault("notes_seen", []).append(f"{title}: {message}")
        notify(self, message, title=title, **kw)

    monkeypatch.setattr(App, "notify", recording)
