"""Attribution: from a cue word in the parse to the words that name its speaker.

The dependency parse carries the patterns: "X said", "said X", "X was quoted as saying",
"CCTV reported X as saying" (X speaks, CCTV is the channel), "according to X", and cue verbs
with no subject of their own that borrow one ("..., saying ...", "X said ... but added ...").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from core.lexicon.documents import DOCUMENT_NOUNS, DOCUMENT_VERBS, RESEARCH_NOUNS
from core.lexicon.function_words import COPULA, EXCEPTING_ADVERBS, NO_SPEAKER_SUBJECTS
from core.lexicon.people import GROUP_HEADS, ORG_NOUNS, PERSON_NOUNS
from core.lexicon.speech import (
    ADDRESSEE_VERBS,
    AUTHOR_PREPOSITIONS,
    COGNITION_VERBS,
    LEMMA_REPAIRS,
    OBJECT_CUES,
    OCCASION_NOUNS,
    PREDICATIVE_CUES,
    PREP_CUES,
    PROMPTING_VERBS,
    SOURCE_PREPOSITIONS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TAKING_VERBS,
    TALK_NOUNS,
    TALK_PREPOSITIONS,
    XCOMP_VERBS,
)
from core.text.controls import is_control
from core.text.parsed import tokens_where
from core.text.syntax import (
    SUBJECTS,
    according_to,
    has_subject,
    marked_clause,
    own_subject,
    phrase_head,
    same_paragraph,
    to_infinitive,
)

_VERB_TAGS = frozenset({"VERB", "AUX"})
_PHRASAL_SPEECH_BASES = frozenset(v.split("_")[0] for v in SPEECH_VERBS if "_" in v)
# Dependencies through which a verb without a subject inherits one from its head.
_BORROW = ("advcl", "xcomp", "conj", "pcomp", "prep")
# Dependencies by which a clause is what the cue it hangs on states ("said [that …]", "urged Y
# [to …]", "…, [he said]"); a clause joined to a cue ("committed crimes [and should be tried]")
# is not what the cue states.
_CONTENT_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl"})
# How far up the parse `statement_cue` climbs from a word to the cue that states its clause.
_MAX_CLIMB = 40
# Parts of speech of the short noun phrase before a speech word the tagger took for a noun.
NOUN_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PRON"})
# Entity labels that name a possible speaker.
_SPEAKER_ENTS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass(frozen=True)
class Cue:
    """A cue and its speaker, as char offsets into the doc's text."""

    verb: Token
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None


def verb_lemma(tok: Token) -> str:
    """The token's lemma, lower-cased, with the lemmatizer's known slips on cue words repaired."""
    return LEMMA_REPAIRS.get(tok.lower_) or tok.lemma_.lower()


def cue_lemma(tok: Token) -> str:
    """The lemma with its particle, as the lexicon spells phrasal verbs ("point_out", "go_on")."""
    lemma = verb_lemma(tok)
    for child in tok.children:
        if child.dep_ == "prt":
            return f"{lemma}_{child.lower_}"
    return lemma


