"""Argued statements: a quote that no stance word reads but that argues in its speaker's own
voice (it rates strongly as a whole and shows two marks of it: a negation, the first person, an
evaluative adjective, a copula's judgement). Each with a near miss that must stay
silent: a fact the speaker reports, figures, a question, a guess, another actor's experience,
a flat statement. Short texts of our own, through the whole analysis (real actors and quotes)."""

from __future__ import annotations

import pytest

from core.analyze import analyze
from core.model import Article


def positions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    names = {a.id: a.name for a in analysis.actors}
    for p in analysis.positions:
        assert 0 <= p.start < p.end <= len(text)
        for e in p.evidence:
            assert text[e.start : e.end] == e.text
    return [(names[p.actor], p.polarity, p.topic) for p in analysis.positions]


@pytest.mark.parametrize(
    ("text", "polarity", "about"),
    [
        # a copula's judgement and the first person, for what it praises
        (
            '"It is a fair and honest plan, and we will be proud of it," Paul Brandt said.',
            "support",
            "honest plan",
        ),
        # ... against what it condemns
        ('"It is a sad and shameful day for our town," Paul Brandt said.', "oppose", "day"),
        # ... against the act it calls madness
        (
            '"It would be madness to close our harbour now," Paul Brandt said.',
            "oppose",
            "harbour",
        ),
        # a denial in the first person
        ('"We have never been treated so badly by anyone," Paul Brandt said.', "oppose", "treat"),
    ],
)
def test_a_statement_that_argues_is_a_position_of_its_speaker(nlp, text, polarity, about):
    [(who, found, topic)] = positions(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity)
    assert about in (topic or "")


@pytest.mark.parametrize(
    "text",
    [
        # a fact the speaker reports, however grim
        '"The storm destroyed the old pier and killed two fishermen," Paul Brandt said.',
        # figures
        '"Our sales fell a terrible 20 percent last year," said the chief executive, Paul Brandt.',
        # a question
        '"Have we ever been treated so badly by anyone?" Paul Brandt asked.',
        # a guess
        '"We might never be treated so badly again," Paul Brandt said.',
        # someone else's experience, not the speaker's argument
        '"Mayor Lena Holt has never been treated so badly by anyone," Paul Brandt said.',
        # the marks without a rating
        '"It is a plan, and we will be there," Paul Brandt said.',
    ],
)
def test_a_report_question_guess_or_flat_statement_stays_silent(nlp, text):
    assert [p for p in positions(nlp, text) if p[0] == "Paul Brandt"] == []
