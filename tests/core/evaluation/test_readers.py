"""Reading gold: what the JSONL and brat readers make of good files and say of bad ones."""

from __future__ import annotations

import json

import pytest

from core.evaluation.brat import parse_types
from core.evaluation.gold import GoldError
from core.evaluation.load import read_gold
from tests.core.evaluation.gold_fixtures import (
    BRAT_TYPES,
    TEXT_A,
    TEXT_B,
    gold_rows,
    span,
    write_brat_gold,
    write_jsonl_gold,
)


def _problems(path, types=None) -> list[str]:
    with pytest.raises(GoldError) as err:
        read_gold(path, types)
    return list(err.value.problems)


def test_jsonl_gold_reads_spans_speakers_kinds_and_optional(tmp_path):
    a, b = read_gold(write_jsonl_gold(tmp_path / "gold.jsonl"))
    assert (a.id, a.text, b.id) == ("a", TEXT_A, "b")
    assert [q.kind for q in a.quotes] == ["direct", "indirect", "indirect"]
    assert a.quotes[0].pieces == (span(TEXT_A, "We will open the bridge in May,"),)
    assert a.quotes[1].speaker_span == span(TEXT_A, "She")
    assert [q.optional for q in b.quotes] == [False, True]
    assert a.actors is None and a.positions is None  # not annotated: not scored


def test_one_json_object_is_one_article_with_names_actors_and_positions(tmp_path):
    text = "Lena Park said the law was fair. Park backs the law."
    s, e = span(text, "the law was fair")
    gold = {
        "id": "p",
        "text": text,
        "quotes": [{"start": s, "end": e, "kind": "indirect", "speaker": "Lena Park"}],
        "actors": [{"name": "Lena Park", "must_resolve": ["Park"]}],
        "positions": [
            {"actor_any": ["Lena Park"], "evidence": [[*span(text, "backs the law"), "x"]]}
        ],
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps(gold, indent=2), encoding="utf-8")
    (g,) = read_gold(path)
    assert g.quotes[0].speaker_names == ("Lena Park",) and g.quotes[0].speaker_span is None
    assert g.actors[0].must_resolve == ("Park",)
    assert g.positions[0].evidence == (span(text, "backs the law"),)


def test_jsonl_offsets_outside_the_text_name_file_line_and_quote(tmp_path):
    rows = gold_rows()
    rows[1]["quotes"][0]["end"] = len(TEXT_B) + 5
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert _problems(path) == [
        f"{path}:2: quote 1: offsets {rows[1]['quotes'][0]['start']}-{len(TEXT_B) + 5} are "
        f"outside the text ({len(TEXT_B)} characters)"
    ]