def is_speech_verb(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound"):
        return False
    lemma = verb_lemma(tok)
    if lemma in SPEECH_VERBS:
        return True
    # only a verb that has a phrasal speech sense ("point out") needs its particle looked up
    return lemma in _PHRASAL_SPEECH_BASES and cue_lemma(tok) in SPEECH_VERBS


def is_cue_verb(tok: Token) -> bool:
    """Speech, thinking or showing verbs: cues for reported speech."""
    if is_speech_verb(tok) or is_statement_copula(tok):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb_lemma(tok)
    if lemma in COGNITION_VERBS or lemma in OBJECT_CUES or lemma in PREDICATIVE_CUES:
        return True
    if made_clear(tok) is not None:
        return True
    # "declined to comment", "seeks to …": an intention verb is a cue with its infinitive
    if lemma in XCOMP_VERBS and to_infinitive(tok) is not None:
        return True
    # "talked about …", "called for …": the verb is a cue with its preposition
    preps = PREP_CUES.get(lemma, ())
    return (
        any(c.dep_ in ("prep", "prt") and c.lower_ in preps for c in tok.children)
        or marked_clause(tok, preps) is not None
    )


def made_clear(verb: Token) -> Token | None:
    """ "X made (it) clear that …": the "clear" of a "make" that states something."""
    if verb.lemma_ != "make":
        return None
    return next((c for c in verb.rights if c.lower_ == "clear"), None)


def cue_candidates(doc: Doc) -> list[Token]:
    """Every token that is_cue_verb could accept (a verb, or "be" however tagged), and every
    "according": what the reported-speech scan tests, found without visiting each token."""
    return tokens_where(doc, POS=_VERB_TAGS, LEMMA=COPULA, LOWER=SOURCE_PREPOSITIONS)


def is_statement_copula(tok: Token) -> bool:
    """ "X's point/argument/message was that …": a copula whose subject is a statement."""
    if tok.lemma_ != "be" or not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    subj = own_subject(tok)
    return subj is not None and subj.lemma_.lower() in SPEECH_NOUNS


def mention_bounds(tok: Token) -> tuple[int, int]:
    """The words that name the speaker whose head is `tok`: its entity, or its noun phrase; two
    names joined by "and" ("said Okoro and Lund") are spoken for together."""
    start, end = _one_mention(tok)
    for child in tok.rights:
        if (
            child.dep_ == "conj"
            and child.pos_ == "PROPN"
            and any(
                c.dep_ == "cc" and c.lower_ in ("and", "&") for c in tok.rights if c.i < child.i
            )
        ):
            end = max(end, _one_mention(child)[1])
    return start, end


def _one_mention(tok: Token) -> tuple[int, int]:
    if tok.ent_type_ in _SPEAKER_ENTS:
        # the entity around tok, from the IOB tags (doc.ents is rebuilt on every access)
        doc = tok.doc
        lo, hi = tok.i, tok.i
        while doc[lo].ent_iob_ == "I" and lo > 0:
            lo -= 1
        while hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I":
            hi += 1
        # (a colour code or zero-width byte the entity swallowed is not part of the name)
        while lo < tok.i and is_control(doc[lo].text):
            lo += 1
        while hi > tok.i and is_control(doc[hi].text):
            hi -= 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi])
    if tok.pos_ == "PRON":
        return tok.idx, tok.idx + len(tok)
    first = tok
    modifiers = ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod")
    for child in tok.lefts:
        if child.dep_ in modifiers and child.left_edge.i < first.i:
            first = child.left_edge
    doc = tok.doc
    while first.i < tok.i and (first.is_space or first.is_punct or is_control(first.text)):
        first = doc[first.i + 1]  # blank lines a file opens with, hung on its first noun phrase
    return first.idx, tok.idx + len(tok)


def _after_quote(verb: Token) -> bool:
    """Does the verb follow a closing quote mark ("…,” said X)?"""
    doc = verb.doc
    k = verb.i - 1
    seen = 0
    while k >= 0 and seen < 2:
        prev = doc[k]
        if prev.is_quote:
            return True
        if not (prev.is_punct or prev.is_space):
            return False
        if not prev.is_space:
            seen += 1
        k -= 1
    return False


def _name_after(verb: Token) -> Token | None:
    """The name or pronoun right after an inverted verb ("said former executive Ines Marr")."""
    doc = verb.doc
    for k in range(1, 7):
        if verb.i + k >= len(doc):
            return None
        tok = doc[verb.i + k]
        if tok.is_punct or tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ"):
            return None
        if tok.pos_ in ("PROPN", "PRON"):
            return phrase_head(tok)
    return None


