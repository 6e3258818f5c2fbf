"""Boilerplate in article text: what a news site wraps around the story, not part of it.

Text pasted or scraped from a web page keeps what trafilatura drops from the HTML: bylines
("By Jane Doe, Staff Reporter"), a dateline before the first sentence ("LAGOS (Reuters) — "),
teasers for other stories ("READ MORE: …", "WATCH: …"), photo credits and captions, "Click here"
and share or follow prompts. They stay in the text (offsets are the contract), but they are not
the story: nobody is quoted in them and the reader shows them dim.

Every rule reads one line (a dateline, the start of one) and asks for the shape sites give it, so
that a sentence of the story that merely starts the same way ("By Monday the talks had stalled",
"Watch what happens next") stays content. Plain `re`, no spaCy: sources never load the pipeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from core.text.casing import title_case

BoilerplateKind = Literal["byline", "dateline", "teaser", "credit", "caption", "prompt"]

# A capitalised name word ("Jane", "O'Neil", "Jean-Luc", "J."), or an all-caps one ("DOE").
_NAME = r"[A-Z][\w.'’-]*"
_NAME_RUN = rf"{_NAME}(?:\s+(?:{_NAME}|de|da|van|von|der|bin|al|la|le))*"
# "By Jane Doe", "By JANE DOE and JOHN ROE", "By Jane Doe, Staff Reporter", "By Jane Doe | Reuters"
_ROLE_WORD = rf"(?:{_NAME}|of|the|and|for|at|in|on|&)"
_BYLINE = re.compile(
    rf"^(?:By|BY)\s+{_NAME_RUN}(?:\s*(?:,|and|&)\s*{_NAME_RUN})*"
    rf"(?:\s*(?:[,|/•·–—-]|\bfor\b)\s*{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,6}})?\.?$"
)
# A teaser label and its colon (or bar, or arrow): "READ MORE: …", "Related | …", "WATCH >> …".
_TEASER = re.compile(
    r"^(?:read more|read also|also read|more|related(?: stories| articles| coverage)?|"
    r"recommended|see also|watch|listen|video|photos?|gallery|opinion|trending)"
    r"\s*(?::|\||»|>>|–|—)",
    re.I,
)
_CLICK = re.compile(r"\bclick here\b|\btap here\b", re.I)
# A whole line of share buttons or a follow/subscribe/sign-up prompt.
_SHARE_WORDS = (
    r"(?:share(?: this(?: article| story)?| on \w+)?|tweet|email|e-mail|print|copy link|"
    r"facebook|twitter|whatsapp|linkedin|reddit|pinterest|comments?)"
)
_SHARE_LINE = re.compile(rf"^{_SHARE_WORDS}(?:\s*[|/·•,]?\s*{_SHARE_WORDS})*\.?$", re.I)
_PROMPT = re.compile(
    r"^(?:follow\s+.{1,80}\bon\s+(?:twitter|x|facebook|instagram|threads|tiktok)\b|"
    r"(?:sign up|subscribe)\b.{0,80}\b(?:newsletter|here|today|now|podcast|channel)\b|"
    r"advertisement\b|story continues below\b)",
    re.I,
)
# Photo credits: a short line naming an agency or photographer, and nothing else.
_AGENCY = (
    r"(?i:getty(?: images)?|reuters|ap photo|associated press|afp|epa|shutterstock|"
    r"alamy|bloomberg|ap)"
)
_CREDIT_LINE = re.compile(
    rf"^(?:(?i:photo|image|picture|photograph|credit|source)s?\s*:\s*.{{1,80}}|"
    rf"(?:{_NAME_RUN}(?:\s+via\s+|\s*/\s*|\s*\|\s*))?{_AGENCY}(?:\s*/\s*{_NAME_RUN})?)\.?$"
)
# A caption ends with its credit in brackets: "… at the rally. (Photo: Jane Doe/Reuters)".
_CREDIT_TAIL = re.compile(
    rf"\((?:(?i:photo|image|picture|credit)s?\b[^()\n]{{0,80}}|{_AGENCY}\b[^()\n]{{0,60}})\)\s*$"
)
# A dateline at the start of a paragraph: a place in capitals, an optional agency or date in
# brackets, and a dash ("WASHINGTON —", "LAGOS, Nigeria (Reuters) -", "PARIS (AFP) --").
# Or a date and a dash ("Thursday April 27, 2023 – ", "3 May 2021 — "), as blogs and wire
# rewrites open their copy.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?"
)
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2})?"
    r"(?:\s*\([^()\n]{1,40}\))?\s*(?:—|–|--|-)\s+(?=\S)"
    rf"|{_DATE}\s*(?:—|–|--|-)\s+(?=[^\d\s]))"  # "May 4 - 6 are …" is a range, not a dateline
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPACES = re.compile(r"\s*")
_QUOTE_MARK = re.compile(r"[\"“”«»„]")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")
# A verb in the present tense right after a name or an appositive ("Obama hugs", "brother, says").
_PRESENT = re.compile(
    r"(?:\b[A-Z][\w.'’-]*|,)\s+(?!(?:was|has|is|does|this|us|its|his|hers|yes)\b)[a-z]{2,}s\b"
)


@dataclass(frozen=True)
class Boilerplate:
    """A stretch of the text that is the site's, not the story's (char offsets)."""

    start: int
    end: int
    kind: BoilerplateKind


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's (start, end), without its newline."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _kind_of(line: str) -> BoilerplateKind | None:
    """What kind of boilerplate a whole line is, if it is one."""
    if len(line) > 300:
        return None  # a paragraph of the story, however it starts
    if _BYLINE.match(line) and len(_WORD.findall(line)) <= 14:
        return "byline"
    if _CREDIT_LINE.match(line):
        return "credit"
    if _TEASER.match(line):
        return "teaser"
    if _CREDIT_TAIL.search(line):
        return "caption"
    if _SHARE_LINE.match(line) or _PROMPT.match(line):
        return "prompt"
    if _CLICK.search(line) and len(_WORD.findall(line)) <= 25:
        return "prompt"
    return None


def find_boilerplate(text: str) -> tuple[Boilerplate, ...]:
    """Every stretch of boilerplate in `text`, in order: whole lines, and datelines (the start of
    a line only). A line that stands beside a photo credit, reads as a sentence rather than a
    headline and is short is that photo's caption."""
    lines = _lines(text)
    kinds: list[BoilerplateKind | None] = []
    for start, end in lines:
        stripped = text[start:end].strip()
        kinds.append(_kind_of(stripped) if stripped else None)
    out: list[Boilerplate] = []
    nonblank = [k for k, (s, e) in enumerate(lines) if text[s:e].strip()]
    for pos, k in enumerate(nonblank):
        start, end = lines[k]
        raw = text[start:end]
        lead = len(raw) - len(raw.lstrip())
        s0, s1 = start + lead, start + len(raw.rstrip())
        kind = kinds[k]
        if kind is None and _caption_beside_credit(text, lines, kinds, nonblank, pos):
            kind = "caption"
        if kind is not None:
            out.append(Boilerplate(s0, s1, kind))
            continue
        m = _DATELINE.match(text[s0:s1])
        if m is not None and len(_WORD.findall(m.group())) <= 8:
            out.append(Boilerplate(s0, s0 + len(m.group().rstrip()), "dateline"))
    return tuple(out)


