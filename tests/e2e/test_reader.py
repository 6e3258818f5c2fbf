"""End to end: the installed `newsreader` in a real terminal (tmux), driven by keys."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from tests.support.terminal import newsreader_exe

pytestmark = pytest.mark.e2e


def test_opens_the_seed_and_quits_on_q(terminal):
    term = terminal(newsreader_exe())
    term.wait_for("Thursday April 27, 2023")
    term.wait_for("Xi Jinping")  # the analysis has filled the actors pane
    term.press("q")
    term.wait_for("__EXIT__0", timeout=20)


def test_a_missing_file_is_one_line_not_a_traceback(terminal):
    term = terminal(f"{newsreader_exe()} /nonexistent/article.txt")
    screen = term.wait_for("__EXIT__1", timeout=30)
    assert "no such file" in screen
    assert "Traceback" not in screen


def _article_column(screen: str, width: int) -> str:
    """The article pane's text (left of the side panes), as one whitespace-normalised string."""
    return " ".join(" ".join(line[:width] for line in screen.splitlines()[1:-1]).split())


def test_moving_to_a_quote_scrolls_the_article_to_it(terminal):
    seed = Path(__file__).resolve().parents[2] / "seeds" / "2023-04-27-xi-zelensky-call.txt"
    extracted = subprocess.run(
        [newsreader_exe(), "extract", str(seed)], capture_output=True, text=True, check=True
    )
    quotes = json.loads(extracted.stdout)["quotes"]
    assert quotes, "the pipeline found no quote in the seed"
    last = quotes[-1]
    words = " ".join(last["text"].split()[:4])
    # 120 columns: the article is the left 3/5; 24 rows show only the start of the seed.
    term = terminal(f"{newsreader_exe()} {seed}", width=120, height=24)
    term.wait_for("Quotes")
    term.wait_for("▌")  # the quotes pane has filled: its rows start with a speaker mark
    before = _article_column(term.screen(), 66)
    assert words not in before, "the last quote should start off screen"
    term.press("[")  # from no quote, [ goes to the last one
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        after = _article_column(term.screen(), 66)
        if words in after:
            break
        time.sleep(0.2)
    assert words in after, f"{words!r} not in the article after [:\n{term.screen()}"
    term.press("q")
    term.wait_for("__EXIT__0", timeout=20)


def test_q_quits_without_waiting_for_a_long_analysis(terminal, tmp_path, nlp):
    """q on a long article exits while the analysis is still running: the analysis was not
    finished (nothing was cached for the article), yet the app is gone. Before, quitting waited
    for the analysis thread, then cached its result."""
    from core.corpus.cache import FILE_NAME, AnalysisCache, pipeline_key
    from core.dirs import cache_dir
    from core.model import Article

    para = (
        "The council met on Monday to discuss the new bridge, {n}. "
        '"We will keep working until it is built," the mayor said after the vote. '
        "Critics said the plan was too costly and called for a review of its budget."
    )
    text = "\n\n".join(para.format(n=f"its session number {n}") for n in range(1500))
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    term = terminal(f"{newsreader_exe()} {path}")
    term.wait_for("session number 0")  # the article is on screen; the analysis has begun
    term.press("q")
    term.wait_for("__EXIT__0", timeout=20)
    cache = AnalysisCache(cache_dir() / FILE_NAME)
    assert cache.get(Article(source=str(path), text=text), pipeline_key(nlp)) is None


def test_selecting_a_position_scrolls_the_article_to_its_evidence(terminal):
    from core.export import positions_by_actor
    from core.model import Analysis

    seed = Path(__file__).resolve().parents[2] / "seeds" / "2023-04-27-xi-zelensky-call.txt"
    extracted = subprocess.run(
        [newsreader_exe(), "extract", str(seed)], capture_output=True, text=True, check=True
    )
    analysis = Analysis.from_dict(json.loads(extracted.stdout))
    rows = [p for _, own in positions_by_actor(analysis) for p in own]  # the pane's order
    assert rows, "the pipeline found no position in the seed"
    # The position whose evidence lies furthest down: off screen when the article opens.
    target = max(rows, key=lambda p: p.evidence[0].start if p.evidence else p.start)
    start = target.evidence[0].start if target.evidence else target.start
    words = " ".join(analysis.article.text[start:].split()[:4])
    term = terminal(f"{newsreader_exe()} {seed}", width=120, height=24)
    term.wait_for("Positions")
    term.wait_for("▌")  # the analysis has filled the panes
    assert words not in _article_column(term.screen(), 66), "the evidence should start off screen"
    term.press("Tab", "Tab", "Tab")  # article -> actors -> quotes -> positions
    term.press(*["j"] * (rows.index(target) + 1))  # the actors' headings are skipped
    deadline = time.monotonic() + 10
    after = ""
    while time.monotonic() < deadline:
        after = _article_column(term.screen(), 66)
        if words in after:
            break
        time.sleep(0.2)
    assert words in after, f"{words!r} not in the article:\n{term.screen()}"
    term.press("q")
    term.wait_for("__EXIT__0", timeout=20)
