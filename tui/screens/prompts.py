"""Modal prompts: a one-line path (Enter accepts, Esc cancels, errors show under the input), and a
yes/no question before a file is replaced (Overwrite / Cancel, keyboard driven)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Generic, TypeVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from tui.safe import content
from tui.screens.once import DismissOnce

T = TypeVar("T")


class ConfirmOverwrite(DismissOnce, ModalScreen[bool]):
    """Ask before replacing an existing file; dismissed with True to overwrite it.

    Cancel has the focus, so an Enter pressed once too often never replaces a file; `o`
    overwrites, Esc or `c` cancels, Left/Right/Tab move between the buttons.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("c", "cancel", "Cancel", show=False),
        Binding("o", "overwrite", "Overwrite"),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]
    DEFAULT_CSS = """
    ConfirmOverwrite { align: center middle; }
    ConfirmOverwrite > Vertical {
        width: 80%; max-width: 90; height: auto;
        border: thick $warning; background: $surface; padding: 0 1;
    }
    ConfirmOverwrite .hint { color: $text-muted; }
    ConfirmOverwrite Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmOverwrite Button { margin-left: 2; }
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(content("The file exists already", "bold"))
            yield Static(content(f"Overwrite {self.path}?"), id="question")
            yield Static(content("o: overwrite, Esc: cancel"), classes="hint")
            with Horizontal():
                yield Button("Overwrite", id="overwrite", variant="warning")
                yield Button("Cancel", id="cancel", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()

    @on(Button.Pressed, "#overwrite")
    def action_overwrite(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)


class PathPrompt(DismissOnce, ModalScreen[T | None], Generic[T]):
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

    def on_key(self, event: events.Key) -> None:
        # Keys typed while the prompt is still taking the focus (a loaded machine, a fast typist)
        # reach the screen, not the input: they go into the input, so no character is lost.
        path = self.query_one(Input)
        if path.has_focus or not event.is_printable or event.character is None:
            return
        event.stop()
        path.select_on_focus = False  # (else taking the focus selects what was typed, to replace)
        path.focus()
        path.insert_text_at_cursor(event.character)

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

    _asking = False  # the overwrite question is up

    def accept(self, value: str) -> str:
        return value

    def finish(self, result: str) -> None:
        # An existing file is replaced only when the user says so; on Cancel the prompt stays,
        # with the name still in it, to choose another.
        target = Path(result).expanduser()
        if self._asking:
            return  # an Enter that came before the question showed: it is being asked
        if target.exists() and not target.is_dir():
            self._asking = True

            def answered(overwrite: bool | None) -> None:
                self._asking = False
                if overwrite:
                    self.dismiss(result)
                else:
                    self.query_one(Input).focus()

            self.app.push_screen(ConfirmOverwrite(target), answered)
            return
        self.dismiss(result)
