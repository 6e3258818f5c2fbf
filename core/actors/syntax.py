"""What the actor passes ask of single tokens and entities: is it a subject, a speaker, a medium."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.lexicon.people import (
    LETTER,
    MEDIUM_NOUNS,
    MEDIUM_PREPS,
    MEDIUM_VERBS,
    POSSESSIVE,
    SPEECH_LEMMAS,
)
from core.text.controls import is_control
from core.text.parsed import text_of
from core.text.syntax import NOMINAL_SUBJECTS as SUBJECT_DEPS

# Part-of-speech values and tags the passes look tokens up by (tokens_where).
PROPN = frozenset({"PROPN"})
PRON = frozenset({"PRON"})
PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP"})


def is_caps_word(word: str) -> bool:
    """An all-capitals word of three letters or more: a name in a transcript ("PENCE")."""
    return len(word) > 2 and word.isupper()


def is_label_word(word: str) -> bool:
    """A word a transcript's speaker label can start with ("ANNA" in "ANNA HARLOW:")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def trim(ent: SpacySpan) -> SpacySpan | None:
    """Drop a leading "the", a trailing possessive and edge punctuation or control bytes (a colour
    code pasted with the text) from an entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    # A token's trailing whitespace is one space at most, so a line break is in a token's text.
    if "\n" in text_of(doc)[ent.start_char : ent.end_char]:
        for i in range(end - 1, start - 1, -1):
            if "\n" in doc[i].text:
                start = i + 1  # names never cross a line break: keep the part after the last one
                break
    while start < end and (
        doc[start].lower_ == "the" or doc[start].is_punct or is_control(doc[start].text)
    ):
        start += 1
    while end > start and (
        doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or is_control(doc[end - 1].text)
    ):
        end -= 1
    if start >= end:
        return None
    span = SpacySpan(doc, start, end, label=ent.label)
    return span if LETTER.search(span.text) else None


def is_medium(span: SpacySpan) -> bool:
    """Is this mention where something was said ("said on Twitter", "a Facebook post")?"""
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in MEDIUM_PREPS:
        return prep.head.lemma_.lower() in MEDIUM_VERBS
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in MEDIUM_NOUNS


def subjectish(tok: Token) -> bool:
    """The subject, or a name hanging off it ("a worker named Tomas Harlow said")."""
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ not in ("appos", "oprd", "acl", "compound") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def lemma_of(tok: Token) -> str:
    """The lower-case lemma; a capitalised plural ("Aides") the model leaves whole loses its s."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and lemma == tok.lower_ and lemma.endswith("s"):
        lemma = lemma[:-1]
    return lemma


def is_speech_subject(tok: Token) -> bool:
    """The subject of a speech verb: someone speaking."""
    return tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in SPEECH_LEMMAS
