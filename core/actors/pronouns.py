"""Pronouns and "the company", resolved in text order (step 4).

he/she/his/her go to the one person that fits (same sentence, else the nearest earlier sentence
that names one), preferring the subject of a clause that governs the pronoun, then the main
subject, and a known gender; "“…,” he said" goes on with the last speaker. it/its/they go to an
organisation, state or group only when it is the subject of a governing clause or of the previous
sentence (a document or a body standing for its issuer or owner, core.actors.stands_for); a
subject "they" otherwise to the one group in reach, and a "they" that holds a view to the plural
noun for people it stands for, made a group ("The farmers were outraged. They criticised …").
"they" is never a single place (`plural_name`). "who" in a relative clause goes to the noun it
modifies. "the company" goes to the one organisation named in the nearest sentence that names
one (with none, and holding a view, it is an organisation of its own), "the country" to the one
state. Anything unclear stays unresolved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.actors.keys import ActorKey, org_key
from core.actors.ledger import Builder, Ledger, Mention
from core.actors.phrases import OrgAnaphor, body_of, group_of, holding_slot
from core.actors.stands_for import document_owners, stands_for
from core.actors.syntax import PRON, PRONOUN_TAGS, is_speech_subject
from core.lexicon.function_words import CONCESSIVE
from core.lexicon.people import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    is_person_noun,
)
from core.lexicon.pronouns import RELATIVES
from core.lexicon.speech import SPEECH_VERBS
from core.text.parsed import tokens_where
from core.text.syntax import NOMINAL_SUBJECTS as SUBJECT_DEPS
from core.text.syntax import governing_subject, opening_subject

T = TypeVar("T")  # an ActorKey here, an Actor for the resolver

# How many sentences back a pronoun may look for its antecedent.
# (A run of quoted sentences often sits between "Okafor said." and "…,” he continued.")
PRONOUN_LOOKBACK = 8
# Verbs only a person does with a voice: the subject of one is no place, unless it is a known one.
_VOICE_VERBS = SPEECH_VERBS | {"speak"}
# How far back he/she looks for a speaking name the tagger took for a place.
SPEAKING_PLACE_LOOKBACK = 2
# How far back "the company" looks for its organisation.
ORG_LOOKBACK = 3
# How many of the nearest earlier mentions in a sentence a pronoun weighs.
MAX_CANDIDATES = 40


class _Lookup(Protocol):
    def get(self, i: int, /) -> ActorKey | None: ...


@dataclass(frozen=True)
class _KindFilter:
    """The actor key at a token, if that actor is of one of `kinds` (a view, not a copy); a
    noun that is no mention goes by what it stands for (`stand_in`: "the paper" for its
    issuer)."""

    key_of_tok: dict[int, ActorKey]
    by_key: dict[ActorKey, Builder]
    kinds: tuple[str, ...]
    stand_in: Callable[[int], ActorKey | None] | None = None

    def get(self, i: int, /) -> ActorKey | None:
        k = self.key_of_tok.get(i)
        if k is None and self.stand_in is not None:
            k = self.stand_in(i)
        return k if k is not None and self.by_key[k].kind in self.kinds else None


class _StandIns:
    """What a noun that is no mention stands for, read through the registry so far
    (core.actors.stands_for): a document for its issuer, a body for the actor it speaks for."""

    def __init__(self, ledger: Ledger, key_of_tok: dict[int, ActorKey]) -> None:
        self.ledger = ledger
        self.key_of_tok = key_of_tok
        self._owners: dict[str, ActorKey] | None = None

    def key(self, i: int, /) -> ActorKey | None:
        tok = self.ledger.article.doc[i]
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return stands_for(
            tok, self._named, lambda k: self.ledger.by_key[k].kind, self._owners_of, self._at
        )

    def _at(self, tok: Token) -> ActorKey | None:
        return self.key_of_tok.get(tok.i) or self.ledger.token_actor.get(tok.i)

    def _named(self, span: SpacySpan) -> ActorKey | None:
        for tok in reversed(span):
            key = self._at(tok)
            if key is not None:
                return key
        return None

    def _owners_of(self) -> dict[str, ActorKey]:
        if self._owners is None:
            self._owners = document_owners(self.ledger.article.doc, self._named)
        return self._owners


def _before(mentions: list[Mention], start: int, limit: int) -> list[Mention]:
    """The last `limit` mentions (sorted by start) that begin before `start`."""
    lo, hi = 0, len(mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if mentions[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return mentions[max(0, lo - limit) : lo]


def resolve_pronouns(ledger: Ledger, org_anaphora: dict[int, OrgAnaphor]) -> None:
    """Every pronoun and "the company" (`org_anaphora`, by head token) that one actor fits."""
    doc = ledger.article.doc
    by_sent: dict[int, list[Mention]] = {}
    for m in sorted(ledger.mentions, key=lambda m: m.start):
        by_sent.setdefault(m.sent, []).append(m)
    key_of_tok: dict[int, ActorKey] = {m.tok: m.key for m in ledger.mentions}
    stand_ins = _StandIns(ledger, key_of_tok)
    pronouns = {t.i for t in tokens_where(doc, POS=PRON, TAG=PRONOUN_TAGS)}
    for tok in (doc[i] for i in sorted(pronouns | org_anaphora.keys())):
        low = tok.lower_
        if tok.i in org_anaphora:
            ch = org_anaphora[tok.i].span
            key = _nearest_org(ledger, tok, by_sent, org_anaphora[tok.i].country)
            if key is None and org_anaphora[tok.i].holds:
                # "The company said it expects …" with no company named before: the one it
                # means, unnamed, holds the view
                name = " ".join(t.text for t in ch)
                key = ledger.get(org_key(name), "organization", name).key
            if key is not None:
                m = ledger.mention(ledger.by_key[key], ch, False)
                by_sent.setdefault(m.sent, []).append(m)
                by_sent[m.sent].sort(key=lambda x: x.start)
                key_of_tok[tok.i] = key
            continue
        if low.endswith(("self", "selves")) and tok.head.i in key_of_tok:
            key = key_of_tok[tok.head.i]  # "Obama himself"
        elif low.endswith(("self", "selves")) and (own := _reflexive_subject(tok, key_of_tok)):
            key = own  # "a city that calls itself …": its own clause's subject
        elif low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
            gender = "m" if low in MALE_PRONOUNS else "f"
            key = _person_antecedent(ledger, tok, gender, by_sent) or _speaking_place(
                ledger, tok, by_sent
            )
        elif low in THING_PRONOUNS or low in PLURAL_PRONOUNS:
            if tok.dep_ == "expl":
                continue
            key = _governing_subject(ledger, tok, thing_kinds(low), key_of_tok, stand_ins.key)
            if key is None and low == "they" and tok.dep_ in SUBJECT_DEPS:
                key = _only_group_in_reach(ledger, tok, by_sent, key_of_tok)
            if key is None and low in ("they", "it") and holding_slot(tok):
                named = _unread_group(ledger, tok) if low == "they" else _unread_body(ledger, tok)
                if named is not None:
                    by_sent.setdefault(named.sent, []).append(named)
                    by_sent[named.sent].sort(key=lambda x: x.start)
                    key_of_tok[named.tok] = key = named.key
        elif nouns := relative_antecedents(tok):
            keys = ((n, key_of_tok.get(n.i) or ledger.token_actor.get(n.i)) for n in nouns)
            key = next(
                (k for n, k in keys if k and relative_fits(tok, n, ledger.by_key[k].kind)), None
            )
        else:
            continue
        if key is None:
            continue
        m = ledger.mention(ledger.by_key[key], doc[tok.i : tok.i + 1], False)
        by_sent.setdefault(m.sent, []).append(m)
        by_sent[m.sent].sort(key=lambda x: x.start)
        key_of_tok[tok.i] = key


def _reflexive_subject(tok: Token, key_of_tok: dict[int, ActorKey]) -> ActorKey | None:
    """The actor a reflexive object stands for: the subject of its own verb."""
    if tok.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return key_of_tok.get(subj.i) if subj is not None else None


def relative_antecedents(tok: Token) -> tuple[Token, ...]:
    """The nouns a relative pronoun may stand for, the likeliest first: "the minister, who
    said …", "a group that says …", "Acme, which denied …"; through a copula ("Lund is a
    lawyer who …") or an apposition ("Leeds, a city that calls itself …") to the name, then the
    noun itself (the name may be no actor, or one of the wrong kind: "Crow, a developer, who
    …"). "that"/"which" only as the clause's subject ("the plan that Lund backed" is the plan,
    not who backed it)."""
    low = tok.lower_
    if low not in RELATIVES or tok.head.dep_ != "relcl" or tok.head.head.i == tok.head.i:
        return ()
    if low != "who" and tok.dep_ not in SUBJECT_DEPS:
        return ()
    noun = tok.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return ()
    if noun.dep_ == "attr":
        # "Lund is a former lawyer who …": the copula's subject
        subj = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS]
        return (subj[0], noun) if subj else (noun,)
    if noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
        return (noun.head, noun)  # "Leeds, a city that prides itself on …": the name
    return (noun,)


def relative_fits(tok: Token, noun: Token, kind: str) -> bool:
    """Can the relative pronoun stand for an actor of this kind? "who" never for a place (it is
    its people: "Iranians who visit"), "which" never for a person; a state's people ("Belgians
    that voted") are not the state."""
    if kind == "place":
        return tok.lower_ != "who" and noun.ent_type_ != "NORP" and noun.tag_ not in ("NNS", "NNPS")
    return not (kind == "person" and tok.lower_ == "which")


