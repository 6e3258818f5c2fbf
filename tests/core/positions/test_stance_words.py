"""Stance that is not speech: expectations, threats, nouns of a held view and their holders.
Each rule has a short text of our own and a near miss that must stay silent (a writer's
forecast, a question, a passive without its agent, what someone else is asked to do)."""

from __future__ import annotations

from tests.core.positions.test_positions import person, place, positions_of, stances_of

NAMES = {
    "Norway": place(),
    "Chile": place(),
    "Peru": place(),
    "Mexico": place(),
    "Ghana": place(),
    "Acme": ("organization", ()),
    "Ortega": person(),
}


def stances(nlp, text: str) -> list[tuple[str, str]]:
    return stances_of(nlp, text, NAMES)


# -- expectations: a view without an evaluation, so neutral ------------------------------------


def test_an_expectation_is_its_holders_neutral_view(nlp):
    [(name, p)] = positions_of(nlp, "Acme expects sales to fall in the spring.", NAMES)
    assert (name, p.polarity) == ("Acme", "neutral")
    assert "fall" in (p.topic or "") or "sales" in (p.topic or "")
    assert stances(nlp, "Ortega predicted a long and costly strike.") == [("Ortega", "neutral")]


def test_not_expecting_is_still_a_forecast(nlp):
    assert stances(nlp, "Acme does not expect a recovery before the summer.") == [
        ("Acme", "neutral")
    ]


def test_a_forecast_with_no_holder_or_asked_is_silent(nlp):
    assert stances(nlp, "Sales are expected to fall in the spring.") == []
    assert stances(nlp, "Does Acme expect sales to fall in the spring?") == []


# -- threats: "threatened to do X" states an intention to do X ---------------------------------


def test_a_threat_to_act_is_an_intention_to_do_it(nlp):
    [(name, p)] = positions_of(
        nlp, "Norway threatened to suspend its fishing deal with Chile.", NAMES
    )
    assert (name, p.polarity) == ("Norway", "support")
    assert "suspend" in (p.topic or "")


def test_a_threat_by_no_actor_or_to_someone_is_silent(nlp):
    assert stances(nlp, "The floods threatened to cut Peru off from Chile.") == []
    assert stances(nlp, "Norway was threatened to be expelled from the council.") == []


# -- weighing a course: neutral; a view of something is not a deliberation ---------------------


def test_considering_a_course_is_a_neutral_deliberation(nlp):
    [(name, p)] = positions_of(nlp, "Acme is considering a merger with a rival bank.", NAMES)
    assert (name, p.polarity) == ("Acme", "neutral")
    assert "merger" in (p.topic or "")
    assert stances(nlp, "Peru will consider raising its fishing fees.") == [("Peru", "neutral")]


def test_considering_something_to_be_so_is_no_deliberation(nlp):
    # a view of a thing ("considers X Y", "considered that"), not a course being weighed
    assert ("Peru", "neutral") not in stances(nlp, "Peru considers the quota a fair compromise.")
    assert ("Peru", "neutral") not in stances(nlp, "Peru considered that the quota was fair.")


# -- verdicts: "declared X Y", "called X Y" with a small clause ---------------------------------


def test_a_verdict_on_something_is_a_view_of_it(nlp):
    [(name, p)] = positions_of(nlp, "Ortega declared the harbour election free and fair.", NAMES)
    assert (name, p.polarity) == ("Ortega", "support")
    assert "election" in (p.topic or "")
    assert stances(nlp, "Ghana called the count deeply flawed.") == [("Ghana", "oppose")]


def test_a_declaration_without_a_verdict_is_silent(nlp):
    assert stances(nlp, "Ortega declared a state of emergency on Monday.") == []


# -- support whose object is against something, or "no" something, is opposition to it ---------


def test_vowing_to_fight_something_is_opposing_it(nlp):
    [(name, p)] = positions_of(nlp, "Norway vowed to fight the new fishing quotas.", NAMES)
    assert (name, p.polarity) == ("Norway", "oppose")
    assert "quotas" in (p.topic or "")


def test_wanting_to_stop_somewhere_is_no_opposition(nlp):
    # "stop" with no object is a halt on the way, not an act against anything
    assert stances(nlp, "Norway wants to stop in Chile on the way home.") == [("Norway", "support")]


