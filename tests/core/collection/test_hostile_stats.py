"""`newsreader stats` speaks through the terminal rule (core.display): a file name or id holding
escape sequences reaches stderr as visible symbols, on one line (issue 19, item 14)."""

from __future__ import annotations

import io

from core.collection.cli import run

EVIL = "desk\x1b]0;PWNED\x07\x1b[2J\nnewsreader: all fine"


def test_a_folder_name_with_escapes_is_shown_as_symbols_on_one_line(tmp_path):
    folder = tmp_path / EVIL
    folder.mkdir()
    out, err = io.StringIO(), io.StringIO()
    run([str(folder)], out=out, err=err)
    said = err.getvalue()
    assert "\x1b" not in said and "\x07" not in said
    assert said.count("\n") == 1  # the newline in the name forged no second message
    assert "␛]0;PWNED␇␛[2J␊newsreader: all fine: an empty folder" in said


def test_a_bad_line_of_analyses_is_named_by_a_file_name_shown_as_symbols(tmp_path):
    analyses = tmp_path / "analyses\x1b[2J.jsonl"
    analyses.write_text('{"schema": "newsreader.analysis/1", broken\n', "utf-8")
    out, err = io.StringIO(), io.StringIO()
    run([str(analyses)], out=out, err=err)
    said = err.getvalue()
    assert "\x1b" not in said
    assert said.count("\n") == 1
    assert "analyses␛[2J.jsonl:1: not a JSON line" in said
