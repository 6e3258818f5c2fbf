"""The analysis: one spaCy parse, then actors, quotes and positions from it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from core.actors.registry import find_actors
from core.model import Analysis, Article
from core.positions.find import find_positions, with_holder_mentions
from core.quotes.find import find_quotes
from core.text.parsed import share_text
from core.text.pipeline import load_pipeline


def analyze_doc(article: Article, doc: Doc) -> Analysis:
    """Everything after the parse; `doc` must be the parse of `article.text`."""
    share_text(doc, article.text)
    actors = find_actors(doc)
    quotes = find_quotes(doc, actors)
    positions = find_positions(doc, actors, quotes)
    actors = with_holder_mentions(actors, positions)
    return Analysis(article=article, actors=actors, quotes=quotes, positions=positions)


def analyze(article: Article, nlp: Language | None = None) -> Analysis:
    nlp = nlp or load_pipeline()
    return analyze_doc(article, nlp(article.text))


def analyze_many(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Analysis]:
    """Stream analyses in input order through `nlp.pipe`."""
    nlp = nlp or load_pipeline()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield analyze_doc(article, doc)
