"""Topics: what a stance is about, as a short phrase, and the key lemmas that group it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from core.lexicon.evaluation import COPULAS
from core.lexicon.stance import CLAIM_MODALS, GENERIC_NOUNS, TOPIC_PREPS, WH_WORDS
from core.reference import Resolver
from core.text.syntax import objects_of

# Children that start a clause of their own, left out of a cue's evidence and of a topic.
OWN_CLAUSE = frozenset({"advcl", "cc", "punct", "parataxis", "mark", "dep", "relcl", "appos"})
# Quote marks, but not an apostrophe inside a word ("Ukraine’s").
QUOTE_MARKS = re.compile(r"[\"“”«»„`]+|''|(?<!\w)[‘’']|[‘’'](?!\w)")
SPACES = re.compile(r"\s+")


def unquoted(text: str) -> str:
    """Words as a claim or a topic reads them: no quote marks, single spaces, no edge commas."""
    return SPACES.sub(" ", QUOTE_MARKS.sub("", text)).strip(" ,;:.")


def claim_topic(pred: Token) -> tuple[Token, ...]:
    """What a modal claim is about: the act it calls for ("send more troops"), or for a passive
    or "there should be" the thing itself ("sovereignty ... must be upheld")."""
    if any(c.dep_ == "auxpass" for c in pred.children):
        subj = next((c for c in pred.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.pos_ == "NOUN":  # a person "should be jailed": the act
            return (subj,)
    attr = next((c for c in pred.children if c.dep_ == "attr"), None)
    if pred.lemma_ == "be" and attr is not None:
        return (attr,)
    return (pred,)


def statement_topic(root: Token, forecast: bool = False) -> Token | None:
    """What a quoted statement is about, for the verb that introduces it: its act ("will
    reopen the talks"), or for a copula its subject ("the plan is reckless": the plan). A
    promise of what something will be ("will be a crowd-puller") is a forecast: None."""
    if root.lemma_.lower() not in COPULAS:
        return root
    if forecast:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is not None and subj.lower_ == "there":  # "there is a risk of war": the risk
        subj = next((c for c in root.children if c.dep_ == "attr"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj


def _head_through_generic(tok: Token) -> Token:
    # "the right approach of promoting talks" is about talks
    node = tok
    for _ in range(4):
        if node.lemma_.lower() not in GENERIC_NOUNS:
            return node
        nxt = None
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "for"):
                nxt = (objects_of(c) or (None,))[0]
                break
        if nxt is None:
            return node
        node = nxt
    return node


def phrase(tok: Token) -> str:
    """A short noun phrase for a topic: the head with its modifiers, quote marks dropped."""
    keep = {tok.i}
    for c in tok.children:
        modifier = c.dep_ in ("compound", "amod", "nummod", "poss", "nmod", "cc", "conj")
        # the possessive ending reads with the noun it goes with, not with the owner alone
        modifier = modifier or (c.dep_ == "case" and tok.dep_ != "poss")
        if modifier or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS):
            keep.update(t.i for t in _without_clauses(c))
    doc = tok.doc
    lo, hi = min(keep), max(keep)
    if hi - lo > 10:
        hi = max(i for i in keep if i <= lo + 10)
    words = [t for t in doc[lo : hi + 1] if not t.is_space]
    text = unquoted("".join(t.text_with_ws for t in words))
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)


def keys_of(tok: Token) -> set[str]:
    """Lemmas that identify a topic for grouping: the head, its compounds and conjuncts."""
    out: set[str] = set()
    heads = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    for h in heads:
        near = [c for c in h.children if c.dep_ in ("compound", "amod")]
        for prep in h.children:  # "talks for peace", "integrity of countries"
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
                near.extend(objects_of(prep))
        for t in (h, *near):
            lemma = t.lemma_.lower()
            if t.pos_ in ("NOUN", "VERB") and lemma not in GENERIC_NOUNS and t.is_alpha:
                out.add(lemma)
    return out


def topic_of(
    heads: tuple[Token, ...], fixed: str | None, holders: Resolver
) -> tuple[str | None, frozenset[str]]:
    """A cue's topic and its keys: the `fixed` one ("neutrality"), else a phrase for the first
    of its `heads`."""
    if fixed is not None:
        return fixed, frozenset({"neutrality"})
    if not heads:
        return None, frozenset()
    head = _head_through_generic(heads[0])
    if head.pos_ in ("PRON", "DET") or head.lower_ in WH_WORDS:
        # "opposed it", "criticized him": only when the pronoun stands for a known actor
        actor = holders.actor_of(head) if head.pos_ == "PRON" else None
        if actor is None:
            return None, frozenset()
        return actor.name, frozenset({actor.name.lower()})
    if head.lemma_ == "be" and head.pos_ in ("VERB", "AUX") and not _called_for(head):
        # "warned that the plan is reckless": about the plan, not "be reckless"
        subj = statement_topic(head)
        if subj is not None:
            return phrase(subj), frozenset(keys_of(subj))
    if head.pos_ in ("VERB", "AUX"):
        inner = objects_of(head)
        if inner:
            keys = keys_of(inner[0])
        elif head.lemma_.lower() in COPULAS:
            keys = set()  # "be reasonable", "be loyal to X": "be" is no topic two views share
        else:
            keys = {head.lemma_.lower()}
        return verb_phrase(head), frozenset(keys)
    return phrase(head), frozenset(keys_of(head))


def _called_for(verb: Token) -> bool:
    """ "Parties should be restrained": what is called for is the act, not the parties."""
    return any(c.dep_ == "aux" and c.lower_ in CLAIM_MODALS for c in verb.children)


def _without_clauses(tok: Token) -> list[Token]:
    """`tok`'s subtree without relative clauses and appositions ("the bill that would ...")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in ("relcl", "acl", "appos", "advcl", "punct"):
            out.extend(_without_clauses(c))
    return out


def verb_phrase(verb: Token) -> str:
    """An act as a topic: "resume peace talks", "return to negotiations" (at most 8 words)."""
    keep = [verb]
    for c in verb.children:
        joins_words = c.dep_ == "cc" and any(
            d.dep_ == "conj" and d.pos_ not in ("VERB", "AUX") for d in verb.children
        )
        if (
            c.i > verb.i
            and (c.dep_ not in OWN_CLAUSE or joins_words)
            and not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        ):
            keep.extend(_without_clauses(c))
    keep = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)[:8]
    words = [verb.lemma_] + [t.text for t in keep[1:] if not t.is_space]
    return unquoted(" ".join(words))
