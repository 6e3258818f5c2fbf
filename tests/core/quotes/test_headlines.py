"""Title-case headlines: a verb of saying the small model reads as part of a name still reports
the rest of the line for whoever the line opens with."""

from __future__ import annotations

from core.quotes.find import find_quotes


def reported(nlp, text: str) -> list[tuple[str, str, str]]:
    return [
        (q.text, q.speaker_mention.text if q.speaker_mention else "", q.cue.text if q.cue else "")
        for q in find_quotes(nlp(text), ())
        if q.kind == "indirect"
    ]


def test_a_title_case_headline_reports_what_its_speaker_says(nlp):
    text = "Grace Okafor Warns Bridge Plan Will Fail\n\nThe council meets on Monday."
    assert reported(nlp, text) == [("Bridge Plan Will Fail", "Grace Okafor", "Warns")]


def test_a_second_cue_after_a_comma_is_a_second_report_of_the_same_speaker(nlp):
    text = "Grace Okafor Says Rivals Hacked Her Office, Calls Their Denial ‘Absurd.’\n\nMore soon."
    found = reported(nlp, text)
    assert [(t, s, c) for t, s, c in found if c == "Says"] == [
        ("Rivals Hacked Her Office", "Grace Okafor", "Says")
    ]
    assert any(t.startswith("Their Denial") and c == "Calls" for t, _, c in found)


def test_the_reporters_framing_after_the_claim_is_cut(nlp):
    text = "Grace Okafor Says No To Early Vote As Rivals Gain Ground\n\nMore soon."
    assert reported(nlp, text) == [("No To Early Vote", "Grace Okafor", "Says")]


def test_a_headline_that_names_no_one_reports_nothing(nlp):
    # near misses: no one names the speaker, a verb that is an act, a possessed noun
    assert reported(nlp, "The Calls Keep Coming In Leeds\n\nMore soon.") == []
    assert reported(nlp, "Grace Okafor Begins Trip To Asia\n\nMore soon.") == []
    assert not any(
        c == "Claim"
        for _, _, c in reported(nlp, "Grace Okafor’s Claim That Taxes Fell Is Wrong\n\nMore.")
    )
