"""What a stance cue's parse leaves to a relative, a preposition or an allegation: the topic a
relative pronoun stands for, the holder of a stance verb under "after"/"by", what the accused
is accused of, and a view of what something is "to be". Each with a near miss that stays silent.
Short texts of our own."""

from __future__ import annotations

from tests.core.positions.test_positions import person, place, stances_on

NAMES = {
    "Norway": place(),
    "Chile": place(),
    "Kenya": place(),
    "Peru": place(),
    "Ortega": person(),
}


def stances(nlp, text: str) -> list[tuple[str, str, str]]:
    return stances_on(nlp, text, NAMES)


# -- a relative pronoun stands for the noun it hangs on ----------------------------------------


def test_a_verdict_in_a_relative_clause_is_about_its_noun(nlp):
    text = "The treaty, which Ortega called a dangerous and unfair deal, expires in May."
    [(name, polarity, topic)] = stances(nlp, text)
    assert (name, polarity) == ("Ortega", "oppose") and "treaty" in topic


def test_a_relative_clause_without_a_verdict_is_silent(nlp):
    assert stances(nlp, "The treaty, which Ortega signed in May, expires next year.") == []


def test_what_someone_calls_it_is_their_view_of_it(nlp):
    text = "Kenya asked for help against what Ortega called hostile foreign interference."
    result = stances(nlp, text)
    assert ("Ortega", "oppose", "hostile foreign interference") in result


def test_what_something_is_called_by_no_one_named_is_silent(nlp):
    text = "Kenya asked for help against what is called foreign interference."
    assert not [s for s in stances(nlp, text) if s[1] == "oppose"]


# -- a stance verb under "after", "by": the subject of the clause above holds it ---------------


def test_a_stance_after_a_preposition_is_the_main_subjects(nlp):
    text = "Chile recalled its envoy after accusing Peru of spying."
    assert ("Chile", "oppose") in [(n, p) for n, p, _ in stances(nlp, text)]
    text = "Norway kept up the pressure by condemning the new quotas."
    assert [(n, p) for n, p, _ in stances(nlp, text)] == [("Norway", "oppose")]


def test_a_preposition_of_thanks_or_accusation_keeps_its_own_reading(nlp):
    # "accused X of backing": the accused's alleged act, not the accuser's support
    text = "Chile accused Peru of backing the rebels."
    assert ("Chile", "support") not in [(n, p) for n, p, _ in stances(nlp, text)]
    # a time clause whose subject is no actor holds nothing
    assert stances(nlp, "The talks resumed after condemning the raids.") == []


# -- an accusation of "them" is about what they are accused of ---------------------------------


def test_accusing_them_of_something_is_against_that(nlp):
    [(name, polarity, topic)] = stances(nlp, "Ortega accused them of trying to rig the vote.")
    assert (name, polarity) == ("Ortega", "oppose") and "rig" in topic


def test_an_accusation_by_no_actor_is_silent(nlp):
    assert stances(nlp, "Critics accused them of trying to rig the vote.") == []


# -- considering something to be so is a view of it --------------------------------------------


def test_considering_something_to_be_bad_is_against_it(nlp):
    [(name, polarity, topic)] = stances(nlp, "Norway considers the quota to be a disaster.")
    assert (name, polarity) == ("Norway", "oppose") and "quota" in topic


def test_considering_something_to_be_a_plain_fact_is_silent(nlp):
    assert stances(nlp, "Norway considers the quota to be a yearly figure.") == []
    assert stances(nlp, "Norway will consider the quota next year.") != [("Norway", "oppose", "")]


# -- a noun of a stance whose holder is named needs no object -----------------------------------


def test_a_named_holders_criticism_or_will_is_theirs(nlp):
    assert [(n, p) for n, p, _ in stances(nlp, "Ortega's criticism was the sharpest yet.")] == [
        ("Ortega", "oppose")
    ]
    text = "The vote reflected the wishes of Kenya, observers said."
    assert ("Kenya", "support") in [(n, p) for n, p, _ in stances(nlp, text)]
    text = "The envoy arrived at the request of Chile."
    assert [(n, p) for n, p, _ in stances(nlp, text)] == [("Chile", "support")]


def test_a_noun_of_a_stance_held_by_no_one_named_is_silent(nlp):
    assert stances(nlp, "The criticism was the sharpest yet.") == []
    assert stances(nlp, "Her request was filed on Monday.") == []


def test_pressure_from_someone_to_act_is_their_demand(nlp):
    text = "Ortega bowed to pressure from Chile to lift the sanctions."
    result = stances(nlp, text)
    assert [(n, p) for n, p, _ in result] == [("Chile", "support")]
    assert "lift" in result[0][2]


def test_pressure_from_nobody_named_is_silent(nlp):
    assert stances(nlp, "Ortega bowed to pressure to lift the sanctions.") == []


