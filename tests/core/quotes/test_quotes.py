"""Quotes: one short text of our own per pattern, the mark scanner, and the seed gold."""

from __future__ import annotations

import importlib.util
import json

import pytest

from core.analyze import analyze
from core.lexicon.speech import lexicon_size
from core.model import Article, Quote
from core.quotes.find import find_quotes
from core.text.quote_marks import scan_quotes
from tests.conftest import SEED, SHARED_EVAL


def quotes_of(nlp, text: str) -> tuple[Quote, ...]:
    return find_quotes(nlp(text), ())


def the_quote(quotes: tuple[Quote, ...], words: str, kind: str | None = None) -> Quote:
    found = [q for q in quotes if words in q.text and (kind is None or q.kind == kind)]
    assert found, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return found[0]


def speaker_words(q: Quote) -> str:
    return q.speaker_mention.text if q.speaker_mention else ""


# --- the mark scanner -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will win the vote” today.",
        'He said "we will win the vote" today.',
        "He said «we will win the vote» today.",
        "He said „we will win the vote“ today.",
        "He said ``we will win the vote'' today.",
        "He said ''we will win the vote'' today.",
        "He said ‘we will win the vote’ today.",
    ],
)
def test_every_quote_style_is_found(text):
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == ["we will win the vote"]


def test_apostrophes_are_not_quote_marks():
    text = "Xi’s aides didn’t say it. The voters’ mood in the ’90s was O'Brien's concern."
    assert scan_quotes(text) == ()


def test_single_quotes_inside_double_stay_inside():
    text = "“She told me, ‘go home now,’ and I left,” he said."
    spans = scan_quotes(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].startswith("She told me")


def test_unclosed_quote_runs_to_the_paragraph_end_and_reopened_one_continues():
    text = "“We will fight on.\n\n“And we will win,” she said.\n\n“Stray"
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We will fight on.",
        "And we will win,",
        "Stray",
    ]
    assert spans[0].continues and not spans[1].continues and spans[2].unclosed


# --- direct quotes and their speakers ---------------------------------------------------------


def test_quote_then_speaker_said(nlp):
    q = the_quote(
        quotes_of(nlp, "“The budget is a disgrace,” Maria Lopez said on Monday."), "budget"
    )
    assert q.kind == "direct"
    assert speaker_words(q) == "Maria Lopez"
    assert q.cue and q.cue.text == "said"


def test_speaker_said_colon_quote(nlp):
    q = the_quote(quotes_of(nlp, "Maria Lopez said: “The budget is a disgrace.”"), "budget")
    assert speaker_words(q) == "Maria Lopez"


def test_quote_then_said_speaker(nlp):
    text = "“We expect a long fight,” said Tom Baker, a spokesman for the union."
    q = the_quote(quotes_of(nlp, text), "long fight")
    assert "Tom Baker" in speaker_words(q)


def test_speaker_told_a_press_conference_quote(nlp):
    text = "Tom Baker told a press conference, “We will not back down from this fight.”"
    q = the_quote(quotes_of(nlp, text), "back down", "direct")
    assert speaker_words(q) == "Tom Baker"
    assert q.cue and q.cue.text == "told"


def test_quoted_as_saying(nlp):
    text = "The minister was quoted as saying, “There will be no new taxes this year.”"
    q = the_quote(quotes_of(nlp, text), "no new taxes", "direct")
    assert speaker_words(q) == "The minister"


def test_channel_reported_speaker_as_saying(nlp):
    text = "“Our doors remain open to talks,” the agency reported Anna Berg as saying."
    q = the_quote(quotes_of(nlp, text), "doors remain open")
    assert speaker_words(q) == "Anna Berg"
    assert q.cue and q.cue.text == "saying"


def test_he_wrote_keeps_the_pronoun(nlp):
    text = "Tom Baker posted a long message.\n\n“This is the best day of my life,” he wrote."
    q = the_quote(quotes_of(nlp, text), "best day")
    assert speaker_words(q) == "he"
    assert q.cue and q.cue.text == "wrote"


def test_according_to_speaker(nlp):
    text = "According to Maria Lopez, the plant will close by the end of the year."
    q = the_quote(quotes_of(nlp, text), "plant will close")
    assert q.kind == "indirect"
    assert speaker_words(q) == "Maria Lopez"
    assert q.cue and q.cue.text == "According to"


