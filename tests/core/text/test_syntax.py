"""core.text.syntax: the one reading of subjects, agents, "according to" and paragraphs."""

from __future__ import annotations

from core.text import syntax
from core.text.syntax import (
    according_to,
    agent_of,
    has_subject,
    line_breaks_around,
    own_subject,
    phrase_head,
    same_paragraph,
    subject_of,
    to_infinitive,
)


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


def test_subject_labels_are_one_set_and_its_nominal_part():
    assert syntax.NOMINAL_SUBJECTS < syntax.SUBJECTS
    assert {"csubj"} == syntax.SUBJECTS - syntax.NOMINAL_SUBJECTS


def test_subject_of_follows_coordination_but_own_subject_does_not(nlp):
    doc = nlp("The mayor praised the plan and promised more buses.")
    promised = _tok(doc, "promised")
    assert subject_of(promised).text == "mayor"
    assert own_subject(promised) is None
    assert not has_subject(promised)
    assert own_subject(_tok(doc, "praised")).text == "mayor"


def test_subject_of_a_relative_clause_is_the_noun_it_describes(nlp):
    doc = nlp("The senator who opposed the bill spoke on Monday.")
    assert subject_of(_tok(doc, "opposed")).text == "senator"


def test_subject_of_a_reduced_passive_is_no_one(nlp):
    doc = nlp("They unveiled a plan denounced as reckless.")
    assert subject_of(_tok(doc, "denounced")) is None


def test_agent_of_a_passive_and_none_for_an_active_verb(nlp):
    doc = nlp("The plan was rejected by the council.")
    assert agent_of(_tok(doc, "rejected")).text == "council"
    active = nlp("The council rejected the plan.")
    assert agent_of(_tok(active, "rejected")) is None


def test_according_to_names_the_source_and_nothing_without_to(nlp):
    doc = nlp("According to the union, the strike will go ahead.")
    assert according_to(_tok(doc, "According")).text == "union"
    assert according_to(_tok(doc, "strike")) is None


def test_phrase_head_climbs_a_name_to_its_last_word(nlp):
    doc = nlp("Ines Marr said nothing.")
    assert phrase_head(_tok(doc, "Ines")).text == "Marr"
    assert phrase_head(_tok(doc, "said")).text == "said"


def test_to_infinitive_only_with_to(nlp):
    doc = nlp("She vowed to repeal the tax.")
    assert to_infinitive(_tok(doc, "vowed")).text == "repeal"
    assert to_infinitive(_tok(nlp("She repealed the tax."), "repealed")) is None


def test_paragraphs_are_the_text_between_line_breaks(nlp):
    text = "The mayor spoke.\n\nThe council listened."
    doc = nlp(text)
    mayor, council = _tok(doc, "mayor"), _tok(doc, "council")
    assert not same_paragraph(mayor, council)
    assert same_paragraph(mayor, _tok(doc, "spoke"))
    lo, hi = line_breaks_around(doc, council.idx)
    assert text[lo + 1 : hi] == "The council listened."
    assert line_breaks_around(doc, mayor.idx) == (-1, text.index("\n"))


def test_governing_subject_is_the_nearest_known_one_before_the_pronoun(nlp):
    from core.text.syntax import governing_subject

    doc = nlp("The mayor said he would resign.")
    he = _tok(doc, "he")
    assert governing_subject(he, lambda t: t.text if t.text != "he" else None) == "mayor"
    assert governing_subject(he, lambda t: None) is None  # nobody known: no antecedent
    # an object is not its own clause's subject: "Kyiv welcomed it" is not Kyiv
    obj = nlp("Kyiv welcomed it.")
    assert governing_subject(_tok(obj, "it"), lambda t: t.text) is None


def test_opening_subject_is_the_previous_sentences_subject(nlp):
    from core.text.syntax import opening_subject

    doc = nlp("The ministry issued a paper. Its first point was clear.")
    its = _tok(doc, "Its")
    start = its.sent.start
    prev = doc[start - 1].sent.start
    assert opening_subject(its, start, prev).text == "ministry"
    assert opening_subject(its, 0, 0) is None  # the first sentence has none before it


def test_paragraph_breaks_skip_a_hard_wrap_inside_a_sentence():
    from core.text.quote_marks import paragraph_breaks

    text = "the city is \nwatching.\n\nNext one,\nand\nThen"
    assert [text[a:b] for a, b in paragraph_breaks(text)] == ["\n\n", "\n"]