def _nearest_org(
    ledger: Ledger, tok: Token, by_sent: dict[int, list[Mention]], country: bool = False
) -> ActorKey | None:
    """ "the company": the one organisation named in the nearest sentence that names one;
    "the country" (`country`): the one state."""
    sent = ledger.article.sent_of[tok.i]
    for s in range(sent, max(-1, sent - ORG_LOOKBACK - 1), -1):
        keys = {
            m.key
            for m in _before(by_sent.get(s, []), tok.idx, MAX_CANDIDATES)
            if (m.key.kind == "country" if country else ledger.by_key[m.key].kind == "organization")
        }
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None


def _speaking_place(
    ledger: Ledger, tok: Token, by_sent: dict[int, list[Mention]]
) -> ActorKey | None:
    """ "Okoro spoke from the lectern. “…,” he said.": the tagger took a surname it does not know
    for a place. With no person in reach, he/she goes to the one unknown one-word "place" that is
    the subject of a speech verb in the nearest sentence naming anyone, which is a person after
    all. A country, a capital or a big city speaking ("Lagos said") stays a place."""
    article = ledger.article
    sent = article.sent_of[tok.i]
    quoted = article.is_quoted(tok.idx)
    for s in range(sent, max(-1, sent - SPEAKING_PLACE_LOOKBACK - 1), -1):
        cands = [
            m
            for m in _before(by_sent.get(s, []), tok.idx, MAX_CANDIDATES)
            if m.tok != tok.i and (quoted or not m.quoted)
        ]
        if not cands:
            continue
        if any(ledger.by_key[m.key].kind == "person" for m in cands):
            return None  # a person in reach the pronoun did not fit: leave it unresolved
        keys = {
            m.key
            for m in cands
            if m.subject
            and article.doc[m.tok].head.lemma_.lower() in _VOICE_VERBS
            and ledger.by_key[m.key].kind == "place"
            and " " not in ledger.by_key[m.key].name
            and not article.place_name(ledger.by_key[m.key].name)
        }
        if len(keys) != 1:
            return None
        key = keys.pop()
        ledger.by_key[key].kind = "person"
        return key
    return None