def spoken_to(verb: Token) -> bool:
    """A verb of addressing in the passive ("was told", "were warned", "when asked"): its
    subject, or the subject it would borrow, is the one addressed."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    # "when asked …", "if told …": a bare participle set off as an adverbial clause
    return verb.dep_ == "advcl" and not has_subject(verb)


def speaker_token(verb: Token, strict: bool = False) -> Token | None:
    """The head word of the speaker of a cue verb, or None when the parse names none."""
    if verb.lower_ == "according":
        source = according_to(verb)
        return _author_of(source) or source if source is not None else None
    # "CCTV reported Xi as saying", "Xi was quoted as saying": the speaker sits on the outer verb
    # (only right after "as": "denouncing the report as biased and saying …" is the
    # denouncer's own saying, the parser's "as" reaching over a coordination)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.i == verb.i - 1:
        outer = verb.head.head
        for child in outer.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return child
        return own_subject(outer)
    if spoken_to(verb):
        # "Ruiz was asked if she would run", "when asked whether it would work, Ruiz said":
        # who is asked or told is not who speaks; the asker is the "by" agent, or no one named
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    subj = _object_controller(verb) or own_subject(verb)
    if subj is not None:
        subj = _maker_of(verb, subj) or subj
    if subj is not None and verb.lemma_ == "be":
        # "Its first point was that …": the speaker owns the statement
        owner = next((c for c in subj.children if c.dep_ == "poss"), None)
        return owner
    if subj is not None:
        return subj
    # "said X" where the parser took X for an object or attribute of the inverted verb; a
    # participle after a quote is no inversion ("…,” recalling summer visits to the lake)
    if _after_quote(verb) and verb.tag_ != "VBG":
        named = _name_after(verb)
        if named is not None:
            return named
        for child in verb.rights:
            if child.dep_ in ("dobj", "attr", "oprd"):
                return child
    # "a statement saying …", "voters saying they want …": the noun the participle describes
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _issuer(verb.head) or verb.head
    if _past_read_as_modifier(verb):
        return verb.head
    excepted = _excepted_act(verb)
    if excepted is not None:
        return excepted
    # verbs with no subject of their own borrow their head's ("..., saying", "but added")
    cur = verb
    for _ in range(5):
        occasion = is_speech_verb(verb) and _takes_occasion(cur)
        if (cur.dep_ not in _BORROW and not occasion) or cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.head.dep_ == "ccomp" and is_speech_verb(cur.head.head):
            # "X said it takes time but added …", "X said the cost was high and called for …":
            # the parser joins the second verb to the reported clause; it is X's, not the clause's
            cur = cur.head
        elif (
            cur.dep_ == "advcl"
            and cur.tag_ == "VBG"
            and is_speech_verb(cur)
            and (reported := _reported_clause(cur.head)) is not None
        ):
            # "X said Y must choose, saying …": the parser hangs the participle on the reported
            # clause; it goes on with X's report, not with what Y does (a report that follows,
            # "Y pushed back, saying … ” X said", leaves the participle Y's)
            cur = reported
        elif strict and cur.dep_ == "conj" and cur.head.dep_ == "ccomp":
            break  # not the subject of the reported clause
        elif (copula := _adjective_copula(cur)) is not None:
            # "X was quick to say …", "X is right to note …", "X were more likely to say …":
            # the infinitive hangs on the adjective or its copula, whose subject is X; an
            # empty "it" ("it is fair to say …") is the writer's own voice, no speaker
            subj = own_subject(copula)
            if subj is None or subj.lower_ in NO_SPEAKER_SUBJECTS:
                return None
            return subj
        cur = cur.head
        subj = own_subject(cur)
        if subj is not None:
            return subj
    if is_speech_verb(verb):
        return _person_before(verb) or _share_before(verb)
    return None


def _excepted_act(verb: Token) -> Token | None:
    """ "Lund has offered few ideas for the budget aside from stating that …": an act set apart
    by "aside from", "apart from" is the clause's subject's, however far up the parser hangs
    the phrase (on the adverb, or on a noun or gerund of the clause): the subject of the
    nearest verb above it that has one."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "from" or prep.i == 0:
        return None
    if verb.doc[prep.i - 1].lower_ not in EXCEPTING_ADVERBS:
        return None
    node = prep
    for _ in range(6):
        if node.head.i == node.i:
            break
        node = node.head
        subj = own_subject(node) if node.pos_ in _VERB_TAGS else None
        if subj is not None:
            return subj
    return None


