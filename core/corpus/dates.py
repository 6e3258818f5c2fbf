"""An article's date: its own, or the YYYY-MM-DD its file name or id carries."""

from __future__ import annotations

import re

_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")


def date_of(source: str, date: str | None = None) -> str | None:
    """The article's own date, or a YYYY-MM-DD its name or id carries ("2016-03-01-vote.txt");
    the analysis itself has no date."""
    for s in (date, source):
        if s and (m := _DATE.search(s)):
            return m.group(0)
    return None


def month_of(source: str, date: str | None = None) -> str | None:
    """YYYY-MM of `date_of`, or None."""
    found = date_of(source, date)
    return found[:7] if found else None