def _compatible(ledger: Ledger, key: ActorKey, gender: str) -> bool:
    b = ledger.by_key.get(key)
    return b is not None and b.kind == "person" and b.gender in (None, gender)


def _person_antecedent(
    ledger: Ledger, tok: Token, gender: str, by_sent: dict[int, list[Mention]]
) -> ActorKey | None:
    if is_speech_subject(tok):
        # "“…,” he said": news goes on with the last speaker, even past a sentence that
        # names someone else in passing
        key = _search_person(ledger, tok, gender, by_sent, speakers_only=True)
        if key:
            return key
    return _search_person(ledger, tok, gender, by_sent, speakers_only=False)


def _search_person(
    ledger: Ledger,
    tok: Token,
    gender: str,
    by_sent: dict[int, list[Mention]],
    speakers_only: bool,
) -> ActorKey | None:
    doc = ledger.article.doc
    sent = ledger.article.sent_of[tok.i]
    quoted = ledger.article.is_quoted(tok.idx)
    # "Ndeki toasted him": whoever is the subject of the pronoun's own verb is not it
    mates = {m.key for m in by_sent.get(sent, []) if _clause_mate(tok, doc[m.tok])}
    for s in range(sent, max(-1, sent - PRONOUN_LOOKBACK - 1), -1):
        # the nearest mentions only: a "sentence" of thousands of names stays linear
        cands = [
            m
            for m in _before(by_sent.get(s, []), tok.idx, MAX_CANDIDATES)
            if m.tok != tok.i
            and m.key not in mates
            and (m.speech or not speakers_only)
            and _compatible(ledger, m.key, gender)
            and (quoted or not m.quoted)  # outside a quote, look outside quotes
        ]
        if not cands:
            continue
        keys = list(dict.fromkeys(m.key for m in cands))
        # Learn a gender only from the plainest case: one person earlier in the same
        # sentence. A guess further back could teach a wrong gender to the whole article.
        learn = s == sent and len(keys) == 1
        if len(keys) > 1:
            subjects = list(dict.fromkeys(m.key for m in cands if m.subject))
            if s == sent:
                # same sentence: the subject of a clause that governs the pronoun
                gov = _governing_key(tok, {m.tok: m.key for m in cands})
                subjects = [gov] if gov else subjects
            if len(subjects) > 1:
                # an earlier sentence: its main clause's subject
                main = [m.key for m in cands if m.subject and doc[m.tok].head.dep_ == "ROOT"]
                subjects = list(dict.fromkeys(main))
            if len(subjects) != 1:
                return None
            keys = subjects
        key = keys[0]
        b = ledger.by_key[key]
        if b.gender is None and learn:
            b.gender = gender
        return key
    return None


