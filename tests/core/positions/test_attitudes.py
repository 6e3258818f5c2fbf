"""Attitude cues: wanting, believing, feeling about, in verbs, nouns and adjectives, each with a
near miss that must stay silent (a question, a condition, a forecast, a writer's fact, a party
named "opposition", someone else's view). Short texts of our own."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.actors.registry import find_actors
from core.model import Quote, TextSpan
from core.positions.find import find_positions, with_holder_mentions
from tests.core.positions.test_positions import (
    make_actors,
    only,
    person,
    place,
    positions_of,
    stances_of,
)

NAMES = {
    "Norway": place(),
    "Chile": place(),
    "Kenya": place(),
    "Japan": place(),
    "Peru": place(),
    "Brazil": place(),
    "Mexico": place(),
    "Canada": place(),
}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return stances_of(nlp, text, NAMES)


def test_wanting_to_do_something_is_support(nlp):
    [(name, p)] = positions_of(nlp, "Norway wants to join the climate accord.", NAMES)
    assert name == "Norway" and p.polarity == "support"
    assert "join" in (p.topic or "")


def test_a_question_or_a_condition_states_no_wish(nlp):
    assert stances(nlp, "Does Norway want to join the climate accord?") == []
    assert stances(nlp, "If Norway wants to join the accord, the vote comes first.") == []


def test_not_wanting_is_opposition(nlp):
    assert stances(nlp, "Chile does not want new fishing quotas.") == [("Chile", "oppose")]


def test_a_belief_is_the_believers(nlp):
    result = positions_of(nlp, "Kenya believes that the border talks can succeed.", NAMES)
    [p] = only(result, "Kenya")
    assert p.polarity == "support" and "talks" in p.evidence[0].text


def test_a_forecast_and_a_writers_fact_are_no_position(nlp):
    assert stances(nlp, "Growth is expected to slow next year.") == []
    assert stances(nlp, "The border talks with Kenya succeeded last year.") == []


def test_someone_elses_view_is_theirs_not_the_sayers(nlp):
    result = positions_of(nlp, "Mexico said that Canada wants a new trade deal.", NAMES)
    assert [n for n, _ in result] == ["Canada"]


def test_a_possessed_attitude_noun_names_its_holder(nlp):
    text = "Japan's concern over the new tariffs has grown."
    assert stances(nlp, text) == [("Japan", "oppose")]


def test_a_party_called_the_opposition_is_no_stance(nlp):
    assert stances(nlp, "Japan's opposition held a rally in the capital on Sunday.") == []


def test_an_expressed_attitude_is_the_expressers(nlp):
    assert stances(nlp, "Peru expressed strong support for the fisheries treaty.") == [
        ("Peru", "support")
    ]


def test_an_attitude_expressed_by_nobody_named_is_silent(nlp):
    assert stances(nlp, "Support for the fisheries treaty was expressed at the meeting.") == []


def test_a_predicate_adjective_of_feeling(nlp):
    assert stances(nlp, "Brazil is worried about the growing deficit.") == [("Brazil", "oppose")]
    assert stances(nlp, "The growing deficit is worrying.") == []


def test_the_verb_that_introduces_a_quote_is_its_speakers_stance(nlp):
    text = '"The dam plan is reckless and will flood the valley," Peru warned.'
    actors = make_actors(text, {"Peru": place()})
    end = text.index(',"') + 1
    quote = Quote(
        "q1",
        "direct",
        1,
        end - 1,
        text[1 : end - 1],
        speaker=actors[0].id,
        speaker_mention=TextSpan.of(text, text.index("Peru"), text.index("Peru") + 4),
        cue=TextSpan.of(text, text.index("warned"), text.index("warned") + 6),
    )
    [p] = find_positions(nlp(text), actors, (quote,))
    assert p.actor == actors[0].id and p.polarity == "oppose" and p.quote == "q1"


def test_a_plain_said_quote_takes_no_stance(nlp):
    text = '"The dam will open in May," Peru said.'
    actors = make_actors(text, {"Peru": place()})
    end = text.index(',"') + 1
    quote = Quote(
        "q1",
        "direct",
        1,
        end - 1,
        text[1 : end - 1],
        speaker=actors[0].id,
        cue=TextSpan.of(text, text.index("said"), text.index("said") + 4),
    )
    assert find_positions(nlp(text), actors, (quote,)) == ()


def test_first_person_in_a_quote_becomes_a_mention_of_its_speaker(nlp):
    text = 'Ann Lee spoke on Monday. "We want a ceasefire now," Ann Lee said.'
    actors = make_actors(text, {"Ann Lee": person("Lee")})
    start = text.index('"') + 1
    end = text.index(',"')
    quote = Quote("q1", "direct", start, end, text[start:end], speaker=actors[0].id)
    positions = find_positions(nlp(text), actors, (quote,))
    [p] = positions
    assert p.polarity == "support" and [h.text for h in p.holders] == ["We"]
    [actor] = with_holder_mentions(actors, positions)
    assert "We" in [m.text for m in actor.mentions]
    assert all(text[m.start : m.end] == m.text for m in actor.mentions)


def test_an_attitude_adjective_parsed_as_a_participle(nlp):
    assert stances(nlp, "Chile was determined to finish the new road.") == [("Chile", "support")]
    assert stances(nlp, "The new road was determined by the survey.") == []


def test_hoped_is_hope(nlp):
    assert stances(nlp, "Kenya hoped that the border talks would resume.") == [("Kenya", "support")]


def test_a_name_before_an_attitude_noun_holds_it(nlp):
    text = "The Canada decision to close the mine angered workers."
    assert stances(nlp, text) == [("Canada", "support")]
    assert stances(nlp, "The strong decision to close the mine angered workers.") == []


def test_asking_for_and_seeking_to(nlp):
    assert stances(nlp, "Peru asked for a recount of the votes.") == [("Peru", "support")]
    assert stances(nlp, "Kenya is seeking to host the next summit.") == [("Kenya", "support")]


def test_asking_about_is_no_request(nlp):
    assert stances(nlp, "Peru asked about the recount of the votes.") == []


def test_should_with_a_verb_of_change_is_a_forecast(nlp):
    assert stances(nlp, "Chile said that its exports should grow next year.") == []
    assert stances(nlp, "Chile said that the government should cut fuel taxes.") == [
        ("Chile", "support")
    ]


def test_no_intention_is_opposition(nlp):
    assert stances(nlp, "Norway has no intention of raising taxes.") == [("Norway", "oppose")]
    assert stances(nlp, "Mexico showed no support for the plan.") == [("Mexico", "oppose")]


def test_a_vote_states_a_stance(nlp):
    assert stances(nlp, "Chile voted against the resolution.") == [("Chile", "oppose")]
    assert stances(nlp, "Kenya voted for the new constitution.") == [("Kenya", "support")]
    assert stances(nlp, "Canada voted on Tuesday.") == []


def test_will_not_rule_out_is_no_rejection(nlp):
    assert stances(nlp, "Peru will not rule out new elections.") == []
    assert stances(nlp, "Peru ruled out new elections.") == [("Peru", "oppose")]


ATTITUDE_WORDS = st.sampled_from(
    [
        "Norway",
        "Chile",
        "We",
        "we",
        "I",
        "wants",
        "hoped",
        "believes",
        "does",
        "not",
        "no",
        "concern",
        "over",
        "support",
        "for",
        "'s",
        "is",
        "was",
        "determined",
        "worried",
        "to",
        "join",
        "the",
        "accord",
        ",",
        ".",
        '"',
        "?",
        "if",
        "Japan",
        "expressed",
        "voted",
        "against",
        "warned",
        "said",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(ATTITUDE_WORDS, max_size=30))
def test_attitude_positions_index_the_text_and_their_holders_are_mentions(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    actors = find_actors(doc)
    quotes = (
        (Quote("q1", "direct", 0, len(text) // 2, text[: len(text) // 2], speaker=actors[0].id),)
        if actors and len(text) > 1
        else ()
    )
    positions = find_positions(doc, actors, quotes)
    for p in positions:
        assert any(a.id == p.actor for a in actors)
        for span in (*p.evidence, *p.holders):
            assert (
                0 <= span.start < span.end <= len(text) and span.text == text[span.start : span.end]
            )
    for actor in with_holder_mentions(actors, positions):
        starts = [m.start for m in actor.mentions]
        assert starts == sorted(starts)
        assert all(m.text == text[m.start : m.end] for m in actor.mentions)
    for p in positions:  # each holder is now a mention of its actor (or inside one)
        actor = next(a for a in with_holder_mentions(actors, positions) if a.id == p.actor)
        for h in p.holders:
            assert any(m.start < h.end and h.start < m.end for m in actor.mentions)


def test_believing_in_something_and_hopes(nlp):
    assert stances(nlp, "Chile believes in a negotiated settlement.") == [("Chile", "support")]
    assert stances(nlp, "Kenya hopes that the talks will resume.") == [("Kenya", "support")]


def test_deciding_whether_is_still_open(nlp):
    assert stances(nlp, "Norway will decide next week whether to join the accord.") == [
        ("Norway", "neutral")
    ]
    # near miss: a decision taken, and a relative "what" before the verb, are said
    assert stances(nlp, "Norway decided to join the accord.") == [("Norway", "support")]
    assert stances(nlp, "Joining the accord is what Norway wants to do.") == [("Norway", "support")]


def test_knowing_that_something_is_so_argues_it(nlp):
    assert stances(nlp, "Chile knows that the new levy will not work.") == [("Chile", "oppose")]
    assert stances(nlp, "Kenya understands that the treaty needs a second vote.") == [
        ("Kenya", "support")
    ]


def test_not_knowing_or_knowing_whether_takes_no_side(nlp):
    assert stances(nlp, "Peru does not know whether the ferry service will resume.") == [
        ("Peru", "neutral")
    ]
    assert stances(nlp, "Japan knows how to build its own satellites.") == [("Japan", "neutral")]


def test_knowing_asked_of_someone_or_asked_about_is_no_view(nlp):
    assert stances(nlp, "It is time for Chile to realise that the levy will not work.") == []
    assert stances(nlp, "Does Kenya know that the treaty needs a second vote?") == []
    assert stances(nlp, "Norway knows the region well.") == []


def _report_then_quote(text: str, speaker: str | None):
    """An indirect report by `speaker` (its "that ..." clause) and the direct quote after it,
    the quote with no speaker of its own."""
    actors = make_actors(text, NAMES)
    said = text.index("that ") + 5
    report_end = text.index(".") + 1
    open_q = text.index("“") + 1
    close_q = text.index("”")
    who = next((a.id for a in actors if a.name == speaker), None)
    quotes = (
        Quote("q1", "indirect", said, report_end, text[said:report_end], speaker=who),
        Quote("q2", "direct", open_q, close_q, text[open_q:close_q]),
    )
    return actors, quotes


def test_we_in_a_quote_after_a_report_is_the_reporters(nlp):
    text = "Kenya said that the port will reopen. “We hope the ferries will return soon.”"
    actors, quotes = _report_then_quote(text, "Kenya")
    [p] = find_positions(nlp(text), actors, quotes)
    assert (p.polarity, [h.text for h in p.holders]) == ("support", ["We"])
    assert p.actor == next(a.id for a in actors if a.name == "Kenya")


def test_we_in_a_quote_after_a_report_with_no_speaker_is_nobody(nlp):
    text = "It was said that the port will reopen. “We hope the ferries will return soon.”"
    actors, quotes = _report_then_quote(text, None)
    assert find_positions(nlp(text), actors, quotes) == ()


def test_pleasure_at_something_is_for_it(nlp):
    [(name, p)] = positions_of(nlp, "Kenya's pleasure at the new ferry route was plain.", NAMES)
    assert (name, p.polarity) == ("Kenya", "support") and "ferry" in (p.topic or "")


def test_pleasure_nobody_holds_is_silent(nlp):
    assert stances(nlp, "It was a pleasure to sail on the new ferry route.") == []
