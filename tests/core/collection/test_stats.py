from __future__ import annotations

import csv
import io
import json

import pytest

from core.collection.cli import run
from core.collection.report import CSV_COLUMNS
from core.collection.stats import outlet_of
from core.corpus.dates import month_of

ARTICLES = {
    "2024-03-01-budget.txt": (
        "Council passes budget\n\nMaria Okafor, the council's finance chief, said on Monday "
        "that the budget would pass. “We have the votes,” Okafor told reporters. She added that "
        "taxes would not rise.\n"
    ),
    "2024-03-09-port.txt": (
        "Port reopens\n\nErik Lund, a spokesman for the port, said the ships would return. "
        "“We expect them by May,” Lund said. He said the docks were safe.\n"
    ),
    "2024-04-02-budget-vote.txt": (
        "Vote delayed\n\n“The vote will wait a week,” Maria Okafor said on Tuesday. Okafor said "
        "she had asked for the delay.\n"
    ),
}


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    folder = tmp_path_factory.mktemp("desk")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def stats(*argv):
    out, err = io.StringIO(), io.StringIO()
    code = run([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_outlet_and_month():
    assert outlet_of("https://www.example.org/a/b", "x") == "example.org"
    assert outlet_of("desk/2024-03-01-a.txt", "x") == "desk"
    assert outlet_of("row-17", "corpus") == "corpus"
    assert month_of("desk/2024-03-01-a.txt") == "2024-03"
    assert month_of("desk/a.txt") is None
    assert month_of("row", "2023-11-30") == "2023-11"


def test_json_counts_one_person_across_articles(desk):
    code, out, err = stats(desk, "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["articles"] == 3
    people = {a["name"]: a for a in doc["actors"] if a["kind"] == "person"}
    okafor = people["Maria Okafor"]
    assert okafor["articles"] == 2
    assert okafor["gender"] == {"value": "female", "by": "pronoun"}
    assert (okafor["first"], okafor["last"]) == ("2024-03", "2024-04")
    assert people["Erik Lund"]["gender"]["value"] == "male"
    assert doc["gender"]["female"]["people"] == 1 and doc["gender"]["male"]["people"] == 1
    assert {g["value"] for g in doc["by"]["groups"]} == {desk.name}


def test_every_format_parses_back(desk):
    code, out, _ = stats(desk, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and tuple(rows[0]) == CSV_COLUMNS
    by_name = {r["name"]: r for r in rows}
    assert by_name["Maria Okafor"]["gender"] == "female"
    assert by_name["Maria Okafor"]["gender_by"] == "pronoun"
    assert int(by_name["Maria Okafor"]["direct"]) >= 2
    code, out, _ = stats(desk, "--format", "md", "--by", "month")
    tables = [line for line in out.splitlines() if line.startswith("| ")]
    assert code == 0 and "| 2024-03 |" in out and "| 2024-04 |" in out
    assert all(line.endswith(" |") for line in tables)
    code, out, _ = stats(desk, "--by", "article")
    assert code == 0 and "Council passes budget" in out and "Maria Okafor" in out


def test_a_file_of_analyses_gives_the_same_report_without_parsing(desk, tmp_path, monkeypatch):
    from core.corpus.extract import run as extract

    analyses = tmp_path / "desk.jsonl"
    assert extract([str(desk), "-o", str(analyses)]) == 0
    _, from_folder, _ = stats(desk, "--format", "csv")

    import core.corpus.batch as batch

    def refuse(*a, **k):  # nothing may be analysed again
        raise AssertionError("parsed again")

    monkeypatch.setattr(batch, "analyze_chunk", refuse)
    code, from_file, err = stats(analyses, "--format", "csv")
    assert code == 0, err
    assert from_file == from_folder


def test_bad_input_is_one_line_each_and_the_rest_still_reported(desk, tmp_path):
    from core.corpus.extract import run as extract

    good = tmp_path / "good.jsonl"
    assert extract([str(desk / "2024-03-09-port.txt"), "-o", str(good)]) == 0
    broken = tmp_path / "broken.jsonl"
    broken.write_text(good.read_text() + "{not json\n", encoding="utf-8")
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"schema": "newsreader.analysis/9", "article": {}}) + "\n")
    empty = tmp_path / "empty"
    empty.mkdir()
    code, out, err = stats(broken, other, empty, "--format", "json")
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3, err
    assert "broken.jsonl:2: not a JSON line" in lines[0]
    assert "schema 'newsreader.analysis/9'" in lines[1]
    assert "empty folder" in lines[2]
    assert json.loads(out)["articles"] == 1
