"""Statements: the stance an attributed quote takes (its introducing verb's, or its judgement of
what it is about), each rule with a near miss that must stay silent (a plain fact, a question, a
guess, the subject's own state, a refusal that is no quote). Short texts of our own, through the
whole analysis (real actors and quotes)."""

from __future__ import annotations

import pytest

from core.analyze import analyze
from core.model import Article


def stances(nlp, text: str) -> list[tuple[str, str, str | None]]:
    analysis = analyze(Article(source="t.txt", text=text), nlp)
    names = {a.id: a.name for a in analysis.actors}
    for p in analysis.positions:
        for e in p.evidence:
            assert text[e.start : e.end] == e.text
    return [(names[p.actor], p.polarity, p.topic) for p in analysis.positions]


def test_a_refusal_that_introduces_a_quote_is_opposition(nlp):
    text = "The finance minister, Maria Okafor, declined to comment on the budget leak."
    [(who, polarity, topic)] = stances(nlp, text)
    assert (who, polarity) == ("Maria Okafor", "oppose") and "budget leak" in (topic or "")


def test_a_refusal_of_a_thing_is_no_statement(nlp):
    assert stances(nlp, "Maria Okafor declined an invitation to the dinner.") == []


def test_dismissing_what_someone_said_is_opposition(nlp):
    text = "Senator Paul Brandt dismissed the criticism of the harbour plan."
    [(who, polarity, topic)] = stances(nlp, text)
    assert (who, polarity) == ("Paul Brandt", "oppose") and "criticism" in (topic or "")


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Paul Brandt said the harbour plan was a reckless mistake.", "oppose"),
        ("Paul Brandt said the harbour plan was not fair to fishermen.", "oppose"),
        ('"The harbour plan is a disaster," Paul Brandt said.', "oppose"),
        ("Paul Brandt said the new harbour is vital to the town.", "support"),
        ("Paul Brandt said the harbour ballot had been free and fair.", "support"),
    ],
)
def test_a_statement_that_judges_its_subject_is_a_stance_on_it(nlp, text, polarity):
    [(who, found, topic)] = stances(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity) and "harbour" in (topic or "")


@pytest.mark.parametrize(
    "text",
    [
        "Paul Brandt said the harbour plan was finished in May.",  # a fact
        "Paul Brandt asked whether the harbour plan was fair.",  # a question
        "Paul Brandt said the harbour plan could become expensive.",  # a guess
        "Paul Brandt said he was unsure.",  # his own state, of nothing named
        "Paul Brandt said the harbour workers were ready for the storm.",  # their state
        "Paul Brandt said the harbour divers were HIV-positive.",  # a category
        "Paul Brandt said the harbour docks were safe again.",  # how things stand
        "Paul Brandt said his harbour business was weak last year.",  # a report on his own
    ],
)
def test_a_fact_a_question_a_guess_or_a_state_judges_nothing(nlp, text):
    assert stances(nlp, text) == []


def test_weighing_what_is_so_is_no_stance_on_it(nlp):
    text = "Considering that the harbour had opened in May, Paul Brandt said the fees were fair."
    assert stances(nlp, text) == [("Paul Brandt", "support", "fees")]


@pytest.mark.parametrize(
    ("text", "topic_word"),
    [
        ("Paul Brandt said the harbour plan is unlikely to pass this year.", "pass"),
        ('"It is possible that the council will close the harbour," Paul Brandt said.', "close"),
    ],
)
def test_a_speakers_guess_at_what_will_happen_is_neutral(nlp, text, topic_word):
    found = [s for s in stances(nlp, text) if s[0] == "Paul Brandt"]
    [(_, polarity, topic)] = found
    assert polarity == "neutral" and topic_word in (topic or "")


def test_the_writers_own_guess_is_nobodys_position(nlp):
    assert stances(nlp, "Paul Brandt's harbour plan is unlikely to pass this year.") == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Paul Brandt said the town has to rebuild the harbour wall.", "support"),
        ("Paul Brandt said the town did not need to rebuild the harbour wall.", "oppose"),
    ],
)
def test_saying_an_act_is_necessary_is_a_call_for_it(nlp, text, polarity):
    [(who, found, topic)] = stances(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity) and "rebuild" in (topic or "")


@pytest.mark.parametrize(
    "text",
    [
        '"I have to go home," Paul Brandt said.',  # an errand
        "Paul Brandt said the town has two harbours.",  # a fact
        "Paul Brandt said the harbour deal has yet to be signed.",  # not yet done
    ],
)
def test_an_errand_a_possession_or_a_delay_calls_for_nothing(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ('Paul Brandt called the harbour board "the hub of a network of greed".', "oppose"),
        ('Paul Brandt described the harbour plan as "a triumph of common sense".', "support"),
    ],
)
def test_what_a_speaker_names_something_judges_it(nlp, text, polarity):
    [(who, found, topic)] = stances(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity) and "harbour" in (topic or "")


def test_a_name_that_judges_nothing_is_no_stance(nlp):
    assert stances(nlp, 'Paul Brandt called the harbour plan "Project Gull".') == []


@pytest.mark.parametrize(
    ("text", "polarity", "topic_word"),
    [
        ("Paul Brandt said it is necessary to rebuild the harbour wall.", "support", "rebuild"),
        ("Paul Brandt said a second harbour wall was unnecessary.", "oppose", "harbour wall"),
    ],
)
def test_saying_something_is_needed_calls_for_it(nlp, text, polarity, topic_word):
    [(who, found, topic)] = stances(nlp, text)
    assert (who, found) == ("Paul Brandt", polarity) and topic_word in (topic or "")


def test_needed_with_nothing_named_calls_for_nothing(nlp):
    assert stances(nlp, '"It is necessary," Paul Brandt said.') == []


def test_a_stance_verb_on_a_judgement_is_about_what_is_judged(nlp):
    analysis = analyze(
        Article(source="t.txt", text='"The harbour plan is reckless," Wu Lan warned.'), nlp
    )
    [p] = analysis.positions
    assert p.polarity == "oppose" and p.topic == "harbour plan"
    assert p.claim.startswith("warned: The harbour plan is reckless")


def test_there_is_names_what_there_is(nlp):
    [(who, polarity, topic)] = stances(nlp, "Wu Lan warned that there is a risk of war.")
    assert (who, polarity, topic) == ("Wu Lan", "oppose", "risk of war")


def test_one_statement_with_two_attitudes_is_two_positions(nlp):
    text = '"The harbour plan is a disaster, and the town has to hold a new vote," Wu Lan said.'
    found = sorted(stances(nlp, text))
    assert found == [("Wu Lan", "oppose", "harbour plan"), ("Wu Lan", "support", "hold a new vote")]


def test_a_name_that_is_denied_is_against_what_it_names(nlp):
    # the quote's speaker (the first of the list) reads the name with its "not", as the rest do
    text = (
        "The United States, Britain, local observers and the Commonwealth team also described "
        "the harbour ballot as not free and fair."
    )
    assert {polarity for _, polarity, _ in stances(nlp, text)} == {"oppose"}
    # near miss: the same name, not denied, is for it
    text = text.replace("as not free", "as free")
    assert {polarity for _, polarity, _ in stances(nlp, text)} == {"support"}


def test_her_country_is_the_state_its_owner_belongs_to(nlp):
    text = "Norwegian Foreign Minister Ana Ruiz said her country objects to the new fishing quotas."
    assert ("Norway", "oppose", "new fishing quotas") in stances(nlp, text)
    # near miss: her company is no state of hers
    text = text.replace("her country", "her company")
    assert all(who != "Norway" for who, _, _ in stances(nlp, text))
