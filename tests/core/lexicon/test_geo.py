"""The gazetteer: the short names the press uses are the countries they name."""

from __future__ import annotations

from core.analyze import analyze
from core.lexicon.geo import gazetteer
from core.model import Article


def test_short_names_are_their_countries() -> None:
    names = gazetteer().country_of_name
    assert names["Britain"] == "United Kingdom"
    assert names["America"] == "United States"
    # the data's two-letter codes stay out: they are words too often
    assert "GB" not in names and "IT" not in names


def test_britain_and_the_uk_are_one_actor() -> None:
    text = (
        "Britain said on Monday it would send aid. "
        "The United Kingdom has long backed the talks, officials in London said."
    )
    analysis = analyze(Article(text=text, source="t.txt"))
    places = [a for a in analysis.actors if a.name == "United Kingdom"]
    assert len(places) == 1
    assert {"Britain", "United Kingdom"} <= {m.text for m in places[0].mentions}
