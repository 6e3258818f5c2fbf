"""Reported speech: a cue with its complement, kind "indirect".

Cues and their contents, from the dependency parse:
- a clausal complement: "X said (that) …", "X told Y that …", "polls show that …" (ccomp);
- an infinitive: "X vowed to …", "X urged Y to …" (xcomp, with the object);
- a preposition's object: "X called for …", "called on Y to …", "talked about …";
- what is said of an object: "called Trump “unhinged”", "accused X of …", "described X as …";
- a stance on a noun phrase: "rejected the plan", "endorsed Trump";
- "according to X, …" and a parenthetical "…, they say, …": the clause around them.
Boundaries follow how attribution corpora (PolNeAR, PARC) mark content: without the
complementiser, the cue or the speaker, and without what the reporter adds (a concessive
"even though …", a trailing ", pointing to …", ", which …"). A negated cue ("has never condemned")
reports nothing; a cue inside a direct quote is the quoted person's, not the article's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from core.lexicon.documents import DOCUMENT_NOUNS, RESEARCH_NOUNS
from core.lexicon.function_words import (
    ACT_PREPOSITIONS,
    APPOSITION_STARTERS,
    CONCESSIVE,
    GOING_ON,
    NO_THINKER,
    PEOPLE_OBJECTS,
    PERSPECTIVE_PREPOSITIONS,
    SETTING_OFF,
    TAIL_PAIRS,
    TAIL_STARTERS,
)
from core.lexicon.people import GROUP_HEADS, PERSON_NOUNS
from core.lexicon.pronouns import (
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
    RELATIVE_THINGS,
)
from core.lexicon.speech import (
    ADDRESSEE_VERBS,
    AS_CUES,
    ASKING_VERBS,
    ASPECT_VERBS,
    COGNITION_VERBS,
    CONCEDING_MARKS,
    DUTY_PASSIVES,
    EVIDENCE_VERBS,
    GERUND_CUES,
    HEADLINE_VERBS,
    LIGHT_VERBS,
    NAMING_VERBS,
    OBJECT_CUES,
    PERMISSION_WORDS,
    PREDICATIVE_CUES,
    PREP_CUES,
    STANCE_NOUNS,
    THIRD_PERSON_SPEECH,
    TIME_LINKS,
    VIEW_CUES,
    WITHHOLDING_VERBS,
    XCOMP_VERBS,
)
from core.lexicon.words import words
from core.quotes.attribution import (
    Cue,
    cue_at,
    cue_candidates,
    cue_lemma,
    is_cue_verb,
    is_speech_verb,
    made_clear,
    mention_bounds,
    speaker_token,
    verb_lemma,
)
from core.quotes.direct import DirectQuote, is_name_or_title
from core.quotes.transcript import Turns
from core.text.parsed import text_of, tokens_where
from core.text.syntax import (
    NOMINAL_SUBJECTS,
    agent_of,
    has_subject,
    line_breaks_around,
    marked_clause,
    own_subject,
    same_paragraph,
    to_infinitive,
)

# Contents need a word ("endorsed Trump" is a stand; punctuation alone is not).
_MIN_WORDS = 1
# A reporter's tail is cut only when this many words of content stay before it.
_TAIL_KEEP = 3
# An aside of at most this many words inside the content stays in it ("his son, who served in
# Iraq, would …"); a longer one ends it.
_ASIDE_WORDS = 8
# A cue set off inside what it reports has at most this many words on each side of its verb.
_CUE_WORDS = 5
# A reported statement this much inside direct quotes is already shown as the direct quote.
_COVERED = 0.98
_WORD = re.compile(r"\w+")
# Subjects by which a reported clause is about its speaker ("said she heard …").
_SPEAKER_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON
_ALNUM = re.compile(r"[^\W_]")  # one letter or digit: what str.isalnum() accepts
_STANCE_NOUN_LEMMAS = frozenset(STANCE_NOUNS)
# A line that opens with a name of one to five capitalised words and a colon.
_COLON_LINE = re.compile(
    r"^(?P<who>[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,4}):[ \t]+(?P<claim>\S[^\n]*)$", re.M
)
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
# What a verb of evidence shows of its object besides it ("shows the mayor [with a lead]").
_SHOWN_OF = {"prep", "xcomp", "advmod", "npadvmod", "acomp", "oprd", "ccomp", "advcl"}
# The parts of "called [X] [a fascist]" as the parser labels them.
_NAMING_PARTS = {"dobj", "oprd", "xcomp", "ccomp", "acomp", "attr", "appos", "dative"}
# Phrasal cues that ask something of someone only with a clause after them ("called on Y to …").
_NEEDS_INFINITIVE = {("call", "on"), ("call", "upon")}
# A clause's complements: what it says, not what is said of it.
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "acomp", "oprd"})


@dataclass(frozen=True)
class Reported:
    start: int
    end: int
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    # the pieces of a content the cue's own attribution splits ("Lund “has won,” Okafor said.
    # “He will lead.”"); () when it is one piece
    pieces: tuple[tuple[int, int], ...] = ()


def _concessive(tok: Token) -> bool:
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in tok.children
    )


def _trailing_participle(tok: Token) -> bool:
    """ "…, pointing to …" after the content: the speaker's gesture, not what was said; also
    after a quote the content closes ("… “a mistake,” citing …") and after a dash ("… “no harm
    in it” — insisting …")."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0:
        return False
    doc = tok.doc
    before = doc[tok.i - 1]
    if before.is_quote and tok.i >= 2:
        before = doc[tok.i - 2]
    return before.text in SETTING_OFF


def _next_act(tok: Token) -> bool:
    """ "said the deal was dead before adding that …", "after claiming …", "while urging …": a
    verb of saying the speaker goes on to, in a clause of time after the content, is a report
    of its own, not part of the first ("said it was done before dawn" keeps its time)."""
    if tok.dep_ not in ("prep", "advcl") or tok.i < tok.head.i:
        return False
    if tok.dep_ == "prep":
        if tok.lower_ not in TIME_LINKS:
            return False
        return any(
            c.dep_ == "pcomp" and c.tag_ == "VBG" and is_speech_verb(c) for c in tok.children
        )
    return (
        tok.tag_ == "VBG"
        and is_speech_verb(tok)
        and any(c.dep_ in ("mark", "prep") and c.lower_ in TIME_LINKS for c in tok.lefts)
    )


def _up_to_comma(toks: list[Token]) -> list[Token]:
    """A noun phrase without its appositive or non-restrictive tail."""
    for k, t in enumerate(toks[:-1]):
        if t.text == "," and k >= 1 and toks[k + 1].lower_ in APPOSITION_STARTERS:
            return toks[:k]
    return toks


def _sibling_cue(tok: Token) -> bool:
    """ "… had mocked him and questioned whether …": a second cue verb of the same speaker, not
    part of what the first one reported. A verb of going on is one only when it goes on to
    say something ("and went on to say …"; "and could end up choosing Chen" is reported)."""
    if tok.dep_ != "conj" or has_subject(tok):
        return False
    if not is_speech_verb(tok):
        # "said he heard shots and feared the bank was being robbed": after a clause about the
        # speaker's own acts (a pronoun subject), a verb of thinking with a clause of its own is
        # the speaker's next thought ("said the crew inspected it and thought it was sound"
        # reports what the crew thought; "found it sound" is no clause)
        subj = own_subject(tok.head)
        if subj is None or subj.lower_ not in _SPEAKER_PRONOUNS:
            return False
        return verb_lemma(tok) in COGNITION_VERBS and any(
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and has_subject(c) for c in tok.children
        )
    if cue_lemma(tok) in ASPECT_VERBS or verb_lemma(tok) in ASPECT_VERBS:
        return any(c.dep_ == "xcomp" and is_speech_verb(c) for c in tok.children)
    return True


def _clause_tokens(
    head: Token,
    skip: set[int],
    foreign: Sequence[tuple[int, int]] = (),
) -> list[Token]:
    """The subtree of `head`, less the tokens in `skip`, trailing concessive clauses and trailing
    conjuncts that hold someone else's direct quote ("…, and the call “was …”, Yu said")."""
    cut: set[int] = set(skip)
    for child in head.rights:
        if (
            _trailing_participle(child)
            or _next_act(child)
            or _concessive(child)
            or _sibling_cue(child)
            or (
                child.dep_ == "conj"
                and any(s <= t.idx < e for t in child.subtree for s, e in foreign)
            )
        ):
            cut.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in cut]