def test_seeking_no_confrontation_is_against_one(nlp):
    assert stances(nlp, "Chile seeks no confrontation with Peru.") == [("Chile", "oppose")]
    assert stances(nlp, "Chile seeks a lasting settlement with Peru.") == [("Chile", "support")]


# -- arguing that something is not so is arguing against it ------------------------------------


def test_believing_something_is_not_so_is_against_it(nlp):
    assert stances(nlp, "Ghana believes that the vote was not fair.") == [("Ghana", "oppose")]
    assert stances(nlp, "Ghana argues that no deal exists.") == [("Ghana", "oppose")]


def test_believing_something_is_so_stays_support(nlp):
    assert stances(nlp, "Ghana believes that the vote was fair.") == [("Ghana", "support")]


def test_promising_not_to_do_something_is_against_it(nlp):
    assert stances(nlp, "Norway promised not to raise its fishing fees.") == [("Norway", "oppose")]


def test_asking_not_to_be_named_is_no_stance(nlp):
    # how a source stays anonymous; support of "being named" would say the opposite
    text = "A clerk for Ortega, who asked not to be named, described the queue as short."
    assert [n for n, p in positions_of(nlp, text, NAMES) if "named" in (p.topic or "")] == []


# -- nouns of a held view, with their holder ------------------------------------------------


def test_a_view_with_its_content_is_the_holders_argument(nlp):
    text = "Ghana's view that the border talks can succeed was welcomed."
    assert ("Ghana", "support") in stances(nlp, text)


def test_a_view_that_names_only_its_subject_is_silent(nlp):
    assert stances(nlp, "Ghana's view on the border talks is not known.") == []


def test_a_proposal_or_request_is_its_makers_support(nlp):
    assert stances(nlp, "Chile's proposal for a joint fishery was discussed.") == [
        ("Chile", "support")
    ]
    assert stances(nlp, "A request by Peru for a delay in the vote was granted.") == [
        ("Peru", "support")
    ]


def test_a_request_by_nobody_named_is_silent(nlp):
    assert stances(nlp, "A request for a delay in the vote was granted.") == []


def test_the_of_phrase_of_a_wish_names_its_holder(nlp):
    text = "The decision of Mexico to leave the council surprised its neighbours."
    assert stances(nlp, text) == [("Mexico", "support")]
    # "of" an act is what the decision is about, not who holds it
    assert stances(nlp, "The decision of leaving the council surprised its neighbours.") == []


# -- requests, invitations, charges, challenges, plots ------------------------------------------


def test_requesting_or_inviting_an_act_is_support_of_it(nlp):
    assert stances(nlp, "Peru requested a delay in the vote.") == [("Peru", "support")]
    [(name, p)] = positions_of(nlp, "Chile invited Peru to join the fishing pact.", NAMES)
    assert (name, p.polarity) == ("Chile", "support") and "join" in (p.topic or "")


def test_an_invitation_to_a_place_is_no_stance(nlp):
    assert stances(nlp, "Chile invited Ortega to dinner at the palace.") == []


def test_charging_and_challenging_are_opposition(nlp):
    assert stances(nlp, "Ghana charged that the count had been rigged.") == [("Ghana", "oppose")]
    assert stances(nlp, "Acme challenged the ruling in the high court.") == [("Acme", "oppose")]


def test_a_charge_that_is_a_price_is_silent(nlp):
    assert stances(nlp, "Acme charged five dollars for the report.") == []


def test_plotting_or_pursuing_a_course_is_an_intention(nlp):
    assert stances(nlp, "Ortega plotted to seize the capital.") == [("Ortega", "support")]
    assert stances(nlp, "Mexico pursued an independent trade policy.") == [("Mexico", "support")]


# -- a belief that judges its subject, a view stated after the copula ---------------------------


def test_believing_a_thing_is_bad_is_against_it(nlp):
    [(name, p)] = positions_of(nlp, "Ghana believes the new quota is unfair.", NAMES)
    assert (name, p.polarity) == ("Ghana", "oppose")
    assert "quota" in (p.topic or "")


def test_believing_a_plain_fact_keeps_the_belief(nlp):
    # no valence in what the clause says: the belief is the holder's argument, as before
    assert stances(nlp, "Ghana believes the quota is temporary.") == [("Ghana", "support")]


def test_a_position_stated_after_the_copula_is_the_holders(nlp):
    text = "Chile's position is that the talks must resume."
    assert ("Chile", "support") in stances(nlp, text)


