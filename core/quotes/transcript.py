"""Transcripts: a line that opens with its speaker's name in capitals and a colon
("OKAFOR: We will hold the line.", inside quote marks or not) is that speaker's turn.

A label counts when it is no heading ("UPDATE:", "NOTE:"; `NOT_SPEAKER_LABELS`) and the
article shows it is a name: it names someone the text mentions in ordinary case ("Okafor"), or it
opens two turns or more (an exchange). "Q:" and "A:" name no one and are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from core.lexicon.documents import NOT_SPEAKER_LABELS

_LABEL = re.compile(r"(?P<who>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(?=\S)")
_LINE_LABEL = re.compile(r"^[ \t\"“”'‘]*" + _LABEL.pattern, re.M)


@dataclass(frozen=True)
class Turns:
    """The speaker labels an article's transcript lines open with."""

    names: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Turns:
        counts = Counter(m.group("who") for m in _LINE_LABEL.finditer(text))
        names = {
            who
            for who, n in counts.items()
            if who.lower() not in NOT_SPEAKER_LABELS
            and (
                n >= 2 or any(re.search(rf"\b{re.escape(w.title())}\b", text) for w in who.split())
            )
        }
        return cls(frozenset(names))

    def label_at(self, text: str, pos: int) -> tuple[int, int, int] | None:
        """(label start, label end, content start) when a turn's label opens the text at `pos`."""
        m = _LABEL.match(text, pos)
        if m is None or m.group("who") not in self.names:
            return None
        return m.start("who"), m.end("who"), m.end()
