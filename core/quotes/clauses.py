"""Where a reported clause ends: the clause of a cue without what the reporter adds to it (a
concessive "even though …", a trailing ", pointing to …", a next act of the speaker, an aside)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from core.lexicon.evaluation import GUESS_ADVERBS
from core.lexicon.function_words import (
    APPOSITION_STARTERS,
    CONCESSIVE,
    CONNECTIVES,
    CONTRASTING,
    PLACE_NOUNS,
    SETTING_OFF,
    TAIL_LINKS,
    TAIL_MARK_PAIRS,
    TAIL_PAIRS,
    TAIL_STARTERS,
)
from core.lexicon.people import GROUP_HEADS, PERSON_NOUNS
from core.lexicon.pronouns import (
    FEMALE_PRONOUNS,
    FIRST_PERSON,
    MALE_PRONOUNS,
    PLURAL_PRONOUNS,
)
from core.lexicon.speech import (
    ASPECT_VERBS,
    COGNITION_VERBS,
    TIME_LINKS,
)
from core.quotes.attribution import (
    cue_lemma,
    is_speech_verb,
    verb_lemma,
)
from core.quotes.record import WORD
from core.text.syntax import (
    has_subject,
    line_breaks_around,
    own_subject,
)

# A reporter's tail is cut only when this many words of content stay before it.
_TAIL_KEEP = 3


# An aside of at most this many words inside the content stays in it ("his son, who served in
# Iraq, would …"); a longer one ends it.
_ASIDE_WORDS = 8


# Subjects by which a reported clause is about its speaker ("said she heard …").
_SPEAKER_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | FIRST_PERSON


def _concessive(tok: Token) -> bool:
    """ "said the bridge is safe, even though …": a concession the reporter adds. A contrast
    ("said exports are rising while imports fall") is the speaker's, unless it reports someone
    else ("…, while rivals said …") or is the speaker's next act ("…, while urging …")."""
    if tok.dep_ != "advcl":
        return False
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in CONCESSIVE), None)
    if mark is None:
        return False
    if mark.lower_ not in CONTRASTING:
        return True
    # (a verb with a clause of its own reports it: "while rivals think it will fail", "while a
    # rival gained by saying …")
    return (
        not has_subject(tok)
        or any(is_speech_verb(t) for t in tok.subtree)
        or any(c.dep_ == "ccomp" for c in tok.children)
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


def up_to_comma(toks: list[Token]) -> list[Token]:
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


def clause_tokens(
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
    if (
        tok.dep_ == "advmod"
        and tok.head.i == tok.i + 1
        and tok.tag_ == "RB"
        and tok.lower_ not in GUESS_ADVERBS
    ):
        # "…, implicitly putting his name on the line" (a guess, "…, possibly giving the city a
        # case", is the speaker's own)
        tok = tok.head
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i < tok.i


# The parse labels of a noun phrase set off after a clause as a gloss on it.
_GLOSS_LABELS = frozenset({"appos", "npadvmod", "dobj", "attr", "dep"})


# The labels of the verbs that make a run a clause.
_CLAUSE_LABELS = frozenset({"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp"})


def _gloss(run: list[Token], k: int) -> bool:
    """ "said the levy had been “unfair”, a charge the council denies", "…, the biggest rise in a
    decade": a common noun phrase set off at the end of a reported clause is the reporter's word
    on what was said. An apposition that names a person or a group ("said the chair is Lund, a
    farmer from Leeds"), one on a name, one in a list ("…, tea, rice and salt") and a figure
    ("…, 15 percent over the limit") stay in."""
    nxt = run[k + 1]
    if nxt.pos_ not in ("DET", "ADJ", "NOUN", "ADV"):
        return False
    if k + 2 < len(run) and run[k + 2].tag_ in ("JJR", "RBR"):
        return False  # "the more votes he wins, the more leverage he has": a correlative
    root = nxt
    while root.head.i > run[k].i and root.head.i != root.i:
        root = root.head
    if (
        root.pos_ != "NOUN"
        or root.dep_ not in _GLOSS_LABELS
        or root.left_edge.i != nxt.i
        or root.right_edge.i < run[-1].i - 1  # (the phrase ends the content)
        or root.head.i > run[k].i
        or root.head.pos_ == "PROPN"
        or root.lemma_.lower() in PERSON_NOUNS | GROUP_HEADS
        or any(c.dep_ == "conj" for c in [*root.children, *root.head.children])
    ):
        return False
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ in _CLAUSE_LABELS for t in run[:k])


def _cut_tail(run: list[Token]) -> list[Token]:
    """Cut a non-restrictive tail the reporter added (", which …", ", even as …", ", with …",
    ", given …") when enough content stays before it."""
    for k in range(3, len(run) - 1):
        if run[k].text != ",":
            continue
        nxt = run[k + 1]
        nxt2 = run[k + 2].lower_ if k + 2 < len(run) else ""
        starts_tail = (
            (nxt.lower_ in TAIL_STARTERS and not _describes_kind(nxt))
            or (nxt.lower_, nxt2) in TAIL_PAIRS
            # "…, with whom he had an affair", "…, of which": a relative led by a preposition
            or (nxt.pos_ == "ADP" and nxt2 in APPOSITION_STARTERS and nxt2 in TAIL_STARTERS)
            or _participle_tail(nxt)
            or (nxt.lower_ in TAIL_LINKS and nxt2 not in (",", ""))
            or ((nxt.lower_, nxt2) in TAIL_MARK_PAIRS and run[k + 2].dep_ == "mark")
            or _gloss(run, k)
        )
        if (
            starts_tail
            and len(WORD.findall(" ".join(t.text for t in run[:k]))) >= _TAIL_KEEP
            and not _rejoins(run, k)
            and not _quoted_aside(run, k)
        ):
            return run[:k]
    return run


def _quoted_aside(run: list[Token], k: int) -> bool:
    """ "said he has two options: vote for Reyes, whom he called “the most divisive figure in
    years,” or stay home", "said there is hope after the flood, which she called “a cruel
    blow.”": a relative clause set off at the comma `k` in which a pronoun (the speaker, as a
    rule) names its noun in quote marks is the speaker's own words, inside or at the end of what
    was said, however long ("…, who served in the navy" has no quoted label and "…, whom
    critics called “…”" is someone else's: the writer's note)."""
    clause = run[k + 1].head
    if clause.dep_ != "relcl" or clause.head.i != run[k].i - 1 or not is_speech_verb(clause):
        return False
    subj = own_subject(clause)
    if subj is None or subj.lower_ not in _SPEAKER_PRONOUNS:
        return False
    sub = list(clause.subtree)
    kept = {t.i for t in run}
    return any(t.is_quote for t in sub) and all(t.i in kept for t in sub)


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
    starter = run[k + 2] if run[k + 1].pos_ == "ADP" and k + 2 < len(run) else run[k + 1]
    if end - run[k].i > _ASIDE_WORDS + 1 or starter.lower_ not in TAIL_STARTERS:
        return False  # a long aside is left out (attribution corpora split the content there)
    kept = {t.i for t in run}
    rest = [t for t in run if t.i > end and not t.is_punct and not t.is_space]
    if not rest or rest[0].i > end + 3 or rest[0].dep_ == "cc":
        return False
    # the word the aside hangs on governs a word after it: "his son, who …, would …"
    if any(a.i > end and a.i in kept for a in clause.head.ancestors) or (
        clause.head.i > end and clause.head.i in kept
    ):
        return True
    # or the content's clause before the aside goes on after it: "to form a task force, which
    # would include the police, to crack down on smugglers" (the infinitive hangs on "form")
    # (a clause of its own: "…, in an interview" or "…, along with …" may be the reporter's)
    top = rest[0]
    while top.head.i > end and top.head.i != top.i:
        top = top.head
    return (
        top.dep_ in ("advcl", "xcomp")
        and top.head.i in kept
        and top.head.i < run[k].i
        and top.left_edge.i == rest[0].i
    )


def trim(
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
    kept = {t.i for t in run}
    while run and (
        run[0].is_punct
        or (
            run[0].dep_ == "mark"
            and run[0].lower_ in ("that", "whether", "if")
            and _opens(run[0], kept)
        )
        or run[0].is_space
        or run[0].dep_ == "cc"
    ):
        run = run[1:]
    run = _past_connective(run)
    while (
        run
        and (run[-1].is_punct or run[-1].is_space or run[-1].dep_ == "cc")
        and not run[-1].is_quote
    ):
        run = run[:-1]
    if not run:
        return None
    return run[0].idx, run[-1].idx + len(run[-1])


def _opens(mark: Token, kept: set[int]) -> bool:
    """Does this "that"/"if" open the reported clause itself (its clause hangs outside the
    content), not a condition inside it ("said that if elected, she would …" keeps "if")?"""
    clause = mark.head
    return clause.head.i == clause.i or clause.head.i not in kept


# A linking phrase has at most this many words.
_CONNECTIVE_WORDS = 4


def _past_connective(run: list[Token]) -> list[Token]:
    """The run without a linking phrase set off at its start ("In all, 181 donors lobbied …",
    "Meanwhile, her ratings rose …"): the writer ties the sentence to the one before; what was
    said starts after it ("Still higher, she said" has no comma after "Still")."""
    for n in range(1, min(_CONNECTIVE_WORDS, len(run) - 1) + 1):
        if run[n].text == "," and " ".join(t.lower_ for t in run[:n]) in CONNECTIVES:
            rest = run[n + 1 :]
            while rest and (rest[0].is_punct or rest[0].is_space):
                rest = rest[1:]
            return rest or run
    return run


def _describes_kind(rel: Token) -> bool:
    """ "common among his constituents, who defy party labels": a "who" clause on a common
    noun says which people the claim is about, as part of it; one on a name ("…, Lund, who
    served in the navy") is the writer's note on who that is."""
    if rel.lower_ == "where":
        # "could lead to retaliatory measures, where other countries would …": a "where" on a
        # common noun that names no place says what the claim leads to; one on a place ("in
        # Kano, where 40 seats are at stake") is the writer's note on it
        before = rel.doc[rel.i - 2] if rel.i >= 2 else rel
        return before.pos_ == "NOUN" and not before.ent_type_ and before.lemma_ not in PLACE_NOUNS
    if rel.lower_ not in ("who", "whom"):
        return False
    clause = rel.head
    return clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" and clause.head.tag_ == "NNS"
