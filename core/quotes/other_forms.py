"""Reported statements the parse does not hang on a verb of saying: stance nouns with their
content ("the claim that …"), verbs the tagger read as nouns, passive judgements ("was seen as"),
"Name: claim" lines, and perspectives ("for Okafor, …")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from core.lexicon.function_words import (
    NO_THINKER,
    PEOPLE_OBJECTS,
    PERSPECTIVE_PREPOSITIONS,
    SHARE_LINKS,
)
from core.lexicon.speech import (
    ADDRESSEE_VERBS,
    DUTY_PASSIVES,
    LIGHT_VERBS,
    OBJECT_CUES,
    REPORTED_PASSIVES,
    SAY,
    STANCE_NOUNS,
    THIRD_PERSON_SPEECH,
)
from core.quotes.attribution import (
    mention_bounds,
    speaker_token,
    verb_lemma,
)
from core.quotes.clauses import clause_tokens, trim, up_to_comma
from core.quotes.headlines import entity_words
from core.quotes.record import COVERED, Reported, covered
from core.quotes.transcript import Turns
from core.text.parsed import text_of, tokens_where
from core.text.syntax import (
    agent_of,
    asks,
    has_subject,
    same_paragraph,
    to_infinitive,
)

_STANCE_NOUN_LEMMAS = frozenset(STANCE_NOUNS)


# A line that opens with a name of one to five capitalised words and a colon.
_COLON_LINE = re.compile(
    r"^(?P<who>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,4}):[ \t]+(?P<claim>\S[^\n]*)$", re.M
)


def _noun_content(noun: Token) -> tuple[Token, list[Token]] | None:
    """ "his support for the ban", "her pledge to cut taxes", "his claim that …": the
    owner of a stance noun and what it holds, or None when the noun has no owner or no content
    (a poll's "48% support" names no one who holds anything)."""
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None) or _named_owner(noun)
    head = noun.head
    if owner is None and noun.dep_ == "dobj" and head.lemma_ in LIGHT_VERBS:
        if verb_lemma(head) in OBJECT_CUES:
            return None  # "expressed support for X": the verb already reports its object
        owner = speaker_token(head)  # "she made the case that …": the light verb's subject
    if owner is None or owner.lower_ in NO_THINKER:
        return None
    preps = STANCE_NOUNS.get(noun.lemma_.lower(), frozenset())
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in preps:
            toks = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            if toks:
                return owner, up_to_comma(toks)
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            (c.dep_ == "aux" and c.lower_ == "to" and "to" in preps)
            or (c.dep_ == "mark" and c.lower_ == "that" and "that" in preps)
            for c in child.children
            if c.i < child.i
        ):
            return owner, list(child.subtree)
    return None


# Entity types of a name that can own a statement set before its noun ("a Harbour Gazette
# report that …") or after it with "by" ("a demand, by Senator Lund, that …").
_OWNER_ENTS = frozenset({"PERSON", "ORG"})


def _named_owner(noun: Token) -> Token | None:
    """ "a Harbour Gazette report that …", "a demand by Senator Lund that …": the person or
    organisation named as a modifier right before the noun, or by "by" after it, owns it ("a
    Senate vote", "a June report" name no one who states anything)."""
    before = [c for c in noun.lefts if c.dep_ == "compound"]
    if before and before[-1].i == noun.i - 1 and before[-1].ent_type_ in _OWNER_ENTS:
        return before[-1]
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and _names_owner(obj):
                return obj
    return None


def _names_owner(tok: Token) -> bool:
    """A person or organisation, or a name the recognizer left untyped (not a date or place)."""
    return tok.ent_type_ in _OWNER_ENTS or (tok.pos_ == "PROPN" and not tok.ent_type_)


def noun_cues(doc: Doc, mask: bytearray) -> list[Reported]:
    """Reported stances and statements carried by a noun with an owner (see _noun_content)."""
    out: list[Reported] = []
    for noun in tokens_where(doc, LEMMA=_STANCE_NOUN_LEMMAS):
        if noun.pos_ != "NOUN" or mask[noun.idx]:
            continue
        found = _noun_content(noun)
        if found is None:
            continue
        owner, toks = found
        span = trim(toks, noun)
        if span is None or covered(text_of(doc), span, mask) >= COVERED:
            continue
        cue = (noun.idx, noun.idx + len(noun))
        out.append(Reported(span[0], span[1], cue, mention_bounds(owner)))
    return out