def _takes_occasion(tok: Token) -> bool:
    """ "made a point of saying …", "took the opportunity to say …", "made an effort to note …":
    a verb of saying hangs on a noun of occasion or effort that is the object of its doer's
    verb of taking or making, and borrows that verb's subject ("gave Lund the opportunity to
    say" hands it to Lund; "the plan included an effort to praise …" is no one's act)."""
    if tok.dep_ == "acl":
        return tok.head.lemma_ in OCCASION_NOUNS
    return (
        tok.dep_ in ("dobj", "pobj")
        and tok.lemma_ in OCCASION_NOUNS
        and not any(c.dep_ == "poss" for c in tok.children)
        and verb_lemma(tok.head) in TAKING_VERBS
        and not any(c.dep_ == "dative" for c in tok.head.children)
    )


def _author_of(source: Token) -> Token | None:
    """ "according to an analysis by the Pew Research Center", "according to a review of
    disclosures by Public Citizen", "according to interviews with party leaders": the one a
    document, a finding or a talk is by speaks through it (a plain "according to the report"
    stays the report's, for the resolver to give to its issuer)."""
    lemma = source.lemma_.lower()
    talk = lemma in TALK_NOUNS
    if not (talk or lemma in DOCUMENT_NOUNS or lemma in RESEARCH_NOUNS):
        return None
    preps = TALK_PREPOSITIONS if talk else AUTHOR_PREPOSITIONS
    # the author's phrase may hang on the document's "of" object ("a review of filings by X")
    nouns = [source, *(o for c in source.rights if c.lower_ == "of" for o in c.children)]
    for noun in nouns:
        for prep in noun.rights:
            if prep.dep_ == "prep" and prep.lower_ in preps:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and _names_someone(obj):
                    return obj
    return None


def _names_someone(tok: Token) -> bool:
    """A name of a person or body, or a noun for people or a body ("party leaders", "the
    non-partisan group"), not a place or an occasion ("reports from the convention")."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ not in _NOT_AUTHORS
    lemma = tok.lemma_.lower()
    return lemma in PERSON_NOUNS or lemma in GROUP_HEADS or lemma in ORG_NOUNS


# Entity types a "by"/"from" object has when it is a place or a time, not an author.
_NOT_AUTHORS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def _adjective_copula(verb: Token) -> Token | None:
    """The copula of "is right to note", "was quick to say" when `verb` is the infinitive (the
    parser hangs it on the adjective or on the copula beside it), else None."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    if head.dep_ == "acomp" and head.pos_ == "ADJ" and head.head.i != head.i:
        return head.head
    if head.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.pos_ == "ADJ" and c.i < verb.i for c in head.children
    ):
        return head
    return None


def _past_read_as_modifier(verb: Token) -> bool:
    """ "Days before the vote, a coalition of teachers called for a strike, and …": the parser
    hangs the sentence's past-tense verb of saying on the noun before it, as if it described
    the noun; the noun is its subject. A participle that describes its noun is tagged VBN ("a
    plan announced on Monday" names no one who spoke), or its noun goes on to a verb of its own
    ("The reforms called for under the law were never made"). The tagger may read the past
    tense as a participle too ("The mayors' group called Lund's plan “a disgrace.”"): then the
    verb has what only an active verb has, an object or a clause (a passive's object is its
    subject), and its noun is the subject or the head of the sentence, not a noun the participle
    names ("a group called Future Harbour ran ads", "ads by a group called Future Harbour")."""
    doc, head = verb.doc, verb.head
    after = verb.right_edge.i + 1
    return (
        verb.dep_ == "acl"
        and (verb.tag_ == "VBD" or _active_participle(verb))
        and is_speech_verb(verb)
        and head.i < verb.i
        and head.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and not (after < len(doc) and doc[after].pos_ in ("VERB", "AUX", "ADV"))
    )


def _active_participle(verb: Token) -> bool:
    """A VBN with an object or a clause and no passive marks, on a subject or the root."""
    return (
        verb.tag_ == "VBN"
        and verb.head.dep_ in ("nsubj", "ROOT")
        and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
        and not any(c.dep_ in ("agent", "auxpass") for c in verb.children)
    )


