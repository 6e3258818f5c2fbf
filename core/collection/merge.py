"""One actor across articles: the article-level actors of a collection joined by identity.

Streaming: `Merger.add` takes one article at a time and keeps only a running total per distinct
name (counts, dates, outlets, gender evidence), so memory grows with the number of distinct
actors, not of articles. `Merger.merged` then joins those names by the rules below, each join
recorded with its reason so a merged actor can say which article-level actors it joined:

- People by full name, compared without case, accents, dots, honorifics or "Jr." ("Hillary
  Clinton" in one article is "HILLARY CLINTON" in the next).
- A first and last name joins a longer one with the same first and last names and the rest
  initials or middle names ("Donald Trump" and "Donald J. Trump") only when exactly one such
  longer name is in the collection ("George Bush" stays alone beside "George W. Bush" and
  "George H. W. Bush", and "George W. Bush" never joins "George H. W. Bush").
- A nickname ("Joe Biden") joins the one person of that last name with a full first name it is
  short for ("Joseph R. Biden Jr."), from the `nicknames` package's hand-curated table.
- One word alone ("Clinton", "Xi") joins a person only when exactly one person in the collection
  goes by it (one of their aliases, or their last name). A first name the article itself writes
  before the word ("want Piet Dunmore", where the analysis kept only "Dunmore") rules out
  everyone with another first name. With several left, it joins the one whose role it shares if
  only one does, or else the one who has 80% of the articles of all of them ("Obama" beside one
  article's Michelle Obama); otherwise it stays on its own.
- Organisations by name, and an organisation's name joins another that has it as an alias
  ("FBI") when only one has; places by their canonical name only (the analysis already turned
  "Beijing" as metonymy into China, so a city never joins its country by an alias); groups by
  name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from core.gender.evidence import Evidence, evidence_of
from core.lexicon.people import HONORIFIC_GENDER, NAME_SUFFIXES, title_words
from core.model import Analysis, Gender

Key = tuple[str, tuple[str, ...]]  # (kind, name_key)
if TYPE_CHECKING:
    from nicknames import NickNamer

_DROP_WORDS = frozenset(HONORIFIC_GENDER) | {s.replace(".", "") for s in NAME_SUFFIXES}


# The share of the articles of everyone a lone word could name that one of them must have for the
# word to be theirs.
DOMINANT = 0.8


def name_key(name: str) -> tuple[str, ...]:
    """A name as compared: folded words, without honorifics, suffixes and edge punctuation."""
    decomposed = unicodedata.normalize("NFKD", name.replace("\u00a0", " "))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = [w.replace(".", "").strip("-–—,;:'’\"()[]") for w in plain.split()]
    return tuple(w for w in words if w and w not in _DROP_WORDS) or tuple(plain.split())


@cache
def _nicknames() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


def _given_names(text: str, word: str) -> set[str]:
    """Capitalised words written just before `word` mid-sentence ("want Piet Dunmore"), less
    titles: the first names the article gives a person it otherwise calls by one word."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<![.!?\n]\s)(?<!^)\b([A-Z][a-z]+)\s+{re.escape(word)}\b", text):
        w = m.group(1).casefold()
        if w not in title_words():
            found.add(name_key(w)[0])
    return found


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short`'s words in order within `long`, the same first and last, the rest extra."""
    # Only a plain "first last" joins: "George W. Bush" names someone "George H. W. Bush" is not.
    if len(short) != 2 or len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(w in it for w in short)


@dataclass
class Tally:
    """The running totals of one distinct name of one kind across the articles seen so far."""

    kind: str
    key: tuple[str, ...]
    names: Counter[str] = field(default_factory=Counter)  # as written, by articles
    roles: Counter[str] = field(default_factory=Counter)
    aliases: set[tuple[str, ...]] = field(default_factory=set)
    articles: int = 0
    direct: int = 0
    indirect: int = 0
    positions: int = 0
    outlets: Counter[str] = field(default_factory=Counter)  # articles per outlet
    quotes_by: dict[tuple[str, str], list[int]] = field(default_factory=dict)  # (by, value) -> d, i
    first: str | None = None
    last: str | None = None
    evidence: Evidence = field(default_factory=Evidence)
    # For a one-word name: first names the articles write before it ("Piet" of "Piet Dunmore"
    # where the analysis kept only "Dunmore"), which rule out another first name's person.
    given: set[str] = field(default_factory=set)

    def absorb(self, other: Tally) -> None:
        self.names.update(other.names)
        self.roles.update(other.roles)
        self.aliases |= other.aliases
        self.articles += other.articles
        self.direct += other.direct
        self.indirect += other.indirect
        self.positions += other.positions
        self.outlets.update(other.outlets)
        for k, (d, i) in other.quotes_by.items():
            cell = self.quotes_by.setdefault(k, [0, 0])
            cell[0] += d
            cell[1] += i
        self.first = min(filter(None, (self.first, other.first)), default=None)
        self.last = max(filter(None, (self.last, other.last)), default=None)
        self.evidence.merge(other.evidence)
        self.given |= other.given


@dataclass(frozen=True)
class Joined:
    """An article-level name a merged actor took in: how it was written, in how many articles,
    and the rule that joined it ("same name" for the merged actor's own)."""

    name: str
    articles: int
    why: str


@dataclass(frozen=True)
class MergedActor:
    name: str
    kind: str
    role: str | None
    gender: Gender | None
    evidence: str  # what the gender rests on, counted ("pronoun m12 f1"), or the name's p
    articles: int
    direct: int
    indirect: int
    positions: int
    outlets: tuple[tuple[str, int], ...]
    first: str | None
    last: str | None
    joined: tuple[Joined, ...]
    # Quotes (direct, indirect) per (breakdown, value): ("outlet", "nyt"), ("month", "2016-03").
    quotes_by: tuple[tuple[tuple[str, str], tuple[int, int]], ...] = ()

    @property
    def quotes(self) -> int:
        return self.direct + self.indirect

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "gender": self.gender.to_dict() if self.gender else None,
            "gender_evidence": self.evidence,
            "articles": self.articles,
            "direct": self.direct,
            "indirect": self.indirect,
            "positions": self.positions,
            "outlets": [{"outlet": o, "articles": n} for o, n in self.outlets],
            "first": self.first,
            "last": self.last,
            "joined": [{"name": j.name, "articles": j.articles, "why": j.why} for j in self.joined],
        }


def quote_counts(analysis: Analysis) -> dict[str, list[int]]:
    """Direct and indirect quotes per speaker id; a joint mention counts for each it names."""
    counts: dict[str, list[int]] = {}
    for q in analysis.quotes:
        for who in q.speakers or ((q.speaker,) if q.speaker else ()):
            cell = counts.setdefault(who, [0, 0])
            cell[0 if q.kind == "direct" else 1] += 1
    return counts


class Merger:
    """Feed it articles with `add`; `merged()` gives the actors of the collection."""

    def __init__(self) -> None:
        self._tallies: dict[Key, Tally] = {}
        self.articles = 0

    def add(self, analysis: Analysis, outlet: str, month: str | None) -> None:
        self.articles += 1
        quotes = quote_counts(analysis)
        positions = Counter(p.actor for p in analysis.positions)
        seen: set[Key] = set()
        for actor in analysis.actors:
            key = name_key(actor.name)
            if not key:
                continue
            t = self._tallies.get((actor.kind, key))
            if t is None:
                t = self._tallies[(actor.kind, key)] = Tally(actor.kind, key)
            if (actor.kind, key) not in seen:  # two actors of one name in an article: one article
                seen.add((actor.kind, key))
                t.articles += 1
                t.names[actor.name] += 1
                t.outlets[outlet] += 1
            if actor.role:
                t.roles[actor.role] += 1
            t.aliases.update(name_key(a) for a in actor.aliases)
            d, i = quotes.get(actor.id, (0, 0))
            t.direct += d
            t.indirect += i
            for by in (("outlet", outlet), ("month", month or "unknown")):
                if d or i:
                    cell = t.quotes_by.setdefault(by, [0, 0])
                    cell[0] += d
                    cell[1] += i
            t.positions += positions.get(actor.id, 0)
            if month:
                t.first = min(filter(None, (t.first, month)))
                t.last = max(filter(None, (t.last, month)))
            if actor.kind == "person":
                t.evidence.merge(evidence_of(analysis, actor))
                if len(key) == 1:
                    t.given |= _given_names(analysis.article.text, actor.name)

    def merged(self) -> list[MergedActor]:
        """Every merged actor, most quoted first (then by articles, then by name)."""
        return self.resolve()[0]

    def resolve(self) -> tuple[list[MergedActor], dict[Key, MergedActor]]:
        """The merged actors, and which one each (kind, name_key) seen went into."""
        parent: dict[Key, Key] = {}
        why: dict[Key, str] = {}
        for (child, into), reason in _joins(self._tallies.values()):
            parent[child] = into
            why[child] = reason

        def root(k: Key) -> Key:
            seen = {k}
            while k in parent and parent[k] not in seen:  # a longer loop of aliases stops
                k = parent[k]
                seen.add(k)
            return k

        groups: dict[Key, list[Key]] = {}
        for k in self._tallies:
            groups.setdefault(root(k), []).append(k)
        owner: dict[Key, MergedActor] = {}
        out = []
        for members in groups.values():
            merged = self._merge([self._tallies[m] for m in members], why)
            out.append(merged)
            owner.update((m, merged) for m in members)
        out.sort(key=lambda a: (-a.quotes, -a.articles, a.name))
        return out, owner

    @staticmethod
    def _merge(members: list[Tally], why: dict[Key, str]) -> MergedActor:
        total = Tally(members[0].kind, members[0].key)
        joined: list[Joined] = []
        for t in members:
            total.absorb(t)
            reason = why.get((t.kind, t.key), "same name")
            joined += [Joined(n, c, reason) for n, c in t.names.most_common()]
        # The most written full name ("Barack Obama", not the more frequent "Obama").
        full = [n for n, _ in total.names.most_common() if len(name_key(n)) >= 2]
        name = full[0] if full else total.names.most_common(1)[0][0]
        gender, evidence = None, ""
        if total.kind == "person":
            gender = total.evidence.decide(name)
            text = total.evidence.summary()
            evidence = text if gender.by != "name" else f"p(female) {gender.p}"
            if gender.value == "unknown" and text:
                evidence = f"{text}; name p(female) {gender.p}: they disagree"
            elif gender.value == "unknown" and gender.p is not None:
                evidence = f"name p(female) {gender.p} (unsure)"
        joined.sort(key=lambda j: (-j.articles, j.name))
        return MergedActor(
            name=name,
            kind=total.kind,
            role=total.roles.most_common(1)[0][0] if total.roles else None,
            gender=gender,
            evidence=evidence,
            articles=total.articles,
            direct=total.direct,
            indirect=total.indirect,
            positions=total.positions,
            outlets=tuple(total.outlets.most_common()),
            first=total.first,
            last=total.last,
            joined=tuple(joined),
            quotes_by=tuple((k, (v[0], v[1])) for k, v in sorted(total.quotes_by.items())),
        )


def _joins(tallies: Iterable[Tally]) -> list[tuple[tuple[Key, Key], str]]:
    """(from, to) pairs with the rule that joins them; each `from` appears once."""
    people = [t for t in tallies if t.kind == "person"]
    orgs = [t for t in tallies if t.kind == "organization"]
    joins: list[tuple[tuple[Key, Key], str]] = []
    # A full name into the one longer form of it.
    full = [t for t in people if len(t.key) >= 2]
    by_ends: dict[tuple[str, str], list[Tally]] = {}
    for t in full:
        by_ends.setdefault((t.key[0], t.key[-1]), []).append(t)
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for t in full:
        longer = [o for o in by_ends[(t.key[0], t.key[-1])] if _inside(t.key, o.key)]
        if len(longer) == 1:
            into[t.key] = longer[0].key
            joins.append(((("person", t.key), ("person", longer[0].key)), "middle name or initial"))

    def top(k: tuple[str, ...]) -> tuple[str, ...]:
        seen = {k}
        while k in into and into[k] not in seen:
            k = into[k]
            seen.add(k)
        return k

    # A nickname into the one person of that last name with the full first name ("Joe Biden"
    # into "Joseph R. Biden Jr."), from the nicknames package's hand-curated table.
    by_last: dict[str, list[Tally]] = {}
    for t in full:
        by_last.setdefault(t.key[-1], []).append(t)
    for t in full:
        if len(t.key) != 2 or t.key in into:
            continue
        formal = _nicknames().canonicals_of(t.key[0])
        if not formal:
            continue
        targets = {
            top(o.key)
            for o in by_last[t.key[-1]]
            if o.key[0] in formal and (len(o.key) == 2 or _inside((o.key[0], o.key[-1]), o.key))
        }
        if len(targets) == 1:
            (target,) = targets
            if top(target) != t.key:
                into[t.key] = target
                reason = f"nickname of {target[0].title()}"
                joins.append(((("person", t.key), ("person", target)), reason))

    # One word into the one person who goes by it.
    goes_by: dict[str, set[tuple[str, ...]]] = {}
    roles: dict[tuple[str, ...], set[str]] = {}
    reach: Counter[tuple[str, ...]] = Counter()  # articles per person, full names joined
    for t in full:
        reach[top(t.key)] += t.articles
    for t in full:
        for alias in t.aliases | {t.key}:
            for w in alias if len(alias) == 1 else (alias[-1],):
                goes_by.setdefault(w, set()).add(top(t.key))
        roles.setdefault(top(t.key), set()).update(r.casefold() for r in t.roles)
    for t in people:
        if len(t.key) != 1:
            continue
        candidates = goes_by.get(t.key[0], set())
        if t.given:  # the articles' own first names rule out everyone else
            candidates = {c for c in candidates if c[0] in t.given}
        if len(candidates) == 1:
            (only,) = candidates
            reason = "the article's own first name" if t.given else "only person called so"
            joins.append(((("person", t.key), ("person", only)), reason))
            continue
        mine = {r.casefold() for r in t.roles}
        shared = [c for c in candidates if mine & roles.get(c, set())]
        if mine and len(shared) == 1:
            reason = "only person of that name with its role"
            joins.append(((("person", t.key), ("person", shared[0])), reason))
            continue
        # One of them is nearly everyone the collection calls so ("Obama" beside one article's
        # Michelle Obama and a parser's "Presidents Obama"): the word is that person's.
        sizes = {c: reach.get(c, 0) for c in candidates}
        if sizes:
            best = max(sizes, key=lambda c: (sizes[c], c))
            if sizes[best] >= DOMINANT * sum(sizes.values()):
                reason = f"{sizes[best]} of {sum(sizes.values())} articles' people called so"
                joins.append(((("person", t.key), ("person", best)), reason))
    # An organisation's name into the one organisation that has it as an alias.
    has_alias: dict[tuple[str, ...], list[Tally]] = {}
    for t in orgs:
        for alias in t.aliases - {t.key}:
            has_alias.setdefault(alias, []).append(t)
    for t in orgs:
        owners = [o for o in has_alias.get(t.key, []) if o.key != t.key]
        if len(owners) == 1:
            joins.append(((("organization", t.key), ("organization", owners[0].key)), "alias"))
    # Two organisations that alias each other: one join, not a loop.
    goes_to = {a: b for (a, b), _ in joins}
    return [((a, b), r) for (a, b), r in joins if not (goes_to.get(b) == a and a > b)]
