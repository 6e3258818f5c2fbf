"""Two small articles of our own, their gold (JSONL and brat) and hand-written analyses of them.

Article "a": a direct quote (right, speaker found through the actor's mentions), a reported one
with the wrong speaker, a reported one missed, and a spurious prediction.
Article "b": a mixed attribution whose quoted fragment is predicted as a direct quote (not a false
positive: it lies inside the gold content) and a direct quote that the JSONL gold marks optional.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.model import Actor, Analysis, Article, Quote, TextSpan

TEXT_A = (
    "The mayor, Ana Ruiz, spoke on Monday. "
    "\u201cWe will open the bridge in May,\u201d Ruiz said. "
    "She added that the budget was safe. "
    "Critics said the plan was rushed."
)
TEXT_B = 'Officials called the vote "a clear mandate" for change. "It is over," the coach said.'


def span(text: str, words: str, after: str = "") -> tuple[int, int]:
    """The offsets of `words` (the first after `after`)."""
    start = text.index(words, text.index(after) + len(after) if after else 0)
    return start, start + len(words)


def gold_rows() -> list[dict]:
    a, b = TEXT_A, TEXT_B

    def quote(text, words, kind, speaker, speaker_after="", **extra):
        s, e = span(text, words)
        ss, se = span(text, speaker, speaker_after)
        return {"start": s, "end": e, "kind": kind, "speaker_start": ss, "speaker_end": se, **extra}

    return [
        {
            "id": "a",
            "text": a,
            "quotes": [
                quote(a, "We will open the bridge in May,", "direct", "Ruiz", "May,\u201d "),
                quote(a, "the budget was safe", "indirect", "She"),
                quote(a, "the plan was rushed", "indirect", "Critics"),
            ],
        },
        {
            "id": "b",
            "text": b,
            "quotes": [
                quote(b, 'the vote "a clear mandate" for change', "mixed", "Officials"),
                quote(b, "It is over,", "direct", "the coach", optional=True),
            ],
        },
    ]


def write_jsonl_gold(path: Path) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in gold_rows()), encoding="utf-8")
    return path


def write_brat_gold(folder: Path) -> Path:
    """The same gold in brat, with the user's own type names (Quote, Speaker, Verb) and a Person
    type the scorer must leave alone; "a" links by events, "b" by relations."""
    folder.mkdir(parents=True, exist_ok=True)
    a, b = TEXT_A, TEXT_B

    def t(n, kind, text, words, after=""):
        s, e = span(text, words, after)
        return f"T{n}\t{kind} {s} {e}\t{text[s:e]}"

    ann_a = [
        t(1, "Person", a, "Ana Ruiz"),
        t(2, "Quote", a, "We will open the bridge in May,"),
        t(3, "Speaker", a, "Ruiz", "May,\u201d "),
        t(4, "Verb", a, "said", "Ruiz "),
        "E1\tVerb:T4 Quote:T2 Speaker:T3",
        t(5, "Speaker", a, "She"),
        t(6, "Verb", a, "added"),
        t(7, "Quote", a, "the budget was safe"),
        "E2\tVerb:T6 Speaker:T5 Quote:T7",
        t(8, "Speaker", a, "Critics"),
        t(9, "Verb", a, "said", "Critics "),
        t(10, "Quote", a, "the plan was rushed"),
        "E3\tVerb:T9 Speaker:T8 Quote:T10",
    ]
    ann_b = [
        t(1, "Speaker", b, "Officials"),
        t(2, "Quote", b, 'the vote "a clear mandate" for change'),
        "R1\tSaid Arg1:T1 Arg2:T2",
        t(3, "Quote", b, "It is over,"),
        t(4, "Speaker", b, "the coach"),
        "R2\tSaid Arg1:T4 Arg2:T3",
    ]
    (folder / "a.txt").write_text(a, encoding="utf-8")
    (folder / "a.ann").write_text("\n".join(ann_a) + "\n", encoding="utf-8")
    (folder / "b.txt").write_text(b, encoding="utf-8")
    (folder / "b.ann").write_text("\n".join(ann_b) + "\n", encoding="utf-8")
    return folder


BRAT_TYPES = "content=Quote,source=Speaker,cue=Verb"


def _quote(qid, kind, text, words, mention=None, speaker=None, after=""):
    s, e = span(text, words, after)
    sm = TextSpan.of(text, *span(text, mention)) if mention else None
    return Quote(qid, kind, s, e, text[s:e], speaker=speaker, speaker_mention=sm)


def analyses() -> list[Analysis]:
    a, b = TEXT_A, TEXT_B
    ruiz = Actor(
        "a1",
        "Ana Ruiz",
        "person",
        ("Ana Ruiz", "Ruiz"),
        (TextSpan.of(a, *span(a, "Ana Ruiz")), TextSpan.of(a, *span(a, "Ruiz", "May,\u201d "))),
    )
    coach = Actor(
        "a2", "the coach", "person", ("the coach",), (TextSpan.of(b, *span(b, "the coach")),)
    )
    return [
        Analysis(
            Article("a", a),
            actors=(ruiz,),
            quotes=(
                # right, and its speaker right through the actor's mention (no speaker_mention)
                _quote("q1", "direct", a, "We will open the bridge in May,", speaker="a1"),
                _quote("q2", "indirect", a, "the budget was safe", mention="Critics"),
                _quote("q3", "indirect", a, "spoke on Monday"),
            ),
        ),
        Analysis(
            Article("b", b),
            actors=(coach,),
            quotes=(
                _quote("q1", "direct", b, "a clear mandate"),
                _quote("q2", "direct", b, "It is over,", mention="the coach", speaker="a2"),
            ),
        ),
    ]


def write_predictions(path: Path) -> Path:
    path.write_text("".join(json.dumps(x.to_dict()) + "\n" for x in analyses()), encoding="utf-8")
    return path