def _object_controller(verb: Token) -> Token | None:
    """ "That prompted Okafor to crack a joke and call Lund …": a verb of saying in the infinitive
    of a verb that brings its object to act speaks for that object, not for whatever moved it to
    speak ("asked Lund to say …" leaves open whether Lund spoke, and stays as it was)."""
    if not is_speech_verb(verb) or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    prompted = cur.dep_ == "xcomp" and verb_lemma(cur.head) in PROMPTING_VERBS
    infinitive = to_infinitive(cur.head) if prompted else None
    if infinitive is None or infinitive.i != cur.i:
        return None
    told = next((c for c in cur.head.children if c.dep_ == "dobj" and c.i < cur.i), None)
    if told is not None and told.pos_ in ("PROPN", "PRON", "NOUN"):
        return told
    return None


def _reported_clause(verb: Token) -> Token | None:
    """The head of the clause a verb of saying before it reports, that `verb` belongs to
    ("said Y [will have to [choose]]"), or None."""
    clause = verb
    for _ in range(3):
        if clause.dep_ != "xcomp" or clause.head.i == clause.i:
            break
        clause = clause.head  # "will have to choose": the infinitive's head
    speaker_verb = clause.head
    if (
        clause.dep_ == "ccomp"
        and speaker_verb.i < clause.i
        and is_speech_verb(speaker_verb)
        and same_paragraph(speaker_verb, verb)
    ):
        return clause
    return None


def _maker_of(verb: Token, subj: Token) -> Token | None:
    """ "Okafor is making a pitch to farmers saying …", "sent a letter to members urging …":
    the parser may take the statement noun after a verb for the subject of the participle
    that describes it; the one who makes the pitch or sends the letter speaks ("a letter
    saying …" with no verb before it stays the letter's, "said Trump's tweet saying … was
    wrong" the tweet's in what was said)."""
    head = verb.head
    if (
        verb.tag_ != "VBG"
        or subj.dep_ != "nsubj"
        or subj.lemma_.lower() not in SPEECH_NOUNS
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        or head.pos_ not in _VERB_TAGS
        or not head.i < subj.i < verb.i
        # ("said Trump's tweet saying … meant …": a report of someone's statement)
        or is_speech_verb(head)
        or any(c.dep_ == "poss" for c in subj.children)
    ):
        return None
    return _maker(head)


def _maker(verb: Token) -> Token | None:
    """Who makes, sends or issues a statement by `verb`: its subject, unless that is a statement
    or document itself ("the letter contained a note saying …" names no one)."""
    subj = own_subject(verb)
    if subj is None or subj.lemma_.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS:
        return None
    return subj


def _issuer(noun: Token) -> Token | None:
    """Who put out the statement a participle describes: "X released a statement saying …",
    "X fired back with a response saying …", "a message from X urging …" (X speaks, not the
    message). None when the text names no one ("a report saying …" stays the report's)."""
    if noun.lemma_.lower() not in SPEECH_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("with", "in"):
        verb = verb.head  # "fired back with a response saying …"
    if noun.dep_ in ("dobj", "pobj") and verb.pos_ in _VERB_TAGS:
        return _maker(verb)
    return None


def _person_before(verb: Token) -> Token | None:
    """A person named just before a speech verb the parser left without a subject ("Col. Jane
    Doe, an army spokeswoman in Tarn, said"): the nearest person in the same clause."""
    doc = verb.doc
    lo = max(verb.sent.start, verb.i - 25)
    for k in range(verb.i - 1, lo - 1, -1):
        tok = doc[k]
        if tok.is_quote or tok.pos_ in ("VERB", "AUX") or tok.text in (".", ";", ":"):
            return None
        if tok.ent_type_ == "PERSON":
            return tok
    return None


