"""Getting the analyses to score: run the gold texts through the batch extraction, or read an
earlier `newsreader extract` output."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

from core.corpus.batch import iter_results
from core.evaluation.gold import GoldArticle, GoldError
from core.model import Analysis, Article
from core.sources.items import Item

Scored = tuple[GoldArticle, Analysis | None, str | None]


def analyse(golds: Sequence[GoldArticle], jobs: int = 1) -> Iterator[Scored]:
    """Each gold article with its analysis (or the reason there is none), in order.

    The texts go through `core.corpus.batch` exactly as `newsreader extract` runs a corpus
    (nlp.pipe in chunks, N processes), so the figures are those of the command users run.
    """
    items = (Item(g.id, article=Article(source=g.id, text=g.text)) for g in golds)
    for gold, result in zip(golds, iter_results(items, jobs), strict=True):
        if result.line is None:
            yield gold, None, result.error
        else:
            yield gold, Analysis.from_dict(json.loads(result.line)), None


def read_predictions(path: str | Path, golds: Sequence[GoldArticle]) -> Iterator[Scored]:
    """Pair each gold article with its analysis in a JSONL file of `newsreader extract` output.

    An analysis is found by its `article.source`: the gold id itself, or a path whose stem is
    the id (`DIR/<id>.txt`, as score.py expects). Raises GoldError on a line that is not an
    analysis, or on an analysis of a different text (its offsets would not line up).
    """
    p = Path(path)
    by_source: dict[str, Analysis] = {}
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError([f"{p}: cannot read ({err})"]) from None
    if lines and lines[0].strip() == "{":
        # `newsreader extract --format json`: one indented analysis.
        lines = ["\n".join(lines)]
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            analysis = Analysis.from_dict(json.loads(line))
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise GoldError([f"{p}:{lineno}: not a newsreader analysis ({err})"]) from None
        source = analysis.article.source
        by_source[source] = analysis
        by_source.setdefault(Path(source).stem, analysis)
    for gold in golds:
        found = by_source.get(gold.id)
        if found is None:
            yield gold, None, f"not in {p}"
            continue
        if found.article.text != gold.text:
            raise GoldError(
                [f"{p}: the analysis of {gold.id} is of a different text than the gold's"]
            )
        yield gold, found, None
