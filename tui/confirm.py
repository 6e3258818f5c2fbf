"""A small yes/no question before something is replaced: Overwrite / Cancel, keyboard driven."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from tui.safe import content


class ConfirmOverwrite(ModalScreen[bool]):
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
