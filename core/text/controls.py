"""Terminal escape sequences and control characters pasted with an article are tokens of their own.

Text copied out of a terminal or a log keeps its colour codes ("\\x1b[31m“We will win,” …"), and
scraped pages carry zero-width and other format characters. spaCy's tokenizer keeps such bytes
glued to the word beside them, so "\\x1b[31m“We" is one token: its quote mark is lost to the quote
finder and the run reads as a name. Split off, each sequence is one token the parser treats as a
symbol; the article's text and offsets stay exactly as they were.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

# An escape sequence (CSI "\x1b[…m", OSC "\x1b]…\x07" or "\x1b]…\x1b\\", or a two-byte one), else
# any one C0 control or format character (zero-width space, byte-order mark, bidi embedding) but
# the whitespace spaCy already splits on. Not C1 (\x80-\x9f): in news text those are mojibake
# inside a word ("FranÃ\x83Â§ois"), which must stay one token.
CONTROL = (
    "(?:"
    + (
        r"\x1b\[[0-?]*[ -/]*[@-~]"
        r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
        r"|\x1b[@-Z\\-_]?"
        r"|[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
    )
    + ")"
)


# Marks a pipeline whose tokenizer splits control bytes off (`pipeline_id` reads it).
MARK = "newsreader_controls"


def split_controls(nlp: Language) -> None:
    """Make `CONTROL` a prefix, suffix and infix of `nlp`'s tokenizer (in place), in front of the
    rules the model ships with (kept as they are, so text without control bytes tokenizes as
    before)."""
    tokenizer: Any = nlp.tokenizer  # (a compiled Tokenizer, untyped)
    prefix = tokenizer.prefix_search.__self__.pattern
    suffix = tokenizer.suffix_search.__self__.pattern
    infix = tokenizer.infix_finditer.__self__.pattern
    tokenizer.prefix_search = re.compile(f"^(?:{CONTROL})|{prefix}").search
    tokenizer.suffix_search = re.compile(f"(?:{CONTROL})$|{suffix}").search
    tokenizer.infix_finditer = re.compile(f"{CONTROL}|{infix}").finditer
    nlp.meta[MARK] = True


def is_control(text: str) -> bool:
    """Is this token nothing but escape sequences and control or format characters?"""
    return bool(text) and CONTROL_RUN.fullmatch(text) is not None


CONTROL_RUN = re.compile(f"(?:{CONTROL})+")
