"""Reported speech: content boundaries (issue 14, session 6). One text of our own per rule and
a near miss that must stay as it is."""

from __future__ import annotations

# the same readers as the content tests: a text's quotes, and its reported ones with speakers
from tests.core.quotes.test_reported_content import quotes_of, reported


def contents(nlp, text: str) -> list[str]:
    return [t for t, _ in reported(quotes_of(nlp, text))]


def probe(nlp, text: str) -> None:
    """(debugging aid) print the quotes of a text."""
    for q in quotes_of(nlp, text):
        print(q.kind, q.cue.text if q.cue else None, "|", q.text)


def test_a_quote_signed_inside_the_content_is_part_of_it(nlp):
    # the scare quote hangs on a verb inside the content, which reports it: no other speaker
    text = (
        "Adaeze Okafor says the council should be doing more for tenants and that she expects "
        "the mayor to announce a “rethink” of the housing plan."
    )
    assert (
        "the council should be doing more for tenants and that she expects the mayor to "
        "announce a “rethink” of the housing plan"
    ) in contents(nlp, text)


def test_a_quote_signed_by_a_coordinated_cue_stays_out(nlp):
    # near miss: the second conjunct is another act, with its own speaker and quote
    text = (
        "Okafor said the levy would not apply to pensioners, and when asked why, the treasurer "
        "replied, “It was never meant to.”"
    )
    said = [q.text for q in quotes_of(nlp, text) if q.cue and q.cue.text == "said"]
    assert said == ["the levy would not apply to pensioners"]


def test_a_participle_after_a_dash_is_the_reporters_gloss(nlp):
    text = (
        "Okafor says her rival took $50,000 from developers and “nobody minds” — insisting that "
        "the money bought no favours."
    )
    found = contents(nlp, text)
    assert "her rival took $50,000 from developers and “nobody minds”" in found
    assert not any("— insisting" in c for c in found)


def test_a_dash_inside_the_content_is_kept(nlp):
    # near miss: a dash before a noun phrase, not a participle, stays in the content
    text = "Okafor said the plan was a gift — a gift to developers."
    assert contents(nlp, text) == ["the plan was a gift — a gift to developers"]


def test_called_for_someone_to_act_is_the_whole_request(nlp):
    text = "The senator has called for the former mayor to publish the minutes of her meetings."
    assert contents(nlp, text) == ["the former mayor to publish the minutes of her meetings"]


def test_an_infinitive_set_off_after_the_request_stays_out(nlp):
    # near miss: the comma sets the purpose of the call apart from what was called for
    text = "The mayor called for calm on Monday, to reassure the markets."
    assert contents(nlp, text) == ["calm"]


def test_a_short_aside_inside_the_content_stays_in_it(nlp):
    text = "Okafor said her brother, who served in the navy, would never vote for Lund."
    assert contents(nlp, text) == ["her brother, who served in the navy, would never vote for Lund"]


def test_a_relative_clause_that_ends_the_content_is_still_cut(nlp):
    # near miss: the relative clause runs to the end, the reporter's note on Lund
    text = "Okafor said she would never vote for Lund, who served in the navy for ten years."
    assert contents(nlp, text) == ["she would never vote for Lund"]


def test_a_reason_after_the_content_is_part_of_it(nlp):
    text = "Okafor said the bridge would close in May because the council has run out of money."
    assert contents(nlp, text) == [
        "the bridge would close in May because the council has run out of money"
    ]


def test_a_reason_for_another_act_stays_out(nlp):
    # near miss: the reason belongs to what the speaker did next, not to what she said
    text = "Okafor said the bridge would close in May, and she left early because of the snow."
    assert contents(nlp, text) == ["the bridge would close in May"]


def test_a_statement_goes_on_after_a_cue_set_inside_it(nlp):
    found = contents(nlp, "He is leaning toward Lund, he said, because he values experience.")
    assert found == ["He is leaning toward Lund, he said, because he values experience"]
    found = contents(
        nlp, "Though the change was smooth, she said, replacing the chair would be much harder."
    )
    assert found == [
        "Though the change was smooth, she said, replacing the chair would be much harder"
    ]


