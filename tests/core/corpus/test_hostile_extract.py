"""`newsreader extract` against hostile input and faults, as a user meets them: special files,
files that are not ours, two runs at once, full disks, escape sequences (issue 19)."""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLE = (
    "The mayor of Springfield spoke on Monday. “We will build the bridge,” said Mayor Ana "
    "Lopez. The council voted for the plan.\n"
)
# Address space for a child that would otherwise read /dev/zero without end: spaCy fits in it,
# an unbounded read does not (it dies of MemoryError instead of eating the machine).
_AS_LIMIT = 4 * 1024**3


def exe() -> str:
    found = shutil.which("newsreader", path=str(Path(sys.executable).parent))
    assert found, "the newsreader console script is not installed beside this python"
    return found


def _limits(fsize: int | None = None):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (_AS_LIMIT, _AS_LIMIT))
        if fsize is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return apply


def newsreader(*args: str, fsize: int | None = None, timeout: float = 180, **kw):
    return subprocess.run(
        [exe(), *args],
        capture_output=True,
        timeout=timeout,
        preexec_fn=_limits(fsize),
        **kw,
    )


def _one_line(stderr: bytes) -> str:
    text = stderr.decode("utf-8", errors="replace")
    assert "Traceback" not in text, text
    assert "\x1b" not in text and "\x07" not in text, repr(text)
    return text


