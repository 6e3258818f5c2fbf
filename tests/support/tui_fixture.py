"""A fixed article and Analysis for the reader's tests and snapshots (text written for them).

Built from offsets found in the text, so it stays true to the model's contract, and kept apart
from the live pipeline so the snapshots do not change when actors, quotes or positions improve.
"""

from __future__ import annotations

from core.model import Actor, Analysis, Article, Position, Quote, TextSpan

PARAGRAPHS = [
    "Harbour Town, Monday – Mayor Ana Ruiz said on Monday that the new ferry line would open "
    "in June, and the council backed her plan.",
    "“This ferry will bring the islands closer to the city,” Ruiz told reporters. The "
    "opposition leader, Tom Becker, disagreed.",
    "“It is a costly promise with no timetable,” Becker said. He added that the council had "
    "ignored the fishermen.",
    "The Fishermen's Union said in a statement that it would [bold]not[/] accept any route "
    "through the reserve.",
    *(
        f"Background {i}: the harbour has served the region for many decades, and the first "
        "boats still leave at dawn whatever the weather."
        for i in range(1, 13)
    ),
    "Ruiz replied that talks with the union would continue. “We will listen to everyone,” "
    "she said. Becker was not convinced.",
]
TEXT = "\n\n".join(PARAGRAPHS) + "\n"


def _span(needle: str, nth: int = 0) -> TextSpan:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return TextSpan.of(TEXT, start, start + len(needle))


def _all(needle: str) -> tuple[TextSpan, ...]:
    return tuple(_span(needle, i) for i in range(TEXT.count(needle)))


def _quote(qid: str, kind: str, text: str, speaker: str, mention: TextSpan, cue: str) -> Quote:
    s = _span(text)
    return Quote(qid, kind, s.start, s.end, s.text, (), speaker, mention, _span(cue))  # type: ignore[arg-type]


def fixture_analysis(source: str = "harbour.txt") -> Analysis:
    # Every "Ruiz" / "Becker" after the full name that introduces them.
    ruiz = (_span("Ana Ruiz"), *_all("Ruiz")[1:])
    becker = (_span("Tom Becker"), *_all("Becker")[1:])
    actors = (
        Actor("a1", "Ana Ruiz", "person", ("Ruiz",), ruiz, role="Mayor"),
        Actor("a2", "Tom Becker", "person", ("Becker",), becker),
        Actor("a3", "Fishermen's Union", "organization", (), (_span("The Fishermen's Union"),)),
        Actor("a4", "council", "organization", (), _all("the council")),
    )
    quotes = (
        _quote(
            "q1",
            "indirect",
            "the new ferry line would open in June",
            "a1",
            _span("Ana Ruiz"),
            "said",
        ),
        _quote(
            "q2",
            "direct",
            "This ferry will bring the islands closer to the city",
            "a1",
            ruiz[1],
            "told",
        ),
        _quote("q3", "direct", "It is a costly promise with no timetable", "a2", becker[1], "said"),
        _quote(
            "q4",
            "indirect",
            "the council had ignored the fishermen",
            "a2",
            _span("He added"),
            "added",
        ),
        _quote(
            "q5",
            "indirect",
            "it would [bold]not[/] accept any route through the reserve",
            "a3",
            _span("The Fishermen's Union"),
            "said",
        ),
        _quote("q6", "direct", "We will listen to everyone", "a1", _span("she said"), "said"),
    )
    q1, q2, q3, q5 = quotes[0], quotes[1], quotes[2], quotes[4]
    positions = (
        Position(
            "p1",
            "a1",
            "support",
            "The ferry line should open in June.",
            q2.start,
            q2.end,
            "the ferry line",
            "q2",
            # Two statements on one topic: Enter or n goes from one to the other.
            (TextSpan(q1.start, q1.end, q1.text), TextSpan(q2.start, q2.end, q2.text)),
        ),
        Position(
            "p2",
            "a2",
            "oppose",
            "The ferry is a costly promise.",
            q3.start,
            q3.end,
            "the ferry line",
            "q3",
            (TextSpan(q3.start, q3.end, q3.text),),
        ),
        Position(
            "p3",
            "a3",
            "oppose",
            "No route through the reserve.",
            q5.start,
            q5.end,
            "a route through the reserve",
            "q5",
            (TextSpan(q5.start, q5.end, q5.text),),
        ),
    )
    return Analysis(Article(source, TEXT, "Harbour Town"), actors, quotes, positions)