def test_quote_only_paragraph_keeps_the_previous_speaker(nlp):
    text = (
        "“We were never consulted about the plan,” Maria Lopez said.\n\n"
        "“Nobody asked the families who live here what they wanted.”"
    )
    quotes = quotes_of(nlp, text)
    q = the_quote(quotes, "Nobody asked")
    assert speaker_words(q) == "Maria Lopez"


def test_split_quote_is_one_quote_with_fragments(nlp):
    text = "“We are ready,” Tom Baker said, “but we need more time to finish the work.”"
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    q = quotes[0]
    assert [f.text for f in q.fragments] == [
        "We are ready,",
        "but we need more time to finish the work.",
    ]
    assert speaker_words(q) == "Tom Baker"


def test_quote_after_the_attribution_joins_the_same_quote(nlp):
    text = "“We are ready,” Tom Baker said. “The work will be finished by the end of May.”"
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1 and len(quotes[0].fragments) == 2


def test_quote_across_paragraphs_is_one_quote(nlp):
    text = (
        "Maria Lopez spoke for an hour. “The first thing we did was count the votes again.\n\n"
        "“Then we counted them a third time, and the result did not change,” she said."
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 1
    assert len(quotes[0].fragments) == 2
    assert speaker_words(quotes[0]) == "she"


def test_partial_quote_inside_a_sentence_is_the_speakers(nlp):
    text = "Maria Lopez said the new plan was “a total disaster for farmers” in her region."
    q = the_quote(quotes_of(nlp, text), "total disaster", "direct")
    assert speaker_words(q) == "Maria Lopez"


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “peace dividend” never arrived in the region.",
        "She appeared on “Meet the Press” on Sunday morning.",
        "The company released a “position paper” in February.",
    ],
)
def test_scare_quotes_and_titles_are_not_speech(nlp, text):
    assert [q for q in quotes_of(nlp, text) if q.kind == "direct"] == []


def test_speaker_resolves_to_the_actor(nlp):
    text = "“The budget is a disgrace,” Maria Lopez said on Monday."
    analysis = analyze(Article(source="t", text=text), nlp)
    q = the_quote(analysis.quotes, "budget")
    actor = analysis.actor(q.speaker)
    assert actor is not None and "Lopez" in actor.name


def test_a_document_speaks_for_whoever_issued_it(nlp):
    text = (
        "A report published by Greenpeace in May criticised the mine.\n\n"
        "“Rivers downstream are already poisoned,” the report read."
    )
    analysis = analyze(Article(source="t", text=text), nlp)
    q = the_quote(analysis.quotes, "Rivers downstream")
    assert speaker_words(q) == "the report"
    actor = analysis.actor(q.speaker)
    assert actor is not None and actor.name == "Greenpeace"


# --- reported speech --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Maria Lopez said the factory would reopen in March.",
            "the factory would reopen in March",
            "Maria Lopez",
        ),
        (
            "Maria Lopez said that the factory would reopen in March.",
            "the factory would reopen in March",
            "Maria Lopez",
        ),
        (
            "Tom Baker told reporters that the union would strike on Friday.",
            "the union would strike on Friday",
            "Tom Baker",
        ),
        (
            "The mayor says it is too early to judge the new law.",
            "it is too early to judge the new law",
            "The mayor",
        ),
        (
            "Tom Baker has said repeatedly he would never sign the deal.",
            "he would never sign the deal",
            "Tom Baker",
        ),
        (
            "The council called on both sides to resume the talks.",
            "both sides to resume the talks",
            "The council",
        ),
    ],
)
def test_reported_speech(nlp, text, content, speaker):
    q = the_quote(quotes_of(nlp, text), content.split()[1], "indirect")
    assert q.text == content
    assert speaker_words(q) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The senator called for a ban on assault weapons.",
            "a ban on assault weapons",
            "The senator",
        ),
        ("Maria Lopez endorsed Tom Baker on Tuesday.", "Tom Baker", "Maria Lopez"),
        (
            "Maria Lopez called the proposal “reckless and cruel.”",
            "the proposal “reckless and cruel.”",
            "Maria Lopez",
        ),
        (
            "The governor accused the company of hiding the losses.",
            "the company of hiding the losses",
            "The governor",
        ),
    ],
)
def test_stances_with_noun_phrase_contents(nlp, text, content, speaker):
    q = the_quote(quotes_of(nlp, text), content.split()[-1].strip("“”."), "indirect")
    assert q.text == content
    assert speaker_words(q) == speaker


