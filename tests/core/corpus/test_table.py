from __future__ import annotations

import csv
import io

from core.corpus.extract import run as extract
from core.corpus.table import QUOTE_COLUMNS

TEXTS = {
    "2024-05-01-a.txt": "“We will rebuild the library,” said Ana Ruiz, the mayor. She said it "
    "would open in May.\n",
    "2024-05-02-b.txt": "Port news\n\nErik Lund, a spokesman for the port, said the ships would "
    "return. “We expect them by May,” Lund said.\n",
    "2024-05-03-c.txt": "The weather was fine all week.\n",
}


def folder(tmp_path):
    d = tmp_path / "desk"
    d.mkdir()
    for name, text in TEXTS.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


def rows_of(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_quote_with_speaker_gender_and_offsets(tmp_path):
    d = folder(tmp_path)
    out = io.StringIO()
    assert extract([str(d), "--format", "csv"], out=out) == 0
    text = out.getvalue()
    assert text.splitlines()[0] == ",".join(QUOTE_COLUMNS)
    rows = rows_of(text)
    ruiz = [r for r in rows if r["speaker"] == "Ana Ruiz"]
    assert ruiz and all(r["gender"] == "female" for r in ruiz)
    assert {r["date"] for r in ruiz} == {"2024-05-01"}
    lund = [r for r in rows if r["speaker"] == "Erik Lund" and r["kind"] == "direct"]
    assert lund and lund[0]["gender_by"] == "role"
    source = TEXTS["2024-05-02-b.txt"]
    start, end = int(lund[0]["start"]), int(lund[0]["end"])
    assert source[start:end] == lund[0]["text"]
    assert all("\n" not in v for r in rows for v in r.values())
    assert not [r for r in rows if r["source"].endswith("c.txt")]  # no quotes, no rows


def test_o_resumes_after_a_cut_row(tmp_path):
    d = folder(tmp_path)
    whole = tmp_path / "whole.csv"
    assert extract([str(d), "--format", "csv", "-o", str(whole)]) == 0
    expected = whole.read_text(encoding="utf-8")
    # A kill in the middle of the second article's rows: half its last row is there.
    cut = tmp_path / "cut.csv"
    cut.write_text(expected[: expected.rindex("\n", 0, len(expected) - 1) + 9], encoding="utf-8")
    assert extract([str(d), "--format", "csv", "-o", str(cut)]) == 0
    assert sorted(cut.read_text(encoding="utf-8").splitlines()) == sorted(expected.splitlines())
    assert extract([str(d), "--format", "csv", "-o", str(cut)]) == 0  # all done: nothing added
    assert sorted(cut.read_text(encoding="utf-8").splitlines()) == sorted(expected.splitlines())


def test_o_refuses_a_csv_that_is_not_ours_and_leaves_it_whole(tmp_path, capsys):
    # Someone's spreadsheet, its last row without a newline: a resume once cut that row off.
    d = folder(tmp_path)
    sheet = tmp_path / "budget.csv"
    mine = b"year,amount\n2023,1200\n2024,1350"
    sheet.write_bytes(mine)
    assert extract([str(d), "--format", "csv", "-o", str(sheet)]) == 2
    assert sheet.read_bytes() == mine
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"{sheet}:1: not newsreader's CSV" in err
    # Our header with a row of other columns under it is not ours either.
    odd = tmp_path / "odd.csv"
    odd_bytes = (",".join(QUOTE_COLUMNS) + "\nonly,three,fields\n").encode()
    odd.write_bytes(odd_bytes)
    assert extract([str(d), "--format", "csv", "-o", str(odd)]) == 2
    assert odd.read_bytes() == odd_bytes
    assert f"{odd}:2: not newsreader's CSV" in capsys.readouterr().err


def test_o_resumes_after_a_cut_header(tmp_path):
    d = folder(tmp_path)
    whole = tmp_path / "whole.csv"
    assert extract([str(d), "--format", "csv", "-o", str(whole)]) == 0
    cut = tmp_path / "cut.csv"
    cut.write_text(",".join(QUOTE_COLUMNS)[:20], encoding="utf-8")  # killed in the header
    assert extract([str(d), "--format", "csv", "-o", str(cut)]) == 0
    assert cut.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
