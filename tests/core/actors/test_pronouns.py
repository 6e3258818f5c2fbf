"""Pronouns resolved to the one actor that fits, or left alone (core.actors.pronouns)."""

from __future__ import annotations

from tests.core.actors.helpers import actors_of, at, named


def test_pronouns_go_to_the_clear_antecedent(nlp):
    text = (
        "Senator Maria Lopez spoke at the rally on Friday. "
        "“We will win this state,” she said. Her campaign raised money all week."
    )
    actors = actors_of(nlp, text)
    lopez = named(actors, "Maria Lopez")
    assert at(actors, text, "she") is lopez
    assert at(actors, text, "Her") is lopez


def test_pronoun_with_two_candidates_prefers_the_subject_or_stays_unresolved(nlp):
    text = "Tom Baker met Ann Cole in Paris. Mr. Baker said he was glad."
    actors = actors_of(nlp, text)
    baker = named(actors, "Tom Baker")
    assert at(actors, text, "he") is baker


def test_it_goes_to_the_country_that_governs_the_clause(nlp):
    text = "Norway says it will keep its embassy open."
    actors = actors_of(nlp, text)
    norway = named(actors, "Norway")
    assert at(actors, text, "it") is norway
    assert at(actors, text, "its") is norway


def test_expletive_it_stays_unresolved(nlp):
    text = "The report was long. It is clear that Norway will wait."
    actors = actors_of(nlp, text)
    assert at(actors, text, "It") is None


def test_relative_who_goes_to_the_person(nlp):
    text = "Sen. Tomas Lund, who won Ohio, said he was pleased."
    actors = actors_of(nlp, text)
    lund = named(actors, "Tomas Lund")
    assert at(actors, text, "who") is lund
    assert at(actors, text, "he") is lund


def test_a_pronoun_outside_quotes_skips_a_name_inside_them(nlp):
    text = "Tom Reed ran the meeting. “Sam Ortiz will lose,” the clerks said. He left early."
    actors = actors_of(nlp, text)
    assert at(actors, text, "He") is named(actors, "Tom Reed")


def test_a_name_beside_a_nested_quote_is_not_quoted(nlp):
    # a block quote opened with a straight mark, a curly quote inside it: the name before the
    # curly quote is the one "he" goes back to, not the man named before the block
    text = (
        "Tom Reed wrote on Monday:\n"
        '"Sam Ortiz of the Ledger has pressed the agency for years. '
        '“They have done nothing,” he quoted one official as saying."'
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "he") is named(actors, "Sam Ortiz")


def test_they_goes_to_the_one_group_in_reach(nlp):
    text = (
        "Council officials believe the true totals are larger, as the survey was dated. "
        "Even so, they maintain that many tenants are not counted."
    )
    actors = actors_of(nlp, text)
    officials = at(actors, text, "Council officials")
    assert officials is not None and officials.kind == "group"
    assert at(actors, text, "they") is officials


def test_they_stays_open_beside_other_people_or_a_coordination(nlp):
    # near misses: the prisoners could be "they"; so could Chile, Peru and Ghana
    text = (
        "Because Western diplomats had met the prisoners on Monday, it was a long day. "
        "Even so, they demand more food."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "they") is None
    text = "The envoy welcomed hints from Chile, Peru and Ghana that they mean to join the pact."
    actors = actors_of(nlp, text)
    assert at(actors, text, "they") is None


def test_an_object_pronoun_is_not_the_subject_of_its_verb(nlp):
    # "Ndeki toasted him" would be "himself" if it were Ndeki
    text = "South African President Thabo Ndeki met the diver. Ndeki then toasted him."
    actors = actors_of(nlp, text)
    assert at(actors, text, "him") is None
    # near miss: the subject pronoun of the next clause is still Ndeki
    text = "South African President Thabo Ndeki met the diver. Ndeki said he was proud."
    actors = actors_of(nlp, text)
    assert at(actors, text, "he") is at(actors, text, "Thabo Ndeki")


def test_it_after_a_document_is_its_issuer(nlp):
    # the pronoun pass knows what a document stands for (core.actors.stands_for)
    text = (
        "China published a paper on the war. The paper called for talks. "
        "It also said sanctions must end."
    )
    actors = actors_of(nlp, text)
    china = named(actors, "China")
    assert at(actors, text, "It") is china


def test_it_after_a_document_no_one_issued_stays_open(nlp):
    # near miss: a paper with no issuer in the text stands for no one, and nor does "it"
    text = (
        "A paper on the war appeared. The paper called for talks. It also said sanctions must end."
    )
    actors = actors_of(nlp, text)
    assert at(actors, text, "It") is None
