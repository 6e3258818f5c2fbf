"""Asserted statements: a quote its speaker declares, boasts or insists on argues for what it
says (against it when it denies it), where the same words after "said" only report. Near
misses that stay silent: the same statement said, a question, a guess, another actor's stance,
a denied declaration. Short texts of our own, through the whole analysis."""

from __future__ import annotations

import pytest

from tests.core.positions.test_argued import positions

LINE = "The ferry line to Oskarby stays open all winter"


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        (f'"{LINE}," Mara Lindqvist declared.', "support"),
        ('"The ferry line will not close this winter," Mara Lindqvist declared.', "oppose"),
        # "not ... but ...": what it affirms
        (
            '"The strike will not end at the docks but will spread," Mara Lindqvist declared.',
            "support",
        ),
        ('"Our mill ships rope to every port on the coast," Jan Holm boasted.', "support"),
        # the insisting verb set inside the quote, as a parenthesis
        ('"This," the mayor of Oskarby insists, "is why the ferry line stays open."', "support"),
    ],
)
def test_an_asserted_statement_argues_what_it_says(nlp, text, polarity):
    found = positions(nlp, text)
    assert len(found) == 1, found
    assert found[0][1] == polarity, found


@pytest.mark.parametrize(
    "text",
    [
        f'"{LINE}," Mara Lindqvist said.',  # only reported
        '"Our mill ships rope to every port on the coast?" Jan Holm boasted.',  # a question
        '"The ferry line to Oskarby might stay open all winter," Mara Lindqvist declared.',
        f"{LINE}, Mara Lindqvist did not declare.",
    ],
)
def test_a_reported_asked_guessed_or_undeclared_statement_stays_silent(nlp, text):
    assert positions(nlp, text) == []


def test_another_actors_stance_is_that_actors_not_the_speakers(nlp):
    found = positions(nlp, '"The island council wants the ferry line," Mara Lindqvist declared.')
    assert [who for who, _, _ in found] == ["The island council"], found