def _only_group_in_reach(
    ledger: Ledger, tok: Token, by_sent: dict[int, list[Mention]], key_of_tok: dict[int, ActorKey]
) -> ActorKey | None:
    """ "Council officials believe the figures are higher. They say …": a subject "they" that no
    governing clause settles goes to the one group named in the nearest sentence that names one
    (its own before it, else the one before), when nothing else plural for people is there: any
    other plural for people ("prisoners"), or a coordinated subject ("Okoro and Lund"), could be
    what it stands for, so it stays open."""
    article = ledger.article
    doc = article.doc
    sent = article.sent_of[tok.i]
    quoted = article.is_quoted(tok.idx)
    for s in range(sent, max(-1, sent - 2), -1):
        keys = {
            m.key
            for m in _before(by_sent.get(s, []), tok.idx, MAX_CANDIDATES)
            if ledger.by_key[m.key].kind == "group" and (quoted or not m.quoted)
        }
        first = article.sent_starts[s]
        last = tok.i if s == sent else article.sent_starts[s + 1]
        for cand in doc[first:last]:
            if cand.pos_ not in ("NOUN", "PROPN"):
                continue
            joint = any(c.dep_ == "conj" for c in cand.children)  # "Japan and Norway"
            if not (joint or cand.dep_ in SUBJECT_DEPS or _people_noun(cand)):
                continue
            key = key_of_tok.get(cand.i) or ledger.token_actor.get(cand.i)
            if not joint and key is not None and ledger.by_key[key].kind == "group":
                continue
            if joint or _people_noun(cand):
                return None  # someone else plural the pronoun may stand for
        if keys:
            return keys.pop() if len(keys) == 1 else None
    return None


def _unread_group(ledger: Ledger, tok: Token) -> Mention | None:
    """ "they" that holds a view, for the plural noun for people the phrases did not read as an
    actor: the subject of the clause that governs it ("the officials declined …, but they
    said"), else of the sentence before when it opens its own. Any other subject in between
    (a person, a thing) leaves it open."""
    subj = _antecedent_subject(ledger, tok)
    return group_of(ledger, subj) if subj is not None else None


def _unread_body(ledger: Ledger, tok: Token) -> Mention | None:
    """ "it" that holds a view, for the singular noun for a body the phrases did not read as an
    actor: the subject of the clause that governs it ("a unit of Acme … said it would seek"),
    else of the sentence before when it opens its own."""
    subj = _antecedent_subject(ledger, tok)
    return body_of(ledger, subj) if subj is not None else None


def _antecedent_subject(ledger: Ledger, tok: Token) -> Token | None:
    """The subject of the clause that governs a pronoun, else of the sentence before when the
    pronoun's sentence opens its own: where "they" or "it" finds the noun it stands for."""
    article = ledger.article
    sent = article.sent_of[tok.i]
    subj = governing_subject(tok, lambda c: c)
    if subj is None and sent > 0:
        subj = opening_subject(tok, article.sent_starts[sent], article.sent_starts[sent - 1])
    return subj


