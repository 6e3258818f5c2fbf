"""Syntax helpers: what the dependency parse says of a token, written once for every rule.

The labels are spaCy's English (ClearNLP) dependency labels. The only words read here are the
relative pronouns `subject_of` looks through (from `core.lexicon.pronouns`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.tokens import Doc, Token

from core.lexicon.pronouns import RELATIVES
from core.text.parsed import text_of

# Every subject label: nominal, passive nominal and clausal ("What he said matters").
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
# The nominal ones: a subject that can name who speaks or acts.
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Dependencies through which a predicate shares its subject with its head ("called for X and
# portrayed Y, urging Z": portrayed and urging are China's too).
SHARED_SUBJECT = frozenset({"conj", "xcomp", "advcl", "acl", "pcomp", "acomp"})
# How far up the parse `subject_of` climbs.
MAX_HOPS = 8


def own_subject(pred: Token, labels: frozenset[str] = SUBJECTS) -> Token | None:
    """The predicate's own subject (its child with a subject label nearest it: a dateline parses
    as a subject too), not a shared one."""
    near = sorted(pred.children, key=lambda c: abs(c.i - pred.i))
    return next((c for c in near if c.dep_ in labels), None)


def has_subject(pred: Token, labels: frozenset[str] = NOMINAL_SUBJECTS) -> bool:
    """Does the predicate have a subject of its own ("and questioned why" has none)?"""
    return any(c.dep_ in labels for c in pred.children)


def subject_of(pred: Token) -> Token | None:
    """The subject of a predicate, through coordination, control and participles."""
    node = pred
    for _ in range(MAX_HOPS):
        # the subject nearest the verb: a dateline parses as a subject too ("LIMA, Nov 24
        # (AFP) - President Okafor praised ...")
        for child in sorted(node.children, key=lambda c: abs(c.i - node.i)):
            if child.dep_ in SUBJECTS:
                if child.lower_ in RELATIVES and node.dep_ == "relcl":
                    return node.head
                return child
        if node.dep_ in ("agent",):
            return None
        if node.dep_ == "relcl":
            return node.head
        if node.dep_ == "advcl" and node.tag_ == "VBN":
            return None  # "..., widely denounced as reckless": by someone unnamed
        if node.dep_ == "acl":
            # "protesters demanding X": the noun is the subject; "a plan denounced as X" is a
            # reduced passive whose subject is unnamed.
            return None if node.tag_ == "VBN" else node.head
        if node.dep_ not in SHARED_SUBJECT or node.head.i == node.i:
            return None
        node = node.head
    return None


T = TypeVar("T")


def governing_subject(tok: Token, known: Callable[[Token], T | None]) -> T | None:
    """What `known` makes of the subject of the nearest clause above `tok` that has one it
    knows, before `tok` in the text ("X said he …", "X has stood … and its position is"). An
    object is not its own clause's subject: in "Kyiv welcomed it", "it" is not Kyiv."""
    node = tok
    skip = tok.head.i if tok.dep_ in ("dobj", "iobj", "dative", "attr") else -1
    for _ in range(12):
        head = node.head
        for c in head.children:
            if head.i == skip:
                break
            if c.dep_ in NOMINAL_SUBJECTS and c.i != tok.i and c.i < tok.i:
                found = known(c)
                if found:
                    return found
        if head.i == node.i:
            break
        node = head
    return None


def opening_subject(tok: Token, sent_start: int, prev_start: int) -> Token | None:
    """The subject of the previous sentence (from `prev_start` to `sent_start`) when `tok`
    opens its own sentence, no subject before it ("China … . Its first point …")."""
    doc = tok.doc
    if sent_start == 0 or any(t.dep_ in NOMINAL_SUBJECTS for t in doc[sent_start : tok.i]):
        return None
    root = next((t for t in doc[prev_start:sent_start] if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    return next((c for c in root.children if c.dep_ in NOMINAL_SUBJECTS), None)


def has_modal(pred: Token) -> bool:
    """Does a modal ("could", "may", "will", "should") go with the predicate: a guess, a forecast
    or a call rather than a thing done?"""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in pred.children)


def pobj_of(prep: Token) -> Token | None:
    """The object of a preposition ("by [China]", "to [the poll]")."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def agent_of(pred: Token) -> Token | None:
    """The "by" agent of a passive predicate."""
    for child in pred.children:
        if child.dep_ == "agent":
            obj = pobj_of(child)
            if obj is not None:
                return obj
    return None


def according_to(tok: Token) -> Token | None:
    """ "according to [X]": the source of an "according" (its "to"'s object)."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = pobj_of(child)
            if obj is not None:
                return obj
    return None


def phrase_head(tok: Token) -> Token:
    """The head of the name a word belongs to ("Ines" of "Ines Marr" is "Marr")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    return tok


def to_infinitive(verb: Token) -> Token | None:
    """The verb's infinitival complement ("vowed [to repeal it]"), if it has one."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return child
    return None


def marked_clause(verb: Token, preps: Iterable[str]) -> Token | None:
    """ "called for [the US to act]": the parser makes the preposition the mark of a clause."""
    for child in verb.rights:
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in preps and c.i < child.i for c in child.children
        ):
            return child
    return None


def objects_of(tok: Token) -> tuple[Token, ...]:
    """The object of a verb or preposition: its dobj or pobj, else a "to"/"for" complement's."""
    for c in tok.children:
        if c.dep_ in ("dobj", "pobj"):
            return (c,)
    for c in tok.children:
        if c.dep_ == "pcomp":
            return objects_of(c) or (c,)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "to", "into", "of", "with", "on"):
            found = objects_of(c)
            if found:
                return found
    return ()


def line_breaks_around(doc: Doc, idx: int) -> tuple[int, int]:
    """The line breaks before and after character `idx` (-1 and the text's length at the ends):
    the characters of its paragraph are those after the first and up to the second."""
    text = text_of(doc)
    hi = text.find("\n", idx)
    return text.rfind("\n", 0, idx), len(text) if hi == -1 else hi


def same_paragraph(a: Token, b: Token) -> bool:
    """No line break between the two tokens. A line break is always a whitespace token of its
    own (a token's trailing whitespace is one space at most), so the text between them says."""
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in text_of(a.doc)[lo:hi]


# What may close a sentence after its question mark: quote marks and brackets.
_CLOSING = "\"'”’»›)]"


def asks(text: str) -> bool:
    """Does the text end as a question, its question mark before any closing quote marks or
    brackets ("… insisted: “Who will pay?”")?"""
    return text.rstrip().rstrip(_CLOSING).rstrip().endswith("?")