# -- a few more words of a stance ---------------------------------------------------------------


def test_turning_down_an_offer_is_rejecting_it(nlp):
    assert stances(nlp, "Chile turned down the offer from Peru.") == [("Chile", "oppose", "offer")]


def test_turning_down_a_road_is_no_refusal(nlp):
    assert stances(nlp, "Chile turned down the road to the border.") == []


def test_a_petition_to_act_asks_for_the_act(nlp):
    text = "Ortega petitioned the court to annul the results."
    result = stances(nlp, text)
    assert [t for n, p, t in result if (n, p) == ("Ortega", "support")] == ["annul the results"]
    # and, the act being hostile to its object, against the results (test_aimed_at)
    assert ("Ortega", "oppose", "results") in result


def test_swearing_or_guaranteeing_to_act_is_an_intention(nlp):
    assert [(n, p) for n, p, _ in stances(nlp, "Ortega swore to defend the constitution.")] == [
        ("Ortega", "support")
    ]
    assert [(n, p) for n, p, _ in stances(nlp, "Chile guaranteed that it would repay the loan.")]


def test_a_guarantee_by_no_actor_or_of_a_thing_is_silent(nlp):
    assert stances(nlp, "The constitution guarantees free speech.") == []
    assert stances(nlp, "Chile guaranteed the loan.") == []


def test_expressed_understanding_of_something_is_support(nlp):
    text = "Norway expressed understanding of the new quota."
    assert stances(nlp, text) == [("Norway", "support", "new quota")]


def test_an_understanding_nobody_holds_is_silent(nlp):
    assert stances(nlp, "A better understanding of the quota is needed.") == []


# -- support given or taken back; a view that says which way it leans ---------------------------


def test_withdrawing_support_from_someone_is_against_them(nlp):
    text = "Chile withdrew its support from Ortega."
    assert stances(nlp, text) == [("Chile", "oppose", "Ortega")]


def test_withdrawing_troops_is_no_stance(nlp):
    assert stances(nlp, "Chile withdrew its troops from Peru.") == []


def test_coming_to_someones_support_or_defence_backs_them(nlp):
    assert stances(nlp, "Chile came to the support of Ortega.") == [("Chile", "support", "Ortega")]
    assert stances(nlp, "Kenya rushed to the defence of Peru.") == [("Kenya", "support", "Peru")]


def test_coming_to_a_place_is_no_support(nlp):
    assert stances(nlp, "Chile came to the aid station in Peru.") == []


def test_a_view_that_leans_one_way_is_a_stance(nlp):
    assert stances(nlp, "Norway took a hostile position towards Peru.") == [
        ("Norway", "oppose", "Peru")
    ]
    assert stances(nlp, "Peru adopted a positive attitude toward the accord.") == [
        ("Peru", "support", "accord")
    ]


def test_a_view_that_does_not_lean_or_is_denied_is_silent(nlp):
    assert stances(nlp, "Peru's position on the accord is unchanged.") == []
    assert stances(nlp, "Norway does not have a common stance on the quotas.") == []


# -- "was concerned that"; verdicts in words VADER does not rate --------------------------------


def test_being_concerned_that_something_happens_is_against_it(nlp):
    text = "Norway was concerned that the new quotas might spread."
    assert [(n, p) for n, p, _ in stances(nlp, text)] == [("Norway", "oppose")]


def test_being_concerned_with_something_is_being_occupied_with_it(nlp):
    assert stances(nlp, "Norway is chiefly concerned with keeping its quota.") == []


def test_a_verdict_of_legitimacy_is_a_view(nlp):
    assert stances(nlp, "Ortega declared the poll legitimate.") == [("Ortega", "support", "poll")]
    assert stances(nlp, "Chile called the vote illegitimate.") == [("Chile", "oppose", "vote")]


def test_a_plain_description_is_no_verdict(nlp):
    assert stances(nlp, "Ortega declared the poll closed.") == []


def test_where_someone_is_concerned_is_no_worry(nlp):
    assert stances(nlp, "Where Norway is concerned, the quota stays.") == []
    assert stances(nlp, "As far as Norway is concerned, the quota stays.") == []


def test_being_concerned_alone_is_still_a_worry(nlp):
    assert [(n, p) for n, p, _ in stances(nlp, "Norway is nonetheless concerned.")] == [
        ("Norway", "oppose")
    ]


def test_as_demanded_by_someone_is_their_demand_of_the_act(nlp):
    text = "Peru is not making a full refund, as demanded by Chile."
    assert stances(nlp, text) == [("Chile", "support", "full refund")]


def test_as_expected_by_someone_is_no_demand(nlp):
    assert stances(nlp, "Peru made the cuts, as expected by Chile.") == []