def _participle_tail(tok: Token) -> bool:
    """ "said the city will raise taxes, reversing a promise": a participle set off after the
    clause it hangs on is the reporter's gloss on it (one before its clause, "said that, citing
    the budget, the council will cut jobs", opens what was said)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i


def _cut_tail(run: list[Token]) -> list[Token]:
    """Cut a non-restrictive tail the reporter added (", which …", ", even as …", ", with …",
    ", given …") when enough content stays before it."""
    for k in range(3, len(run) - 1):
        if run[k].text != ",":
            continue
        nxt = run[k + 1]
        nxt2 = run[k + 2].lower_ if k + 2 < len(run) else ""
        starts_tail = (
            nxt.lower_ in TAIL_STARTERS or (nxt.lower_, nxt2) in TAIL_PAIRS or _participle_tail(nxt)
        )
        if (
            starts_tail
            and len(_WORD.findall(" ".join(t.text for t in run[:k]))) >= _TAIL_KEEP
            and not _rejoins(run, k)
        ):
            return run[:k]
    return run


def _rejoins(run: list[Token], k: int) -> bool:
    """ "said his son, who served in Iraq, would have advised him …": the clause set off at the
    comma `k` closes before the content does, and the content's own clause goes on after it
    (not with "and …", which adds a clause): an aside inside what was said, not a tail."""
    clause = run[k + 1]
    while clause.dep_ not in ("relcl", "advcl", "acl") and clause.head.i > run[k].i:
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    end = clause.right_edge.i
    if end - run[k].i > _ASIDE_WORDS + 1 or run[k + 1].lower_ not in TAIL_STARTERS:
        return False  # a long aside is left out (attribution corpora split the content there)
    kept = {t.i for t in run}
    rest = [t for t in run if t.i > end and not t.is_punct and not t.is_space]
    if not rest or rest[0].i > end + 3 or rest[0].dep_ == "cc":
        return False
    # the word the aside hangs on governs a word after it: "his son, who …, would …"
    return any(a.i > end and a.i in kept for a in clause.head.ancestors) or (
        clause.head.i > end and clause.head.i in kept
    )


def _trim(
    toks: list[Token], cue: Token, tails: bool = True, bridge: frozenset[int] = frozenset()
) -> tuple[int, int] | None:
    """The char span of the contiguous run of `toks` in the cue's paragraph (the longest), less
    edge punctuation, 'that' and a reporter's non-restrictive tail. A gap of `bridge` tokens (a
    cue set inside what it reports: "This season, he says, is different") joins two runs, as
    attribution corpora mark such content whole."""
    lo, hi = line_breaks_around(cue.doc, cue.idx)
    toks = sorted(t for t in toks if lo < t.idx <= hi)  # in the cue's paragraph
    if not toks:
        return None
    runs: list[list[Token]] = [[toks[0]]]
    doc = cue.doc
    for t in toks[1:]:
        last = runs[-1][-1].i
        # a quote mark the parser hung elsewhere ("called X “reckless …”") joins too
        if t.i == last + 1 or all(
            doc[k].is_quote or ((k in bridge or doc[k].is_punct) and bool(bridge))
            for k in range(last + 1, t.i)
        ):
            runs[-1].append(t)
        else:
            runs.append([t])
    run = max(runs, key=len)
    if tails:
        run = _cut_tail(run)
    while run and (
        run[0].is_punct
        or (run[0].dep_ == "mark" and run[0].lower_ in ("that", "whether", "if"))
        or run[0].is_space
        or run[0].dep_ == "cc"
    ):
        run = run[1:]
    while (
        run
        and (run[-1].is_punct or run[-1].is_space or run[-1].dep_ == "cc")
        and not run[-1].is_quote
    ):
        run = run[:-1]
    if not run:
        return None
    return run[0].idx, run[-1].idx + len(run[-1])


def _naming_content(verb: Token) -> list[Token] | None:
    """ "called the mayor a liar", "calls her “a tireless worker”": what a naming verb says of
    its object. The parser splits the object and its label many ways (dobj and oprd, xcomp and
    dobj, one noun phrase with a quoted label), so the content is the verb's object-like
    complements when there are two of them, or one with a quoted label after its first word;
    a bare object ("called the police") names nobody anything."""
    parts = [c for c in verb.rights if c.dep_ in _NAMING_PARTS]
    if not parts:
        return None
    toks = [t for c in parts for t in c.subtree]
    if len(parts) >= 2 or any(t.is_quote for t in toks[1:]):
        return None if _habitual(verb) and _nickname(toks) else toks
    return None


def _answer(verb: Token) -> list[Token] | None:
    """ "58 percent of riders said yes", "the board said no", "a guide says so", "64 percent say
    the same of Lund": the answer, or the same claim again, is what was said."""
    doc = verb.doc
    if not is_speech_verb(verb) or verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    ends = word.i + 1 >= len(doc) or doc[word.i + 1].is_punct
    if word.lower_ in ("yes", "no", "so") and ends and word.head.i == verb.i:
        return [word]
    same = doc[word.i + 1] if word.lower_ == "the" and word.i + 1 < len(doc) else None
    if same is not None and same.lower_ == "same" and same.head.i == verb.i:
        # (the parser may take "the same" for a second subject)
        of = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "of"]
        return [*same.subtree, *(t for c in of for t in c.subtree)]
    return None


_COMPARATIVES = frozenset({"JJR", "RBR"})


def _clause_read_as_object(verb: Token) -> list[Token] | None:
    """A reported clause the parser took for the object of a verb of saying: "aides say the
    more votes he wins, the more leverage he has" (a correlative comparative) and "said he had
    secured contracts" (the clause's verb read as an adjective of its object, with its subject
    still hanging on it). A plain object ("said the more expensive plan") is no clause."""
    if not is_speech_verb(verb):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    toks = list(obj.subtree)
    doc = verb.doc
    pairs = [
        k
        for k, t in enumerate(toks[:-1])
        if t.lower_ == "the" and toks[k + 1].tag_ in _COMPARATIVES
    ]
    if pairs and pairs[0] == 0 and any(toks[k - 1].text == "," for k in pairs[1:]):
        return toks
    for child in obj.lefts:
        verbal = child.dep_ == "amod" and child.pos_ == "VERB" and child.tag_ in ("VBD", "VBN")
        if verbal and any(t.dep_ == "nsubj" and t.i < child.i for t in child.subtree):
            return list(doc[child.left_edge.i : obj.right_edge.i + 1])
    for clause in verb.rights:
        # "promised the whole plan would be paid for": the clause's subject read as the
        # object, its verb hung on the cue, finite and with no subject of its own (the object
        # of "told", "asked" is whom it was said to)
        if (
            verb_lemma(verb) not in ADDRESSEE_VERBS
            and clause.dep_ in ("ccomp", "advcl")
            and clause.left_edge.i == obj.right_edge.i + 1
            and not has_subject(clause)
            and not any(c.dep_ == "mark" or c.lower_ == "to" for c in clause.children)
            and (
                clause.tag_ in ("VBD", "VBZ", "VBP")
                or any(c.dep_ in ("aux", "auxpass") for c in clause.children)
            )
        ):
            return [*obj.subtree, *clause.subtree]
    return None