def test_jsonl_every_bad_line_is_listed(tmp_path):
    rows = gold_rows()
    rows[0]["quotes"][1]["kind"] = "paraphrase"
    rows[1]["quotes"][1]["speaker_end"] = -1
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(rows[0]), "{not json", json.dumps(rows[1]), json.dumps({"id": "c"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _problems(path) == [
        f"{path}:1: quote 2: \"kind\" is 'paraphrase'; expected one of direct, mixed, indirect",
        f"{path}:2: not a JSON line (Expecting property name enclosed in double quotes at "
        "column 2)",
        f"{path}:3: quote 2 speaker: offsets {rows[1]['quotes'][1]['speaker_start']}--1 are not "
        "a span (0 <= start <= end)",
        f'{path}:4: article "c": no "text" (a non-empty string)',
    ]


def test_missing_gold_file(tmp_path):
    assert _problems(tmp_path / "nope.jsonl") == [
        f"{tmp_path / 'nope.jsonl'}: no such file or folder"
    ]


def test_brat_reads_events_relations_types_and_kinds_from_quote_marks(tmp_path):
    a, b = read_gold(write_brat_gold(tmp_path / "brat"), BRAT_TYPES)
    assert (a.id, b.id) == ("a", "b")
    # the Person entity is no quote; kinds come from the quote marks around the content
    assert [q.kind for q in a.quotes] == ["direct", "indirect", "indirect"]
    assert [q.speaker_span for q in a.quotes] == [
        span(TEXT_A, "Ruiz", "May,\u201d "),
        span(TEXT_A, "She"),
        span(TEXT_A, "Critics"),
    ]
    assert [q.kind for q in b.quotes] == ["mixed", "direct"]
    assert [q.speaker_span for q in b.quotes] == [
        span(TEXT_B, "Officials"),
        span(TEXT_B, "the coach"),
    ]
    assert a.quotes[1].where == f"{tmp_path / 'brat' / 'a.ann'}:8"


def test_brat_attribute_sets_the_kind_and_pieces_make_one_quote(tmp_path):
    text = "\u201cToo late,\u201d the chief said, \u201cfor all of us.\u201d Nobody asked."
    s1, e1 = span(text, "Too late,")
    s2, e2 = span(text, "for all of us.")
    ns, ne = span(text, "Nobody asked")
    ann = (
        f"T1\tContent {s1} {e1};{s2} {e2}\tToo late, for all of us.\n"
        f"T2\tContent {ns} {ne}\tNobody asked\n"
        "A1\tKind T2 Direct\n"
    )
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    (tmp_path / "x.ann").write_text(ann, encoding="utf-8")
    (g,) = read_gold(tmp_path)
    assert [(q.kind, q.pieces, q.speaker_span) for q in g.quotes] == [
        ("direct", ((s1, e1), (s2, e2)), None),
        ("direct", ((ns, ne),), None),
    ]


def test_brat_ann_without_txt(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    (folder / "b.txt").unlink()
    assert _problems(folder, BRAT_TYPES) == [
        f"{folder / 'b.ann'}: no b.txt beside it (brat needs the article text)"
    ]


def test_brat_txt_without_ann(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    (folder / "c.txt").write_text("An article nobody annotated.", encoding="utf-8")
    assert _problems(folder, BRAT_TYPES) == [
        f"{folder / 'c.txt'}: no c.ann beside it (an article without quotes needs an empty .ann)"
    ]


def test_brat_offsets_outside_the_text_name_file_and_line(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    ann = folder / "b.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    lines[3] = f"T3\tQuote 70 {len(TEXT_B) + 10}\tIt is over,"
    ann.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _problems(folder, BRAT_TYPES) == [
        f"{ann}:4: T3 offsets 70-{len(TEXT_B) + 10} are outside the text "
        f"({len(TEXT_B)} characters)",
        f"{ann}:6: T3 is not defined in this file",
    ]


def test_brat_offsets_that_do_not_hold_the_annotated_text(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    ann = folder / "b.ann"
    s, e = span(TEXT_B, "It is over,")
    ann.write_text(ann.read_text(encoding="utf-8").replace(f"{s} {e}", f"{s + 1} {e + 1}"))
    assert _problems(folder, BRAT_TYPES) == [
        f"{ann}:4: T3 offsets {s + 1}-{e + 1} hold 't is over,\"', not 'It is over,': is the .txt "
        "the file that was annotated?",
        f"{ann}:6: T3 is not defined in this file",
    ]


def test_brat_unknown_type_name(tmp_path):
    folder = write_brat_gold(tmp_path / "brat")
    assert _problems(folder, "content=Quotation,source=Speaker,cue=Verb") == [
        f"{folder}: --types content=Quotation: no .ann has an entity of type Quotation "
        "(the types there: Person, Quote, Speaker, Verb)"
    ]
    # without --types, the default Content is looked for, and not found either
    assert _problems(folder)[0].startswith(f"{folder}: --types content=Content: no .ann has")


def test_types_spec_errors():
    assert parse_types("content=Quote") == (
        {"content": "Quote", "source": "Source", "cue": "Cue"},
        {"content"},
    )
    with pytest.raises(
        ValueError, match="unknown role 'speaker'; the roles are content, source, cue"
    ):
        parse_types("speaker=Source")
    with pytest.raises(ValueError, match="'content' is not ROLE=TYPE"):
        parse_types("content")