def _caption_beside_credit(
    text: str,
    lines: list[tuple[int, int]],
    kinds: list[BoilerplateKind | None],
    nonblank: list[int],
    pos: int,
) -> bool:
    """A photo's caption: one short sentence beside a photo credit, telling in the present tense
    what the picture shows ("The mayor greets voters in Leeds", "Tom Reyes, her brother, says
    …"). The story itself, which may stand beside a credit too, is told in the past tense."""
    neighbours = [nonblank[p] for p in (pos - 1, pos + 1) if 0 <= p < len(nonblank)]
    if not any(kinds[n] == "credit" for n in neighbours):
        return False
    k = nonblank[pos]
    line = text[lines[k][0] : lines[k][1]].strip()
    if not 3 <= len(_WORD.findall(line)) <= 35 or _QUOTE_MARK.search(line):
        return False
    if title_case(line) or _SENTENCE_END.search(line.rstrip(".")):
        return False
    return _PRESENT.search(" ".join(line.split()[:15])) is not None


def after_dateline(text: str, spans: tuple[Boilerplate, ...], start: int) -> int:
    """Where a statement that starts in a dateline really starts: at the first word after it
    (the words after "LAGOS (Reuters) — " are the story's), else `start` itself."""
    for b in spans:
        if b.kind == "dateline" and b.start <= start < b.end:
            spaces = _SPACES.match(text, b.end)
            return spaces.end() if spaces else b.end
    return start


def inside_boilerplate(spans: tuple[Boilerplate, ...], start: int, end: int) -> bool:
    """Does [start, end) lie mostly (over half) inside boilerplate?"""
    if end <= start:
        return False
    covered = sum(max(0, min(end, b.end) - max(start, b.start)) for b in spans)
    return covered * 2 > end - start
