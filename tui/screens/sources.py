"""Who is quoted across the collection: a sortable table of everyone quoted, filled in as the
articles are analysed in the background, and a bar chart of quote share by gender and by kind.

Enter on a row lists that actor's quotes across the collection (`ActorQuotesScreen`); Enter on a
quote dismisses both screens with the article and the quote, which the library opens in the
reader, scrolled to it. The analysis, the merging (core.collection) and the name look-ups run in
daemon threads (tui/background.py), one article at a time; the screen only renders snapshots, so
keys are never held up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import ClassVar

from rich.columns import Columns
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Footer, Header, Input, ProgressBar, Static

from core.collection.merge import MergedActor, Merger, name_key
from core.collection.stats import GENDERS, outlet_of
from core.corpus.dates import date_of, month_of
from core.model import ACTOR_KINDS, Analysis, Article
from core.sources.resolve import Entry, open_entry
from tui.background import in_daemon_thread
from tui.commands import ACTOR_QUOTES, SOURCES, bindings
from tui.safe import content, plain, visible
from tui.widgets.table import Cell, SortableTable

Analyzer = Callable[[Article], Analysis]

# (key, label, sort key of a MergedActor); numbers sort largest first.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("kind", "Kind"),
    ("role", "Role"),
    ("gender", "Gender"),
    ("articles", "Articles"),
    ("direct", "Direct"),
    ("reported", "Reported"),
    ("positions", "Positions"),
    ("first", "First"),
    ("last", "Last"),
)
_NUMERIC = {"articles", "direct", "reported", "positions"}
# How often the table is rebuilt while articles arrive.
REFRESH_SECONDS = 0.5
# How long typing in the filter must pause before the table follows.
FILTER_PAUSE = 0.15
_BAR = 16


def _cut(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _row_key(a: MergedActor) -> str:
    return f"{a.kind}:{a.name}"


def _cells(a: MergedActor) -> tuple[Cell, ...]:
    gender = ""
    if a.gender is not None:
        gender = a.gender.value + (f" ({a.gender.by})" if a.gender.by else "")
    return (
        content(_cut(a.name, 30)),
        content(a.kind, "dim"),
        content(_cut(a.role or "", 30)),
        content(gender),
        a.articles,
        a.direct,
        a.indirect,
        a.positions,
        content(a.first or ""),
        content(a.last or ""),
    )


_POSITION = {key: i for i, (key, _) in enumerate(COLUMNS)}


def sort_key(column: str, cells: tuple[Cell, ...]) -> tuple[object, ...]:
    """By the column, then most quoted, then name (text without case)."""

    def value(cell: Cell) -> object:
        return cell.plain.casefold() if isinstance(cell, Content) else cell

    direct, reported = cells[_POSITION["direct"]], cells[_POSITION["reported"]]
    quoted = sum(c for c in (direct, reported) if isinstance(c, int))
    return (value(cells[_POSITION[column]]), quoted, value(cells[_POSITION["name"]]))


@dataclass(frozen=True)
class Read:
    """One article of the collection, analysed."""

    entry: Entry
    article: Article
    analysis: Analysis

    @property
    def date(self) -> str:
        return self.entry.date or date_of(self.article.source) or ""

    @property
    def title(self) -> str:
        return self.article.title or self.entry.title or self.article.source


@dataclass(frozen=True)
class Snapshot:
    """What the screen shows: the merged actors so far and the articles they come from."""

    actors: tuple[MergedActor, ...]
    owner: dict[tuple[str, tuple[str, ...]], MergedActor]
    reads: tuple[Read, ...]
    # Each actor's table cells by row key, made in the background with the rest.
    cells: dict[str, tuple[Cell, ...]] = field(default_factory=dict)


@dataclass
class Gathering:
    """The background side: analyses the entries one by one and merges them (a daemon thread
    runs each `step`, one at a time)."""

    analyzer: Analyzer
    merger: Merger = field(default_factory=Merger)
    reads: list[Read] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    _last: float = 0.0

    def step(self, entry: Entry, last: bool) -> Snapshot | None:
        try:
            article = open_entry(entry).article
            analysis = self.analyzer(article)
        except Exception as err:  # one article that cannot be read must not stop the rest
            self.failed.append(f"{entry.source}: {err}")
        else:
            self.reads.append(Read(entry, article, analysis))
            fallback = entry.origin or "collection"
            self.merger.add(
                analysis, outlet_of(article.source, fallback), month_of(article.source, entry.date)
            )
        if not last and time.monotonic() - self._last < REFRESH_SECONDS:
            return None
        self._last = time.monotonic()
        actors, owner = self.merger.resolve()
        quoted = tuple(a for a in actors if a.quotes)
        cells = {_row_key(a): _cells(a) for a in quoted}
        return Snapshot(quoted, owner, tuple(self.reads), cells)


@dataclass
class Gathered(Message):
    done: int
    total: int
    snapshot: Snapshot | None


@dataclass(frozen=True)
class QuoteChoice:
    """A quote chosen in the sources view: open this article at this quote."""

    article: Article
    quote_id: str


def chart(actors: tuple[MergedActor, ...]) -> Columns:
    """Quote share by gender (people) and by kind of speaker, as bars, side by side."""
    blocks = []
    people = [a for a in actors if a.kind == "person"]
    by_gender = {
        g: sum(a.quotes for a in people if a.gender and a.gender.value == g) for g in GENDERS
    }
    by_kind = {k: sum(a.quotes for a in actors if a.kind == k) for k in ACTOR_KINDS}
    for title, counts in (("Quotes of people by gender", by_gender), ("Quotes by kind", by_kind)):
        out = Text()
        blocks.append(out)
        total = sum(counts.values())
        out.append(f"{title}\n", style="bold")
        for label, n in counts.items():
            share = n / total if total else 0.0
            filled = round(share * _BAR)
            out.append(f"{label:<12} ")
            out.append("█" * filled, style="bold")
            out.append("░" * (_BAR - filled), style="dim")
            out.append(f" {100 * share:5.1f}% {n:>6}\n")
        out.rstrip()
    return Columns(blocks, padding=(0, 6))


class SourcesScreen(Screen[QuoteChoice | None]):
    """Everyone quoted in the collection. Dismissed with a QuoteChoice, or None (Esc)."""

    TITLE = "newsreader"
    DEFAULT_CSS = """
    SourcesScreen #sources-top { height: 1; }
    SourcesScreen #sources-progress { width: 30; }
    SourcesScreen #sources-status { width: 1fr; padding: 0 1; }
    SourcesScreen #sources-filter { display: none; }
    SourcesScreen #sources-filter.-shown { display: block; }
    SourcesScreen #sources { height: 1fr; }
    SourcesScreen #sources-chart { height: 6; padding: 0 1; border-top: solid $primary; }
    """
    COMMAND_SCOPE = SOURCES
    BINDINGS: ClassVar[list[BindingType]] = bindings(SOURCES)

    def __init__(self, entries: list[Entry], analyzer: Analyzer, name: str = "") -> None:
        super().__init__()
        self.entries = entries
        self.gathering = Gathering(analyzer)
        self.snapshot = Snapshot((), {}, ())
        self.collection_name = name
        self.sort_column = "direct"
        self.sort_reverse = True
        self.filter_text = ""
        self.done = 0
        self._by_key: dict[str, MergedActor] = {}
        self._filter_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="sources-top"):
            yield ProgressBar(total=len(self.entries) or 1, show_eta=False, id="sources-progress")
            yield Static(id="sources-status")
        yield Input(
            placeholder="filter by name or role (Enter: back to the table)", id="sources-filter"
        )
        yield SortableTable(COLUMNS, sort_key, id="sources")
        yield Static(id="sources-chart")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = visible(f"Sources · {self.collection_name or 'library'}")
        table = self.query_one("#sources", SortableTable)
        table.sort(self.sort_column, self.sort_reverse)
        table.focus()
        self._status()
        self.gather()

    # ---- background ---------------------------------------------------------------------

    @work(exclusive=True, group="sources")
    async def gather(self) -> None:
        total = len(self.entries)
        for i, entry in enumerate(self.entries):
            last = i == total - 1
            step = partial(self.gathering.step, entry, last)
            snap = await in_daemon_thread(step, name="newsreader-sources")
            self.post_message(Gathered(i + 1, total, snap))

    @on(Gathered)
    def _gathered(self, message: Gathered) -> None:
        self.done = message.done
        self.query_one(ProgressBar).update(progress=message.done)
        if message.snapshot is not None:
            self.snapshot = message.snapshot
            self.rebuild()
            self.query_one("#sources-chart", Static).update(chart(self.snapshot.actors))
        self._status()

    def _status(self) -> None:
        total = len(self.entries)
        state = "analysing" if self.done < total else "analysed"
        failed = len(self.gathering.failed)
        text = f"{state} {self.done} of {total} articles · {len(self.snapshot.actors)} quoted"
        if failed:
            text += f" · {failed} could not be read"
        if self.filter_text:
            text += f" · filter: {self.filter_text}"
        self.query_one("#sources-status", Static).update(plain(text))

    # ---- the table ----------------------------------------------------------------------

    def visible_actors(self) -> list[MergedActor]:
        wanted = self.filter_text.casefold()
        return [
            a
            for a in self.snapshot.actors
            if not wanted or wanted in a.name.casefold() or wanted in (a.role or "").casefold()
        ]

    def rebuild(self) -> None:
        """Bring the table to the snapshot and the filter: the table keeps what did not change
        (the rendering and the sort keys of unchanged rows) and its sort order."""
        table = self.query_one("#sources", SortableTable)
        want = {_row_key(a): a for a in self.visible_actors()}
        table.show({key: self.snapshot.cells.get(key) or _cells(a) for key, a in want.items()})
        self._by_key = want
        self._status()

    @on(SortableTable.HeaderChosen, "#sources")
    def _header(self, event: SortableTable.HeaderChosen) -> None:
        event.stop()
        self.sort_by(event.column)

    def sort_by(self, column: str) -> None:
        if column == self.sort_column:
            self.sort_reverse = not self.sort_reverse
        else:
            self.sort_column, self.sort_reverse = column, column in _NUMERIC
        self.query_one("#sources", SortableTable).sort(self.sort_column, self.sort_reverse)
        label = dict(COLUMNS)[self.sort_column]
        self.notify(f"sorted by {label}{' (descending)' if self.sort_reverse else ''}", timeout=2)

    def action_sort(self) -> None:
        keys = [k for k, _ in COLUMNS]
        self.sort_by(keys[(keys.index(self.sort_column) + 1) % len(keys)])

    def action_filter(self) -> None:
        box = self.query_one("#sources-filter", Input)
        box.add_class("-shown")
        box.focus()

    @on(Input.Changed, "#sources-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        # The table follows once typing pauses, so each keystroke only edits the box.
        self.filter_text = event.value.strip()
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self._filter_timer = self.set_timer(FILTER_PAUSE, self.rebuild)

    @on(Input.Submitted, "#sources-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        if self._filter_timer is not None:
            self._filter_timer.stop()
        self.rebuild()
        if not event.value.strip():
            self.query_one("#sources-filter", Input).remove_class("-shown")
        self.query_one("#sources", SortableTable).focus()

    def action_back(self) -> None:
        box = self.query_one("#sources-filter", Input)
        if box.has_focus or self.filter_text:
            box.value = ""
            self.filter_text = ""
            self.rebuild()
            box.remove_class("-shown")
            self.query_one("#sources", SortableTable).focus()
            return
        self.dismiss(None)

    @on(SortableTable.RowChosen, "#sources")
    def _chosen(self, event: SortableTable.RowChosen) -> None:
        event.stop()
        actor = self._by_key[event.key]
        self.app.push_screen(
            ActorQuotesScreen(actor, quotes_of(actor, self.snapshot)), self._quote_chosen
        )

    def _quote_chosen(self, choice: QuoteChoice | None) -> None:
        if choice is not None:
            self.dismiss(choice)


@dataclass(frozen=True)
class Said:
    read: Read
    quote_id: str
    kind: str
    text: str


def quotes_of(actor: MergedActor, snapshot: Snapshot) -> list[Said]:
    """Every quote of a merged actor across the collection, by date then article order."""
    out = []
    for read in snapshot.reads:
        a = read.analysis
        for q in a.quotes:
            for who in q.speakers or ((q.speaker,) if q.speaker else ()):
                speaker = a.actor(who)
                if speaker is None:
                    continue
                if snapshot.owner.get((speaker.kind, name_key(speaker.name))) is actor:
                    out.append(Said(read, q.id, q.kind, q.text))
                    break
    out.sort(key=lambda s: s.read.date)
    return out


class ActorQuotesScreen(Screen[QuoteChoice | None]):
    """One actor's quotes across the collection: date, article, kind, words."""

    TITLE = "newsreader"
    DEFAULT_CSS = """
    ActorQuotesScreen DataTable { height: 1fr; }
    """
    COMMAND_SCOPE = ACTOR_QUOTES
    BINDINGS: ClassVar[list[BindingType]] = bindings(ACTOR_QUOTES)

    def __init__(self, actor: MergedActor, said: list[Said]) -> None:
        super().__init__()
        self.actor = actor
        self.said = said

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="actor-summary")
        yield DataTable(id="actor-quotes", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        a = self.actor
        self.sub_title = visible(f"Quotes · {a.name}")
        joined = ", ".join(f"{j.name} ({j.articles})" for j in a.joined[:6])
        gender = f"{a.gender.value} ({a.gender.by or 'no evidence'})" if a.gender else a.kind
        summary = (
            f"{a.name} · {gender} · {a.direct} direct, {a.indirect} reported in {a.articles} "
            f"articles · joins: {joined}"
        )
        self.query_one("#actor-summary", Static).update(plain(summary))
        table = self.query_one(DataTable)
        for key, label in (
            ("date", "Date"),
            ("title", "Article"),
            ("kind", "Kind"),
            ("text", "Quote"),
        ):
            table.add_column(label, key=key)
        for i, s in enumerate(self.said):
            flat = " ".join(s.text.split())
            title = " ".join(s.read.title.split())
            table.add_row(
                plain(s.read.date),
                plain(title[:40] + ("…" if len(title) > 40 else "")),
                plain(s.kind, "dim"),
                plain(flat[:90] + ("…" if len(flat) > 90 else "")),
                key=str(i),
            )
        table.focus()

    @on(DataTable.RowSelected)
    def _chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        s = self.said[event.cursor_row]
        self.dismiss(QuoteChoice(s.read.article, s.quote_id))

    def action_back(self) -> None:
        self.dismiss(None)