def verbs_read_as_nouns(doc: Doc, mask: bytearray) -> list[Reported]:
    """ "Lund claims the vote was rigged", "But Lund warns that …": the tagger may read a verb
    of saying in -s as a plural noun, and the parser then makes it the sentence's root with the
    name before it as its modifier, yet still hangs the clause after it on it. A root noun of
    that form with a clause that has its own subject after it, and a name or pronoun right
    before it, is the cue ("Lund's claims that …" has the owner's mark and is a noun)."""
    out: list[Reported] = []
    for tok in tokens_where(doc, LOWER=THIRD_PERSON_SPEECH):
        if tok.pos_ != "NOUN" or tok.dep_ != "ROOT" or mask[tok.idx] or tok.i == 0:
            continue
        before = doc[tok.i - 1]
        if (
            before.head.i != tok.i
            or before.dep_ not in ("nsubj", "compound")
            or before.pos_ not in ("PROPN", "PRON", "NOUN")
            or any(c.dep_ in ("case", "det", "amod") for c in before.children)
            or any(c.dep_ in ("det", "poss", "amod") for c in tok.children)
        ):
            continue
        clause = next(
            (c for c in tok.rights if c.dep_ == "ccomp" and has_subject(c)),
            None,
        )
        if clause is None or not same_paragraph(clause, tok):
            continue
        span = trim(clause_tokens(clause, set()), tok)
        if span is None or covered(text_of(doc), span, mask) >= COVERED:
            continue
        out.append(
            Reported(span[0], span[1], (tok.idx, tok.idx + len(tok)), mention_bounds(before))
        )
    return out


def shares_read_as_nouns(doc: Doc, mask: bytearray) -> list[Reported]:
    """ "One in five say that will not happen": after a share written as "N in M", the tagger
    may read "say" as a noun and the parser make the statement after it the sentence's root.
    The share is who speaks, and the clause after "say", with a subject of its own, is what
    they say ("a say in the plan" has no number before it)."""
    out: list[Reported] = []
    for tok in tokens_where(doc, LOWER=SAY):
        if tok.pos_ != "NOUN" or mask[tok.idx] or tok.i < 3:
            continue
        share = doc[tok.i - 3 : tok.i]
        if not (share[0].like_num and share[1].lower_ in SHARE_LINKS and share[2].like_num):
            continue
        # (the parser hangs that clause anywhere: as the root, a complement or a relative; its
        # subject comes right after "say")
        subj = next(
            (
                t
                for t in doc[tok.i + 1 : tok.sent.end]
                if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == tok.i + 1
            ),
            None,
        )
        clause = subj.head if subj is not None else None
        if clause is None or clause.i <= tok.i or clause.pos_ not in ("VERB", "AUX"):
            continue
        span = trim(clause_tokens(clause, {t.i for t in tok.sent if t.i <= tok.i}), tok)
        if span is None or covered(text_of(doc), span, mask) >= COVERED:
            continue
        speaker = (share[0].idx, share[2].idx + len(share[2]))
        out.append(Reported(span[0], span[1], (tok.idx, tok.idx + len(tok)), speaker))
    return out


def _whole_clause(
    verb: Token, subj: Token, mask: bytearray, speaker: tuple[int, int] | None
) -> Reported | None:
    """The clause of `verb` from its subject on, cue included: the clause's opening adverbials
    and a joined clause with its own subject are the reporter's framing, not the statement."""
    cut = {t.i for c in verb.rights if c.dep_ == "conj" and has_subject(c) for t in c.subtree}
    toks = [t for t in clause_tokens(verb, cut) if t.i >= subj.left_edge.i]
    span = trim(toks, verb)
    if span is None or covered(text_of(verb.doc), span, mask) >= COVERED:
        return None
    return Reported(span[0], span[1], (verb.idx, verb.idx + len(verb)), speaker)


