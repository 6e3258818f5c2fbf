"""Exact, faster stand-ins for the model's attribute_ruler and lemmatizer.

Both stock components spend their time in Python, once per token: the attribute_ruler runs a
Matcher whose 179 patterns include ~20 `IN`/`REGEX` predicates (each a Python call per token), then
sets each match's attributes through a Span; the lemmatizer reads and sets one token at a time.
Together they were ~21% of the whole parse (CPU time over polnear-dev texts).

Each stand-in looks its answer up in a memo keyed on everything the stock component reads, and asks
the stock component itself on a miss, so the output is the stock output, token for token:

- attribute_ruler: a token's new POS, MORPH, LEMMA, TAG and DEP follow from its own attributes that
  the patterns read (LOWER, TAG, DEP, IS_SPACE in the English model) and the values it had before,
  except where a pattern of two or more tokens may target it; those few tokens are worked out
  from their neighbours, still with spaCy's own Matcher deciding what each token satisfies.
- lemmatizer (rule mode): `rule_lemmatize` reads only the token's ORTH, POS and MORPH (its own
  cache is keyed on them); the lemma of a token that has none yet is looked up on those three.

Reads and writes go through `Doc.to_array` / `Doc.from_array`. A model whose patterns use anything
else (quantifiers, extension attributes, callbacks, greedy filters, other attributes) keeps the
stock component: `memo_attribute_ruler` and `memo_lemmatizer` then return None.

Each memo is bounded (cleared when full), so memory stays flat over any number of articles.
Strings: the memos hold string hashes only for values spaCy keeps for the life of the process
(the patterns' strings, the morphology's, the model's labels); lemmas are held as text and added
to the StringStore for each token, as `token.lemma_ = ...` does, so memory zones drop them alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG  # type: ignore[import-not-found]
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")  # a memo stand-in

# Entries per memo: ~10 MB for the ruler's and ~15 MB for the lemmatizer's (with the stock
# lemmatizer's own cache, which its misses fill) at most; 80 news articles bring ~14,000.
MEMO_LIMIT = 50_000

# Attributes the attribute_ruler may set: all plain token fields (Token.set_struct_attr); on the
# lexeme these are no-ops, so writing them with Doc.from_array is what set_token_attrs does.
_WRITABLE = frozenset({POS, MORPH, LEMMA, TAG, DEP})
# Pattern keys whose Matcher test depends on nothing but the token's value of that attribute,
# which Doc.to_array reads.
_READABLE = {
    "ORTH": ORTH,
    "TEXT": ORTH,
    "LOWER": IDS["LOWER"],
    "TAG": TAG,
    "POS": POS,
    "DEP": DEP,
    "LEMMA": LEMMA,
    "IS_SPACE": IDS["IS_SPACE"],
    "IS_PUNCT": IDS["IS_PUNCT"],
    "IS_ALPHA": IDS["IS_ALPHA"],
    "IS_DIGIT": IDS["IS_DIGIT"],
}
_CONTEXT = None  # memo value of a token a longer pattern may target: worked out each time


@dataclass(frozen=True)
class _Long:
    """One pattern of two or more tokens: its rule, length and the token it sets."""

    rule: int
    length: int
    target: int


@dataclass(frozen=True)
class _Seen:
    """What spaCy's Matcher says of one token taken alone."""

    rules: frozenset[int]  # rules whose one-token pattern it matches
    steps: frozenset[tuple[int, int]]  # (long pattern, position) whose token pattern it matches


