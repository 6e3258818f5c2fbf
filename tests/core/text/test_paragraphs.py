"""core.text.paragraphs: a blank line starts a sentence before the parser runs."""

from __future__ import annotations


def _sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_line_after_a_blank_line_starts_a_sentence(nlp):
    # the parser ran the headline's last words on into the paragraph after it
    text = "Talks With Vice President Ines Lund Jr.\n\nMrs. Okafor often says she will not run."
    assert _sentences(nlp, text)[-1] == "Mrs. Okafor often says she will not run."


def test_a_hard_wrapped_line_goes_on_with_its_sentence(nlp):
    # near miss: one line break inside a sentence, as wire copy wraps its lines
    text = "The talks went smoothly, a \nsenior official said yesterday."
    assert _sentences(nlp, text) == ["The talks went smoothly, a \nsenior official said yesterday."]
