"""`newsreader eval` as a user runs it: the installed command on gold files written here."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, SHARED_EVAL
from tests.core.evaluation.gold_fixtures import (
    BRAT_TYPES,
    write_brat_gold,
    write_jsonl_gold,
    write_predictions,
)


def newsreader(*args: str) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    assert exe, "the newsreader console script is not installed beside this python"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_eval_runs_the_pipeline_on_a_tiny_gold_file(tmp_path):
    text = (
        'The council met in Dunmore on Tuesday. "We will rebuild the library by spring," said '
        "Ana Ruiz, the mayor of Dunmore.\n\nTom Hale, a local teacher, said the plan was too slow."
    )

    def quote(words, kind, speaker):
        (s, e), (ss, se) = _span(text, words), _span(text, speaker)
        return {"start": s, "end": e, "kind": kind, "speaker_start": ss, "speaker_end": se}

    gold = {
        "id": "tiny",
        "text": text,
        "quotes": [
            quote("We will rebuild the library by spring,", "direct", "Ana Ruiz"),
            quote("the plan was too slow", "indirect", "Tom Hale"),
            # not a quote at all: newsreader must leave it, so it shows as missed
            quote("The council met in Dunmore on Tuesday", "indirect", "Ana Ruiz"),
        ],
    }
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = newsreader("eval", str(path), "--format", "json", "--errors", "5")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["articles"] == 1
    direct, reported = out["quotes"]["direct"], out["quotes"]["reported"]
    assert (direct["P"], direct["R"], direct["speaker_acc"]) == (1.0, 1.0, 1.0)
    assert (reported["P"], reported["R"], reported["F1"]) == (1.0, 0.5, 0.667)
    assert out["errors"] == [
        {
            "error": "missed",
            "article": "tiny",
            "kind": "indirect",
            "start": 0,
            "end": 37,
            "text": "The council met in Dunmore on Tuesday",
            "gold_speaker": "Ana Ruiz",
            "where": f"{path}:1 quote 3",
        }
    ]


def test_eval_brat_with_predictions_prints_the_figures_and_the_worst_errors(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    pred = write_predictions(tmp_path / "pred.jsonl")
    args = ("eval", str(folder), "--types", BRAT_TYPES, "--pred", str(pred))
    result = newsreader(*args, "--format", "json", "--errors", "2")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["quotes"]["all"] == {
        "P": 0.8,
        "R": 0.6,
        "F1": 0.686,
        "speaker_acc": 0.667,
        "attr_F1": 0.4,
        "n_gold": 5,
        "n_pred": 5,
        "gold_found": 3,
        "pred_right": 4,
        "speaker_n": 3,
        "speaker_right": 2,
    }
    assert [(e["error"], e["text"]) for e in out["errors"]] == [
        ("wrong speaker", "the budget was safe"),
        ("missed", 'the vote "a clear mandate" for change'),
    ]
    assert out["error_counts"] == {"missed": 2, "spurious": 1, "wrong speaker": 1}

    table = newsreader(*args, "--errors", "2")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert any(line.split("│")[1:4] == [" direct   ", " 1.000 ", " 1.000 "] for line in lines)
    tail = lines[lines.index("worst 2 of 4 errors (2 missed, 1 spurious, 1 wrong speaker):") :]
    assert tail[1:] == [
        "wrong speaker indirect: a 98-117 (gold: She; newsreader: Critics)",
        "    the budget was safe",
        "missed mixed: b 17-54 (speaker: Officials)",
        '    the vote "a clear mandate" for change',
    ]


def test_bad_gold_is_one_line_per_problem_and_exit_1(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    (folder / "a.txt").unlink()
    result = newsreader("eval", str(folder), "--types", BRAT_TYPES)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"newsreader eval: {folder / 'a.ann'}: no a.txt beside it (brat needs the article text)",
        "newsreader eval: nothing scored: fix the gold above",
    ]
    assert result.stdout == ""
    wrong = newsreader("eval", str(write_jsonl_gold(tmp_path / "g.jsonl")), "--types", "cue=Verb")
    assert wrong.returncode == 2
    assert "--types maps brat entity types" in wrong.stderr and "Traceback" not in wrong.stderr


def test_predictions_of_another_text_are_refused(tmp_path):
    gold = write_jsonl_gold(tmp_path / "gold.jsonl")
    pred = write_predictions(tmp_path / "pred.jsonl")
    rows = [json.loads(line) for line in pred.read_text(encoding="utf-8").splitlines()]
    rows[0]["article"]["text"] += " More."
    pred.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = newsreader("eval", str(gold), "--pred", str(pred))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"newsreader eval: {pred}: the analysis of a is of a different text than the gold's"
    )


def test_eval_agrees_with_score_py_on_the_seed(tmp_path):
    gold = SHARED_EVAL / "seed-gold.json"
    if not gold.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    pred = tmp_path / "seed.jsonl"
    extract = newsreader("extract", str(SEED), "--format", "jsonl", "--no-cache")
    pred.write_text(extract.stdout, encoding="utf-8")
    ours = json.loads(newsreader("eval", str(gold), "--pred", str(pred), "--format", "json").stdout)
    theirs = subprocess.run(
        [
            sys.executable,
            str(SHARED_EVAL / "score.py"),
            "--json",
            "--gold",
            str(gold),
            "--pred",
            str(pred),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    figures = json.loads(theirs.stdout)
    for ours_name, theirs_name in (("direct", "direct"), ("reported", "indirect"), ("all", "all")):
        for key in ("P", "R", "F1", "speaker_acc", "n_gold", "n_pred"):
            assert ours["quotes"][ours_name][key] == pytest.approx(
                figures[theirs_name][key], abs=0.005
            ), (ours_name, key)
    assert ours["positions"]["R"] == figures["positions"]["R"]
    assert ours["actors"]["found"] == int(figures["actors"]["found"].split("/")[0])
