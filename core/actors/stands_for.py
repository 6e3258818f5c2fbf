"""What a noun that is no actor's mention stands for: a document for its issuer ("the paper
read"), "X's position" for X, a body for the actor it speaks for ("China's foreign ministry").

One answer for both places that ask it: the pronoun pass (core.actors.pronouns), so that "it"
after "The paper called for talks" is the paper's issuer, and the resolver (core.reference), for
the words a quote or a position names its speaker or holder by. Each asks with its own look-up
of what a span of words names (the registry's keys while the actors are read, the actors after),
so the rules are written once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from core.lexicon.documents import DOCUMENT_NOUNS, ISSUE_VERBS
from core.lexicon.people import SPEAKING_BODIES
from core.lexicon.speech import POSITION_NOUNS
from core.text.parsed import tokens_where
from core.text.syntax import agent_of, subject_of

T = TypeVar("T")  # an Actor for the resolver, an ActorKey for the pronoun pass


def _is_document_noun(lemma: str) -> bool:
    return lemma.lower() in DOCUMENT_NOUNS


def stands_for(
    tok: Token,
    named: Callable[[SpacySpan], T | None],
    kind_of: Callable[[T], str],
    owners: Callable[[], dict[str, T]],
    resolve: Callable[[Token], T | None],
) -> T | None:
    """What the noun `tok` stands for, when it is no mention itself; `owners` gives the
    document nouns' issuers (asked only for a document noun), `resolve` what a possessor
    stands for (it may be a pronoun)."""
    lemma = tok.lemma_.lower()
    if lemma in DOCUMENT_NOUNS:
        issuer = issuer_of(tok, named)
        if issuer is None:
            issuer = owners().get(lemma)
        if issuer is not None:
            return issuer
    if lemma in POSITION_NOUNS or lemma in DOCUMENT_NOUNS:
        for child in tok.children:
            if child.dep_ == "poss":
                return resolve(child)
    # The noun phrase's own modifiers: "many Western governments", "Chinese officials";
    # a possessor only for a body that speaks for it ("China's foreign ministry"), since
    # "his wife" is not he.
    # A person's name before a noun is someone else ("the Clinton aide") unless the noun
    # is a body that speaks for them ("the Trump campaign").
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if lemma in SPEAKING_BODIES:
        mods += [c for c in tok.children if c.dep_ == "poss"]
    doc = tok.doc
    for mod in mods:
        found = named(doc[mod.left_edge.i : mod.i + 1])
        # "Western governments", "U.S. officials" but not "the Manhattan billionaire"
        body = lemma in SPEAKING_BODIES or (
            tok.tag_ in ("NNS", "NNPS") and found is not None and kind_of(found) != "person"
        )
        if found is not None and body:
            return found
    return None


def document_owners(doc: Doc, named: Callable[[SpacySpan], T | None]) -> dict[str, T]:
    """Document nouns mapped to whoever the text says issued them, first mention wins."""
    owners: dict[str, T] = {}
    for tok in tokens_where(doc, LEMMA=_is_document_noun):
        lemma = tok.lemma_.lower()
        if lemma not in DOCUMENT_NOUNS or lemma in owners:
            continue
        owner = issuer_of(tok, named)
        if owner is not None:
            owners[lemma] = owner
    return owners


def issuer_of(tok: Token, named: Callable[[SpacySpan], T | None]) -> T | None:
    """Who the text says issued the document `tok` names, or None."""
    doc = tok.doc
    # "China's paper", "a Chinese paper" (an actor among the modifiers).
    for child in tok.children:
        if child.dep_ in ("poss", "amod", "compound") and child.pos_ in ("PROPN", "ADJ"):
            own = named(doc[child.i : child.i + 1])
            if own is not None:
                return own
    # "a paper published by China"
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ISSUE_VERBS:
            by = agent_of(child)
            if by is not None:
                return named(doc[by.i : by.i + 1])
    # "China published a paper"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUE_VERBS:
        subj = subject_of(tok.head)
        if subj is not None and subj.pos_ != "PRON":
            return named(doc[subj.i : subj.i + 1])
    return None