# -- an expressed attitude: what it is about may hang on the verb --------------------------------


def test_concern_expressed_over_something_is_about_it(nlp):
    [(name, p)] = positions_of(nlp, "Peru expressed concern over the new tariffs.", NAMES)
    assert (name, p.polarity) == ("Peru", "oppose")
    assert "tariffs" in (p.topic or "")


def test_their_voiced_support_reads_as_the_verbs_claim(nlp):
    result = positions_of(nlp, "Norway and Chile voiced their support for the accord.", NAMES)
    assert sorted((n, p.polarity) for n, p in result) == [
        ("Chile", "support"),
        ("Norway", "support"),
    ]
    assert all(p.claim.startswith("voiced") for _, p in result)


def test_concern_expressed_by_no_one_named_is_silent(nlp):
    assert stances(nlp, "Concern was expressed over the new tariffs.") == []


# -- holding a view, "in X's view", binding oneself to an act -----------------------------------


def test_holding_the_view_that_is_arguing_it(nlp):
    text = "Ortega held the view that the new quota would ruin the fleet."
    assert stances(nlp, text) == [("Ortega", "support")]


def test_in_his_view_the_sentence_is_his_argument(nlp):
    [(name, p)] = positions_of(nlp, "In Ortega's view, the talks must resume at once.", NAMES)
    assert (name, p.polarity) == ("Ortega", "support")
    assert "resume" in p.claim


def test_in_a_view_of_no_one_is_silent(nlp):
    assert stances(nlp, "In the view from the hills, the town looked calm.") == []


def test_committing_oneself_to_an_act_is_an_intention(nlp):
    text = "Peru committed itself to cut its fishing fleet by half."
    assert stances(nlp, text) == [("Peru", "support")]


def test_committing_a_crime_is_no_intention(nlp):
    assert stances(nlp, "Ortega committed a serious error in the count.") == []


# -- a dateline is no holder -------------------------------------------------------------------


def test_a_dateline_city_is_not_the_subject(nlp):
    names = {**NAMES, "LIMA": place()}
    text = "LIMA, May 3 (Reuters) - President Ortega praised Chile for the swift arrest."
    result = positions_of(nlp, text, names)
    assert [(n, p.polarity) for n, p in result] == [("Ortega", "support")]


def test_what_someone_is_accused_of_is_not_the_accusers_stance(nlp):
    result = stances(nlp, "Norway accused Chile of backing the rebels in the north.")
    assert result == [("Norway", "oppose")]  # against Chile; Norway backs no rebels
    assert stances(nlp, "Norway accused Chile of wanting to block the accord.") == [
        ("Norway", "oppose")
    ]


# -- recommending, advising, suggesting; criticism from someone ---------------------------------


def test_recommending_or_advising_an_act_supports_it(nlp):
    assert stances(nlp, "Acme recommended a merger with its rival.") == [("Acme", "support")]
    assert stances(nlp, "Peru advised Chile to delay the vote.") == [("Peru", "support")]


def test_advising_someone_of_a_fact_is_silent(nlp):
    assert stances(nlp, "Peru advised Chile of the ship's arrival.") == []


def test_suggesting_that_is_arguing_it(nlp):
    assert stances(nlp, "Ghana suggested that the vote was not fair.") == [("Ghana", "oppose")]


def test_criticism_from_someone_is_theirs(nlp):
    text = "Ortega faced fresh criticism from Ghana over the count."
    assert ("Ghana", "oppose") in stances(nlp, text)
    # "from" a place of origin is no holder
    assert stances(nlp, "A fear from the old days came back to the town.") == []


# -- conditions and questions are silent for every cue; a scene is no stance --------------------


def test_a_stance_in_a_condition_or_a_question_is_silent(nlp):
    assert stances(nlp, "If Norway backs the deal, the vote will pass easily.") == []
    assert stances(nlp, "The deal holds only if Chile is willing to cut its quota.") == []
    assert stances(nlp, "Is Chile willing to cut its quota?") == []
    assert stances(nlp, "Chile is willing to cut its quota.") == [("Chile", "support")]


def test_against_a_backdrop_is_no_opposition(nlp):
    text = "Against this backdrop, Ortega is hopeful about the talks with Peru."
    assert stances(nlp, text) == [("Ortega", "support")]
    assert stances(nlp, "Ortega is against the new quota.") == [("Ortega", "oppose")]


