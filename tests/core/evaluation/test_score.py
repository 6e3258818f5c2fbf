"""Figures computed by hand for the fixtures (see gold_fixtures.py), asserted exactly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.evaluation.load import read_gold
from core.evaluation.match import iou, letters, match
from core.evaluation.report import to_dict
from core.evaluation.score import Counts, evaluate
from core.model import Quote
from tests.core.evaluation.gold_fixtures import (
    BRAT_TYPES,
    TEXT_B,
    analyses,
    span,
    write_brat_gold,
    write_jsonl_gold,
)


def _evaluate(golds):
    by_id = {x.article.source: x for x in analyses()}
    return evaluate(((g, by_id[g.id], None) for g in golds), 0.5)


def test_letters_ignore_marks_and_spaces_and_iou_counts_them():
    text = '"Yes, 42!" she said.'
    assert letters(text, [(0, 10)]) == letters(text, [(1, 8)]) == frozenset({1, 2, 3, 6, 7})
    assert iou(letters(text, [(1, 4)]), letters(text, [(1, 8)])) == 3 / 5
    assert iou(frozenset(), letters(text, [(1, 4)])) == 0.0


def test_matching_is_one_to_one_best_overlap_first():
    g = [frozenset(range(0, 10)), frozenset(range(10, 20))]
    p = [frozenset(range(0, 9)), frozenset(range(0, 10)), frozenset(range(12, 20))]
    # the exact span takes the first gold item; the near copy is left without a partner
    assert match(p, g, 0.5) == {1: 0, 2: 1}
    assert match(p, g, 0.95) == {1: 0}


def test_jsonl_figures(tmp_path):
    ev = _evaluate(read_gold(write_jsonl_gold(tmp_path / "gold.jsonl")))
    # direct: a's quote right; b's fragment of the mixed item lies inside it (right, not a false
    # positive) and b's "It is over" falls on an optional item (counted neither way).
    assert ev.counts["direct"] == Counts(
        n_pred=2, pred_ok=2, n_gold=1, gold_hit=1, speaker_n=1, speaker_ok=1, attributed=1
    )
    # reported: a's "budget" matched with the wrong speaker, "spoke on Monday" spurious, "plan"
    # missed; b's mixed item missed (no indirect prediction).
    rep = ev.counts["reported"]
    assert rep == Counts(
        n_pred=2, pred_ok=1, n_gold=3, gold_hit=1, speaker_n=1, speaker_ok=0, attributed=0
    )
    assert (rep.precision, rep.recall, rep.speaker_accuracy) == (0.5, 1 / 3, 0.0)
    assert rep.f1 == pytest.approx(0.4)
    every = ev.counts["all"]
    assert every == Counts(
        n_pred=4, pred_ok=3, n_gold=4, gold_hit=2, speaker_n=2, speaker_ok=1, attributed=1
    )
    assert (every.precision, every.recall, every.speaker_accuracy) == (0.75, 0.5, 0.5)
    assert every.f1 == pytest.approx(0.6)
    assert every.attribution_f1 == pytest.approx(0.25)


def test_brat_figures(tmp_path):
    golds = read_gold(write_brat_gold(tmp_path / "brat"), BRAT_TYPES)
    ev = _evaluate(golds)
    # brat has no "optional": b's "It is over" is a gold direct quote, found with its speaker.
    assert ev.counts["direct"] == Counts(3, 3, 2, 2, 2, 2, 2)
    assert ev.counts["reported"] == Counts(2, 1, 3, 1, 1, 0, 0)
    every = ev.counts["all"]
    assert every == Counts(5, 4, 5, 3, 3, 2, 2)
    assert (every.precision, every.recall) == (0.8, 0.6)
    assert every.f1 == pytest.approx(2 * 0.8 * 0.6 / 1.4)
    assert every.speaker_accuracy == 2 / 3


def test_worst_errors_rank_unsupported_claims_over_misses_by_size(tmp_path):
    ev = _evaluate(read_gold(write_jsonl_gold(tmp_path / "gold.jsonl")))
    listed = [(e.what, e.article, e.text, e.weight) for e in ev.errors]
    # weight: letters and digits, twice for what the text does not support
    assert listed == [
        ("wrong speaker", "a", "the budget was safe", 32),
        ("missed", "b", 'the vote "a clear mandate" for change', 29),
        ("spurious", "a", "spoke on Monday", 26),
        ("missed", "a", "the plan was rushed", 16),
    ]
    wrong = ev.errors[0]
    assert (wrong.gold_speaker, wrong.pred_speaker) == ("She", "Critics")
    assert wrong.where.endswith("gold.jsonl:1 quote 2")
    assert ev.errors[1].gold_speaker == "Officials"


def test_a_failed_analysis_counts_its_gold_as_missed(tmp_path):
    golds = read_gold(write_jsonl_gold(tmp_path / "gold.jsonl"))
    ev = evaluate([(golds[1], None, "the pipeline failed")], 0.5)
    assert ev.failed == (("b", "the pipeline failed"),)
    assert ev.counts["all"] == Counts(n_gold=1)  # the optional item counts neither way


def test_a_tighter_iou_turns_a_near_match_into_a_miss_and_a_spurious(tmp_path):
    b = read_gold(write_jsonl_gold(tmp_path / "gold.jsonl"))[1]
    # "Officials called the vote "a clear mandate" for change": 44 letters holding the gold's 29
    # (IoU 0.66, and too much outside the gold content to count as lying inside it)
    s, e = 0, span(TEXT_B, "for change")[1]
    pred = replace(analyses()[1], quotes=(Quote("q9", "indirect", s, e, TEXT_B[s:e]),))
    loose = evaluate([(b, pred, None)], 0.5).counts["reported"]
    strict = evaluate([(b, pred, None)], 0.9).counts["reported"]
    assert (loose.gold_hit, loose.pred_ok, loose.n_pred) == (1, 1, 1)
    assert (strict.gold_hit, strict.pred_ok, strict.n_pred) == (0, 0, 1)


def test_figures_with_nothing_to_divide_by_are_null_not_zero(tmp_path):
    b = read_gold(write_jsonl_gold(tmp_path / "gold.jsonl"))[1]
    out = to_dict(evaluate([(b, None, "failed")], 0.5), "gold.jsonl", errors=5)
    # b's only direct quote is optional and nothing was predicted: no direct figure is defined
    assert {k: out["quotes"]["direct"][k] for k in ("P", "R", "F1", "speaker_acc")} == {
        "P": None,
        "R": None,
        "F1": None,
        "speaker_acc": None,
    }
    reported = out["quotes"]["reported"]
    assert (reported["P"], reported["R"], reported["n_gold"]) == (None, 0.0, 1)
    assert out["failed"] == [{"article": "b", "error": "failed"}]
