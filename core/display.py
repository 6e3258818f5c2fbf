"""What may reach a terminal: one rule for control characters, used by the reader's screen, every
message on stderr and the JSON we print.

Text from servers, feeds, corpus ids and file names is the user's adversary's: an escape sequence
in it would clear the screen or retitle the terminal, a newline would forge a second message.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

# C0 and C1 control characters, DEL and the like become their visible "control picture" (or a
# replacement mark), one character for one so that core's offsets still line up.
_SAFE = {c: 0x2400 + c for c in range(0x20) if c not in (0x09, 0x0A)}
_SAFE[0x0D] = 0x20  # a CRLF file's carriage returns are line-ending noise, not content
_SAFE[0x7F] = 0x2421
_SAFE.update({c: 0xFFFD for c in range(0x80, 0xA0)})
# Bidi overrides and isolates could reorder what follows on screen; show them as marks too.
_SAFE.update({c: 0xFFFD for c in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E)})
_SAFE.update({c: 0xFFFD for c in (0x2066, 0x2067, 0x2068, 0x2069)})
# The Unicode line and paragraph separators are line breaks, as the text means them to be.
_SAFE.update({0x2028: 0x0A, 0x2029: 0x0A})

# A message is one line: its line breaks and tabs are shown too.
_ONE_LINE = {**_SAFE, 0x09: 0x2409, 0x0A: 0x240A, 0x0D: 0x240D, 0x2028: 0x2424, 0x2029: 0x2424}

# The C1 controls JSON leaves raw with ensure_ascii=False; U+009B alone is a CSI to a terminal.
_JSON_C1 = {c: f"\\u{c:04x}" for c in range(0x80, 0xA0)}


def visible(text: str) -> str:
    """Same length as `text`, with every control character replaced by a visible symbol."""
    return text.translate(_SAFE)


def one_line(text: object) -> str:
    """`text` as one line that cannot drive a terminal: controls and line breaks as symbols."""
    return str(text).translate(_ONE_LINE)


def report(message: object, prog: str = "newsreader", stream: TextIO | None = None) -> None:
    """One line on stderr, `PROG: MESSAGE`; every message the commands print comes here."""
    stream = stream or sys.stderr
    print(f"{prog}: {one_line(message)}", file=stream, flush=True)


def json_text(data: object, indent: int | None = None) -> str:
    """JSON as the project prints it: UTF-8 kept readable, every control character escaped
    (json escapes C0 itself; the C1 controls are escaped here, so `cat` of the output is inert)."""
    return json.dumps(data, ensure_ascii=False, indent=indent).translate(_JSON_C1)
