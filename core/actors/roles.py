"""Titles, roles, nationalities and affiliations, from the words around each named mention.

Titles and roles to the left of a name ("Chinese President", "Zelensky's spokesman") and
appositions ("Lund, the Green front-runner") give the role, the nationality and the
affiliation; "Yu Jun from China's foreign ministry" is affiliated with China.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.actors.keys import country_key
from core.actors.ledger import Builder, Ledger
from core.lexicon.people import (
    AFFILIATION_PREPS,
    GENDERED_ROLES,
    HONORIFIC_GENDER,
    POSSESSIVE,
    bare,
    is_title,
    role_noun,
    title_words,
)
from core.lexicon.speech import SPEECH_VERBS
from core.text.parsed import noun_chunks_of


def country_of_token(ledger: Ledger, tok: Token) -> str | None:
    """The state a token names or adjectivally refers to ("Chinese", "China's")."""
    key = ledger.token_actor.get(tok.i)
    if key and key.kind == "country":
        return key.name
    if tok.ent_type_ in ("NORP", "GPE", "") and tok.pos_ in ("ADJ", "PROPN"):
        return ledger.article.geo.country_of_demonym.get(tok.text)
    return None


def read_roles(ledger: Ledger) -> None:
    """Role, nationality and affiliation from the words around each named mention."""
    doc = ledger.article.doc
    token_actor = ledger.token_actor
    chunk_of: dict[int, SpacySpan] = {}
    for chunk in noun_chunks_of(doc):
        for i in range(chunk.start, chunk.end):
            chunk_of[i] = chunk
    # in token order (of two keys on one token, in the keys' order): states and groups take no
    # titles
    named = sorted(
        {(m.tok, m.key) for m in ledger.mentions if m.key.kind not in ("country", "group")}
    )
    for tok_i, key in named:
        b = ledger.by_key.get(key)
        if b is None:
            continue
        root = doc[tok_i]
        # Left of the name inside its noun phrase: "Chinese President", "Zelensky's spokesman".
        first = tok_i
        while first > 0 and token_actor.get(first - 1) == key:
            first -= 1
        ch = chunk_of.get(tok_i)
        if ch is not None and ch.start < first:
            _left_context(ledger, b, doc[ch.start : first])
        # Apposition: "Lund, the Green front-runner," / "Zelensky, Ukraine's president".
        # and the other way round: "Macron's spokesman Olivier Veran" (the name in apposition).
        if root.dep_ == "appos" and root.head.i not in token_actor:
            app = chunk_of.get(root.head.i)
            # not a verb of saying the parser took for a noun ("“…!” reply Okoro and Lund")
            if (
                app is not None
                and (is_title(root.head) or root.head.pos_ == "NOUN")
                and root.head.lemma_.lower() not in SPEECH_VERBS
            ):
                _role_phrase_for(ledger, b, app)
        for child in root.children:
            if child.dep_ == "appos" and child.i not in token_actor:
                app = chunk_of.get(child.i)
                if app is not None and bare(app.root.text) in title_words():
                    _role_phrase_for(ledger, b, app)
            # "Yu Jun from China's foreign ministry", "a spokesman for the ministry"
            if child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        _affiliate(ledger, b, pobj)


def _left_context(ledger: Ledger, b: Builder, words: SpacySpan) -> None:
    toks = list(words)
    # A possessor before the role: "Zelensky's spokesman" -> affiliation Zelensky.
    cut = 0
    for i, t in enumerate(toks):
        if t.text in POSSESSIVE or t.tag_ == "POS":
            owner = ledger.token_actor.get(t.i - 1)
            if owner and owner != b.key and b.affiliation is None:
                b.affiliation = owner
            cut = i + 1
    role = [
        t
        for t in toks[cut:]
        if t.pos_ not in ("DET", "PRON", "PUNCT", "NUM") and bare(t.text) not in HONORIFIC_GENDER
    ]
    for t in role:
        _nationality_from(ledger, b, t)
    if role and any(is_title(t) or t.pos_ == "NOUN" for t in role):
        if not b.role:
            b.role = ledger.article.words(role)
            b.role_head = role_noun(role[-1].text)
        g = GENDERED_ROLES.get(role[-1].lower_)
        if g and not b.gender:
            b.gender = g
    if b.affiliation is None and b.nationality:
        b.affiliation = country_key(b.nationality)


def _nationality_from(ledger: Ledger, b: Builder, tok: Token) -> None:
    """ "French President Macron": Macron's state is France, which the registry must hold
    even when the article never names it (the adjective is then its mention)."""
    country = country_of_token(ledger, tok)
    if not country or b.nationality is not None:
        return
    b.nationality = country
    state = ledger.get(country_key(country), "place", country)
    if not state.mentions:
        ledger.mention(state, ledger.article.doc[tok.i : tok.i + 1], False)


def _role_phrase_for(ledger: Ledger, b: Builder, chunk: SpacySpan) -> None:
    """A role phrase that the text itself ties to this actor (apposition)."""
    words = [t for t in chunk if t.pos_ not in ("DET", "PUNCT")]
    for t in words:
        owner = ledger.token_actor.get(t.i)
        if t.dep_ == "poss" and owner and owner != b.key:
            if owner.kind == "country" and b.nationality is None:
                b.nationality = owner.name
            elif b.affiliation is None:
                b.affiliation = owner
        _nationality_from(ledger, b, t)
    role = [t for t in words if t.dep_ != "poss" and t.tag_ != "POS" and t.pos_ != "PRON"]
    if role and not b.role:
        b.role = ledger.article.words(role)
        b.role_head = role_noun(chunk.root.text)
    g = GENDERED_ROLES.get(chunk.root.lower_)
    if g and not b.gender:
        b.gender = g  # "Ines Marr, a spokeswoman for the board"
    if b.affiliation is None and b.nationality:
        b.affiliation = country_key(b.nationality)
    if b.kind == "person":
        ledger.mention(b, chunk, False)
        ledger.mark(chunk, b.key)


def _affiliate(ledger: Ledger, b: Builder, pobj: Token) -> None:
    if b.affiliation is not None:
        return
    owner = ledger.token_actor.get(pobj.i)
    if owner is None:
        # "China's foreign ministry": the state behind the body
        for c in pobj.children:
            if c.dep_ == "poss":
                owner = ledger.token_actor.get(c.i)
                break
    if owner is None:
        for c in pobj.children:
            if c.dep_ in ("amod", "compound"):
                country = country_of_token(ledger, c)
                if country:
                    owner = country_key(country)
                    ledger.get(owner, "place", country)
                    break
    if owner and owner != b.key:
        b.affiliation = owner
