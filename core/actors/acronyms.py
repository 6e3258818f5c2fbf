"""An organisation's acronym ("FBI") is the organisation the article spells out ("Federal Bureau
of Investigation"): one actor."""

from __future__ import annotations

import re

from core.actors.keys import ActorKey
from core.actors.ledger import Builder, Ledger


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def merge_acronyms(ledger: Ledger) -> None:
    """Fold an organisation's acronym into its spelled-out name."""
    orgs = [b for b in ledger.by_key.values() if b.kind == "organization"]
    by_initials: dict[str, Builder] = {}
    for b in orgs:
        for n in b.names:
            ini = _initials(n)
            if len(ini) >= 2 and " " in n:
                by_initials.setdefault(ini, b)
    moved: dict[ActorKey, ActorKey] = {}
    for b in orgs:
        if len(b.names) != 1 or " " in b.names[0] or not b.names[0].isupper():
            continue
        target = by_initials.get(b.names[0])
        if target is None or target is b:
            continue
        for (s, e), named in b.mentions.items():
            target.add(s, e, named)
        target.names.extend(n for n in b.names if n not in target.names)
        target.speech += b.speech
        del ledger.by_key[b.key]
        moved[b.key] = target.key
    if moved:  # one pass over the mentions for all merges, not one per acronym
        ledger.rekey(moved)