def _share_before(verb: Token) -> Token | None:
    """ "Among voters, about two-thirds, 67 percent, say they will …": a share set off by commas
    just before a cue the parser left without a subject (it hangs the share on "Among") is
    who says it."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    share = doc[verb.i - 2]
    if share.pos_ != "NOUN" or share.ent_type_ != "PERCENT" or not same_paragraph(share, verb):
        return None
    # (the parser may hang the opening comma on the share itself)
    edge = share.left_edge
    opened = edge.text == "," or (edge.i > verb.sent.start and doc[edge.i - 1].text == ",")
    return share if opened else None


def _cue_bounds(verb: Token) -> tuple[int, int]:
    start, end = verb.idx, verb.idx + len(verb)
    if verb.lower_ == "according":
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "to":
                end = child.idx + len(child)
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            end = child.idx + len(child)
    return start, end


def _subject_in_paragraph(verb: Token, subj: Token) -> Token | None:
    """The parser ran two paragraphs into one sentence and took a word of the first for the
    subject ("9:30 p.m.\n\nTom Baker says …", a live blog's time stamp): the speaker is then
    another subject of the verb, or an apposition to the wrong one, in the verb's paragraph."""
    found = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    found += [c for c in subj.children if c.dep_ == "appos" and c.i < verb.i]
    return max(
        (c for c in found if same_paragraph(c, verb)),
        key=lambda t: t.i,
        default=None,
    )


def cue_at(verb: Token, speech_only: bool = False) -> Cue | None:
    """The cue and speaker of a cue word; None when it is no cue here (a paper that 'reads' …).

    `speech_only` admits verbs of saying alone (for quoted words), not of thinking or showing.
    """
    if (
        verb.lower_ == "according"
        or verb.lemma_.lower() in SOURCE_PREPOSITIONS
        or is_statement_copula(verb)
    ):
        pass
    elif not (is_speech_verb(verb) if speech_only else is_cue_verb(verb)):
        return None
    # "reported Xi as saying": the cue is the inner speech verb when there is one
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for inner in child.children:
                if inner.dep_ == "pcomp" and is_speech_verb(inner):
                    return cue_at(inner)
    subj = speaker_token(verb, strict=speech_only)
    if subj is not None and not same_paragraph(subj, verb):
        subj = _subject_in_paragraph(verb, subj)
    if verb.lemma_.lower() in DOCUMENT_VERBS and (subj is None or subj.pos_ not in ("NOUN",)):
        return None
    start, end = _cue_bounds(verb)
    if subj is None:
        return Cue(verb, start, end)
    s0, s1 = mention_bounds(subj)
    return Cue(verb, start, end, s0, s1)


def misread_cue(tok: Token) -> Cue | None:
    """“…,” the paper read.: the tagger took the verb for a noun. A speech word that ends its
    clause right after a short noun phrase (one to four words) is the cue, the phrase its
    speaker."""
    doc = tok.doc
    if tok.pos_ not in NOUN_PHRASE_POS or tok.lemma_.lower() not in SPEECH_VERBS:
        return None
    if tok.i + 1 >= len(doc) or not (doc[tok.i + 1].is_punct or doc[tok.i + 1].is_space):
        return None
    first = tok.i
    while first > 0 and tok.i - first < 4 and doc[first - 1].pos_ in NOUN_PHRASE_POS:
        first -= 1
    if first == tok.i:
        return None
    last = doc[tok.i - 1]
    return Cue(tok, tok.idx, tok.idx + len(tok), doc[first].idx, last.idx + len(last))


def statement_cues(tok: Token) -> Iterator[Cue]:
    """Who states the clause around `tok`: the cues, with a speaker, of the clauses it is the
    content of, nearest first ("X said (that) …", "CCTV reported X as saying …", "according to
    X, …", "…, the paper read", "its position is that …"). The caller takes the first whose
    speaker is someone it knows ("X thinks that the plan is sound and is determined that …":
    the plan is no speaker, X is)."""
    node = tok
    for _ in range(_MAX_CLIMB):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS:
                cue = cue_at(child)
                if cue is not None and cue.speaker_start is not None:
                    yield cue
        head = node.head
        if head.i == node.i:
            break
        if node.dep_ in _CONTENT_DEPS or (node.dep_ == "attr" and head.lemma_ == "be"):
            cue = cue_at(head) if head.pos_ in _VERB_TAGS else misread_cue(head)
            # "did not want to say what X should do": a negated cue states nothing
            negated = any(c.dep_ == "neg" for c in head.children)
            if cue is not None and cue.speaker_start is not None and not negated:
                yield cue
        node = head
