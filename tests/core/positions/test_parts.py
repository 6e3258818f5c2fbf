"""The positions steps one by one: cues, topics, grouping (whole articles: test_positions)."""

from __future__ import annotations

from core.model import TextSpan
from core.positions.cues import cue_of
from core.positions.grouping import _distinct, _same_statement
from core.positions.topics import phrase, topic_of


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_a_stance_verb_is_a_cue_and_a_verb_of_doing_is_not(nlp):
    doc = nlp("The senator condemned the new tariffs.")
    cue = cue_of(_tok(doc, "condemned"))
    assert cue is not None and cue.polarity == "oppose" and cue.kind == "explicit"
    assert [t.text for t in cue.topic] == ["tariffs"]
    assert cue_of(_tok(nlp("The senator counted the new tariffs."), "counted")) is None


def test_a_topic_is_its_noun_phrase_with_its_prepositional_object(nlp):
    doc = nlp("The mayor opposed caps on green cards.")
    assert phrase(_tok(doc, "caps")) == "caps on green cards"


def test_a_general_noun_hands_the_topic_to_its_object(nlp):
    doc = nlp("She backed the approach of promoting talks.")
    topic, keys = topic_of((_tok(doc, "approach"),), None, None)  # type: ignore[arg-type]
    assert "approach" not in keys and topic is not None and "talks" in topic


def test_a_fixed_topic_wins_and_no_heads_is_no_topic():
    assert topic_of((), "neutrality", None) == ("neutrality", frozenset({"neutrality"}))  # type: ignore[arg-type]
    assert topic_of((), None, None) == (None, frozenset())  # type: ignore[arg-type]


def test_two_cues_of_one_clause_are_one_statement_and_nested_evidence_is_dropped():
    text = "X should stay committed to promoting talks."
    whole, inner = TextSpan.of(text, 0, 44), TextSpan.of(text, 2, 40)
    assert _same_statement(whole, inner)
    assert not _same_statement(TextSpan.of(text, 0, 10), TextSpan.of(text, 20, 30))
    assert _distinct([whole, inner]) == (whole,)