def test_a_negated_cue_reports_nothing(nlp):
    text = "The president has never condemned the invasion of the island."
    assert [q for q in quotes_of(nlp, text) if q.kind == "indirect"] == []


def test_a_name_and_colon_introduce_a_quote(nlp):
    text = "Reactions came.\n\nJane Doe, The Daily Planet: “This was the best debate of the year.”"
    q = the_quote(quotes_of(nlp, text), "best debate")
    assert speaker_words(q) == "Jane Doe"


def test_statement_copula_names_its_owner(nlp):
    text = "His main argument was that “the tax cuts will pay for themselves within a decade”."
    q = the_quote(quotes_of(nlp, text), "tax cuts", "direct")
    assert speaker_words(q) == "His"


def test_concessive_tail_is_not_reported(nlp):
    text = "Maria Lopez says the plan is fair even though critics have attacked it for weeks."
    q = the_quote(quotes_of(nlp, text), "plan", "indirect")
    assert q.text == "the plan is fair"


def test_lexicon_is_broad():
    assert lexicon_size() >= 200


# --- robustness and the seed ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "“", "”", '"', "''", "``", "“Open\n\n“again", "» «", "He said: “", "[“]", "\x00“\x07”"],
)
def test_stray_marks_never_raise(nlp, text):
    for q in quotes_of(nlp, text):
        assert text[q.start : q.end] == q.text


def test_every_quote_text_is_its_slice(seed_analysis):
    text = seed_analysis.article.text
    for q in seed_analysis.quotes:
        assert text[q.start : q.end] == q.text
        for f in q.fragments:
            assert text[f.start : f.end] == f.text
        if q.speaker_mention:
            sm = q.speaker_mention
            assert text[sm.start : sm.end] == sm.text