def _people_noun(tok: Token) -> bool:
    """A plural noun for people ("prisoners", "Americans"): someone "they" may stand for."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return is_person_noun(tok) or tok.ent_type_ in ("NORP", "PERSON")


def _clause_mate(pronoun: Token, cand: Token) -> bool:
    """ "Ndeki toasted him", "Lund gave her a medal": an object pronoun is never the subject
    of its own verb (that would be "himself")."""
    if pronoun.dep_ in ("dobj", "iobj", "dative"):
        verb = pronoun.head
    elif pronoun.dep_ == "pobj" and pronoun.head.dep_ in ("prep", "dative"):
        verb = pronoun.head.head
    else:
        return False
    while cand.dep_ == "conj" and cand.head.i != cand.i:
        cand = cand.head  # "Ruiz and Lund thanked him"
    return cand.head.i == verb.i and cand.dep_ in SUBJECT_DEPS


def _governing_key(tok: Token, key_of_tok: _Lookup) -> ActorKey | None:
    """The subject of the nearest clause above the pronoun that has one we know."""
    return governing_subject(tok, lambda c: key_of_tok.get(c.i))


def thing_kinds(pronoun: str) -> tuple[str, ...]:
    """The kinds of actor it/its (a body, a state) and they/their (a group too) stand for."""
    if pronoun in THING_PRONOUNS:
        return ("organization", "place")
    return ("group", "organization", "place")


def thing_antecedent(
    tok: Token, known: Callable[[Token], T | None], sent_start: int, prev_start: int | None
) -> T | None:
    """The rule for it/its/they/their, for whichever look-up asks (the pass below; the
    resolver, for actors it did not read itself): the subject of the nearest clause above the
    pronoun that `known` knows, else, when the pronoun opens its sentence (from `sent_start`),
    the subject of the sentence before (from `prev_start`)."""
    found = governing_subject(tok, known)
    if found is None and (lead := leading_clause_subject(tok)) is not None:
        found = known(lead)
    if found is not None or prev_start is None:
        return found
    subj = opening_subject(tok, sent_start, prev_start)
    return known(subj) if subj is not None else None  # else a thing we do not track


def leading_clause_subject(tok: Token) -> Token | None:
    """ "Although the delegation agreed to the plan, it demanded …", "While the officials
    declined to comment, they said …": a pronoun that speaks or holds a view, after a clause
    of concession set before its own verb, is that clause's subject (the clause says what the
    same actor did). A pronoun that holds nothing ("Although the board approved the bill, it
    still faces a vote": the bill) is left to the other rules."""
    if tok.dep_ not in SUBJECT_DEPS or not holding_slot(tok):
        return None
    verb = tok.head
    lead = [c for c in verb.children if c.dep_ == "advcl" and c.i < tok.i]
    if len(lead) != 1 or not any(
        m.dep_ == "mark" and m.lower_ in CONCESSIVE for m in lead[0].children
    ):
        return None  # only a concession: "Since Acme bought Orla, it has agreed to close" is Orla's
    return next((c for c in lead[0].children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)


def _governing_subject(
    ledger: Ledger,
    tok: Token,
    kinds: tuple[str, ...],
    key_of_tok: dict[int, ActorKey],
    stand_in: Callable[[int], ActorKey | None],
) -> ActorKey | None:
    ok = _KindFilter(key_of_tok, ledger.by_key, kinds, stand_in)
    article = ledger.article
    sent = article.sent_of[tok.i]
    first = article.sent_starts[sent] if sent < len(article.sent_starts) else 0
    prev = article.sent_starts[sent - 1] if sent > 0 else None
    plural = tok.lower_ in PLURAL_PRONOUNS

    def known(c: Token) -> ActorKey | None:
        k = ok.get(c.i)
        if k is not None and plural and ledger.by_key[k].kind == "place" and not plural_name(c):
            return None
        return k

    return thing_antecedent(tok, known, first, prev)


def plural_name(tok: Token) -> bool:
    """ "they" stands for a state only as its people ("the Americans … they") or one of several
    ("Peru and its neighbours … They"), never for one city or state ("it" does)."""
    if tok.lower_ in PLURAL_PRONOUNS:
        return True  # "They took pains … And they placed": the "they" before settled it
    return tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
