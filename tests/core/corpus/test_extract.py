"""`newsreader extract` as a user runs it: the installed command, real files, real JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED, SHARED_EVAL


def newsreader(*args: str, **kw) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    assert exe, "the newsreader console script is not installed beside this python"
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=300, **kw)


def test_extract_seed_prints_the_contract_and_score_py_scores_it(tmp_path):
    result = newsreader("extract", str(SEED), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert doc["schema"] == "newsreader.analysis/1"
    assert doc["article"]["source"] == str(SEED)
    assert doc["article"]["text"] == SEED.read_text(encoding="utf-8")
    pred = tmp_path / "seed.jsonl"
    pred.write_text(result.stdout, encoding="utf-8")
    gold = SHARED_EVAL / "seed-gold.json"
    if not gold.exists():
        pytest.skip("../shared/eval is not beside this checkout")
    score = subprocess.run(
        [
            sys.executable,
            str(SHARED_EVAL / "score.py"),
            "--gold",
            str(gold),
            "--pred",
            str(pred),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert score.returncode == 0, score.stderr
    figures = json.loads(score.stdout)
    assert figures["missing_docs"] == 0
    assert "warning" not in score.stderr


def test_every_offset_is_a_slice_of_the_text():
    doc = json.loads(newsreader("extract", str(SEED), "--format", "json").stdout)
    text = doc["article"]["text"]
    spans = [m for a in doc["actors"] for m in a["mentions"]]
    spans += doc["quotes"]
    spans += [q[k] for q in doc["quotes"] for k in ("speaker_mention", "cue") if q.get(k)]
    for s in spans:
        assert text[s["start"] : s["end"]] == s["text"]


def test_a_folder_expands_to_its_txt_files_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("Paris is big.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Angela Merkel spoke.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("skip me", encoding="utf-8")
    result = newsreader("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    sources = [json.loads(line)["article"]["source"] for line in result.stdout.splitlines()]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait", "UTF-8"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_a_nonzero_exit(tmp_path, content, message):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = newsreader("extract", str(path))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_a_bad_file_in_a_batch_does_not_stop_the_rest(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Angela Merkel spoke in Berlin.", encoding="utf-8")
    result = newsreader("extract", str(tmp_path / "missing.txt"), str(good))
    assert result.returncode == 1
    assert json.loads(result.stdout)["article"]["source"] == str(good)


def test_missing_model_names_the_fix(tmp_path):
    result = newsreader(
        "extract",
        str(SEED),
        env={"NEWSREADER_MODEL": "no_such_pipeline_xx", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 2
    assert "pip install" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_and_version():
    assert newsreader("--version").stdout.startswith("newsreader ")
    assert "extract" in newsreader("--help").stdout
    assert "--format" in newsreader("extract", "--help").stdout