def test_what_the_speaker_does_after_a_set_off_cue_stays_out(nlp):
    # near misses: a participle after the cue is the reporter's, and a clause after a direct
    # quote's cue leaves the quote to itself (no second, indirect copy of it)
    assert contents(nlp, "The plan will fail, he said, adding that the council knew it.") == [
        "The plan will fail",
        "the council knew it",
    ]
    text = "“The plan will fail,” Okafor said, “because the council has no money.”"
    assert contents(nlp, text) == []


def test_asking_someone_if_puts_the_question(nlp):
    text = "The union asked its members if the rules were explained to them."
    assert contents(nlp, text) == ["the rules were explained to them"]


def test_a_condition_on_asking_is_no_question(nlp):
    # near miss: no one is asked right before the "if": it is a condition of the request
    assert contents(nlp, "She will ask for a recount if the margin is small.") == ["a recount"]


def test_a_clause_goes_on_after_a_short_aside(nlp):
    # the infinitive after the aside hangs on the reported verb before it
    text = (
        "The governor vowed to form a joint task force, which would include the police, to "
        "crack down on smugglers."
    )
    assert contents(nlp, text) == [
        "to form a joint task force, which would include the police, to crack down on smugglers"
    ]


def test_a_phrase_after_an_aside_does_not_rejoin_it(nlp):
    # near miss: a phrase (no clause) after the aside may be the reporter's
    text = "Okafor said she would never vote for Lund, who served in the navy, in an interview."
    assert contents(nlp, text) == ["she would never vote for Lund"]


def test_a_claim_joined_by_but_goes_on_with_what_was_said(nlp):
    text = (
        "Okafor said she got a grant for her first year, but her parents earned too much for "
        "any other aid."
    )
    assert contents(nlp, text) == [
        "she got a grant for her first year, but her parents earned too much for any other aid"
    ]


def test_the_writers_but_and_the_speakers_next_act_stay_out(nlp):
    # near misses: an empty subject is the writer's remark, a pronoun the speaker's next act,
    # and no subject at all ("but declined …") too
    found = contents(nlp, "Officials said the dam was safe, but it is unclear when they return.")
    assert found == ["the dam was safe"]
    found = contents(nlp, "Okafor said the dam was safe, but she declined to say more.")
    assert found[0] == "the dam was safe"
    found = contents(nlp, "Okafor said the dam was safe, but declined to say more.")
    assert found[0] == "the dam was safe"


def test_a_condition_that_opens_the_content_stays_in_it(nlp):
    # only the "that" of the reported clause is dropped, not the "if" of its condition
    assert contents(nlp, "Okafor said that, if elected, she would cut the levy.") == [
        "if elected, she would cut the levy"
    ]


def test_the_mark_of_a_reported_question_is_dropped(nlp):
    # near miss: "whether" opens the reported clause itself
    assert contents(nlp, "Okafor asked whether the levy was fair.") == ["the levy was fair"]


def test_a_noun_phrase_set_off_after_the_content_is_the_reporters_gloss(nlp):
    # the parser hangs "a swipe …" on the cue as a second complement
    text = "Lund said the person would not get hurt at his rally, a swipe at the fights at rallies."
    assert contents(nlp, text) == ["the person would not get hurt at his rally"]


def test_a_noun_phrase_between_dashes_inside_the_content_stays_in_it(nlp):
    # near miss: the phrase closes with a dash and the clause goes on after it
    text = (
        "Okafor said he was so upset by the tone of the race -- “an insult to voters” -- that "
        "he is thinking of running."
    )
    assert contents(nlp, text)[0] == (
        "he was so upset by the tone of the race -- “an insult to voters” -- that he is "
        "thinking of running"
    )


def test_a_claim_joined_by_but_may_have_the_speaker_for_subject(nlp):
    text = "Lund says she hopes to win the seat, but she knows that the race will be close."
    assert contents(nlp, text)[0] == (
        "she hopes to win the seat, but she knows that the race will be close"
    )