class MemoAttributeRuler:
    """The stock AttributeRuler's output, looked up per token (see the module's docstring)."""

    def __init__(self, stock: AttributeRuler, plan: _Plan) -> None:
        self.stock = stock
        self.name = stock.name
        self._plan = plan
        # Keyed on a token's row of attribute values as bytes (a third of a tuple's memory).
        self._final: dict[bytes, tuple[int, ...] | None] = {}
        self._seen: dict[bytes, _Seen] = {}
        # One copy of each distinct answer: a few hundred, shared by all the rows.
        self._shared: dict[object, Any] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        plan = self._plan
        array = numpy.ascontiguousarray(doc.to_array(plan.columns))  # type: ignore[arg-type]
        rows = cast(list[bytes], array.view(plan.row).ravel().tolist())
        final = self._final
        if len(final) > MEMO_LIMIT or len(self._seen) > MEMO_LIMIT:
            final.clear()
            self._seen.clear()
            self._shared.clear()
        out: list[tuple[int, ...]] = []
        for i, row in enumerate(rows):
            got = final.get(row)
            if got is None:
                got = self._work_out(doc, rows, i)
            out.append(got)
        doc.from_array(plan.writes, numpy.array(out, dtype=numpy.uint64))  # type: ignore[arg-type]
        return doc

    def _work_out(self, doc: Doc, rows: Sequence[bytes], i: int) -> tuple[int, ...]:
        """Token i's new values: from its own attributes, and its neighbours' if a long pattern
        may target it (the Matcher's view of every row is read before anything is written)."""
        plan = self._plan
        seen = self._look(doc, rows, i)
        rules = set(seen.rules)
        context = False
        for p, long in enumerate(plan.longs):
            if (p, long.target) not in seen.steps:
                continue
            context = True
            start = i - long.target
            if start < 0 or start + long.length > len(rows):
                continue
            if all(
                (p, k) in self._look(doc, rows, start + k).steps
                for k in range(long.length)
                if k != long.target
            ):
                rules.add(long.rule)
        row = numpy.frombuffer(rows[i], dtype=numpy.uint64).tolist()
        values = dict(zip(plan.columns, row, strict=True))
        for rule in sorted(rules):  # the stock order: later rules win
            values.update(plan.attrs[rule])
        result = tuple(values[attr] for attr in plan.writes)
        shared: tuple[int, ...] = self._shared.setdefault(result, result)
        self._final[rows[i]] = _CONTEXT if context else shared
        return shared

    def _look(self, doc: Doc, rows: Sequence[bytes], i: int) -> _Seen:
        seen = self._seen.get(rows[i])
        if seen is None:
            plan = self._plan
            matches = plan.matcher(doc[i : i + 1], as_spans=False, allow_missing=True)
            found = [plan.meaning[key] for key, _, _ in matches]
            seen = _Seen(
                rules=frozenset(m for m in found if isinstance(m, int)),
                steps=frozenset(m for m in found if isinstance(m, tuple)),
            )
            seen = self._seen[rows[i]] = self._shared.setdefault(seen, seen)
        return seen


@dataclass(frozen=True)
class _Plan:
    """The stock ruler's patterns, laid out for `MemoAttributeRuler`."""

    columns: list[int]  # what the key holds: every attribute read or written
    row: numpy.dtype[numpy.void]  # one token's values of `columns`, as one item
    writes: list[int]  # what is written back, in this order
    attrs: list[dict[int, int]]  # per rule, what it sets (the stock ruler's normalised attrs)
    longs: list[_Long]
    matcher: Matcher  # every one-token pattern, and every token pattern of the long ones
    meaning: dict[int, int | tuple[int, int]]  # matcher key -> rule, or (long pattern, position)

    @staticmethod
    def of(stock: AttributeRuler) -> _Plan | None:
        """The plan, or None when a pattern uses something the memo cannot key on."""
        vocab = stock.vocab
        matcher = Matcher(vocab)
        meaning: dict[int, int | tuple[int, int]] = {}
        reads: set[int] = set()
        longs: list[_Long] = []
        attrs: list[dict[int, int]] = []
        for rule, (rule_attrs, index) in enumerate(zip(stock.attrs, stock.indices, strict=True)):
            if set(rule_attrs) - _WRITABLE:
                return None
            attrs.append(dict(rule_attrs))
            on_match, patterns = stock.matcher.get(str(rule))
            if on_match is not None:
                return None
            for pattern in patterns:
                for spec in pattern:
                    if not isinstance(spec, dict) or not spec:
                        return None
                    for key in spec:
                        if not isinstance(key, str) or key.upper() not in _READABLE:
                            return None  # OP, "_" and the rest: the stock ruler stays
                        reads.add(_READABLE[key.upper()])
                if not -len(pattern) <= index < len(pattern):
                    return None
                if len(pattern) == 1:
                    _add(matcher, meaning, f"rule {rule}", pattern, rule)
                    continue
                p = len(longs)
                longs.append(_Long(rule, len(pattern), index % len(pattern)))
                for k, spec in enumerate(pattern):
                    _add(matcher, meaning, f"long {p} {k}", [spec], (p, k))
        writes = sorted(set().union(*attrs)) if attrs else [POS]
        columns = sorted(reads | set(writes))
        row = numpy.dtype((numpy.void, 8 * len(columns)))
        return _Plan(columns, row, writes, attrs, longs, matcher, meaning)


