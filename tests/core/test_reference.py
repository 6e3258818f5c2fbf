"""core.reference: the one resolver, built once per article and shared by quotes and positions."""

from __future__ import annotations

from core.actors.registry import find_actors
from core.reference import resolver_for


def test_one_resolver_per_article_and_a_new_one_for_the_next(nlp):
    doc = nlp("China published a paper on the war. The paper called for talks.")
    actors = find_actors(doc)
    first = resolver_for(doc, actors)
    assert resolver_for(doc, actors) is first
    other = nlp("Spain said nothing.")
    assert resolver_for(other, find_actors(other)) is not first


def test_a_document_stands_for_its_issuer_and_a_plain_noun_for_no_one(nlp):
    text = "China published a paper on the war. The paper called for talks."
    doc = nlp(text)
    resolver = resolver_for(doc, find_actors(doc))
    second = [t for t in doc if t.text == "paper"][1]
    actor = resolver.actor_of(second)
    assert actor is not None and actor.name == "China"
    assert resolver.actor_of(next(t for t in doc if t.text == "talks")) is None


def test_a_span_resolves_by_its_mention_or_its_head_noun(nlp):
    text = "China published a paper on the war. The paper called for talks."
    doc = nlp(text)
    resolver = resolver_for(doc, find_actors(doc))
    start = text.rindex("The paper")
    assert resolver.actor_in(start, start + len("The paper")).name == "China"
    assert resolver.actor_in(0, len("China")).name == "China"


def test_with_quotes_reads_i_inside_a_quote_as_its_speaker(nlp):
    from core.quotes.find import find_quotes

    text = "“I will not sign it,” Ana Ruiz said."
    doc = nlp(text)
    actors = find_actors(doc)
    quotes = find_quotes(doc, actors)
    resolver = resolver_for(doc, actors).with_quotes(quotes)
    i = next(t for t in doc if t.text == "I")
    assert resolver.actor_of(i) is not None and resolver.actor_of(i).name == "Ana Ruiz"
    assert resolver_for(doc, actors).actor_of(i) is None  # without the quotes, no one


def test_they_after_a_pair_with_appositions_is_each_of_them(nlp):
    text = (
        "The head of the bank, Jane Smith, and the president of the union, Tom Brown, sent a "
        "note to the minister in which they urge him to cut fares."
    )
    doc = nlp(text)
    resolver = resolver_for(doc, find_actors(doc))
    they = next(t for t in doc if t.text == "they")
    assert {a.name for a in resolver.joint_of(they)} == {"Jane Smith", "Tom Brown"}


def test_a_person_noun_is_not_the_place_that_modifies_it(nlp):
    text = "Rain fell in Leeds on Monday. The tired Leeds resident said the road was closed."
    doc = nlp(text)
    resolver = resolver_for(doc, find_actors(doc))
    start = text.index("The tired")
    found = resolver.actor_in(start, start + len("The tired Leeds resident"))
    assert found is None or found.kind == "person"
    # near miss: a body of the place is the place ("the Leeds council" is not a person noun)
    start = text.index("Leeds on")
    assert resolver.actor_in(start, start + len("Leeds")).name == "Leeds"


def _unattributed(text: str):
    """A direct quote as the quotes would leave it without a speaker."""
    from core.model import Quote

    start, end = text.index("“") + 1, text.index("”")
    return Quote(id="q1", kind="direct", start=start, end=end, text=text[start:end])


def test_we_in_a_quote_left_without_speaker_is_the_subject_of_its_sentences_speech_verb(nlp):
    text = "“We are worried about the vote,” Ana Ruiz told reporters on Monday."
    doc = nlp(text)
    actors = find_actors(doc)
    resolver = resolver_for(doc, actors).with_quotes((_unattributed(text),))
    we = next(t for t in doc if t.text == "We")
    found = resolver.actor_of(we)
    assert found is not None and found.name == "Ana Ruiz"


def test_we_in_a_quote_left_without_speaker_stays_open_with_two_speech_verbs(nlp):
    # near miss: two verbs of saying outside the quote; either could be its frame
    text = "“We are worried about the vote,” Ana Ruiz wrote, and Tom Brown said so too."
    doc = nlp(text)
    actors = find_actors(doc)
    resolver = resolver_for(doc, actors).with_quotes((_unattributed(text),))
    we = next(t for t in doc if t.text == "We")
    assert resolver.actor_of(we) is None
