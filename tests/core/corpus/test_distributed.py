"""The Dask engine with --read-here (this client reads, the cluster parses): partitioned JSONL
whose concatenation is exactly the single-process output. Shards the workers read themselves:
test_shards.py."""

from __future__ import annotations

import io
import json

import pytest

from core.corpus.extract import run
from tests.core.corpus.test_batch import article_text, write_jsonl
from tests.core.corpus.test_extract import newsreader

distributed = pytest.importorskip("distributed")


@pytest.fixture
def corpus(tmp_path):
    rows: list[dict | str] = [{"id": f"d{i}", "text": article_text(i)} for i in range(7)]
    rows.insert(3, "not json at all")
    return write_jsonl(tmp_path / "corpus.jsonl", rows)


def single_process(corpus) -> str:
    out = io.StringIO()
    assert run([str(corpus)], out=out) == 1
    return out.getvalue()


def parts_text(folder) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("part-*.jsonl")))


def test_local_cluster_output_equals_single_process_output(tmp_path, corpus, capsys):
    # The user's path: `--engine dask` starts a LocalCluster (one worker process here).
    out = tmp_path / "parts"
    result = newsreader(
        "extract", str(corpus), "--engine", "dask", "--read-here", "--jobs", "1",
        "--partition-size", "3", "-o", str(out),
    )  # fmt: skip
    assert result.returncode == 1  # the malformed line
    assert f"{corpus}:4: not a JSON line" in result.stderr
    assert "Traceback" not in result.stderr
    # 8 input lines in partitions of 3: parts of 2 (one line bad), 3 and 2 articles.
    assert [p.name for p in sorted(out.glob("part-*.jsonl"))] == [
        "part-00000.jsonl",
        "part-00001.jsonl",
        "part-00002.jsonl",
    ]
    assert parts_text(out) == single_process(corpus)
    capsys.readouterr()


def test_scheduler_address_resumes_into_new_parts(tmp_path, corpus, capsys):
    # `--scheduler ADDRESS` against a running cluster (in-process threads keep this quick).
    out = tmp_path / "parts"
    half = write_jsonl(
        tmp_path / "half.jsonl", [{"id": f"d{i}", "text": article_text(i)} for i in range(4)]
    )
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        address = cluster.scheduler_address
        assert run([str(half), "--scheduler", address, "--read-here", "-o", str(out)]) == 0
        assert len(list(out.glob("part-*.jsonl"))) == 1
        # The whole corpus next: the four done articles are skipped, the rest go to a new part.
        assert run([str(corpus), "--scheduler", address, "--read-here", "-o", str(out)]) == 1
    names = sorted(p.name for p in out.glob("part-*.jsonl"))
    assert names == ["part-00000.jsonl", "part-00001.jsonl"]
    ids = [json.loads(line)["article"]["source"] for line in parts_text(out).splitlines()]
    assert ids == [f"d{i}" for i in range(7)]
    assert parts_text(out) == single_process(corpus)
    assert not list(out.glob(".*.tmp"))
    capsys.readouterr()


def test_dask_needs_an_output_folder(tmp_path, corpus, capsys):
    assert run([str(corpus), "--engine", "dask"]) == 2
    assert "-o FOLDER" in capsys.readouterr().err
    not_a_folder = tmp_path / "file.jsonl"
    not_a_folder.write_text("", encoding="utf-8")
    assert run([str(corpus), "--engine", "dask", "-o", str(not_a_folder)]) == 2
    assert "names a folder" in capsys.readouterr().err