def _alnum(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def test_seed_gold_direct_quotes_are_all_found(seed_analysis):
    """Every required gold direct quote of the seed is found (IoU >= 0.5, as score.py counts)."""
    gold = json.loads((SHARED_EVAL / "seed-gold.json").read_text(encoding="utf-8"))
    text = seed_analysis.article.text
    assert text == SEED.read_text(encoding="utf-8")
    preds = [q for q in seed_analysis.quotes if q.kind == "direct"]
    missed = []
    for g in gold["quotes"]:
        if g["kind"] != "direct" or g.get("optional"):
            continue
        gc = _alnum(text, g["start"], g["end"])
        best = max(
            (
                len(gc & (pc := {i for p in q.pieces for i in _alnum(text, p.start, p.end)}))
                / len(gc | pc)
                for q in preds
            ),
            default=0.0,
        )
        if best < 0.5:
            missed.append(g["text"])
    assert missed == []


def test_seed_reported_statements_are_found_and_hold_what_was_said(seed_analysis):
    """The seed's reported statements, scored by the yardstick itself (score.py, IoU 0.5): all
    found, and indirect precision at least 0.8 (issue 14's target). ("China says it is neutral
    …, even though …, but the Chinese leader has come under …": the writer's "but" after a
    concession is no part of what China says.)"""
    spec = importlib.util.spec_from_file_location("seed_score", SHARED_EVAL / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold = json.loads((SHARED_EVAL / "seed-gold.json").read_text(encoding="utf-8"))
    pred = seed_analysis.to_dict()
    text = gold["text"]
    for q in gold["quotes"] + pred["quotes"]:
        q["_c"] = score.chars(text, score.pieces_of(q))
    actors = {a["id"]: a for a in pred["actors"]}
    stats = score.new_stats()
    kinds = ({"indirect", "mixed"}, {"indirect"})
    score.score_quotes(gold["quotes"], pred["quotes"], actors, text, 0.5, *kinds, stats)
    figures = score.summary(stats)
    assert figures["R"] == 1.0, stats["missed"]
    assert figures["P"] >= 0.8, figures


def test_seed_speaker_mentions_name_the_gold_speaker(seed_analysis):
    """Where the seed's speaker is written as a name, the speaker_mention carries it."""
    text = seed_analysis.article.text
    by_start = {q.start: q for q in seed_analysis.quotes if q.kind == "direct"}
    expect = {
        "I had a long and meaningful": "Zelensky",
        "On the issue of the Ukraine crisis": "Xi",
        "When dealing with the nuclear issue": "Xi",
        "an almost one-hour-long": "Sergiy Nykyforov",
        "was initiated by the Ukrainian side": "Yu Jun",
        "I believe that this call": "he",
    }
    for words, name in expect.items():
        q = next(q for s, q in by_start.items() if text[s:].startswith(words))
        assert speaker_words(q) == name, words


def test_seed_direct_quotes_have_the_gold_speaker(seed_analysis):
    """score.py's seed speaker_acc: each required direct quote's actor is the gold speaker."""
    gold = json.loads((SHARED_EVAL / "seed-gold.json").read_text(encoding="utf-8"))
    text = seed_analysis.article.text
    wrong = []
    for g in gold["quotes"]:
        if g["kind"] != "direct" or g.get("optional"):
            continue
        q = next(
            q for q in seed_analysis.quotes if q.kind == "direct" and q.start <= g["start"] < q.end
        )
        actor = seed_analysis.actor(q.speaker)
        names = {actor.name, *actor.aliases} if actor else set()
        if not any(g["speaker"] == n or g["speaker"].endswith(" " + n) for n in names):
            wrong.append((text[g["start"] : g["start"] + 30], actor.name if actor else None))
    assert wrong == []


# --- reported speech: the patterns added for recall (each with a case that must stay silent) ---


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # an intention verb is a cue with its infinitive
        ("The union declined to comment on the strike.", "to comment on the strike", "The union"),
        ("The senator looks to win back rural voters.", "to win back rural voters", "The senator"),
        # the lemmatizer's "hop" for "hoped" is repaired
        (
            "The mayor hoped to finish the bridge by spring.",
            "to finish the bridge by spring",
            "The mayor",
        ),
        # "pushed for X to act": the parser makes "for" the mark of a clause
        (
            "The group has pushed for the senators to vote on the bill.",
            "the senators to vote on the bill",
            "The group",
        ),
        # a cue set inside what it reports keeps both sides
        (
            "This budget, the mayor says, is the fairest in years.",
            "This budget, the mayor says, is the fairest in years",
            "the mayor",
        ),
        (
            "The town, according to the report, lost two hundred jobs.",
            "The town, according to the report, lost two hundred jobs",
            "the report",
        ),
        # the source vouches for the whole clause, not the conjunct it hangs on
        (
            "Home prices rose in May but fell sharply in June, according to the survey.",
            "Home prices rose in May but fell sharply in June",
            "the survey",
        ),
        # what the figures show of their object, hung on the verb by the parser
        (
            "A new poll shows the mayor with a large lead among young voters.",
            "the mayor with a large lead among young voters",
            "A new poll",
        ),
        # ... but not the reporter's tail after it
        ("The survey found problems, which the mayor denied.", "problems", "The survey"),
        # a participle describing a noun speaks for it
        (
            "Calls came from voters saying the polls had closed early.",
            "the polls had closed early",
            "voters",
        ),
        # what a naming verb says of its object
        ("The governor called the new law a disgrace.", "the new law a disgrace", "The governor"),
        (
            "Tom Baker went on, calling the reporters “dishonest people.”",
            "the reporters “dishonest people.”",
            "Tom Baker",
        ),
        # the parser made "her" the possessive of the quoted label
        (
            "The senator calls her “a tireless worker for the state.”",
            "her “a tireless worker for the state.”",
            "The senator",
        ),
        # "of" hung on the object by the parser
        (
            "The council accused another official of hiding the report.",
            "another official of hiding the report",
            "The council",
        ),
        # a stance or statement noun with an owner
        ("The mayor repeated his support for the new stadium.", "the new stadium", "his"),
        ("He defended his pledge to cut taxes.", "to cut taxes", "his"),
        (
            "Critics dismissed his claim that the tax would pay for itself.",
            "the tax would pay for itself",
            "his",
        ),
        # ... or a name before it or after it with "by"
        (
            "Okafor is seizing upon a Harbour Gazette report that Lund had lost $9 million.",
            "Lund had lost $9 million",
            "Harbour Gazette",
        ),
        (
            "One sticking point is a demand by Senator Ines Lund that the bill include tax breaks.",
            "the bill include tax breaks",
            "Ines Lund",
        ),
        # "make clear" states; a light verb hands its subject the stance noun
        (
            "The mayor has made it clear he would run again.",
            "he would run again",
            "The mayor",
        ),
        (
            "She made the case that the tax would hurt farmers.",
            "the tax would hurt farmers",
            "She",
        ),
        # what a verb of regarding takes its object for
        (
            "The senator sees the deal as a gift to the banks.",
            "the deal as a gift to the banks",
            "The senator",
        ),
        # a relative pronoun stands for the document that shows something
        (
            "The mayor released the audit, which showed the city was broke.",
            "the city was broke",
            "the audit",
        ),
        # a sentence that opens with whose view it gives
        (
            "To Tom Baker, the vote was a turning point.",
            "the vote was a turning point",
            "Tom Baker",
        ),
        ("For Democrats, the old days were better.", "the old days were better", "Democrats"),
        # a negated verb of saying still reports the question it leaves open
        ("The mayor would not say whether he will run again.", "he will run again", "The mayor"),
        # a stance on a noun phrase
        ("The senator backed the new tax on sugar.", "the new tax on sugar", "The senator"),
    ],
)
def test_reported_speech_recall_patterns(nlp, text, content, speaker):
    indirect = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    found = [q for q in indirect if q.text == content]
    assert found, f"no {content!r} in {[q.text for q in indirect]}"
    assert speaker_words(found[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The union declined the offer.",  # no infinitive: nothing said
        "Maria Lopez called her brother on Sunday.",  # a bare object names nobody anything
        "The governor called the police on Tuesday.",  # "called on" without a clause
        "The mayor went for a walk to see the river.",  # "for" is no cue of "go"
        "The poll gave the mayor 48% support in the city.",  # support with no owner
        "The mayor made a clear choice.",  # "clear" with no clause states nothing
        "She made a cake for the party.",  # a light verb without a stance noun
        "The senator saw the end of the war.",  # seeing, not regarding
        "This shows the plan works.",  # "this" names no one who shows anything
        "For the first time, the town voted for a new mayor.",  # no one's view
        "Okafor is seizing upon a June report that Lund had lost money.",  # a date owns nothing
    ],
)
def test_reported_speech_recall_patterns_stay_silent(nlp, text):
    assert [q.text for q in quotes_of(nlp, text) if q.kind == "indirect"] == []


