"""A blank line ends a sentence.

Left to itself, the parser runs a headline or a short paragraph on into the next one ("… Biden
Jr.\n\nMrs. Clinton often says …" made one sentence, its verb the earlier line's), and every rule
that reads a clause then reads the wrong one. One line break does not end a sentence: hard-wrapped
text breaks its lines inside sentences.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PARAGRAPHS = "paragraph_sentences"


@Language.component(PARAGRAPHS)
def paragraph_sentences(doc: Doc) -> Doc:
    """Mark the first word after a blank line as a sentence start, before the parser runs."""
    breaks = 0
    for tok in doc:
        if tok.is_space:
            breaks += tok.text.count("\n")
            continue
        if breaks >= 2 and tok.i > 0:
            tok.is_sent_start = True
        breaks = tok.whitespace_.count("\n")
    return doc
