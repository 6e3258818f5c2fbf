"""A screen closes once. A key pressed twice (Enter Enter in a prompt or the library) must not
dismiss it twice: the second would run its callback again and pop the screen beneath it, which
Textual refuses with ScreenStackError, taking the app down."""

from __future__ import annotations

from typing import Any

from textual.await_complete import AwaitComplete


class DismissOnce:
    """Mix in before the Screen class: every dismiss after the first does nothing."""

    _dismissed = False

    def dismiss(self, result: Any = None) -> AwaitComplete:
        if self._dismissed:
            return AwaitComplete()
        self._dismissed = True
        closing: AwaitComplete = super().dismiss(result)  # type: ignore[misc]
        return closing