def test_a_time_stamp_taken_for_the_subject_gives_way_to_the_speaker(nlp):
    """A live blog's "9:30 p.m." paragraph run into the next one by the parser, with the time
    stamp as the verb's first subject: the speaker is the subject in the verb's paragraph."""
    from spacy.tokens import Doc

    from core.quotes.attribution import cue_at

    words = ["9:30", "p.m.", "\n\n", "Tom", "Baker", "says", "he", "won", "."]
    doc = Doc(
        nlp.vocab,  # (a fresh Vocab would not know that "\n\n" is whitespace)
        words=words,
        spaces=[True, False, False, True, True, True, True, False, False],
        pos=["NUM", "NOUN", "SPACE", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
        deps=["nummod", "nsubj", "dep", "compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        heads=[1, 5, 1, 4, 5, 5, 7, 5, 5],
        lemmas=["9:30", "p.m.", "\n\n", "Tom", "Baker", "say", "he", "win", "."],
    )
    cue = cue_at(doc[5])
    assert cue is not None and cue.speaker_start is not None
    assert doc.text[cue.speaker_start : cue.speaker_end] == "Tom Baker"


def test_how_things_seem_to_the_reporter_is_not_a_quote(nlp):
    """ "X seemed to …" is the reporter's own judgement: PolNeAR marks some as unsourced
    statements, but a reader listing who said what would show noise (measured on polnear-dev:
    ~40% of them matched gold, for +0.007 recall), so they are left out."""
    text = "In recent weeks, the mayor seemed to lose interest in the race."
    assert [q for q in quotes_of(nlp, text) if q.kind == "indirect"] == []


def test_a_line_opening_with_a_name_and_colon_is_what_they_said(nlp):
    text = "Tom Baker: The new tax is a mistake.\n\nThe mayor spoke on Sunday."
    q = the_quote(quotes_of(nlp, text), "new tax", "indirect")
    assert q.text == "The new tax is a mistake"
    assert speaker_words(q) == "Tom Baker"
    note = "Correction: A previous draft of this page gave the wrong date.\n\nThe mayor spoke."
    assert [q for q in quotes_of(nlp, note) if q.kind == "indirect"] == []


def test_a_passive_verb_of_thinking_states_the_whole_clause(nlp):
    """ "X is expected to …": the subject is what is expected, not who expects it."""
    text = "The city council is expected to approve the budget."
    indirect = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert [q.text for q in indirect] == ["The city council is expected to approve the budget"]
    assert indirect[0].speaker_mention is None
    thanked = "The mayor was thanked for his work."  # no infinitive: nothing stated
    assert [q for q in quotes_of(nlp, thanked) if q.kind == "indirect"] == []


def test_a_passive_request_is_its_infinitive(nlp):
    """ "X was urged to …": the subject is who was asked, so the request is the infinitive, by
    whoever the "by" names."""
    text = "The mayor was urged by the board to resign before the vote."
    indirect = [q for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert [(q.text, speaker_words(q)) for q in indirect] == [
        ("to resign before the vote", "the board")
    ]
    # the near miss: "is said to" states the whole clause, subject and all
    said = "The mayor is said to favour a deal."
    assert [q.text for q in quotes_of(nlp, said) if q.kind == "indirect"] == [
        "The mayor is said to favour a deal"
    ]


def test_a_quote_mark_hung_on_the_verb_joins_the_object_and_its_label(nlp):
    """The parser may hang a label's opening quote mark on the verb, between the object and the
    label ("called the plan “reckless”"): both are what was said, not just the longer one."""
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=["Baker", "called", "the", "plan", "“", "reckless", "”", "."],
        spaces=[True, True, True, True, False, False, False, False],
        pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "ADJ", "PUNCT", "PUNCT"],
        deps=["nsubj", "ROOT", "det", "dobj", "punct", "oprd", "punct", "punct"],
        heads=[1, 1, 3, 1, 1, 1, 1, 1],
        lemmas=["Baker", "call", "the", "plan", "“", "reckless", "”", "."],
    )
    texts = [q.text for q in find_quotes(doc, ()) if q.kind == "indirect"]
    assert texts == ["the plan “reckless”"]


def test_a_second_verb_joined_to_the_reported_clause_is_the_speakers(nlp):
    """The parser joins "called for" to "was" (the reported clause); it is Black's call, not
    the budget's."""
    text = (
        "Councillor Tom Black said the budget was too high and called for an independent "
        "review of the plans."
    )
    quotes = quotes_of(nlp, text)
    review = [q for q in quotes if "review" in q.text]
    assert len(review) == 1 and review[0].speaker_mention is not None
    assert review[0].speaker_mention.text == "Tom Black"
    # a clause that has its own subject keeps it
    other = quotes_of(nlp, "Tom Black said the mayor resigned and she called for calm.")
    calm = [q for q in other if q.text == "calm"]
    assert len(calm) == 1 and calm[0].speaker_mention is not None
    assert calm[0].speaker_mention.text == "she"


def test_a_hard_wrap_inside_the_sentence_does_not_part_a_quote_from_its_speaker(nlp):
    text = (
        "The vote was close.\n\n  “We are worried about the result,” the \n"
        "mayor Maria Lopez told reporters.\n\n  The count went on."
    )
    q = the_quote(quotes_of(nlp, text), "worried")
    assert speaker_words(q) == "Maria Lopez"


def test_a_line_break_before_a_capital_stays_a_paragraph_break(nlp):
    # near miss: a new line that opens with a capital may be a new paragraph
    text = (
        "The vote was close.\n\n  “We are worried about the result,”\n"
        "Maria Lopez told reporters.\n\n  The count went on."
    )
    q = the_quote(quotes_of(nlp, text), "worried")
    assert q.speaker is None
