"""spaCy makes a new Token object each time one is asked for, so `tok.head is tok` is never
true, even at the root: tokens are compared by index (`tok.head.i == tok.i`). Six such checks
were dead code once; this keeps new ones out of core/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

# "x.head is y", "head is node", "is x.head"; "head is None" is fine
_IDENTITY = re.compile(r"\bhead is (not )?(?!None\b)\w|\bis (not )?\w+\.head\b")


def test_spacy_tokens_are_created_anew(nlp):
    doc = nlp("She said it was fine.")
    (root,) = [t for t in doc if t.dep_ == "ROOT"]
    assert root.head is not root
    assert root.head.i == root.i


@pytest.mark.parametrize(
    "path", sorted(Path(__file__).resolve().parents[3].joinpath("core").rglob("*.py")), ids=str
)
def test_no_token_is_compared_by_identity(path: Path):
    hits = [
        f"{path.name}:{n}: {line.strip()}"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _IDENTITY.search(line)
    ]
    assert not hits