def corpus(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# ---- 4: special files are refused, never read without bound -------------------------------


def test_dev_zero_is_refused_not_read(tmp_path):
    got = newsreader("extract", "/dev/zero", timeout=120)
    err = _one_line(got.stderr)
    assert got.returncode == 1, err
    assert "/dev/zero: not a regular file" in err
    assert len(err.strip().splitlines()) == 1


def test_a_fifo_with_no_writer_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    got = newsreader("extract", str(fifo), timeout=120)
    err = _one_line(got.stderr)
    assert got.returncode == 1, err
    assert f"{fifo}: not a regular file (a FIFO)" in err


def test_output_to_dev_full_is_one_line_and_exit_1(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    got = newsreader("extract", str(src), "-o", "/dev/full", timeout=120)
    err = _one_line(got.stderr)
    assert got.returncode == 1, err
    assert err.strip() == "newsreader: /dev/full: cannot write (No space left on device)"


def test_stdin_is_still_read(tmp_path):
    got = newsreader("extract", "-", input=ARTICLE.encode(), timeout=120)
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)["article"]["text"] == ARTICLE


# ---- 7: -o on a file that is not ours is refused, never cut --------------------------------


def test_output_file_that_is_not_ours_is_refused_and_left_alone(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    body = b"my notes\n" + b"x" * 5000  # no newline at the end
    notes.write_bytes(body)
    got = newsreader("extract", str(src), "-o", str(notes))
    err = _one_line(got.stderr)
    assert got.returncode == 2, err
    assert "not newsreader's JSONL" in err
    assert notes.read_bytes() == body


def test_a_torn_analysis_line_of_ours_is_still_cut_and_redone(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert newsreader("extract", str(src), "-o", str(out)).returncode == 0
    whole = out.read_bytes()
    out.write_bytes(whole[: len(whole) // 2])  # killed mid-write
    got = newsreader("extract", str(src), "-o", str(out))
    assert got.returncode == 0, got.stderr
    assert out.read_bytes() == whole


# ---- 8: -o naming an input ------------------------------------------------------------------


@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_output_naming_an_input_is_refused(tmp_path, how):
    rows = [{"id": "x1", "text": ARTICLE}]
    src = corpus(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    if how == "same":
        out = src
    elif how == "symlink":
        out.symlink_to(src)
    else:
        os.link(src, out)
    before = src.read_bytes()
    got = newsreader("extract", str(src), "-o", str(out))
    err = _one_line(got.stderr)
    assert got.returncode == 2, err
    assert "is also an input" in err
    assert src.read_bytes() == before


# ---- 9: two runs on one -o ------------------------------------------------------------------


def test_a_second_run_on_the_same_output_is_refused_naming_the_first(tmp_path):
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen(
        [exe(), "extract", "-", "-o", str(out)],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_limits(),
    )
    try:
        deadline = time.monotonic() + 120
        while not out.exists() and time.monotonic() < deadline:  # it has the output open
            time.sleep(0.2)
        second = newsreader("extract", str(corpus(tmp_path / "c.jsonl", [])), "-o", str(out))
        err = _one_line(second.stderr)
        assert second.returncode == 2, err
        assert f"pid {first.pid}" in err
    finally:
        first.communicate(ARTICLE.encode(), timeout=180)
    assert first.returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


# ---- 10: duplicate ids ----------------------------------------------------------------------


def test_duplicate_ids_are_reported_and_kept_distinct_through_a_resume(tmp_path):
    other = ARTICLE.replace("Springfield", "Shelbyville")
    src = corpus(
        tmp_path / "dup.jsonl",
        [{"id": "a", "text": ARTICLE}, {"id": "b", "text": other}, {"id": "a", "text": other}],
    )
    out = tmp_path / "out.jsonl"
    got = newsreader("extract", str(src), "-o", str(out))
    err = _one_line(got.stderr)
    assert f"{src}:3: duplicate id 'a' (first at {src}:1)" in err
    ids = [json.loads(line)["article"]["source"] for line in out.read_text().splitlines()]
    assert len(ids) == 3 and len(set(ids)) == 3, ids
    again = newsreader("extract", str(src), "-o", str(out))
    assert again.returncode == got.returncode
    assert len(out.read_text().splitlines()) == 3


# ---- 12: a write error ----------------------------------------------------------------------


def test_a_full_disk_is_one_line_exit_1_no_torn_line_and_a_rerun_resumes(tmp_path):
    rows = [{"id": f"r{i}", "text": ARTICLE.replace("Monday", f"day {i}")} for i in range(6)]
    src = corpus(tmp_path / "c.jsonl", rows)
    out = tmp_path / "out.jsonl"
    one = len(json.dumps({"x": ARTICLE}))  # an analysis line is several times this
    got = newsreader("extract", str(src), "-o", str(out), fsize=one * 8)
    err = _one_line(got.stderr)
    assert got.returncode == 1, err
    assert err.strip().splitlines()[-1] == f"newsreader: {out}: cannot write (File too large)"
    data = out.read_bytes()
    assert data == b"" or data.endswith(b"\n")
    written = len(data.splitlines())
    assert written < 6
    again = newsreader("extract", str(src), "-o", str(out))
    assert again.returncode == 0, again.stderr
    ids = [json.loads(line)["article"]["source"] for line in out.read_text().splitlines()]
    assert ids == [f"r{i}" for i in range(6)]


def test_stdout_to_dev_full_is_one_line_and_exit_1(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    with open("/dev/full", "wb") as full:
        got = subprocess.run(
            [exe(), "extract", str(src)], stdout=full, stderr=subprocess.PIPE, timeout=180
        )
    err = _one_line(got.stderr)
    assert got.returncode == 1, err
    assert err.strip() == "newsreader: standard output: cannot write (No space left on device)"


# ---- 14: nothing from the input drives the terminal -----------------------------------------


def test_ids_and_file_names_with_escapes_reach_stderr_as_symbols_on_one_line(tmp_path):
    evil = "x\x1b[2J\x1b]0;PWNED\x07\nsecond"
    src = corpus(tmp_path / "c.jsonl", [{"id": evil, "text": "  "}])
    got = newsreader("extract", str(src))
    err = _one_line(got.stderr)
    assert got.returncode == 1
    assert len(err.strip().splitlines()) == 1, err
    assert "␛[2J" in err
    named = tmp_path / "bad\x1b[2Jname\x07.txt"
    named.write_bytes(b"")
    got = newsreader("extract", str(named))
    err = _one_line(got.stderr)
    assert got.returncode == 1 and "␛[2J" in err


def test_c1_controls_are_escaped_in_the_json(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE + "A stray \x9b2J and \x85 here.\n", encoding="utf-8")
    got = newsreader("extract", str(src))
    assert got.returncode == 0, got.stderr
    assert b"\xc2\x9b" not in got.stdout and b"\xc2\x85" not in got.stdout
    assert b"\\u009b2J" in got.stdout
    assert "\x9b2J" in json.loads(got.stdout)["article"]["text"]


# ---- 16, 17: settings and a BOM -------------------------------------------------------------


@pytest.mark.parametrize("value", ["inf", "1e10", "nan", "-3", "soon"])
def test_an_out_of_range_timeout_is_one_line(tmp_path, value):
    got = newsreader(
        "extract", "http://127.0.0.1:9/x", env={**os.environ, "NEWSREADER_TIMEOUT": value}
    )
    err = _one_line(got.stderr)
    assert got.returncode == 2, err
    assert f"NEWSREADER_TIMEOUT={value}" in err
    assert len(err.strip().splitlines()) == 1


def test_a_jsonl_corpus_with_a_bom_reads_its_first_record(tmp_path):
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "first", "text": ARTICLE}).encode() + b"\n")
    got = newsreader("extract", str(src))
    assert got.returncode == 0, got.stderr
    assert json.loads(got.stdout)["article"]["source"] == "first"
