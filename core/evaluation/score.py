"""Scoring analyses against gold: precision, recall, F1 and speaker accuracy, and what went wrong.

The definitions are those of the project's yardstick (`../shared/eval/score.py`, see its README):
- `direct`: gold direct quotes against predicted direct quotes; `reported`: gold indirect and
  mixed attributions against predicted indirect quotes; `all`: every gold item against every
  prediction.
- A prediction left unmatched is still right (not a false positive) where it matches a gold item
  of another kind, or lies for 80% of its letters inside some gold content (a quoted fragment of a
  mixed attribution is a fine direct quote).
- Optional gold items count neither way, nor do predictions on them.
- The speaker is right when the predicted speaker mention, or any mention of the predicted actor,
  overlaps the gold speaker span; or, for gold that names the speaker, when the actor goes by
  that name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from core.evaluation.gold import GoldArticle, GoldQuote
from core.evaluation.match import iou, letters, match
from core.model import Actor, Analysis, Quote

# Share of a prediction's letters inside a gold content for it to count as right anyway.
INSIDE = 0.8
# A spurious quote or a wrong speaker states something the text does not support: it counts as
# much as two missed quotes of the same length in the ranking of the worst errors (precision first).
UNSUPPORTED_WEIGHT = 2


@dataclass(frozen=True)
class Category:
    name: str
    gold_kinds: frozenset[str]
    pred_kinds: frozenset[str]


CATEGORIES: tuple[Category, ...] = (
    Category("direct", frozenset({"direct"}), frozenset({"direct"})),
    Category("reported", frozenset({"indirect", "mixed"}), frozenset({"indirect"})),
    Category("all", frozenset({"direct", "indirect", "mixed"}), frozenset({"direct", "indirect"})),
)


def prf(right_pred: int, n_pred: int, hit_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = right_pred / n_pred if n_pred else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class Counts:
    """The tallies of one category; the figures are computed from them."""

    n_pred: int = 0
    pred_ok: int = 0
    n_gold: int = 0
    gold_hit: int = 0
    # matched gold items that have a speaker, and those whose speaker the prediction got right
    speaker_n: int = 0
    speaker_ok: int = 0
    # matched quotes whose speaker is right too (or the gold gives none): span and speaker
    attributed: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (
            self.n_pred,
            self.pred_ok,
            self.n_gold,
            self.gold_hit,
            self.speaker_n,
            self.speaker_ok,
            self.attributed,
        )

    @property
    def precision(self) -> float:
        return prf(self.pred_ok, self.n_pred, self.gold_hit, self.n_gold)[0]

    @property
    def recall(self) -> float:
        return prf(self.pred_ok, self.n_pred, self.gold_hit, self.n_gold)[1]

    @property
    def f1(self) -> float:
        return prf(self.pred_ok, self.n_pred, self.gold_hit, self.n_gold)[2]

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0

    @property
    def attribution_f1(self) -> float:
        return prf(self.attributed, self.n_pred, self.attributed, self.n_gold)[2]


ErrorKind = Literal["missed", "spurious", "wrong speaker"]
ERROR_KINDS: tuple[ErrorKind, ...] = ("missed", "spurious", "wrong speaker")


@dataclass(frozen=True)
class QuoteError:
    what: ErrorKind
    article: str
    # the gold item's kind (missed, wrong speaker) or the prediction's (spurious)
    kind: str
    start: int
    end: int
    text: str
    gold_speaker: str | None = None
    pred_speaker: str | None = None
    # where the gold item was annotated (FILE:LINE), empty for a spurious prediction
    where: str = ""
    weight: int = 0


@dataclass(frozen=True)
class ActorCounts:
    gold: int = 0
    found: int = 0
    resolvable: int = 0
    resolved: int = 0
    wrong_people: tuple[str, ...] = ()

    def __add__(self, other: ActorCounts) -> ActorCounts:
        return ActorCounts(
            self.gold + other.gold,
            self.found + other.found,
            self.resolvable + other.resolvable,
            self.resolved + other.resolved,
            self.wrong_people + other.wrong_people,
        )


@dataclass(frozen=True)
class PositionCounts:
    n_pred: int = 0
    pred_ok: int = 0
    n_gold: int = 0
    gold_hit: int = 0

    def __add__(self, other: PositionCounts) -> PositionCounts:
        return PositionCounts(
            self.n_pred + other.n_pred,
            self.pred_ok + other.pred_ok,
            self.n_gold + other.n_gold,
            self.gold_hit + other.gold_hit,
        )

    @property
    def figures(self) -> tuple[float, float, float]:
        return prf(self.pred_ok, self.n_pred, self.gold_hit, self.n_gold)


@dataclass(frozen=True)
class ArticleScore:
    id: str
    counts: dict[str, Counts]
    errors: tuple[QuoteError, ...] = ()
    actors: ActorCounts | None = None
    positions: PositionCounts | None = None


@dataclass(frozen=True)
class Evaluation:
    """The whole gold set: per-category counts, every error (worst first), actors, positions."""

    articles: int
    iou: float
    counts: dict[str, Counts]
    errors: tuple[QuoteError, ...] = ()
    # articles the analysis failed on (their gold counts as missed), with why
    failed: tuple[tuple[str, str], ...] = ()
    actors: ActorCounts | None = None
    positions: PositionCounts | None = None
    per_article: tuple[ArticleScore, ...] = field(default=(), repr=False)


def evaluate(
    scored: Iterable[tuple[GoldArticle, Analysis | None, str | None]], threshold: float = 0.5
) -> Evaluation:
    """Score every (gold, analysis, error) triple; an analysis of None counts its gold as missed."""
    per: list[ArticleScore] = []
    failed: list[tuple[str, str]] = []
    for gold, analysis, error in scored:
        if analysis is None:
            failed.append((gold.id, error or "no analysis"))
        per.append(score_article(gold, analysis, threshold))
    counts = {c.name: sum((a.counts[c.name] for a in per), Counts()) for c in CATEGORIES}
    errors = sorted(
        (e for a in per for e in a.errors), key=lambda e: (-e.weight, e.article, e.start)
    )
    actor_rows = [a.actors for a in per if a.actors is not None]
    position_rows = [a.positions for a in per if a.positions is not None]
    return Evaluation(
        articles=len(per),
        iou=threshold,
        counts=counts,
        errors=tuple(errors),
        failed=tuple(failed),
        actors=sum(actor_rows, ActorCounts()) if actor_rows else None,
        positions=sum(position_rows, PositionCounts()) if position_rows else None,
        per_article=tuple(per),
    )


def score_article(gold: GoldArticle, analysis: Analysis | None, threshold: float) -> ArticleScore:
    preds = list(analysis.quotes if analysis else ())
    actors = {a.id: a for a in (analysis.actors if analysis else ())}
    counts: dict[str, Counts] = {}
    errors: tuple[QuoteError, ...] = ()
    for category in CATEGORIES:
        counts[category.name], found = _score_category(category, gold, preds, actors, threshold)
        if category.name == "all":
            errors = found
    return ArticleScore(
        id=gold.id,
        counts=counts,
        errors=errors,
        actors=_score_actors(gold, analysis) if gold.actors is not None else None,
        positions=_score_positions(gold, analysis, actors) if gold.positions is not None else None,
    )


def _score_category(
    category: Category,
    gold: GoldArticle,
    all_preds: Sequence[Quote],
    actors: dict[str, Actor],
    threshold: float,
) -> tuple[Counts, tuple[QuoteError, ...]]:
    text = gold.text
    all_golds = list(gold.quotes)
    all_gold_letters = [letters(text, g.pieces) for g in all_golds]
    in_cat = [j for j, g in enumerate(all_golds) if g.kind in category.gold_kinds]
    preds = [p for p in all_preds if p.kind in category.pred_kinds]
    pred_letters = [letters(text, ((s.start, s.end) for s in p.pieces)) for p in preds]
    matched = match(pred_letters, [all_gold_letters[j] for j in in_cat], threshold)
    pairs = {i: in_cat[k] for i, k in matched.items()}  # prediction -> index into all_golds
    # Unmatched predictions may still be right: matched to a gold item outside this category or
    # left over in it, or lying inside some gold content.
    left = [i for i in range(len(preds)) if i not in pairs]
    rest = [j for j in range(len(all_golds)) if j not in pairs.values()]
    rescued = match([pred_letters[i] for i in left], [all_gold_letters[j] for j in rest], threshold)
    n_pred = len(preds)
    pred_ok = 0
    spurious: list[int] = []
    for k, i in enumerate(left):
        p = pred_letters[i]
        inside = any(len(p & g) >= INSIDE * len(p) for g in all_gold_letters if p)
        if k in rescued or inside:
            on_optional = any(
                g.optional and iou(p, all_gold_letters[j]) >= threshold
                for j, g in enumerate(all_golds)
            )
            if on_optional:
                n_pred -= 1
            else:
                pred_ok += 1
        else:
            spurious.append(i)
    required = [(i, j) for i, j in pairs.items() if not all_golds[j].optional]
    n_pred -= len(pairs) - len(required)
    with_speaker = [(i, j) for i, j in required if all_golds[j].has_speaker]
    wrong = [(i, j) for i, j in with_speaker if not speaker_ok(preds[i], all_golds[j], actors)]
    n_gold = sum(1 for j in in_cat if not all_golds[j].optional)
    counts = Counts(
        n_pred=n_pred,
        pred_ok=pred_ok + len(required),
        n_gold=n_gold,
        gold_hit=len(required),
        speaker_n=len(with_speaker),
        speaker_ok=len(with_speaker) - len(wrong),
        attributed=len(required) - len(wrong),
    )
    hit = set(pairs.values())
    errors = [
        _gold_error("missed", gold, all_golds[j], all_gold_letters[j])
        for j in in_cat
        if j not in hit and not all_golds[j].optional
    ]
    errors += [_spurious(gold, preds[i], pred_letters[i], actors) for i in spurious]
    errors += [
        _gold_error("wrong speaker", gold, all_golds[j], all_gold_letters[j], preds[i], actors)
        for i, j in wrong
    ]
    return counts, tuple(errors)


def speaker_ok(pred: Quote, gold: GoldQuote, actors: dict[str, Actor]) -> bool:
    actor = actors.get(pred.speaker) if pred.speaker else None
    if gold.speaker_span is not None:
        gs, ge = gold.speaker_span
        spans = [pred.speaker_mention] if pred.speaker_mention else []
        spans += list(actor.mentions) if actor else []
        return any(s.start < ge and gs < s.end for s in spans)
    return any(name_matches(n, actor) for n in gold.speaker_names)


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", name.lower()).strip()


def name_matches(gold_name: str, actor: Actor | None) -> bool:
    """Does the actor go by the gold name? Its name or an alias, whole or as one word of it
    ("Xi" for "Xi Jinping"), or the end of it ("President Xi Jinping")."""
    g = _norm(gold_name)
    if not g or actor is None:
        return False
    for name in {_norm(n) for n in (actor.name, *actor.aliases) if n}:
        if not name:
            continue
        if name == g or (len(name) >= 2 and (name in g.split() or g in name.split())):
            return True
        if name.endswith(" " + g) or g.endswith(" " + name):
            return True
    return False


def _pred_speaker(pred: Quote, actors: dict[str, Actor]) -> str | None:
    actor = actors.get(pred.speaker) if pred.speaker else None
    if pred.speaker_mention and actor and actor.name != pred.speaker_mention.text:
        return f"{pred.speaker_mention.text} ({actor.name})"
    if pred.speaker_mention:
        return pred.speaker_mention.text
    return actor.name if actor else None


def _gold_speaker(gold: GoldArticle, q: GoldQuote) -> str | None:
    if q.speaker_span is not None:
        return gold.text[q.speaker_span[0] : q.speaker_span[1]]
    return q.speaker_names[0] if q.speaker_names else None


def _gold_error(
    what: ErrorKind,
    gold: GoldArticle,
    q: GoldQuote,
    chars: frozenset[int],
    pred: Quote | None = None,
    actors: dict[str, Actor] | None = None,
) -> QuoteError:
    return QuoteError(
        what=what,
        article=gold.id,
        kind=q.kind,
        start=q.start,
        end=q.end,
        text=" … ".join(gold.text[s:e] for s, e in q.pieces),
        gold_speaker=_gold_speaker(gold, q),
        pred_speaker=_pred_speaker(pred, actors or {}) if pred else None,
        where=q.where,
        weight=len(chars) * (UNSUPPORTED_WEIGHT if what == "wrong speaker" else 1),
    )


def _spurious(
    gold: GoldArticle, pred: Quote, chars: frozenset[int], actors: dict[str, Actor]
) -> QuoteError:
    return QuoteError(
        what="spurious",
        article=gold.id,
        kind=pred.kind,
        start=pred.start,
        end=pred.end,
        text=" … ".join(s.text for s in pred.pieces),
        pred_speaker=_pred_speaker(pred, actors),
        weight=len(chars) * UNSUPPORTED_WEIGHT,
    )


def _score_actors(gold: GoldArticle, analysis: Analysis | None) -> ActorCounts:
    pred = list(analysis.actors if analysis else ())
    found = resolvable = resolved = 0
    for g in gold.actors or ():
        candidates = [a for a in pred if name_matches(g.name, a)]
        found += bool(candidates)
        # The candidate with most mentions is the one the analysis built for this person.
        best = max(candidates, key=lambda a: len(a.mentions), default=None)
        mentions = best.mentions if best else ()
        for alias in g.must_resolve:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", gold.text):
                resolvable += 1
                resolved += any(s.start <= m.start() and m.end() <= s.end for s in mentions)
    not_people = set(gold.not_people)
    wrong = tuple(a.name for a in pred if a.kind == "person" and a.name in not_people)
    return ActorCounts(len(gold.actors or ()), found, resolvable, resolved, wrong)


def _score_positions(
    gold: GoldArticle, analysis: Analysis | None, actors: dict[str, Actor]
) -> PositionCounts:
    """A gold position is found when a predicted one has its actor (any of its names) and
    evidence overlapping the gold evidence by half of the shorter of the two."""
    preds = list(analysis.positions if analysis else ())
    right = [False] * len(preds)
    hit = 0
    golds = gold.positions or ()
    for g in golds:
        found = False
        for k, p in enumerate(preds):
            if not any(name_matches(n, actors.get(p.actor)) for n in g.actor_any):
                continue
            length = p.end - p.start
            for s, e in g.evidence:
                overlap = min(e, p.end) - max(s, p.start)
                if overlap > 0 and overlap >= 0.5 * min(e - s, length or 1):
                    found = right[k] = True
        hit += found and not g.optional
    return PositionCounts(
        n_pred=len(preds),
        pred_ok=sum(right),
        n_gold=sum(1 for g in golds if not g.optional),
        gold_hit=hit,
    )
