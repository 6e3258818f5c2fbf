"""Letter case of a line of text: is it a title-case headline ("Mayor Vows to Fight the Cuts")?

One answer for every reader of lines: the actor scans read no names from such a line (every
word is a proper noun to the small model there), the headline reader takes its verb of saying
from the case of the words, and the boilerplate reader tells a caption's title from a sentence.
"""

from __future__ import annotations

import re

from core.lexicon.function_words import TITLE_MINOR

# A word as a headline writes it: letters first, then letters, digits, apostrophes, hyphens.
CASED_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# This share of a line's words, leaving out the small ones, start with a capital in title case.
_TITLE_SHARE = 0.8


def title_case(line: str) -> bool:
    """Whether most of the line's words, the small ones aside ("to", "the", "of"), are
    capitalised. A sentence that opens with a name ("Ana Ruiz opened the new library") is not."""
    content = [w for w in CASED_WORD.findall(line) if w.lower() not in TITLE_MINOR]
    capitals = sum(1 for w in content if w[0].isupper())
    return bool(content) and capitals >= _TITLE_SHARE * len(content)


def line_at(text: str, at: int) -> str:
    """The line of text that holds offset `at`, without its newline."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]
