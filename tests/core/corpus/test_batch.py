"""Batch extraction: JSONL in and out, resume, N processes, and bad input in the middle of a run."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from core.analyze import analyze_doc
from core.corpus.batch import Item, analyze_chunk, extraction_pipeline
from core.corpus.extract import run
from core.corpus.output import done_ids
from core.model import Article
from core.sources.jsonl import read_jsonl
from tests.conftest import SEED
from tests.core.corpus.test_extract import newsreader

NAMES = ["Angela Merkel", "Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Xi Jinping"]
PLACES = ["Berlin", "Washington", "Paris", "Beijing", "Kyiv"]


def article_text(i: int) -> str:
    """Short news-like texts of our own, varied enough that the analyses differ."""
    who, other = NAMES[i % 5], NAMES[(i + 2) % 5]
    where = PLACES[(i * 3) % 5]
    return (
        f"{who} met {other} in {where} on Tuesday, officials said.\n\n"
        f'"We agreed to work together on trade," {who} told reporters after talks number {i}. '
        f"{other} said the meeting had been useful but that differences remained."
    )


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    path.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
        encoding="utf-8",
    )
    return path


def extract(*argv: str) -> tuple[int, list[dict], str]:
    """Run `newsreader extract` in this process; stderr is captured by capsys in the caller."""
    out = io.StringIO()
    code = run(list(argv), out=out)
    return code, [json.loads(line) for line in out.getvalue().splitlines()], out.getvalue()


def test_jsonl_in_jsonl_out_in_input_order(tmp_path, capsys):
    corpus = write_jsonl(
        tmp_path / "corpus.jsonl",
        [{"id": f"doc-{i}", "text": article_text(i), "title": f"T{i}"} for i in range(5)],
    )
    code, docs, _ = extract(str(corpus))
    assert code == 0, capsys.readouterr().err
    assert [d["article"]["source"] for d in docs] == [f"doc-{i}" for i in range(5)]
    assert [d["article"]["text"] for d in docs] == [article_text(i) for i in range(5)]
    assert docs[0]["article"]["title"] == "T0"
    assert all(d["schema"] == "newsreader.analysis/1" for d in docs)
    # Real analyses, not empty shells: the people named in the text come out as actors.
    assert {"Angela Merkel", "Emmanuel Macron"} <= {a["name"] for a in docs[0]["actors"]}


def test_files_folders_and_jsonl_mix_and_keep_their_order(tmp_path, capsys):
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "b.txt").write_text(article_text(1), encoding="utf-8")
    (folder / "a.txt").write_text(article_text(2), encoding="utf-8")
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "row", "text": article_text(3)}])
    code, docs, _ = extract(str(corpus), str(folder))
    assert code == 0, capsys.readouterr().err
    assert [d["article"]["source"] for d in docs] == [
        "row",
        str(folder / "a.txt"),
        str(folder / "b.txt"),
    ]


def test_output_file_resumes_and_skips_what_is_done(tmp_path, capsys):
    rows = [{"id": f"r{i}", "text": article_text(i)} for i in range(6)]
    out = tmp_path / "out.jsonl"
    first = write_jsonl(tmp_path / "first.jsonl", rows[:3])
    assert extract(str(first), "-o", str(out))[0] == 0
    # A killed run leaves a last line without its newline: it is dropped and redone.
    whole = out.read_text(encoding="utf-8")
    out.write_text(whole + whole.splitlines()[0][:50], encoding="utf-8")
    assert done_ids(out) == {"r0", "r1", "r2"}

    everything = write_jsonl(tmp_path / "all.jsonl", rows)
    code, printed, _ = extract(str(everything), "-o", str(out))
    assert code == 0, capsys.readouterr().err
    assert printed == []  # -o writes to the file, not stdout
    sources = [json.loads(line)["article"]["source"] for line in out.read_text().splitlines()]
    assert sources == [f"r{i}" for i in range(6)]

    # Nothing left to do: nothing is appended.
    before = out.read_bytes()
    assert extract(str(everything), "-o", str(out))[0] == 0
    assert out.read_bytes() == before


def test_malformed_lines_are_reported_with_their_place_and_the_rest_is_written(tmp_path, capsys):
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "ok-1", "text": article_text(1)},
            '{"id": "broken", "text": "no closing brace"',
            "[1, 2, 3]",
            {"id": "no-text"},
            {"text": "a row without an id"},
            {"id": "empty", "text": "   "},
            "",
            {"id": "ok-2", "text": article_text(2)},
        ],
    )
    code, docs, _ = extract(str(corpus))
    err = capsys.readouterr().err
    assert code == 1
    assert [d["article"]["source"] for d in docs] == ["ok-1", "ok-2"]
    lines = err.strip().splitlines()
    assert len(lines) == 5, err
    assert f"{corpus}:2: not a JSON line" in lines[0]
    assert f"{corpus}:3:" in lines[1]
    assert lines[2].startswith("newsreader: no-text:")
    assert f'{corpus}:5: no "id"' in lines[3]
    assert "empty" in lines[4]
    assert "Traceback" not in err


def test_a_missing_file_in_the_middle_of_a_batch(tmp_path, capsys):
    paths = []
    for i in range(3):
        p = tmp_path / f"{i}.txt"
        p.write_text(article_text(i), encoding="utf-8")
        paths.append(str(p))
    paths.insert(2, str(tmp_path / "gone.txt"))
    code, docs, _ = extract(*paths, "--format", "jsonl")
    err = capsys.readouterr().err
    assert code == 1
    assert [d["article"]["source"] for d in docs] == [paths[0], paths[1], paths[3]]
    assert err.strip() == f"newsreader: {paths[2]}: no such file"


def test_an_article_the_pipeline_refuses_is_reported_and_the_rest_written(tmp_path, capsys):
    nlp = extraction_pipeline()
    huge = "word " * (nlp.max_length // 5 + 10)  # over spaCy's max_length: it raises E088
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "before", "text": article_text(1)},
            {"id": "too-long", "text": huge},
            {"id": "after", "text": article_text(2)},
        ],
    )
    code, docs, _ = extract(str(corpus))
    err = capsys.readouterr().err
    assert code == 1
    assert [d["article"]["source"] for d in docs] == ["before", "after"]
    assert err.startswith("newsreader: too-long: ")
    assert len(err.strip().splitlines()) == 1


@Language.component("explodes_on_boom")
def _explodes_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("component failure")
    return doc


def test_a_pipeline_failure_sinks_only_its_article():
    # nlp.pipe fails a whole batch at once; the chunk is redone one by one to keep the rest.
    nlp = spacy.blank("en")
    nlp.add_pipe("explodes_on_boom")
    items = [
        Item(f"i{i}", Article(source=f"i{i}", text=t))
        for i, t in enumerate(["Fine text.", "This one goes BOOM.", "Also fine."])
    ]
    items.append(Item("unread", error="no such file"))
    results = analyze_chunk(items, nlp)
    assert [r.id for r in results] == ["i0", "i1", "i2", "unread"]
    assert [r.line is not None for r in results] == [True, False, True, False]
    assert "RuntimeError" in (results[1].error or "")
    assert results[3].error == "no such file"


def test_jobs_2_writes_exactly_what_jobs_1_writes(tmp_path):
    # More articles than one worker task holds, so both workers get several tasks.
    corpus = write_jsonl(
        tmp_path / "c.jsonl",
        [{"id": f"d{i}", "text": article_text(i)} for i in range(20)] + ["{oops"],
    )
    one = newsreader("extract", str(corpus), "--jobs", "1")
    two = newsreader("extract", str(corpus), "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert len(two.stdout.splitlines()) == 20
    assert one.stderr == two.stderr
    assert "c.jsonl:21: not a JSON line" in two.stderr


def test_the_trimmed_pipeline_gives_the_same_analysis_as_the_full_one(nlp, seed_text):
    # extraction_pipeline() leaves out the components no rule reads; if a rule starts reading
    # one of them, this fails and the component must come off UNUSED_COMPONENTS.
    trimmed = extraction_pipeline()
    assert set(trimmed.pipe_names) <= set(nlp.pipe_names)
    texts = [seed_text] + [article_text(i) for i in range(5)]
    for text, full_doc, trim_doc in zip(texts, nlp.pipe(texts), trimmed.pipe(texts), strict=True):
        article = Article(source="x", text=text)
        assert analyze_doc(article, trim_doc).to_dict() == analyze_doc(article, full_doc).to_dict()


def test_progress_bar_only_when_stderr_is_a_terminal(tmp_path):
    corpus = write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": article_text(0)}])
    piped = newsreader("extract", str(corpus))
    assert piped.returncode == 0 and piped.stderr == ""
    leader, follower = os.openpty()
    try:
        exe = Path(sys.executable).parent / "newsreader"
        proc = subprocess.run(
            [str(exe), "extract", str(corpus), "-o", str(tmp_path / "o.jsonl")],
            stderr=follower,
            stdout=subprocess.PIPE,
            timeout=300,
            env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
        )
        os.close(follower)
        follower = -1
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if follower >= 0:
            os.close(follower)
        os.close(leader)
    assert proc.returncode == 0
    assert b"extracting" in seen


@pytest.mark.parametrize("argv", [["--jobs", "0"], ["--partition-size", "5"]])
def test_bad_options_are_refused(tmp_path, capsys, argv):
    (tmp_path / "a.txt").write_text(article_text(0), encoding="utf-8")
    assert extract(str(tmp_path / "a.txt"), "--format", "jsonl", *argv)[0] == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_one_article_still_prints_one_indented_object():
    # One article: --format json still prints one indented object.
    out = io.StringIO()
    assert run([str(SEED)], out=out) == 0
    raw = out.getvalue()
    assert raw.startswith("{\n")
    assert json.loads(raw)["article"]["source"] == str(SEED)


def test_analyses_made_inside_memory_zones_match_the_plain_ones(nlp, seed_text):
    # After its first chunks a process parses inside spaCy memory zones (new strings dropped
    # after each chunk); the analyses must not change, chunk after chunk.
    warm = [Item(f"w{i}", Article(source=f"w{i}", text=article_text(i))) for i in range(70)]
    analyze_chunk(warm)  # past WARM_ARTICLES: what follows runs in zones
    texts = [seed_text, *(article_text(i) + f" Zq{i}x filed it." for i in range(4))]
    items = [Item(str(i), Article(source=str(i), text=t)) for i, t in enumerate(texts)]
    for _ in range(2):
        lines = [r.line for r in analyze_chunk(items)]
        expected = [
            json.dumps(analyze_doc(it.article, nlp(it.article.text)).to_dict(), ensure_ascii=False)
            for it in items
        ]
        assert lines == expected


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.one_of(
            st.binary(max_size=60),
            st.builds(
                lambda i, t: json.dumps({"id": i, "text": t}).encode(),
                st.one_of(st.text(max_size=5), st.integers(), st.none()),
                st.one_of(st.text(max_size=30), st.integers()),
            ),
        ),
        max_size=6,
    )
)
def test_any_jsonl_bytes_read_as_articles_or_errors_never_raise(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(lines))
    for item in read_jsonl(str(path)):
        assert (item.article is None) != (item.error is None)
        assert item.id
        if item.article is not None:
            assert item.article.source == item.id
            assert item.article.text.strip()


def test_an_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(article_text(0), encoding="utf-8")
    assert extract(str(tmp_path / "a.txt"), "-o", str(tmp_path))[0] == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write" in err


def test_time_left_goes_at_the_whole_runs_pace():
    from core.corpus.extract import time_left

    assert time_left(39.0, 192, 312) == "0:00:24"  # not the burst's "1 s left"
    assert time_left(3600.0, 1, 3) == "2:00:00"
    assert time_left(0.0, 0, 312) == "-:--:--"
    assert time_left(10.0, 5, None) == "-:--:--"
    assert (
        time_left(10.0, 7, 5) == "0:00:00"
    )  # more done than counted (a resume) never goes negative
