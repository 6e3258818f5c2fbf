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
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# An escape sequence (CSI "\x1b[…m", OSC "\x1b]…\x07" or "\x1b]…\x1b\\", or a two-byte one), else
# any one C0/C1 control or format character but the whitespace spaCy already splits on.
CONTROL = (
    "(?:"
    + (
        r"\x1b\[[0-?]*[ -/]*[@-~]"
        r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
        r"|\x1b[@-Z\\-_]?"
        r"|[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
    )
    + ")"
)


def split_controls(nlp: Language) -> None:
    """Make `CONTROL` a prefix, suffix and infix of `nlp`'s tokenizer (in place)."""
    defaults = nlp.Defaults
    tokenizer: Any = nlp.tokenizer  # (a compiled Tokenizer, untyped)
    tokenizer.prefix_search = compile_prefix_regex([CONTROL, *(defaults.prefixes or ())]).search
    tokenizer.suffix_search = compile_suffix_regex([CONTROL, *(defaults.suffixes or ())]).search
    tokenizer.infix_finditer = compile_infix_regex([CONTROL, *(defaults.infixes or ())]).finditer


def is_control(text: str) -> bool:
    """Is this token nothing but escape sequences and control or format characters?"""
    return bool(text) and CONTROL_RUN.fullmatch(text) is not None


CONTROL_RUN = re.compile(f"(?:{CONTROL})+")