def test_a_joined_clause_that_goes_on_to_a_colon_is_the_speakers_next_act(nlp):
    # near miss: what follows the colon is the speaker's next words, not the first claim
    text = (
        "Okafor said both rivals were weak in the Senate, but she gave one of them a "
        "compliment: “He is very smart.”"
    )
    assert contents(nlp, text) == ["both rivals were weak in the Senate"]


def test_a_linking_phrase_before_the_content_is_the_writers(nlp):
    assert contents(nlp, "In all, 181 donors lobbied the ministry, the report said.") == [
        "181 donors lobbied the ministry"
    ]


def test_a_linking_word_without_its_comma_stays_in_the_content(nlp):
    # near miss: "Still higher taxes" is no link set off before the clause
    assert contents(nlp, "Still higher taxes will come, Okafor said.") == [
        "Still higher taxes will come"
    ]


def test_a_but_after_the_writers_concession_is_not_what_was_said(nlp):
    # the writer concedes ("even though …") and answers it with "but": no part of the claim
    text = (
        "Lund says the plan is fair even though Okafor has never backed it, but the mayor has"
        " come under pressure to drop it."
    )
    assert [q.text for q in quotes_of(nlp, text) if q.kind == "indirect"] == ["the plan is fair"]


def test_a_who_clause_on_the_people_a_claim_is_about_stays_in_it(nlp):
    text = "Okafor said the levy is popular among farmers, who want the roads fixed."
    assert contents(nlp, text) == ["the levy is popular among farmers, who want the roads fixed"]


def test_a_who_clause_on_one_person_is_the_writers_note(nlp):
    # near miss: who the mayor is, set off after the claim, is the writer's
    text = "Okafor said the levy was drafted by the mayor, who served in the navy for ten years."
    assert contents(nlp, text) == ["the levy was drafted by the mayor"]


def test_who_else_holds_the_view_is_the_writers_addition(nlp):
    text = "Okafor said she wants an inquiry, as have other members of the council."
    assert contents(nlp, text) == ["she wants an inquiry"]


def test_as_with_a_clause_of_its_own_stays_in_the_content(nlp):
    # near miss: "as" opening a clause with its own subject and verb is the speaker's reason
    text = "Okafor said the plan will fail as costs keep rising."
    assert contents(nlp, text) == ["the plan will fail as costs keep rising"]


def test_a_where_clause_on_what_a_claim_leads_to_stays_in_it(nlp):
    text = (
        "Okafor said the levy could lead to retaliatory measures, where other towns would "
        "raise their own fees."
    )
    assert contents(nlp, text) == [
        "the levy could lead to retaliatory measures, where other towns would raise their own fees"
    ]


def test_a_where_clause_on_a_place_is_the_writers_note(nlp):
    # near miss: what is at stake in the district is the writer's addition
    text = "Okafor said the vote will be close in the northern district, where 40 seats are open."
    assert contents(nlp, text) == ["the vote will be close in the northern district"]


def test_a_participle_after_an_adverb_is_still_the_reporters_gloss(nlp):
    text = "Okafor told voters he would fight for them, implicitly putting his name on the line."
    assert contents(nlp, text) == ["he would fight for them"]


def test_a_guessed_consequence_stays_in_the_content(nlp):
    # near miss: "possibly …" is the speaker's own guess at what follows
    text = (
        "Okafor said the levy is hurting the venues, possibly providing the city with a legal "
        "argument for ending the deals."
    )
    assert contents(nlp, text) == [
        "the levy is hurting the venues, possibly providing the city with a legal argument for "
        "ending the deals"
    ]


def test_a_relative_led_by_a_preposition_is_a_tail_too(nlp):
    text = (
        "Okafor said Lund chaired the effort to discredit the intern, with whom the mayor had "
        "an affair."
    )
    assert contents(nlp, text) == ["Lund chaired the effort to discredit the intern"]


def test_a_short_aside_led_by_a_preposition_stays_in_the_content(nlp):
    # near miss: the aside closes and the reported clause goes on
    text = "Okafor said her brother, with whom she lives, would never vote for Lund."
    assert contents(nlp, text) == ["her brother, with whom she lives, would never vote for Lund"]
