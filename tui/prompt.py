"""A modal one-line prompt for a path: Enter accepts, Esc cancels, errors show under the input."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from tui.confirm import ConfirmOverwrite
from tui.safe import content

T = TypeVar("T")


class PathPrompt(ModalScreen[T | None], Generic[T]):
    """Ask for a path; `accept` turns it into the result or raises ValueError with a message."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    PathPrompt { align: center middle; }
    PathPrompt > Vertical {
        width: 80%; max-width: 90; height: auto;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    PathPrompt .hint { color: $text-muted; }
    PathPrompt .error { color: $error; height: auto; }
    """

    def __init__(self, title: str, value: str = "", hint: str = "") -> None:
        super().__init__()
        self.title_text, self.value, self.hint = title, value, hint

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(content(self.title_text, "bold"))
            yield Input(value=self.value, id="path")
            yield Static(content(self.hint), classes="hint")
            yield Static("", classes="error", markup=False)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def accept(self, value: str) -> T:
        raise NotImplementedError

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if not value:
            return
        try:
            result = self.accept(value)
        except ValueError as err:
            self.query_one(".error", Static).update(content(str(err)))
            return
        self.finish(result)

    def finish(self, result: T) -> None:
        """Close with the accepted result; a prompt that must ask something first overrides it."""
        self.dismiss(result)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportPrompt(PathPrompt[str]):
    """Where to export the analysis; the suffix picks the format."""

    def __init__(self, value: str) -> None:
        super().__init__(
            "Export the analysis to",
            value,
            "Ends in .md: Markdown; anything else: JSON (the `newsreader extract` contract).",
        )

    def accept(self, value: str) -> str:
        return value

    def finish(self, result: str) -> None:
        # An existing file is replaced only when the user says so; on Cancel the prompt stays,
        # with the name still in it, to choose another.
        target = Path(result).expanduser()
        if target.exists() and not target.is_dir():

            def answered(overwrite: bool | None) -> None:
                if overwrite:
                    self.dismiss(result)
                else:
                    self.query_one(Input).focus()

            self.app.push_screen(ConfirmOverwrite(target), answered)
            return
        self.dismiss(result)
