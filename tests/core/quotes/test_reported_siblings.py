"""Reported speech: where a report ends at the speaker's next thought (issue 14, session 7). One
text of our own per rule and a near miss that must stay as it is."""

from __future__ import annotations

from tests.core.quotes.test_reported_bounds import contents


def test_the_speakers_next_thought_is_a_report_of_its_own(nlp):
    text = "Tomas Reyes said he heard the sirens at dawn and feared the dam had burst."
    found = contents(nlp, text)
    assert "he heard the sirens at dawn" in found
    assert "the dam had burst" in found
    assert not any("feared" in c for c in found)


def test_what_others_thought_stays_in_the_report(nlp):
    # near miss: the clause is about the crew, so what the crew thought is what Reyes said
    text = "Reyes said the engineers inspected the dam and thought it was sound."
    assert "the engineers inspected the dam and thought it was sound" in contents(nlp, text)