def passive_judgement(verb: Token, mask: bytearray) -> Reported | None:
    """ "The bank is expected to hold rates", "He is said to favour a deal": a passive verb of
    saying or thinking with an infinitive states the whole clause, for whoever the "by" names
    (most often no one). Its grammatical subject is what is said, not who says it."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if to_infinitive(verb) is None:
        return _reported_by(verb, mask)
    if verb_lemma(verb) in DUTY_PASSIVES:
        return None  # "is supposed to …": a duty or a plan, no one's view
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    by = agent_of(verb)
    speaker = mention_bounds(by) if by is not None else None
    if verb_lemma(verb) in ADDRESSEE_VERBS:
        # "He was urged to resign by the board": the subject is who was asked, not what was
        # said; the request is the infinitive
        inf = to_infinitive(verb)
        span = trim(list(inf.subtree), verb) if inf is not None else None
        if span is None or covered(text_of(verb.doc), span, mask) >= COVERED:
            return None
        return Reported(span[0], span[1], (verb.idx, verb.idx + len(verb)), speaker)
    return _whole_clause(verb, subj, mask, speaker)


def _reported_by(verb: Token, mask: bytearray) -> Reported | None:
    """ "The merger was first reported by the Harbour Gazette", "Her death was confirmed by the
    league": a passive verb of reporting with a "by" agent says the agent reported its subject,
    which is the content. Without the agent no one is named ("the deal was announced"), and a
    clause or a pronoun subject ("It was reported by …") is read elsewhere or says nothing."""
    if verb_lemma(verb) not in REPORTED_PASSIVES or any(
        c.dep_ in ("ccomp", "xcomp", "neg") for c in verb.children
    ):
        return None
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    by = agent_of(verb)
    if subj is None or by is None or subj.pos_ not in ("NOUN", "PROPN") or by.pos_ == "PRON":
        return None
    span = trim(up_to_comma(list(subj.subtree)), verb)
    if span is None or covered(text_of(verb.doc), span, mask) >= COVERED:
        return None
    return Reported(span[0], span[1], (verb.idx, verb.idx + len(verb)), mention_bounds(by))


def colon_lines(doc: Doc, mask: bytearray) -> list[Reported]:
    """ "Jane Doe: The new tax is a mistake" (a headline) and "SMITH: Well, I think …" (a
    transcript): a line that opens with a person or organisation and a colon is what they
    said. Found in the text, not the tokens; the name must be a person or organisation the
    entity recognizer found ("Correction:", "Iowa:", "The Latest:" are not speakers)."""
    text = text_of(doc)
    turns = Turns.of(text)
    out: list[Reported] = []
    named: set[str] | None = None
    for m in _COLON_LINE.finditer(text):
        start, end = m.span("claim")
        if mask[start] or asks(text[start:end]):
            continue
        who = doc.char_span(*m.span("who"))
        if who is None:
            continue
        if not (
            any(t.ent_type_ in ("PERSON", "ORG") for t in who) or m.group("who") in turns.names
        ):
            # "Okafor: The levy must go" in a headline, where the small model reads the name
            # as none: the name is a speaker when the article names someone so elsewhere
            if named is None:
                named = entity_words(doc)
            if who[-1].text not in named or not who[-1].is_title:
                continue
        end = start + len(text[start:end].rstrip(" .\t"))
        if covered(text, (start, end), mask) >= COVERED:
            continue
        colon = m.end("who")
        out.append(Reported(start, end, (colon, colon + 1), m.span("who")))
    return out


# An interview printed as questions and answers: "Q: Will you run?" and "A: Not this time."
_QA_LINE = re.compile(r"^[ \t]*(?P<who>[QA]):[ \t]+(?P<claim>\S[^\n]*)$", re.M)


def interview_answers(doc: Doc, mask: bytearray) -> list[Reported]:
    """ "Ines Lund talked to us about the port.\n\nQ: Will it close?\nA: Not while I am mayor.":
    the answers of a question-and-answer interview are the interviewee's, the one person the
    article names before its first question. With no one, or two people (the interviewer too),
    named there, nobody is assumed and the answers are left alone."""
    text = text_of(doc)
    lines = list(_QA_LINE.finditer(text))
    asked = [m.start() for m in lines if m.group("who") == "Q"]
    if not asked or not any(m.group("who") == "A" for m in lines):
        return []
    people = [
        [t for t in e if t.is_alpha]
        for e in doc.ents
        if e.label_ == "PERSON" and e.end_char <= asked[0]
    ]
    people = [p for p in people if p]
    if len({p[-1].lower_ for p in people}) != 1:
        return []
    who = (people[-1][0].idx, people[-1][-1].idx + len(people[-1][-1]))
    out: list[Reported] = []
    for m in lines:
        if m.group("who") != "A":
            continue
        start, end = m.span("claim")
        end = start + len(text[start:end].rstrip(" \t"))
        if mask[start] or covered(text, (start, end), mask) >= COVERED:
            continue
        out.append(Reported(start, end, (m.start("who"), m.end("who") + 1), who))
    return out


def perspectives(doc: Doc, mask: bytearray) -> list[Reported]:
    """ "To Tom Baker, the vote was a turning point.", "For Democrats, the old days were
    better": a sentence that opens with whose view it gives. Only a person
    or a group of people ("For the first time, …" and "To be sure, …" give no one's view)."""
    out: list[Reported] = []
    for prep in tokens_where(doc, LOWER=PERSPECTIVE_PREPOSITIONS):
        if not prep.is_sent_start or prep.dep_ != "prep" or mask[prep.idx]:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or not _names_people(obj):
            continue
        last = prep.right_edge.i
        if last + 1 >= len(doc) or doc[last + 1].text != ",":
            continue
        head = prep.head
        span = trim(clause_tokens(head, {t.i for t in prep.subtree}), head)
        if span is None or covered(text_of(doc), span, mask) >= COVERED:
            continue
        out.append(
            Reported(span[0], span[1], (prep.idx, prep.idx + len(prep)), mention_bounds(obj))
        )
    return out


def _names_people(tok: Token) -> bool:
    """A person, a nationality or political group, or a pronoun for people."""
    if tok.lower_ in PEOPLE_OBJECTS:
        return True
    return any(t.ent_type_ in ("PERSON", "NORP") for t in tok.subtree)
