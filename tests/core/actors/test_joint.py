"""A pair that speaks: each of them is a person the quote names (core.actors.entities, roles)."""

from __future__ import annotations

from core.analyze import analyze
from core.model import Article
from tests.core.actors.helpers import at


def test_an_inverted_cue_with_a_pair_names_each_person(nlp):
    # the small model tags "Okoro" a place and reads "reply" as a noun with "Okoro" in apposition
    text = "Okoro and Lund met the press on Monday. “We are ready!” reply Okoro and Lund."
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    okoro, lund = at(analysis.actors, text, "Okoro", 1), at(analysis.actors, text, "Lund", 1)
    assert okoro is not None and okoro.kind == "person"
    assert lund is not None and lund.kind == "person"
    assert all(m.text != "reply" for m in okoro.mentions)  # "reply" is no role of his
    (quote,) = [q for q in analysis.quotes if q.kind == "direct"]
    assert set(quote.speakers) == {okoro.id, lund.id}
