"""Every key the reader knows, in one table: it makes the BINDINGS of each screen and widget, the
command palette's entries and the help screen, so a key is written once.

A `Command` names a key, the action it runs, where it is bound (`scope`), how the footer, the
palette and the help screen show it. Keys that Textual's own widgets handle (↑ ↓ in a list, Enter,
Ctrl+P, a click) are in the table too, with no scope, so the help screen lists them beside ours.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial

from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider

# Where a command is bound: a screen or a widget (its BINDINGS); none for Textual's own keys.
READER, LIBRARY, ARTICLE, LISTS = "reader", "library", "article", "lists"
SOURCES, ACTOR_QUOTES = "sources", "actor quotes"
EVERY_SCREEN = (READER, LIBRARY)


@dataclass(frozen=True)
class Command:
    key: str  # Textual's key name(s), comma-separated
    action: str  # the action, in the namespace of where it is bound ("" for Textual's own)
    title: str  # the palette's title
    group: str  # the help screen's heading
    help: str | None  # the help screen's line; None: on the line of the command before it
    scope: str | tuple[str, ...] = ()  # READER, ...: who binds it; () for Textual's own keys
    display: str = ""  # how the key reads ("]"); by default the key itself
    footer: str = ""  # the footer's label; empty: not in the footer
    palette: str = ""  # the palette's description; empty: not in the palette

    @property
    def scopes(self) -> tuple[str, ...]:
        return (self.scope,) if isinstance(self.scope, str) else self.scope

    @property
    def shown_key(self) -> str:
        return self.display or self.key


COMMANDS: tuple[Command, ...] = (
    # Anywhere in the reader.
    Command("q", "app.quit", "Quit", "Anywhere", "quit", (*EVERY_SCREEN, SOURCES, ACTOR_QUOTES),
            footer="Quit"),
    Command("question_mark", "app.help", "Help: keys", "Anywhere", "this help",
            (*EVERY_SCREEN, SOURCES, ACTOR_QUOTES), "?",
            footer="Help", palette="Every key newsreader knows (?)"),
    Command("slash", "search", "Search the article", "Anywhere",
            "search the article; matches are highlighted", READER, "/",
            footer="Search", palette="Find text; n / N step"),
    Command("tab", "next_pane", "Next pane", "Anywhere",
            "next / previous pane (article, actors, quotes, positions)", READER, "Tab"),
    Command("shift+tab", "previous_pane", "Previous pane", "Anywhere", None, READER, "Shift+Tab"),
    Command("right_square_bracket", "next_quote", "Next quote", "Anywhere",
            "next / previous quote (scrolls the article to it)", READER, "]",
            footer="Next quote", palette="Go to the next quote (])"),
    Command("left_square_bracket", "previous_quote", "Previous quote", "Anywhere", None,
            READER, "[", footer="Prev quote", palette="Go to the previous quote ([)"),
    Command("n", "next", "Next match or mention", "Anywhere",
            "next / previous search match, else evidence of the position, else mention of "
            "the selected actor", READER,
            footer="Next", palette="Next search match, position evidence or mention (n)"),
    Command("N", "previous", "Previous match or mention", "Anywhere", None, READER,
            palette="Previous search match, position evidence or mention (N)"),
    Command("escape", "show_all", "Show all", "Anywhere",
            "show everything again: clear the actor filter and the search", READER, "Esc",
            palette="Clear the actor filter and the search (Esc)"),
    Command("y", "copy_quote", "Copy quote", "Anywhere",
            "copy the selected quote with its speaker", READER,
            footer="Copy", palette="Copy the selected quote with its speaker (y)"),
    Command("e", "export", "Export analysis", "Anywhere",
            "export the analysis to a file (.json or .md)", READER,
            footer="Export", palette="Save the analysis as JSON or Markdown (e)"),
    Command("o", "app.open", "Open article", "Anywhere",
            "open a file, folder, web page or feed", EVERY_SCREEN,
            footer="Open", palette="Open a file, folder, web page or feed (o)"),
    Command("l", "app.library", "Library", "Anywhere",
            "the library: this folder or feed, and the seeds (l again: back)", READER,
            footer="Library", palette="The articles of this folder or feed, and the seeds (l)"),
    Command("ctrl+p", "", "Command palette", "Anywhere",
            "command palette (themes, every command)", display="Ctrl+P"),
    # The actor, quote and position panes.
    Command("down,up", "", "Move", "Lists", "move; the article follows", display="↑ ↓"),
    Command("j", "cursor_down", "Down", "Lists", None, LISTS),
    Command("k", "cursor_up", "Up", "Lists", None, LISTS),
    Command("enter", "", "Choose", "Lists",
            "actor: its quotes; quote: go to it in the article; position: its next evidence",
            display="Enter"),
    # The article.
    Command("down,up", "", "Scroll", "Article", "scroll", display="↑ ↓"),
    Command("j", "scroll_down", "Down", "Article", None, ARTICLE),
    Command("k", "scroll_up", "Up", "Article", None, ARTICLE),
    Command("space", "page_down", "Page down", "Article", "page down", ARTICLE, "Space"),
    Command("g", "scroll_home", "Top", "Article", "top / bottom", ARTICLE),
    Command("G", "scroll_end", "Bottom", "Article", None, ARTICLE),
    Command("", "", "Select an actor", "Article", "select that actor", display="click a name"),
    # The library.
    Command("enter", "", "Open", "Library", "open the article", display="Enter"),
    Command("escape", "back", "Back", "Library", "back to the reader", LIBRARY, "Esc",
            footer="Back"),
    Command("l", "back", "Back", "Library", None, LIBRARY),
    Command("s", "sources", "Sources", "Library",
            "the sources view: everyone quoted across the collection", LIBRARY,
            footer="Sources", palette="Who is quoted across this folder or feed (s)"),
    # The sources view.
    Command("enter", "", "Their quotes", "Sources",
            "on a person: their quotes across the collection; on a quote: open its article there",
            display="Enter"),
    Command("slash", "filter", "Filter", "Sources", "filter by name or role", SOURCES, "/",
            footer="Filter", palette="Filter the sources by name or role (/)"),
    Command("s", "sort", "Sort", "Sources", "sort by the next column (or click a header)",
            SOURCES, footer="Sort", palette="Sort the sources by the next column (s)"),
    Command("escape", "back", "Back", "Sources", "back (clear the filter first)",
            (SOURCES, ACTOR_QUOTES), "Esc", footer="Back"),
)  # fmt: skip


def bindings(scope: str) -> list[BindingType]:
    """The BINDINGS of whatever binds `scope`, in the table's order (the footer's order)."""
    return [
        Binding(
            c.key,
            c.action,
            c.footer or c.title,
            show=bool(c.footer),
            key_display=c.display or None,
            tooltip=c.palette,
        )
        for c in COMMANDS
        if scope in c.scopes
    ]


def help_lines() -> Iterator[tuple[str, str, str]]:
    """(group, keys, what) for each line of the help screen."""
    line: list[Command] = []
    for c in (*COMMANDS, None):
        if line and (c is None or c.help is not None):
            first = line[0]
            yield first.group, " / ".join(x.shown_key for x in line), first.help or ""
            line = []
        if c is not None:
            line.append(c)


class ReaderCommands(Provider):
    """The command palette's newsreader entries: those bound on the screen it was opened from."""

    def _commands(self) -> list[Command]:
        scope = getattr(self.screen, "COMMAND_SCOPE", None)
        return [c for c in COMMANDS if c.palette and scope in c.scopes]

    async def _run(self, command: Command) -> None:
        # As the key would: the action in the screen's namespace ("app." names the app's).
        await self.app.run_action(command.action, self.screen)

    async def discover(self) -> Hits:
        for c in self._commands():
            yield DiscoveryHit(c.title, partial(self._run, c), help=c.palette)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for c in self._commands():
            score = matcher.match(c.title)
            if score > 0:
                yield Hit(score, matcher.highlight(c.title), partial(self._run, c), help=c.palette)
