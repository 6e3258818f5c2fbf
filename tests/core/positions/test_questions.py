"""A question takes no stance on what it asks, also when its question mark sits inside the
closing quote marks (core.text.syntax.asks, used by the cues, the statements and the claims)."""

from __future__ import annotations

import pytest

from core.analyze import analyze
from core.model import Article
from core.text.syntax import asks


def positions(nlp, text: str) -> list[tuple[str, str]]:
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    names = {a.id: a.name for a in analysis.actors}
    return [(names[p.actor], p.polarity) for p in analysis.positions]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz insisted: “Who will pay for the bridge?”",
        "“Who will pay for the bridge?” Ana Ruiz insisted.",
    ],
)
def test_an_insisted_question_is_no_stance(nlp, text):
    assert positions(nlp, text) == []


def test_the_same_words_said_as_a_statement_are_one(nlp):
    assert positions(nlp, "Ana Ruiz insisted: “We will pay for the bridge.”") == [
        ("Ana Ruiz", "support")
    ]


def test_a_question_mark_inside_closing_marks_or_brackets_still_asks():
    assert asks("She asked: “Who pays?”") and asks("Who pays?)  ") and asks("“Who pays?’”")
    assert not asks("She asked who pays.") and not asks("“Who pays?” she asked.")