def _clause_read_as_relative(verb: Token) -> Token | None:
    """ "predicted at the fair that the growers will win every prize": the parser hangs the
    reported "that"-clause on the noun of the phrase between, as a relative clause. It is a
    reported clause when its "that" fills no gap in it: a mark, or a subject or object the
    clause already has ("the debate that Republicans will win" keeps "that" as its object)."""
    if not is_speech_verb(verb):
        return None
    for prep in verb.rights:
        if prep.dep_ != "prep" or prep.lower_ == "as":
            continue  # "described the plan as a fad that riders would reject": what it is
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            # (or on a noun in apposition to it: "at a diner in Leeds, a breakfast spot, that …")
            nouns = [obj, *(c for c in obj.rights if c.dep_ == "appos")]
            for clause in (c for noun in nouns for c in noun.rights):
                if clause.dep_ != "relcl" or not same_paragraph(clause, verb):
                    continue
                that = clause.doc[clause.left_edge.i]
                if that.lower_ != "that" or that.head.i != clause.i:
                    continue
                filled = that.dep_ == "mark" or any(
                    c.dep_ == that.dep_ and c.i != that.i for c in clause.children
                )
                if filled and has_subject(clause):
                    return clause
    return None


def _clause_read_as_adverbial(verb: Token) -> Token | None:
    """ "said after the meeting he would not run": with words between the cue and its clause,
    the parser may hang the reported clause on the cue as an adverbial one. A clause right of a
    verb of saying, with a subject of its own and no word that links it ("because", "if",
    "when") and no comma before it, is what was said ("said so, he left" links by a comma)."""
    if not is_speech_verb(verb):
        return None
    doc = verb.doc
    for clause in verb.rights:
        if (
            clause.dep_ != "advcl"
            or clause.tag_ in ("VBG", "VBN")
            or not same_paragraph(clause, verb)
        ):
            continue
        first = clause.left_edge.i
        if any(c.dep_ in ("mark", "advmod") and c.i < clause.i for c in clause.children):
            continue
        if not has_subject(clause) or any(doc[k].is_punct for k in range(verb.i + 1, first)):
            continue
        return clause
    return None


def _question_put(verb: Token) -> Token | None:
    """ "asked its members if the rules were clear": the parser hangs the question on the verb
    of asking as a clause of condition; right after the one asked, it is the question ("will
    ask for a recount if the margin is small" sets a condition: no one is asked there)."""
    if verb_lemma(verb) not in ASKING_VERBS:
        return None
    asked = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if asked is None:
        return None
    for clause in verb.rights:
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i == asked.right_edge.i + 1
            and clause.doc[clause.left_edge.i].lower_ in ("if", "whether")
            and has_subject(clause)
        ):
            return clause
    return None


def _gerund_subject(verb: Token) -> Token | None:
    """ "said building it could put …", "say taxing land encourages growth": the parser takes
    the gerund that opens the reported clause for the verb's own complement and hangs the
    clause's verb on it. A gerund right after a verb of saying with a clause of its own under it
    is that clause's subject ("admitted lying to the court" has no clause under the gerund)."""
    if not is_speech_verb(verb) or verb.i + 1 >= len(verb.doc):
        return None
    gerund = verb.doc[verb.i + 1]
    if gerund.dep_ != "xcomp" or gerund.head.i != verb.i or gerund.tag_ != "VBG":
        return None
    if any(c.dep_ == "ccomp" and c.i > gerund.i and has_subject(c) for c in gerund.children):
        return gerund
    return None


def _gerund_complement(verb: Token) -> Token | None:
    """ "admitted lying to the court", "reported raising $9 million": the gerund a verb of
    admitting, reporting or proposing takes is what was said ("started working at the bank"
    says nothing; a gerund with a subject of its own opens a clause, `_gerund_subject`)."""
    if verb_lemma(verb) not in GERUND_CUES or not is_speech_verb(verb):
        return None
    return next(
        (
            c
            for c in verb.rights
            if c.dep_ == "xcomp"
            and c.tag_ == "VBG"
            and not has_subject(c)
            and not any(a.dep_ == "aux" for a in c.children)
        ),
        None,
    )


def _purpose(clause: Token) -> bool:
    """ "urged drivers to slow down [so the crews could work safely]": a clause of purpose the
    parser hangs on the cue belongs to what was urged ("so", "so that", "in order to")."""
    if clause.dep_ != "advcl":
        return False
    first = clause.doc[clause.left_edge.i]
    return first.lower_ == "so" or (
        first.lower_ == "in"
        and first.i + 1 < len(clause.doc)
        and clause.doc[first.i + 1].lower_ == "order"
    )