def test_anxious_to_act_is_eager_and_less_happy_is_unhappy(nlp):
    assert stances(nlp, "Acme is anxious to close the deal.") == [("Acme", "support")]
    assert stances(nlp, "Acme is anxious about the new rules.") == [("Acme", "oppose")]
    assert stances(nlp, "Peru is now even less happy about the new quota.") == [("Peru", "oppose")]


def test_bent_on_an_act_is_an_intention(nlp):
    assert stances(nlp, "Ortega is bent on seizing the capital.") == [("Ortega", "support")]
    assert stances(nlp, "The old pipe under Ortega's house was bent.") == []


# -- granting that something is so, being unsure: a view without a side ------------------------


def test_admitting_that_is_a_neutral_view(nlp):
    assert stances(nlp, "Acme admitted that the merger had failed.") == [("Acme", "neutral")]
    assert stances(nlp, "Ortega is unsure about the new quota.") == [("Ortega", "neutral")]


def test_admitted_to_a_place_or_an_uncertain_outcome_is_silent(nlp):
    assert stances(nlp, "Ortega was admitted to hospital on Monday.") == []
    assert stances(nlp, "The outcome of the talks with Peru is uncertain.") == []


# -- support one is thanked for or one receives: the backer holds it ----------------------------


def test_thanked_for_backing_is_the_backers_support(nlp):
    result = stances(nlp, "Norway thanked Ghana for backing the fishing accord.")
    assert ("Ghana", "support") in result and ("Norway", "support") in result


def test_accused_of_backing_is_no_stance_of_the_accused(nlp):
    # an allegation grants nothing: Chile is not shown backing anything
    assert ("Chile", "support") not in stances(nlp, "Norway accused Chile of backing the rebels.")


def test_having_the_support_of_someone_is_theirs(nlp):
    assert stances(nlp, "Ortega has the support of Chile.") == [("Chile", "support")]
    [(name, p)] = positions_of(nlp, "Ortega won the backing of Peru for his plan.", NAMES)
    assert name == "Peru" and "plan" in (p.topic or "")


def test_support_one_has_without_a_backer_is_silent(nlp):
    assert stances(nlp, "Ortega has the support he needs.") == []


def test_considering_as_a_preposition_or_a_view_is_no_deliberation(nlp):
    assert stances(nlp, "Considering the falling prices, Acme closed two plants.") == []
    assert ("Peru", "neutral") not in stances(nlp, "Peru will consider Chile as a partner.")


def test_lashing_out_at_something_is_against_it(nlp):
    assert stances(nlp, "Peru lashed out at the new fishing quotas.") == [("Peru", "oppose")]
    assert stances(nlp, "Chile hit out at its critics in the port unions.") == [("Chile", "oppose")]


def test_hitting_or_lashing_out_at_nothing_named_is_silent(nlp):
    assert stances(nlp, "Peru hit the ball out of the stadium.") == []
    assert stances(nlp, "If Peru lashes out at the quotas, the talks will end.") == []


def test_a_warning_or_a_threat_is_its_holders_stance(nlp):
    assert stances(nlp, "Peru issued a warning against the new fishing quotas.") == [
        ("Peru", "oppose")
    ]
    assert stances(nlp, "The threats by Chile came after the vote.") == [("Chile", "oppose")]


def test_a_warning_nobody_issues_is_silent(nlp):
    assert stances(nlp, "The storm warning was posted at the port.") == []
    assert stances(nlp, "Did Peru issue a warning against the quotas?") == []


def test_disagreeing_with_something_is_against_it(nlp):
    assert stances(nlp, "Peru disagreed with Chile over the fishing quotas.") == [
        ("Peru", "oppose"),
    ]
    assert stances(nlp, "Ghana agrees with Mexico on the new quotas.") == [("Ghana", "support")]


def test_agreeing_with_someone_saying_or_asked_is_no_stance_on_them(nlp):
    assert stances(nlp, "Peru agreed, with Ortega saying the quotas were fair.") == []
    assert stances(nlp, "Does Peru disagree with Chile over the quotas?") == []


def test_a_relative_after_the_preposition_stands_for_its_noun(nlp):
    [(name, p)] = positions_of(nlp, "The quota deal, which Peru objected to, was signed.", NAMES)
    assert (name, p.polarity) == ("Peru", "oppose") and "deal" in (p.topic or "")