def _add(
    matcher: Matcher,
    meaning: dict[int, int | tuple[int, int]],
    key: str,
    pattern: list[dict[str, Any]],
    means: int | tuple[int, int],
) -> None:
    matcher.add(key, [pattern])
    meaning[get_string_id(key)] = means


_LEMMA_KEY = numpy.dtype((numpy.void, 24))  # ORTH, POS, MORPH


class MemoLemmatizer:
    """The stock rule Lemmatizer's output, looked up on (ORTH, POS, MORPH)."""

    def __init__(self, stock: Lemmatizer) -> None:
        self.stock = stock
        self.name = stock.name
        self._memo: dict[bytes, str] = {}  # (ORTH, POS, MORPH) as bytes -> lemma

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        memo = self._memo
        if len(memo) > MEMO_LIMIT:
            memo.clear()
            self.stock.cache.clear()  # filled by the misses below: bounded alike
        overwrite = self.stock.overwrite
        lemmatize = self.stock.lemmatize
        add = doc.vocab.strings.add
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        keys = cast(
            list[bytes], numpy.ascontiguousarray(array[:, :3]).view(_LEMMA_KEY).ravel().tolist()
        )
        lemmas: list[int] = array[:, 3].tolist()
        for i, (key, lemma) in enumerate(zip(keys, lemmas, strict=True)):
            if overwrite or lemma == 0:
                text = memo.get(key)
                if text is None:
                    text = memo[key] = lemmatize(doc[i])[0]
                lemmas[i] = add(text)
        column = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)
        doc.from_array([LEMMA], column)  # type: ignore[arg-type]
        return doc


def memo_attribute_ruler(stock: object) -> MemoAttributeRuler | None:
    """The stand-in for a stock AttributeRuler, or None if it cannot be exact."""
    if type(stock) is not AttributeRuler:
        return None
    plan = _Plan.of(stock)
    return MemoAttributeRuler(stock, plan) if plan is not None else None


def memo_lemmatizer(stock: object) -> MemoLemmatizer | None:
    """The stand-in for a stock rule-mode Lemmatizer, or None if it cannot be exact."""
    # EnglishLemmatizer only adds is_base_form, which reads POS and MORPH; a subclass of
    # another language might read more, so it keeps the stock component.
    if type(stock) not in (Lemmatizer, EnglishLemmatizer):
        return None
    assert isinstance(stock, Lemmatizer)
    if stock.mode != "rule":
        return None
    stock._validate_tables()  # what the stock __call__ does first
    return MemoLemmatizer(stock)


ATTRIBUTE_RULER = "newsreader_memo_attribute_ruler"
LEMMATIZER = "newsreader_memo_lemmatizer"
_MAKERS: dict[str, Callable[[object], Any]] = {
    ATTRIBUTE_RULER: memo_attribute_ruler,
    LEMMATIZER: memo_lemmatizer,
}


# The factories wrap a component already in the pipeline (`wraps`): see swap_in.
def _exact(memo: T | None, wraps: str) -> T:
    if memo is None:
        raise ValueError(f"{wraps!r} cannot be replaced exactly by a memo")
    return memo


@Language.factory(ATTRIBUTE_RULER, default_config={"wraps": "attribute_ruler"})
def _make_memo_attribute_ruler(nlp: Language, name: str, wraps: str) -> MemoAttributeRuler:
    return _exact(memo_attribute_ruler(nlp.get_pipe(wraps)), wraps)


@Language.factory(LEMMATIZER, default_config={"wraps": "lemmatizer"})
def _make_memo_lemmatizer(nlp: Language, name: str, wraps: str) -> MemoLemmatizer:
    return _exact(memo_lemmatizer(nlp.get_pipe(wraps)), wraps)


def swap_in(nlp: Language, names: Iterable[tuple[str, str]] | None = None) -> list[str]:
    """Put the memo stand-ins in place of the stock components, under the same names.

    Returns the names replaced; a component that cannot be replaced exactly stays as it is.
    """
    pairs = names or (("attribute_ruler", ATTRIBUTE_RULER), ("lemmatizer", LEMMATIZER))
    done = []
    for name, factory in pairs:
        if name not in nlp.pipe_names:
            continue
        stock = nlp.get_pipe(name)
        if _MAKERS[factory](stock) is None:
            continue
        temp = f"{name}_memo"
        nlp.add_pipe(factory, name=temp, before=name, config={"wraps": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(temp, name)
        done.append(name)
    return done