def _asked_to_do(clause: Token, prep: Token) -> bool:
    """ "called for the board to resign": the parser hangs the infinitive on the cue as an
    adverbial clause; right after the preposition's object it says what the object is to do
    ("called for calm on Monday, to no avail" has no infinitive there)."""
    return (
        clause.dep_ == "advcl"
        and clause.left_edge.i == prep.right_edge.i + 1
        and clause.doc[clause.left_edge.i].lower_ == "to"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _habitual(verb: Token) -> bool:
    """ "fans who call him …", "locals call it …": a present-tense naming by people in general
    (a common noun), which is how a name is used, where "Okafor calls him “…”" is a view."""
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    subj = own_subject(verb)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and subj.pos_ == "NOUN"


def _nickname(toks: list[Token]) -> bool:
    """ "the singer “The Captain”": a label that is a quoted name or title gives a name, not a
    view of its bearer (“a tireless worker” is one). The parser often hangs the
    closing mark elsewhere, so the label runs from the opening mark to the next mark in the text."""
    opening = next((k for k, t in enumerate(toks) if t.is_quote), None)
    if opening is None or opening + 1 >= len(toks):
        return False
    doc = toks[0].doc
    first = toks[opening + 1]
    last = first
    while last.i + 1 < len(doc) and not doc[last.i + 1].is_quote and last.i - first.i < 8:
        last = doc[last.i + 1]
    if last.i + 1 >= len(doc) or any(t.i > last.i + 1 and not t.is_punct for t in toks):
        return False  # no closing mark near, or the label goes on past it
    return is_name_or_title(doc, first.idx, last.idx + len(last))


def _content_tokens(verb: Token, foreign: list[tuple[int, int]]) -> list[Token] | None:
    """The tokens of what the cue verb reports, or None when it reports nothing here."""
    if verb.lower_ == "according":
        head = verb.head
        if head.i == verb.i:
            return None
        # "Other shortfalls, according to the survey, include …" and "… rose, but fell, according
        # to …": the source vouches for the whole clause, not the noun or conjunct
        # the parser hung it on
        for _ in range(3):
            if head.head.i == head.i or not (
                head.dep_ == "conj" or (head.pos_ in _NOMINAL and head.dep_ in NOMINAL_SUBJECTS)
            ):
                break
            head = head.head
        source = speaker_token(verb)
        if _own_cue(head) and source is not None and source.lemma_.lower() in DOCUMENT_NOUNS:
            # "According to a readout, Xi said …": the readout names who spoke; what Xi said is
            # Xi's report (found from "said"), not a speakerless one of the readout's
            return None
        return _vouched_for(head, verb)
    lemma = verb_lemma(verb)
    clear = made_clear(verb)
    if clear is not None:
        # "made clear that he would run", "made it clear he would run" (a clause of "clear")
        for c in [*verb.rights, *clear.rights]:
            if c.i > clear.i and c.dep_ in ("ccomp", "advcl") and same_paragraph(c, verb):
                return _clause_tokens(c, set(), foreign)
        return None
    gerund = _gerund_subject(verb)
    if gerund is not None:
        return _clause_tokens(gerund, set(), foreign)
    gerund = _gerund_complement(verb)
    if gerund is not None:
        return list(gerund.subtree)
    answer = _answer(verb) or _clause_read_as_object(verb)
    if answer is not None:
        return answer
    # a clause after the verb before one before it: "X cites the crowds: she says outlets
    # undercount them" (the parser hangs the sentence before the colon on "says" too)
    clauses = sorted(verb.children, key=lambda c: c.i < verb.i)
    for child in clauses:
        if child.dep_ == "ccomp" and same_paragraph(child, verb):
            # (a ccomp in another paragraph is the parser running two paragraphs together)
            if child.i < verb.i and _own_cue(child, is_speech_verb(verb)):
                # "Lund has said …, and the talks “were …”, Chen told reporters": Chen
                # reports the clause beside Lund's report, not Lund's report itself
                joined = [c for c in child.rights if c.dep_ == "conj" and has_subject(c)]
                if not joined:
                    return None
                return _clause_tokens(joined[-1], set(), foreign)
            if child.i < verb.i:
                # "He leans to Lund, he said, because he values …": the clause goes on after
                # the cue set inside it
                return [*_clause_tokens(child, set(), foreign), *_continuation(verb)]
            # "said they’re happy with however it ends up": the parser may split the clause
            # after the cue into two complements; together they are what was said, and so is
            # a that-clause it joins to the cue ("think Obama advanced it, but that there is
            # more to do")
            parts = [
                c
                for c in verb.rights
                if (c.dep_ == "ccomp" or _joined_that_clause(c, child)) and same_paragraph(c, verb)
            ]
            # (with the comma and "but" before a that-clause, so the content runs on)
            joined = [c for c in parts if c.dep_ == "conj"]
            joints = [
                c
                for c in verb.rights
                if joined and c.dep_ in ("cc", "punct") and child.i < c.i < joined[-1].i
            ]
            # "said the plan would fail because …": the reason the parser hangs on the cue
            reasons = [c for c in verb.rights if _reason_after(c, parts[-1])]
            if reasons:
                joints += [
                    c
                    for c in verb.rights
                    if c.is_punct and parts[-1].right_edge.i < c.i < reasons[0].left_edge.i
                ]
            return [
                *(t for c in parts for t in _clause_tokens(c, set(), foreign)),
                *joints,
                *(t for c in reasons for t in c.subtree),
            ]
    clause = _clause_read_as_relative(verb)
    if clause is not None:
        return [t for t in _clause_tokens(clause, set(), foreign) if t.i != clause.left_edge.i]
    clause = _clause_read_as_adverbial(verb) or _question_put(verb)
    if clause is not None:
        return _clause_tokens(clause, set(), foreign)
    if lemma in NAMING_VERBS:
        named = _naming_content(verb)
        if named:
            return named + _reasons_given(verb, named)
    preps = PREP_CUES.get(lemma)
    if preps:
        for child in verb.rights:
            if child.dep_ in ("prep", "prt") and child.lower_ in preps:
                if (lemma, child.lower_) in _NEEDS_INFINITIVE and not any(
                    x.dep_ in ("xcomp", "ccomp", "advcl") and x.i > child.i for x in verb.rights
                ):
                    continue  # "called the police on Tuesday" asks nothing of anyone
                toks = _up_to_comma(
                    # "called for a ban", "called for doubling the quota" (a gerund's pcomp)
                    [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
                )
                for x in verb.rights:
                    if (x.dep_ in ("xcomp", "ccomp") and x.i > child.i) or _asked_to_do(x, child):
                        toks += list(x.subtree)
                if toks:
                    return toks + _object_goes_on(verb, toks)
        clause = marked_clause(verb, preps)
        if clause is not None:
            # "called for the US to act": the clause, less the "for" the parser made its mark
            return [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    if lemma in XCOMP_VERBS or cue_lemma(verb) in XCOMP_VERBS:
        infinitive = to_infinitive(verb)
        if infinitive is not None:
            toks = list(infinitive.subtree)
            for right in verb.rights:
                if right.dep_ == "dobj" and right.i < infinitive.i:
                    toks = list(right.subtree) + toks
                elif right.i > infinitive.i and _purpose(right):
                    toks += list(right.subtree)
            return toks
    if lemma in VIEW_CUES:
        # "sees the deal as a gift to the banks", "considered him a traitor"
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is not None:
            rest = [
                c
                for c in [*verb.rights, *obj.rights]
                if c.i > obj.i
                and (c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as"))
            ]
            if rest:
                extra = [t for c in rest if c.head.i != obj.i for t in c.subtree]
                return _up_to_comma(list(obj.subtree) + extra)
    if lemma in PREDICATIVE_CUES:
        # "called Trump “unhinged”", "accused China of hacking", "described it as a mistake"
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is not None:
            rest = [
                c
                for c in verb.rights
                if c.i > obj.i
                and (
                    c.dep_ in ("oprd", "xcomp", "ccomp", "acomp")
                    or (c.dep_ == "prep" and c.lower_ in ("as", "of", "for"))
                )
            ]
            if rest:
                toks = list(obj.subtree) + [t for c in rest for t in c.subtree]
                return toks + _reasons_given(verb, toks)
            # "accused the official of hiding it": the parser hung the "of" on the object
            if any(c.dep_ == "prep" and c.lower_ in ("as", "of", "for") for c in obj.rights):
                return _up_to_comma(list(obj.subtree))
    if (
        lemma in OBJECT_CUES
        and not _gives_or_withholds(verb, lemma)
        and not _came_upon(verb, lemma)
    ):
        for child in verb.rights:
            if child.dep_ == "dobj" and child.pos_ != "PRON":
                toks = list(child.subtree)
                if lemma in EVIDENCE_VERBS:
                    # "the poll shows the mayor [with a lead]", "[leading her rival]": what the
                    # figures show of the object, which the parser hangs on the verb
                    toks += [
                        t
                        for c in verb.rights
                        if c.i > child.i and c.dep_ in _SHOWN_OF
                        for t in c.subtree
                    ]
                toks = _up_to_comma(toks)
                return toks + _object_goes_on(verb, toks)
    # "As Smith noted (in her report), the plan failed": the clause the "as" clause leads into
    if _as_noted(verb):
        return _clause_tokens(verb.head, {t.i for t in verb.subtree})
    # "…, they say, but …": a parenthetical cue reports the clause around it
    if _parenthetical(verb):
        head = verb.head
        # "Though the change was smooth, she said, replacing him would be hard": the cue hangs
        # on the opening clause, and the sentence it opens is what was said
        while head.dep_ == "advcl" and head.head.i > verb.i and head.head.i != head.i:
            head = head.head
        rest = _continuation(verb)
        # (a clause before the cue's subject that the parser hung on the cue opens the statement)
        rest += [
            t
            for c in verb.lefts
            if c.dep_ == "advcl"
            and not any(q.is_quote for q in verb.doc[max(c.left_edge.i - 1, 0) : verb.i])
            for t in c.subtree
        ]
        kept = {t.i for t in rest}
        return _clause_tokens(head, {t.i for t in verb.subtree if t.i not in kept})
    return None


def _object_goes_on(verb: Token, toks: list[Token]) -> list[Token]:
    """ "recalled her opposition [to the cuts]", "dismissed the critic [as a crank]", "promised
    visas [to investors]": the parser often hangs the phrase that goes on with a noun content
    on the cue verb. A preposition right after the content, with no comma between, is part of
    it unless it tells of the act ("denied it [in an interview]", "[on Monday]", "[despite …]")."""
    out: list[Token] = []
    end = max(t.i for t in toks)
    for c in verb.rights:
        if c.dep_ != "prep" or c.i != end + 1 or c.lower_ in ACT_PREPOSITIONS:
            continue
        out += list(c.subtree)
        end = c.right_edge.i
    return out


def _continuation(verb: Token) -> list[Token]:
    """The rest of a statement after a cue set inside it ("Lund will win, he said, because she
    leads", "Act now, they said, and you risk a fine"), with the comma and link before it: a
    clause of reason, contrast or condition, or a joined clause with its own subject. A
    participle ("…, he said, adding …"), a clause of time ("…, she said, when asked") and a
    second verb of saying are the reporter's."""
    doc = verb.doc
    out: list[Token] = []
    subj = own_subject(verb)
    if not is_speech_verb(verb) or subj is None or verb.i - subj.left_edge.i > _CUE_WORDS:
        return out
    start = max(subj.left_edge.i - 2, 0)
    for c in verb.rights:
        commas = [k for k in range(verb.i + 1, c.left_edge.i) if doc[k].text == ","]
        if not commas or commas[0] - verb.i > _CUE_WORDS:
            continue  # not a cue set off by commas: "…, he said on a radio show on …"
        if any(t.is_quote for t in doc[start : c.left_edge.i + 1]):
            return out  # a quote around the cue: the direct quote is shown, not a second report
        if c.dep_ == "advcl":
            linked = any(m.dep_ == "mark" and m.lower_ in GOING_ON for m in c.children)
            ok = linked and c.tag_ not in ("VBG", "VBN")
        else:
            ok = c.dep_ == "conj" and has_subject(c) and not is_speech_verb(c)
        if ok and same_paragraph(c, verb):
            out += [
                t for t in verb.rights if t.i < c.i and t.i > verb.i and t.dep_ in ("cc", "punct")
            ]
            out += list(c.subtree)
            break
    return out


def _vouched_for(head: Token, according: Token) -> list[Token]:
    """What "according to X" vouches for: the clause it hangs on, less an "although" or a
    "despite" that opens it ("Although the week was hard, he leads, according to polls": the
    polls say he leads), less what comes before a colon or semicolon ("…: London was the
    capital, according to an index"), and, when the phrase follows the clause's verb, less
    what comes after the phrase ("…, according to the average, where 475 delegates are at
    stake": the reporter's own addition)."""
    skip = {t.i for t in according.subtree}
    for child in head.lefts:
        if child.lower_ == "despite" or (
            child.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in CONCEDING_MARKS for c in child.children)
        ):
            skip.update(t.i for t in child.subtree)
    toks = _clause_tokens(head, skip)
    stops = [t.i for t in toks if t.text in (":", ";") and t.i < according.i]
    if stops:
        toks = [t for t in toks if t.i > stops[-1]]
    if according.i > head.i:
        # (the clause's own complement after the phrase stays, and so does a clause the
        # phrase opens: "The paper reported, according to aides, Okafor tried to calm them")
        kept = {
            t.i
            for c in head.rights
            if (c.dep_ in _COMPLEMENTS and c.left_edge.i > according.i)
            or (
                c.dep_ == "conj"
                and according.head.i == c.i
                and has_subject(c)
                and not _opens_relative(c.doc, according.right_edge.i + 1)
            )
            for t in c.subtree
        }
        toks = [t for t in toks if t.i < according.i or t.i in kept]
    return toks


def _opens_relative(doc: Doc, k: int) -> bool:
    """Does a relative word ("where", "which", "who") come first from token k on, past
    punctuation?"""
    while k < len(doc) and doc[k].is_punct:
        k += 1
    return k < len(doc) and doc[k].tag_ in ("WRB", "WDT", "WP")


def _embeds_quote(verb: Token, text: str, span: tuple[int, int]) -> bool:
    """ "vowed that “…”", "said China “will …”": the cue runs on into the quoted words, which it
    reports as a statement of its own (shown once in the reader, kept twice in the JSON). A quote
    the cue only frames ("said: “…”", "“…,” she said") is the direct quote alone."""
    if verb.lower_ == "according" or verb.idx > span[0] or _parenthetical(verb):
        return False
    between = text[verb.idx + len(verb) : span[0]]
    return ":" not in between and len(between) <= 80


def _own_quote(
    verb: Token, direct: Sequence[DirectQuote], span: tuple[int, int]
) -> DirectQuote | None:
    """The direct quote whose cue is `verb` and that the content opens, when the content runs
    into it (the statement and the quote are one), not when the cue only frames it (“…,” he
    said: the content is the quote alone, already shown)."""
    for d in direct:
        if d.cue is None or d.cue.verb.i != verb.i or not span[0] <= d.start < span[1]:
            continue
        if span[0] < d.start - 1 or _embeds_quote(verb, text_of(verb.doc), (d.start, d.end)):
            return d
    return None


def _reason_after(tok: Token, content: Token) -> bool:
    """ "said the plan would fail, because the council has no money" and "… because of the
    cost": a reason right after the reported clause, which the parser hangs on the cue, is
    given with the claim (attribution corpora mark it as content)."""
    if tok.i <= content.right_edge.i or not same_paragraph(tok, content):
        return False
    if any(not t.is_punct for t in tok.doc[content.right_edge.i + 1 : tok.left_edge.i]):
        return False
    if tok.dep_ == "prep":
        return tok.lower_ == "because"
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "because" and c.i < tok.i for c in tok.children
    )


def _reasons_given(verb: Token, toks: list[Token]) -> list[Token]:
    """ "called the plan “a disaster” because it costs too much": the reason the parser hangs
    on the cue after what the cue says of its object is given with it (see _reason_after),
    with the punctuation between."""
    last = max(toks, key=lambda t: t.i)
    out: list[Token] = []
    for c in verb.rights:
        if _reason_after(c, last):
            out += [t for t in verb.doc[last.right_edge.i + 1 : c.left_edge.i] if t.is_punct]
            out += list(c.subtree)
            break
    return out


def _joined_that_clause(clause: Token, first: Token) -> bool:
    """ "…, but that there is more to do": a conjunct of the cue that opens with "that" after
    its first complement is a second reported clause, not another act of the speaker's."""
    if clause.dep_ != "conj" or clause.i < first.i:
        return False
    lead = [t for t in clause.lefts if not t.is_punct and t.dep_ not in ("cc", "advmod")]
    return bool(lead) and lead[0].dep_ == "mark" and lead[0].lower_ == "that"


def _someone_elses(quote: DirectQuote, verb: Token, sentence: tuple[int, int]) -> bool:
    """Is this direct quote another cue's, in the cue's sentence ("…, and the call “was …”, Yu
    said" beside Lund's report)? A quote another sentence's cue signs ("… and that it would
    have “left the base open.” But, he said, “…”") or none signs is no sign of another
    speaker inside the report, and neither is a quote a verb inside the content signs ("says the
    plan failed and that she expects Lund to announce an “overhaul”": a report within the
    report; one coordinated with the content, "…, and when pressed, Lund replied, “…”", is
    another act). `sentence` is the cue's sentence, as token offsets."""
    other = quote.cue.verb if quote.cue is not None else None
    return (
        other is not None
        and other.i != verb.i
        and sentence[0] <= other.i < sentence[1]
        and not (verb.is_ancestor(other) and other.dep_ != "conj")
    )


def _own_cue(head: Token, by_speaker: bool = False) -> bool:
    """Is this clause a report of its own ("Lund said …"): a verb of saying with its subject?
    Reported by a verb of saying (`by_speaker`), a verb of going on with its infinitive is
    what was said ("The program “can continue to be …,” Okafor wrote")."""
    aspect = by_speaker and verb_lemma(head) in ASPECT_VERBS
    return (
        is_speech_verb(head)
        and has_subject(head)
        and any(c.dep_ == "ccomp" or (c.dep_ == "xcomp" and not aspect) for c in head.children)
    )


def _as_noted(verb: Token) -> bool:
    """ "As Smith noted, …", "as he put it, …", "As Okafor told reporters, …": a verb of
    remarking in an "as" clause with no object of its own but whom it was said to ("As she said
    goodbye, …", "As he told the story, …" and "As he spoke, …" report nothing)."""
    addressee = verb_lemma(verb) in ADDRESSEE_VERBS
    return (
        verb.dep_ == "advcl"
        and verb_lemma(verb) in AS_CUES
        and verb.i < verb.head.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(
            c.dep_ in ("ccomp", "xcomp")
            or (c.dep_ == "dobj" and c.lower_ != "it" and not (addressee and _spoken_to(c)))
            for c in verb.children
        )
    )


def _spoken_to(obj: Token) -> bool:
    """Is this object someone a thing is told to: a person, a body or people ("told reporters",
    "told the New York paper", "told her"), not a thing ("told the story")?"""
    return (
        obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or obj.lower_ in PEOPLE_OBJECTS
        or obj.lemma_.lower() in PERSON_NOUNS | GROUP_HEADS
    )


def _gives_or_withholds(verb: Token, lemma: str) -> bool:
    """ "denied the visitors a win": two noun objects give or withhold a thing (the parser
    hangs the second one several ways); "denied the report" still reports."""
    if lemma not in WITHHOLDING_VERBS:
        return False
    objects = [
        c
        for c in verb.rights
        if c.dep_ in ("dobj", "dative", "npadvmod", "oprd") and c.pos_ in _NOMINAL
    ]
    return len(objects) >= 2


def _came_upon(verb: Token, lemma: str) -> bool:
    """ "found ways to cut costs", "found common ground", "helped found a network": a noun that
    someone finds is what they came upon or set up. It is a finding when a poll, a study or a
    researcher finds it ("the audit found gaps in the accounts"), when a clause says what it is
    ("found evidence that …") or when the verb says what it is ("found the rule unlawful")."""
    if lemma != "find":
        return False
    if any(c.dep_ in ("oprd", "xcomp", "acomp", "ccomp") for c in verb.rights):
        return False
    for obj in verb.rights:
        if obj.dep_ == "dobj" and any(
            c.dep_ in ("acl", "ccomp", "relcl")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in obj.rights
        ):
            return False
    subj = speaker_token(verb)
    return subj is None or subj.lemma_.lower() not in RESEARCH_NOUNS


def _negated_speech_reports(verb: Token) -> bool:
    """ "The mayor would not say whether he will run": a negated verb of saying still reports the
    question it leaves open (a negated stance, "has never condemned …", reports nothing)."""
    return is_speech_verb(verb) and any(c.dep_ == "ccomp" for c in verb.children)


def _parenthetical(verb: Token) -> bool:
    """ "…, they say, but …", "…, Smith said.": a cue set off inside or after what it reports."""
    return verb.dep_ == "parataxis" or (verb.dep_ == "ccomp" and _set_off(verb))


def _into_own_quote(
    text: str, span: tuple[int, int], own: DirectQuote | None
) -> tuple[tuple[int, int], ...]:
    """The pieces of a content that opens a quote of its cue's own: the content up to the end
    of the quote's first piece and the pieces that go on in its paragraph ("Whatever he
    decides, Lund “has won …,” Okafor said. “He will lead.”", "insisted that “A. B.”"), as
    attribution corpora mark such mixed content to the end of the quote; else the span."""
    if own is None:
        return (span,)
    first_s, first_e = own.pieces[0]
    if not span[0] <= first_s < span[1] < first_e:
        return (span,)
    stop = text.find("\n", first_s)
    stop = len(text) if stop == -1 else stop
    return ((span[0], first_e), *((s, e) for s, e in own.pieces[1:] if s < stop))


def _close_quote(
    text: str, span: tuple[int, int], quoted: Sequence[tuple[int, int]] = ()
) -> tuple[int, int]:
    """Take in the rest of a direct quote the content opened: the parser may end the clause
    inside it ("said China “will not watch the fire, nor add fuel …”" cut at the comma), and
    the closing mark (… “reckless and cruel.”)."""
    for s, e in quoted:
        if span[0] < s < span[1] < e:
            span = (span[0], e)
            break
    seg = text[span[0] : span[1]]
    if seg.count("“") > seg.count("”"):
        k = text.find("”", span[1], span[1] + 3)
        if k != -1:
            return span[0], k + 1
    return span


def _set_off(verb: Token) -> bool:
    """ "…, they say, …" / "…, Smith said.": the cue and its subject stand between commas after
    the clause they report."""
    if verb.i < verb.head.i:
        return False
    sub = list(verb.subtree)
    first, last = sub[0], sub[-1]
    doc = verb.doc
    before = doc[first.i - 1].text if first.i > 0 else ""
    after = doc[last.i + 1].text if last.i + 1 < len(doc) else ""
    return before in (",", "—", "--") and (after in (",", ".", "—", "--", "") or after.isspace())


def _covered(text: str, span: tuple[int, int], quoted: bytearray) -> float:
    """The share of the span's letters and digits that lie inside direct quotes."""
    seg = text[span[0] : span[1]]
    own = len(_ALNUM.findall(seg))
    if not own:
        return 1.0
    if not any(quoted[span[0] : span[1]]):
        return 0.0
    inside = "".join(c for c, q in zip(seg, quoted[span[0] : span[1]], strict=True) if q)
    return len(_ALNUM.findall(inside)) / own


def _noun_content(noun: Token) -> tuple[Token, list[Token]] | None:
    """ "his support for the ban", "her pledge to cut taxes", "his claim that …": the
    owner of a stance noun and what it holds, or None when the noun has no owner or no content
    (a poll's "48% support" names no one who holds anything)."""
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
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
                return owner, _up_to_comma(toks)
        if child.dep_ in ("acl", "ccomp", "relcl") and any(
            (c.dep_ == "aux" and c.lower_ == "to" and "to" in preps)
            or (c.dep_ == "mark" and c.lower_ == "that" and "that" in preps)
            for c in child.children
            if c.i < child.i
        ):
            return owner, list(child.subtree)
    return None


def _noun_cues(doc: Doc, mask: bytearray) -> list[Reported]:
    """Reported stances and statements carried by a noun with an owner (see _noun_content)."""
    out: list[Reported] = []
    for noun in tokens_where(doc, LEMMA=_STANCE_NOUN_LEMMAS):
        if noun.pos_ != "NOUN" or mask[noun.idx]:
            continue
        found = _noun_content(noun)
        if found is None:
            continue
        owner, toks = found
        span = _trim(toks, noun)
        if span is None or _covered(text_of(doc), span, mask) >= _COVERED:
            continue
        cue = (noun.idx, noun.idx + len(noun))
        out.append(Reported(span[0], span[1], cue, mention_bounds(owner)))
    return out


def _verbs_read_as_nouns(doc: Doc, mask: bytearray) -> list[Reported]:
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
        span = _trim(_clause_tokens(clause, set()), tok)
        if span is None or _covered(text_of(doc), span, mask) >= _COVERED:
            continue
        out.append(
            Reported(span[0], span[1], (tok.idx, tok.idx + len(tok)), mention_bounds(before))
        )
    return out


def _whole_clause(
    verb: Token, subj: Token, mask: bytearray, speaker: tuple[int, int] | None
) -> Reported | None:
    """The clause of `verb` from its subject on, cue included: the clause's opening adverbials
    and a joined clause with its own subject are the reporter's framing, not the statement."""
    cut = {t.i for c in verb.rights if c.dep_ == "conj" and has_subject(c) for t in c.subtree}
    toks = [t for t in _clause_tokens(verb, cut) if t.i >= subj.left_edge.i]
    span = _trim(toks, verb)
    if span is None or _covered(text_of(verb.doc), span, mask) >= _COVERED:
        return None
    return Reported(span[0], span[1], (verb.idx, verb.idx + len(verb)), speaker)


def _passive_judgement(verb: Token, mask: bytearray) -> Reported | None:
    """ "The bank is expected to hold rates", "He is said to favour a deal": a passive verb of
    saying or thinking with an infinitive states the whole clause, for whoever the "by" names
    (most often no one). Its grammatical subject is what is said, not who says it."""
    if not any(c.dep_ == "auxpass" for c in verb.children) or to_infinitive(verb) is None:
        return None
    if verb_lemma(verb) in DUTY_PASSIVES:
        return None  # "is supposed to …": a duty or a plan, no one's view
    subj = next((c for c in verb.lefts if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    by = agent_of(verb)
    return _whole_clause(verb, subj, mask, mention_bounds(by) if by is not None else None)


def _colon_lines(doc: Doc, mask: bytearray) -> list[Reported]:
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
        if mask[start] or text[start:end].rstrip().endswith("?"):
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
                named = _entity_words(doc)
            if who[-1].text not in named or not who[-1].is_title:
                continue
        end = start + len(text[start:end].rstrip(" .\t"))
        if _covered(text, (start, end), mask) >= _COVERED:
            continue
        colon = m.end("who")
        out.append(Reported(start, end, (colon, colon + 1), m.span("who")))
    return out


def _entity_words(doc: Doc) -> set[str]:
    """The last words of the article's people and organisations ("Okafor" of "Grace Okafor")."""
    return {e[-1].text for e in doc.ents if e.label_ in ("PERSON", "ORG")}


# A line of one to thirty words in which most words are capitalised: a headline.
_TITLE_LINE = re.compile(r"[^\S\n]*(\S[^\n]{0,250}?)[^\S\n]*(?:\n|$)")
# A headline's verb where it can be: after a capitalised word (found first, as a cheap filter).
_HEADLINE_VERB = re.compile(
    r"(?<=[A-Za-z.’'] )(?:" + "|".join(sorted(HEADLINE_VERBS, key=len, reverse=True)) + r")\b"
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
# What ends a headline's claim: the reporter's framing after it ("… As Rivals Gain", "…, But …").
_HEADLINE_TAIL = re.compile(r"(?:,?\s+(?:As|Amid|But)\s.*|[\s.…]+)$")
# A sentence-case headline's verb of saying ("Okafor warns …", "Unions vow …"), to its lemma.
_SENTENCE_HEADLINE_VERBS = {form.lower(): verb for form, verb in HEADLINE_VERBS.items()}
# A headline has at most this many words, and its speaker's verb comes within this many.
_HEADLINE_WORDS = 20
_HEADLINE_SPEAKER_WORDS = 6
# Small words a title-case line may leave in lower case.
_TITLE_MINOR = words("a an the of to in on for and or but at by with from as is vs")


def _title_case(line: str) -> bool:
    words = _TITLE_WORD.findall(line)
    if not 3 <= len(words) <= 30:
        return False
    capital = sum(1 for w in words if w[0].isupper() or w.lower() in _TITLE_MINOR)
    return capital >= 0.85 * len(words) and sum(1 for w in words if w[0].isupper()) >= 3


def _possessed(text: str, word: tuple[int, int]) -> bool:
    """ "Okafor’s Claim That …": after a possessive the word is a noun, not a verb."""
    return text[word[0] : word[1]].endswith(("’s", "'s", "s’", "s'"))


def _headlines(doc: Doc, mask: bytearray, found: Sequence[Reported]) -> list[Reported]:
    """ "Okafor Warns Bridge Plan Will Fail", "Unions Vow Strike, Call Talks ‘A Sham’": in a
    title-case headline the small model often reads the verb of saying as a name, and the report
    is lost. A headline whose first words name someone (an entity, or a person noun: "Widow
    Says …") and go on to a verb of saying reports the rest of the line, up to a second verb of
    the same speaker, for them. A claim the parse already reports stays as it is, and so does a
    line that names no one ("The Calls Keep Coming")."""
    text = text_of(doc)
    out: list[Reported] = []
    starts: list[int] = []
    for verb in _HEADLINE_VERB.finditer(text):
        start = text.rfind("\n", 0, verb.start()) + 1
        if not starts or starts[-1] != start:
            starts.append(start)
    for start in starts:
        line = _TITLE_LINE.match(text, start)
        if line is None:
            continue
        s0, s1 = line.span(1)
        if mask[s0] or not _title_case(line.group(1)):
            continue
        words = [(m.start() + s0, m.end() + s0) for m in _TITLE_WORD.finditer(line.group(1))]
        verbs = [
            k
            for k, (a, b) in enumerate(words)
            if k > 0 and text[a:b] in HEADLINE_VERBS and not _possessed(text, words[k - 1])
        ]
        if not verbs or verbs[0] > 5:
            continue
        who = doc.char_span(s0, words[verbs[0] - 1][1], alignment_mode="expand")
        if who is None or not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lower_ in PERSON_NOUNS for t in who
        ):
            continue
        speaker = (who.start_char, who.end_char)
        # a second cue follows a comma ("…, Calls …"); a verb form inside the claim is its own
        cues = [verbs[0]] + [k for k in verbs[1:] if "," in text[words[k - 1][1] : words[k][0]]]
        for n, k in enumerate(cues):
            start = words[k + 1][0] if k + 1 < len(words) else s1
            lemma = HEADLINE_VERBS[text[words[k][0] : words[k][1]]]
            if k + 2 < len(words) and text[words[k + 1][0] : words[k + 1][1]].lower() in (
                PREP_CUES.get(lemma, frozenset())
            ):
                start = words[k + 2][0]  # "Calls For a Ban": the ban
            stop = text.rfind(",", start, words[cues[n + 1]][0]) if n + 1 < len(cues) else s1
            claim = text[start:stop]
            tail = _HEADLINE_TAIL.search(claim)
            end = start + (tail.start() if tail else len(claim))
            if any(r.start < end and r.end > start for r in found):
                continue  # the parse already reports it
            if end > start and _WORD.search(text[start:end]):
                out.append(Reported(start, end, words[k], speaker))
    return out + _sentence_case_headline(doc, mask, [*found, *out])


def _sentence_case_headline(doc: Doc, mask: bytearray, found: Sequence[Reported]) -> list[Reported]:
    """ "Okafor calls levy plan a mistake", "Transport ministry pledges quick repairs": in a
    headline in sentence case (the article's first line) the small model often reads the verb
    of saying as a noun, or the name after it as a verb. The capitalised words right before the
    first verb of saying name the speaker when they are a person, an organisation or a place,
    or a name the article gives one of them elsewhere ("Rain calls off the final" names no
    one); what they said runs to a comma, a semicolon, a colon or the end of the line. A claim
    the parse already reports stays as it is."""
    text = text_of(doc)
    first = len(text) - len(text.lstrip())
    line = _TITLE_LINE.match(text, first)
    if line is None or mask[line.start(1)] or _title_case(line.group(1)):
        return []
    s0, s1 = line.span(1)
    words = [(m.start() + s0, m.end() + s0) for m in _TITLE_WORD.finditer(line.group(1))]
    if len(words) > _HEADLINE_WORDS:
        return []
    k = next(
        (k for k, (a, b) in enumerate(words) if k > 0 and text[a:b] in _SENTENCE_HEADLINE_VERBS),
        None,
    )
    if k is None or k > _HEADLINE_SPEAKER_WORDS or _possessed(text, words[k - 1]):
        return []
    j = k - 1  # the speaker: the capitalised words right before the verb, with only spaces between
    while (
        j > 0
        and text[words[j - 1][0]].isupper()
        and not text[words[j - 1][1] : words[j][0]].strip()
    ):
        j -= 1
    if not text[words[k - 1][0]].isupper() or text[words[k - 1][1] : words[k][0]].strip():
        return []
    who = doc.char_span(words[j][0], words[k - 1][1], alignment_mode="expand")
    if who is None or not (
        any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in who)
        or who[-1].lower_ in PERSON_NOUNS
        or who[-1].text in _entity_words(doc)
    ):
        return []
    lemma = _SENTENCE_HEADLINE_VERBS[text[words[k][0] : words[k][1]]]
    if k + 1 >= len(words):
        return []
    start = words[k + 1][0]
    if k + 2 < len(words) and text[words[k + 1][0] : words[k + 1][1]] in (
        PREP_CUES.get(lemma, frozenset())
    ):
        start = words[k + 2][0]  # "calls for a ban": the ban
    # (a comma ends the claim: "X declares victory, ignores losses" goes on to another act)
    stop = min((i for i in (text.find(c, start, s1) for c in ";:,") if i >= 0), default=s1)
    claim = text[start:stop]
    tail = _HEADLINE_TAIL.search(claim)
    end = start + (tail.start() if tail else len(claim))
    if end <= start or not _WORD.search(text[start:end]):
        return []
    if any(r.start < end and r.end > start for r in found):
        return []  # the parse already reports it
    return [Reported(start, end, words[k], (who.start_char, who.end_char))]


def _perspectives(doc: Doc, mask: bytearray) -> list[Reported]:
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
        span = _trim(_clause_tokens(head, {t.i for t in prep.subtree}), head)
        if span is None or _covered(text_of(doc), span, mask) >= _COVERED:
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


def _clause_read_as_head(verb: Token, foreign: list[tuple[int, int]]) -> list[Token] | None:
    """ "Okafor continues to insist, again last week on the radio, that the levy is fair": with
    words set off between the cue and its clause, the parser may make the reported clause the
    sentence's root and hang the clause of the cue on it as a complement. When the cue's clause
    opens the sentence and the verb it hangs on, opened by "that", has its subject after it,
    that verb's clause, less the cue's, is what was said ("The levy, Okafor said, is fair" has
    its subject before the cue: a cue set inside it)."""
    if not is_speech_verb(verb):
        return None
    node = verb
    for _ in range(3):  # "continues to insist", "sent a tweet saying"
        if node.dep_ == "ccomp" or node.dep_ not in ("xcomp", "advcl") or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    if node.dep_ != "ccomp" or head.i <= node.right_edge.i or not same_paragraph(head, verb):
        return None
    subj = own_subject(head)
    doc = verb.doc
    opening = doc[verb.sent.start : node.left_edge.i]
    after = node.right_edge.i + 1
    while after < head.i and doc[after].is_punct:
        after += 1
    if (
        subj is None
        or subj.i <= node.right_edge.i
        or not all(t.is_punct or t.is_space or t.dep_ == "cc" for t in opening)
        or not (doc[after].lower_ == "that" and doc[after].head.i == head.i)
    ):
        return None
    return _clause_tokens(head, {t.i for t in node.subtree}, foreign)


def _only_when(toks: list[Token]) -> bool:
    """ "campaigned Wednesday", "insisted on Monday": a date the parser took for the cue's
    object or the object of its preposition says when, not what."""
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    return bool(words) and all(
        t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "ADP" and t.i == words[0].i) for t in words
    )


def find_reported(doc: Doc, direct: list[DirectQuote]) -> list[Reported]:
    """Every reported statement of `doc`, in text order."""
    text = text_of(doc)
    quoted = [p for d in direct for p in d.pieces]
    mask = bytearray(len(text))  # 1 where a character lies inside a direct quote
    for s, e in quoted:
        mask[s:e] = b"\x01" * (e - s)
    out: list[Reported] = []
    seen: set[tuple[int, int]] = set()
    for tok in cue_candidates(doc):
        if tok.lower_ != "according" and not is_cue_verb(tok):
            continue
        if mask[tok.idx]:
            continue  # a cue inside someone's quote: their words, not the article's report
        if tok.dep_ == "xcomp" and verb_lemma(tok.head) in PERMISSION_WORDS:
            continue  # "was not authorized to speak about …": what one may say, not what was
        judged = _passive_judgement(tok, mask)
        if judged is not None:
            if (judged.start, judged.end) not in seen:
                seen.add((judged.start, judged.end))
                out.append(judged)
            continue
        cue = cue_at(tok)
        if cue is None or (cue.speaker_start is None and tok.lower_ != "according"):
            continue
        thinker = (
            text[cue.speaker_start : cue.speaker_end].lower()
            if cue.speaker_start is not None
            else ""
        )
        if not is_speech_verb(tok) and tok.lower_ != "according" and thinker in NO_THINKER:
            if not (
                thinker in RELATIVE_THINGS
                and tok.dep_ == "relcl"
                and tok.head.pos_ in ("NOUN", "PROPN")
            ):
                continue
            # "the audit, which showed the city was broke": what the relative pronoun stands for
            s0, s1 = mention_bounds(tok.head)
            cue = Cue(cue.verb, cue.start, cue.end, s0, s1)
        if any(c.dep_ == "neg" for c in tok.children) and not _negated_speech_reports(tok):
            continue  # "has never condemned …": nothing was stood for
        sent = tok.sent if direct else None
        sentence = (sent.start, sent.end) if sent is not None else (0, 0)
        foreign = [p for d in direct if _someone_elses(d, tok, sentence) for p in d.pieces]
        toks = _content_tokens(tok, foreign) or _clause_read_as_head(tok, foreign)
        if not toks or _only_when(toks):
            continue
        skip = set()
        if cue.speaker_start is not None:
            skip = {t.i for t in toks if cue.speaker_start <= t.idx < (cue.speaker_end or 0)}
        inside = (
            tok.lower_ == "according"
            or _parenthetical(tok)
            or (
                min(t.i for t in toks) < tok.i < max(t.i for t in toks) and bool(_continuation(tok))
            )
        )
        span = _trim(
            [t for t in toks if t.i not in skip and t.i != tok.i],
            tok,
            tok.lower_ != "according",
            frozenset(t.i for t in tok.subtree) if inside else frozenset(),
        )
        pieces: tuple[tuple[int, int], ...] = ()
        if span is not None:
            pieces = _into_own_quote(text, span, _own_quote(tok, direct, span))
            last = _close_quote(text, pieces[-1], quoted)
            pieces = (*pieces[:-1], last)
            span = (pieces[0][0], last[1])
        if span is None or span in seen:
            continue
        if len(_WORD.findall(text[span[0] : span[1]])) < _MIN_WORDS:
            continue
        if _covered(text, span, mask) >= _COVERED and not _embeds_quote(tok, text, span):
            continue
        seen.add(span)
        speaker = (
            (cue.speaker_start, cue.speaker_end or cue.speaker_start)
            if cue.speaker_start is not None
            else None
        )
        out.append(
            Reported(
                span[0], span[1], (cue.start, cue.end), speaker, pieces if len(pieces) > 1 else ()
            )
        )
    out += [r for r in _noun_cues(doc, mask) if (r.start, r.end) not in seen]
    out += [r for r in _verbs_read_as_nouns(doc, mask) if (r.start, r.end) not in seen]
    out += [r for r in _colon_lines(doc, mask) if (r.start, r.end) not in seen]
    out += _headlines(doc, mask, out)
    out += [r for r in _perspectives(doc, mask) if (r.start, r.end) not in seen]
    return sorted(out, key=lambda r: (r.start, r.end))
