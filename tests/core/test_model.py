import json

from core.model import SCHEMA, Actor, Analysis, Article, Position, Quote, TextSpan


def _sample() -> Analysis:
    text = "Xi said “peace now.” He met Zelensky."
    return Analysis(
        article=Article(source="a.txt", text=text, title=None),
        actors=(
            Actor(
                "a1",
                "Xi",
                "person",
                ("Xi", "He"),
                (TextSpan.of(text, 0, 2), TextSpan.of(text, 21, 23)),
            ),
            Actor("a2", "Zelensky", "person", ("Zelensky",), (TextSpan.of(text, 28, 36),)),
        ),
        quotes=(
            Quote(
                "q1",
                "direct",
                9,
                18,
                text[9:18],
                fragments=(TextSpan.of(text, 9, 13), TextSpan.of(text, 14, 18)),
                speaker="a1",
                speaker_mention=TextSpan.of(text, 0, 2),
                cue=TextSpan.of(text, 3, 7),
            ),
        ),
        positions=(
            Position(
                "p1",
                "a1",
                "support",
                "peace now",
                9,
                18,
                topic="peace",
                quote="q1",
                evidence=(TextSpan.of(text, 9, 18),),
            ),
        ),
    )


def test_contract_round_trips_through_json():
    analysis = _sample()
    d = json.loads(json.dumps(analysis.to_dict()))
    assert d["schema"] == SCHEMA
    assert Analysis.from_dict(d) == analysis


def test_contract_has_the_fields_the_scorer_reads():
    d = _sample().to_dict()
    assert set(d) >= {"schema", "article", "actors", "quotes", "positions"}
    assert set(d["article"]) >= {"source", "title", "text"}
    assert set(d["actors"][0]) >= {"id", "name", "kind", "aliases", "mentions"}
    q = d["quotes"][0]
    assert set(q) >= {"id", "kind", "start", "end", "text", "speaker", "speaker_mention", "cue"}
    text = d["article"]["text"]
    assert q["fragments"] == [
        {"start": 9, "end": 13, "text": text[9:13]},
        {"start": 14, "end": 18, "text": text[14:18]},
    ]
    assert set(d["positions"][0]) >= {
        "id",
        "actor",
        "polarity",
        "claim",
        "topic",
        "start",
        "end",
        "quote",
    }


def test_a_quote_without_fragments_omits_them():
    q = Quote("q1", "indirect", 0, 3, "abc")
    assert "fragments" not in q.to_dict()
    assert q.pieces == (TextSpan(0, 3, "abc"),)


def test_reading_back_a_foreign_schema_is_refused():
    import pytest

    with pytest.raises(ValueError, match="schema"):
        Analysis.from_dict({"schema": "other/1", "article": {"text": ""}})
