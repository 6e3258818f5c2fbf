"""Names the model did not tag, found by scanning the tokens (after the entities, step 2).

A country or capital standing alone as a name; a transcript's speaker label at the start of a
line ("ANNA HARLOW:", then "HARLOW:"); a surname or given name of someone the article names
("Okafor quickly …"); an untagged proper noun that speaks ("Bob said"); and an untagged name a
title or an apposition says is a person's ("Mayor Ana Ruiz", "Ana Ruiz, the mayor,").
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.actors.keys import ActorKey, country_key, person_key
from core.actors.ledger import Builder, Ledger
from core.actors.syntax import PROPN, is_caps_word, is_label_word, is_speech_subject
from core.lexicon.people import (
    ACTOR_LABELS,
    NAME_TITLES,
    bare,
    is_person_noun,
    is_title,
    title_words,
)
from core.text.casing import line_at, title_case
from core.text.parsed import tokens_where


def scan_names(ledger: Ledger) -> None:
    """Every scan, in the order each needs the ones before it."""
    gazetteer_scan(ledger)
    transcript_labels(ledger)
    described_scan(ledger)
    name_scan(ledger)
    speaker_scan(ledger)


def gazetteer_scan(ledger: Ledger) -> None:
    """Countries and capitals the model missed, when the word stands alone as a name."""
    doc = ledger.article.doc
    country_of_name = ledger.article.geo.country_of_name
    for tok in tokens_where(doc, POS=PROPN):
        if tok.ent_type_ or tok.i in ledger.token_actor:
            continue
        country = country_of_name.get(tok.text)
        if not country:
            continue
        prev_ok = tok.i == 0 or doc[tok.i - 1].pos_ != "PROPN"
        next_ok = tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "PROPN"
        if prev_ok and next_ok:
            b = ledger.get(country_key(country), "place", country)
            ledger.mention(b, doc[tok.i : tok.i + 1], True, tok.text)


def transcript_labels(ledger: Ledger) -> None:
    """A transcript's speaker label at the start of a line ("ANNA HARLOW:", then "HARLOW:")
    is a person; a one-word label goes to the person whose surname it is."""
    doc = ledger.article.doc
    n = len(doc)
    labels: list[SpacySpan] = []
    for tok in tokens_where(doc, ORTH=is_label_word):
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:
            continue  # a label starts a line
        end = tok.i
        while end < n and end - tok.i < 3 and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        if (
            end >= n
            or doc[end].text != ":"
            or any(i in ledger.token_actor for i in range(tok.i, end))
        ):
            continue
        labels.append(doc[tok.i : end])
    surnames: dict[str, ActorKey] = {}
    for b in ledger.by_key.values():
        if b.kind == "person" and " " in b.name:
            surnames.setdefault(b.name.split()[-1].lower(), b.key)
    for span in sorted(labels, key=lambda sp: -len(sp)):  # full names first
        name = span.text.title()
        key = person_key(list(span))
        if len(span) > 1:
            surnames.setdefault(span[-1].lower_, key)
        else:
            key = surnames.get(span[0].lower_, key)
        b = ledger.get(key, "person", name)
        ledger.mention(b, span, True, name)


def name_scan(ledger: Ledger) -> None:
    """A person's surname or given name that the model did not tag ("Okafor quickly …").

    Only proper nouns (or an all-capitals transcript label, "PENCE") that no entity covers;
    a name two people share goes to the one named last.
    """
    people: dict[str, list[ActorKey]] = {}
    for b in ledger.by_key.values():
        if b.kind != "person":
            continue
        for n in b.names:
            for w in n.split():
                if len(w) > 2 and w[0].isupper() and bare(w) not in title_words():
                    keys = people.setdefault(w, [])
                    if b.key not in keys:
                        keys.append(b.key)
    if not people:
        return
    starts: dict[ActorKey, list[int]] = {}
    for m in ledger.mentions:
        starts.setdefault(m.key, []).append(m.start)
    for v in starts.values():
        v.sort()
    doc = ledger.article.doc
    for tok in tokens_where(doc, POS=PROPN, ORTH=is_caps_word):
        # tokens of an entity we read already are done; those of a title or an event the
        # model ran over a name ("Okafor Just Responded To Lund") are not
        if tok.ent_type_ in ACTOR_LABELS or tok.i in ledger.token_actor:
            continue
        word = tok.text
        if tok.is_upper and len(word) > 2:
            word = word.title()
        elif tok.pos_ != "PROPN":
            continue
        cands = people.get(word)
        if not cands:
            continue
        key = cands[0]
        if len(cands) > 1:

            def last_before(k: ActorKey, at: int = tok.idx) -> int:
                pos = starts.get(k, [])
                i = bisect_right(pos, at)
                return pos[i - 1] if i else -1

            key = max(cands, key=last_before)
        ledger.mention(ledger.by_key[key], doc[tok.i : tok.i + 1], True, None)


def speaker_scan(ledger: Ledger) -> None:
    """A proper noun the model missed that is the subject of a speech verb ("Bob said") is
    someone speaking: a person, named by it and the proper nouns before it."""
    article = ledger.article
    doc = article.doc
    for tok in tokens_where(doc, POS=PROPN):
        if (
            not tok.text[:1].isupper()
            or tok.ent_type_ in ACTOR_LABELS
            or tok.i in ledger.token_actor
            or not is_speech_subject(tok)
            or article.place_name(tok.text)
            or is_title(tok)
        ):
            continue
        start = tok.i
        while (
            start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].i not in ledger.token_actor
            and not is_title(doc[start - 1])
        ):
            start -= 1
        span = doc[start : tok.i + 1]
        name = span.text
        b = ledger.get(person_key(list(span)), "person", name)
        ledger.mention(b, span, True, name)


# A name found this way has at most this many words ("Ana Maria Ruiz").
_NAME_WORDS = 3


def described_scan(ledger: Ledger) -> None:
    """An untagged run of proper nouns that a title before it ("Mayor Ana Ruiz", "Minister
    Okoro") or an apposition after it ("Ana Ruiz, the mayor, …") says is a person: the small
    model misses names it has not seen, and the "she said" that follows then has no one to be.
    A known place stays a place ("Lagos, the city …" is no one), and so does a run in a
    title-case headline."""
    article = ledger.article
    doc = article.doc
    n = len(doc)
    found: list[Builder] = []

    def free(t: Token) -> bool:
        return (
            t.pos_ == "PROPN"
            and t.is_alpha
            and t.text[:1].isupper()
            and t.ent_type_ not in ACTOR_LABELS
            and t.i not in ledger.token_actor
            and not is_title(t)
        )

    for tok in tokens_where(doc, POS=PROPN):
        if not free(tok) or (tok.i + 1 < n and free(doc[tok.i + 1])):
            continue  # the run is read from its last word
        start = tok.i
        while start > 0 and free(doc[start - 1]) and tok.i - start + 1 < _NAME_WORDS:
            start -= 1
        if start > 0 and free(doc[start - 1]):
            continue  # longer than a name
        span = doc[start : tok.i + 1]
        before = doc[start - 1] if start > 0 else None
        after = doc[tok.i + 1] if tok.i + 1 < n else None
        if tok.dep_ == "compound" or any(
            t is not None and (t.i in ledger.token_actor or t.ent_type_ in ACTOR_LABELS)
            for t in (before, after)
        ):
            continue  # it names a thing ("Navy Base"), or a name the entities already hold
        titled = (
            before is not None and before.text[:1].isupper() and bare(before.text) in NAME_TITLES
        )
        described = any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and is_person_noun(c) for c in tok.children
        )
        if not (titled or described):
            continue
        if article.place_name(span.text) or any(article.place_name(t.text) for t in span):
            continue
        if title_case(line_at(article.text, tok.idx)):
            continue
        b = ledger.get(person_key(list(span)), "person", span.text)
        ledger.mention(b, span, True, span.text)
        if len(span) > 1:
            found.append(b)
    _fold_parts(ledger, found)


def _fold_parts(ledger: Ledger, found: list[Builder]) -> None:
    """ "Mayor Ana Ruiz … Ruiz said": the entities read the later "Ruiz" as a person of its own
    before the scan found the full name; a given or family name that only one of the found
    people carries is theirs."""
    owners: dict[str, list[Builder]] = {}
    for b in found:
        for part in {b.name.split()[0].lower(), b.name.split()[-1].lower()}:
            owners.setdefault(part, []).append(b)
    moved: dict[ActorKey, ActorKey] = {}
    for part, bs in owners.items():
        other = ledger.by_key.get(ActorKey("person", part))
        if len(bs) != 1 or other is None or other is bs[0]:
            continue
        target = bs[0]
        for (s, e), named in other.mentions.items():
            target.add(s, e, named)
        target.speech += other.speech
        target.gender = target.gender or other.gender
        if not target.role:
            target.role, target.role_head = other.role, other.role_head
        del ledger.by_key[other.key]
        moved[other.key] = target.key
    if moved:
        ledger.rekey(moved)
