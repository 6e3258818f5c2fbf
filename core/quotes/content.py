"""What a cue reports: the tokens of its content, read from the dependency parse (a clausal
complement, an infinitive, a preposition's object, what is said of an object, a stance on a noun
phrase, the clause around "according to" or a parenthetical cue), and the checks that keep a
content to its own speaker's words."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from core.lexicon.documents import DOCUMENT_NOUNS, RESEARCH_NOUNS
from core.lexicon.function_words import (
    ACT_PREPOSITIONS,
    AUTHOR_LINKS,
    CLAIM_LINKS,
    CLAIM_QUALIFIERS,
    CLAUSE_STOPS,
    CONCESSIVE,
    COUNT_AFTER_A,
    DASHES,
    GOING_ON,
    NO_SPEAKER_SUBJECTS,
    PEOPLE_OBJECTS,
    SETTING_OFF,
)
from core.lexicon.people import GROUP_HEADS, PERSON_NOUNS
from core.lexicon.speech import (
    ADDRESSEE_VERBS,
    AS_CUES,
    ASKING_VERBS,
    ASPECT_VERBS,
    CONCEDING_MARKS,
    EVIDENCE_VERBS,
    GERUND_CUES,
    NAMING_VERBS,
    OBJECT_CUES,
    PLAIN_SAYING,
    PREDICATIVE_CUES,
    PREP_CUES,
    QUESTION_WORDS,
    SPEECH_NOUNS,
    VIEW_CUES,
    WITHHOLDING_VERBS,
    XCOMP_VERBS,
)
from core.lexicon.stance import PARTITIVE_NOUNS
from core.quotes.attribution import (
    cue_lemma,
    is_cue_verb,
    is_speech_verb,
    made_clear,
    speaker_token,
    spoken_to,
    verb_lemma,
)
from core.quotes.clauses import clause_tokens, up_to_comma
from core.quotes.direct import is_name_or_title
from core.text.syntax import (
    NOMINAL_SUBJECTS,
    has_subject,
    marked_clause,
    own_subject,
    same_paragraph,
    to_infinitive,
)

# A cue set off inside what it reports has at most this many words on each side of its verb.
_CUE_WORDS = 5


_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


# What a verb of evidence shows of its object besides it ("shows the mayor [with a lead]").
_SHOWN_OF = {"prep", "xcomp", "advmod", "npadvmod", "acomp", "oprd", "ccomp", "advcl"}


# The parts of "called [X] [a fascist]" as the parser labels them.
_NAMING_PARTS = {"dobj", "oprd", "xcomp", "ccomp", "acomp", "attr", "appos", "dative"}


# Phrasal cues that ask something of someone only with a clause after them ("called on Y to …").
_NEEDS_INFINITIVE = {("call", "on"), ("call", "upon")}


# A clause's complements: what it says, not what is said of it.
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "attr", "acomp", "oprd"})


def _naming_content(verb: Token) -> list[Token] | None:
    """ "called the mayor a liar", "calls her “a tireless worker”": what a naming verb says of
    its object. The parser splits the object and its label many ways (dobj and oprd, xcomp and
    dobj, one noun phrase with a quoted label), so the content is the verb's object-like
    complements when there are two of them, or one with a quoted label after its first word;
    a bare object ("called the police") names nobody anything."""
    parts = [c for c in verb.rights if c.dep_ in _NAMING_PARTS]
    if not parts:
        return _naming_words(verb)
    toks = [t for c in parts for t in c.subtree]
    if len(parts) >= 2 or any(t.is_quote for t in toks[1:]):
        return None if _habitual(verb) and _nickname(toks) else toks
    return _naming_words(verb)


def _naming_words(verb: Token) -> list[Token] | None:
    """ "called Trump a fascist", "called the mayor's plan unworkable", "called the report
    “a stunt”": the small parser often breaks the object and its label apart (the label hung on
    a noun inside the object, the object read as a modifier), so the words after the verb, up
    to the clause's end, are read from the text. They are a naming when they open with the
    object (not with "a": "called a meeting", "called an election" name nothing) and go on to a
    label: a second noun phrase with "a"/"an", an adjective that ends them, or a quoted label
    that ends them ("called a report on the talks “premature”"). A bare object ("called the
    police"), a particle ("called off") or a passive names nobody anything."""
    doc = verb.doc
    if any(c.dep_ in ("auxpass", "prt") for c in verb.children) or verb.dep_ in ("acl", "amod"):
        return None
    toks: list[Token] = []
    for k in range(verb.i + 1, verb.sent.end):
        tok = doc[k]
        closing = tok.is_quote and bool(toks) and any(t.is_quote for t in toks)
        if tok.text in CLAUSE_STOPS or (tok.text == "," and not _closing_after(doc, k)):
            break
        if tok.pos_ == "CCONJ" and k + 1 < len(doc) and doc[k + 1].pos_ in ("VERB", "AUX"):
            break  # "called her a liar and said …": the naming ends with the first act
        if tok.pos_ in ("VERB", "AUX") and tok.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None  # a clause of its own ("a group called Future 45 ran ads")
        toks.append(tok)
        if closing:
            break
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    if len(words) < 2:
        return None
    first = words[0]
    if first.pos_ not in ("DET", "PROPN", "PRON", "NOUN") or first.lower_ in ("a", "an"):
        quoted_end = toks[-1].is_quote and not toks[0].is_quote
        return toks if quoted_end and first.lower_ in ("a", "an") else None
    if first.pos_ == "PRON" and first.lower_ in ("it", "itself", "what", "who"):
        return None  # "called it quits", "what he called …": no object of its own here
    label = (
        any(_label_article(t) for t in words[1:])
        or words[-1].pos_ == "ADJ"
        or (toks[-1].is_quote and any(t.is_quote for t in toks[1:-1]))
    )
    return toks if label else None


def _label_article(tok: Token) -> bool:
    """An "a"/"an" that opens a label ("a fascist"), not a count or a time ("a day later")."""
    if tok.lower_ not in ("a", "an") or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "QUANTITY"):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        nxt is not None
        and nxt.lower_ not in COUNT_AFTER_A
        and nxt.ent_type_ not in ("DATE", "TIME")
    )


def _closing_after(doc: Doc, k: int) -> bool:
    """Is the comma at k followed by a closing quote mark (“a rush to judgment,”)?"""
    return k + 1 < len(doc) and doc[k + 1].is_quote and k > 0 and not doc[k - 1].is_space


def _answer(verb: Token) -> list[Token] | None:
    """ "58 percent of riders said yes", "the board said no", "a guide says so", "64 percent say
    the same of Lund": the answer, or the same claim again, is what was said."""
    doc = verb.doc
    if not is_speech_verb(verb) or verb.i + 1 >= len(doc):
        return None
    word = doc[verb.i + 1]
    # (or a clause joins after it: "72 percent said yes while 20 percent said no")
    ends = word.i + 1 >= len(doc) or doc[word.i + 1].is_punct or doc[word.i + 1].dep_ == "mark"
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
        name = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
        clause = next((c for c in verb.rights if c.dep_ == "ccomp"), None)
        if name is not None and clause is not None and _stray_comma(verb, name, clause):
            return [*name.subtree, *name.doc[name.right_edge.i + 1 : clause.right_edge.i + 1]]
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
        if verbal and verb_lemma(verb) in PLAIN_SAYING and _quantity_read_as_modifier(obj, child):
            # "she said many asked questions and had no idea how to …": the statement goes on
            # in what the parser joins to the cue with no subject of its own
            more = [c for c in verb.rights if c.i > obj.i and _goes_on_with(c)]
            return list(doc[obj.left_edge.i : (more[-1] if more else obj).right_edge.i + 1])
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


def _stray_comma(verb: Token, obj: Token, clause: Token) -> bool:
    """ "Lund and Okafor say Mayor Reyes, has not been tested": a comma the writer set between a
    named subject and its verb's auxiliary; the cue has its own subject before it, so the name
    is not who speaks ("The plan, said Okafor, has failed")."""
    doc = verb.doc
    comma = obj.right_edge.i + 1
    first = doc[clause.left_edge.i]
    subj = own_subject(verb)
    return (
        clause.left_edge.i == comma + 1
        and doc[comma].text == ","
        and first.dep_ in ("aux", "auxpass")
        and first.tag_ in _FINITE
        and subj is not None
        and subj.i < verb.i
        and not has_subject(clause)
        and verb_lemma(verb) in PLAIN_SAYING
        and verb_lemma(verb) not in ADDRESSEE_VERBS
    )


def _quantity_read_as_modifier(obj: Token, verbal: Token) -> bool:
    """ "said many asked questions": a bare quantity word ("many", "some", "most") right before
    a verb in -ed that the parser made modifiers of the noun after them is the subject of that
    verb; "said the many trained staff" has a determiner and is a noun phrase."""
    first = obj.doc[obj.left_edge.i]
    return (
        first.i == verbal.i - 1
        and first.head.i == obj.i
        and first.lower_ in PARTITIVE_NOUNS
        and first.tag_ in ("JJ", "DT")
    )


def _goes_on_with(conj: Token) -> bool:
    """A verb joined to the cue with no subject of its own that is no cue itself."""
    return (
        conj.dep_ == "conj"
        and conj.pos_ == "VERB"
        and conj.tag_ == "VBD"
        and not has_subject(conj)
        and not is_cue_verb(conj)
    )


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
                # (a subordinator the parser labels an adverb, "said for the first time that …")
                filled = that.dep_ == "mark" or (that.dep_ == "advmod" and that.tag_ == "IN")
                filled = filled or any(
                    c.dep_ == that.dep_ and c.i != that.i for c in clause.children
                )
                if filled and has_subject(clause):
                    return clause
    return None


# How many words a cue's object and setting may hold before a stray "that" opens its clause.
_STRAY_THAT_WORDS = 12


def _stray_that_clause(verb: Token) -> list[Token] | None:
    """ "warned farmers in speeches and in interviews that the drought could last years",
    "acknowledged on the radio's “Today” show that the party was trailing": with an object and
    a setting between the cue and its clause, the parser may hang the "that" and its clause
    anywhere (a noun's modifier, a clause on the show's noun). A subordinating "that" (tagged
    IN; a relative one is WDT) after a verb of saying, with no verb, comma or clause stop
    between, opens what was said: the largest phrase from the word after it that starts
    there, when it has a subject and a verb ("told the story that he heard" is a relative)."""
    if not is_speech_verb(verb):
        return None
    doc = verb.doc
    that = None
    for k in range(verb.i + 1, min(verb.i + _STRAY_THAT_WORDS + 2, verb.sent.end - 1)):
        tok = doc[k]
        if tok.lower_ == "that":
            # (or after a quoted title, which takes no relative "that": "on “Today” that …")
            opens = tok.tag_ == "IN" or (tok.tag_ == "WDT" and doc[k - 1].is_quote)
            that = tok if opens and k > verb.i + 1 else None
            break
        if tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.text in CLAUSE_STOPS or tok.is_space:
            return None
        if tok.text == ",":
            return None
    if that is None or not same_paragraph(that, verb) or not _setting_before(verb, that):
        return None
    node = doc[that.i + 1]
    while node.head.i != node.i and node.head.left_edge.i >= that.i and node.head.i > that.i:
        node = node.head
    # (without the speaker's next act joined to it: "… that the drought could last, and
    # urging them to …")
    acts = {
        t.i
        for c in node.rights
        if c.dep_ == "conj" and c.tag_ == "VBG" and not has_subject(c)
        for t in c.subtree
    }
    acts |= {c.i for c in node.rights if c.dep_ == "cc" and acts and c.i < min(acts)}
    toks = [t for t in node.subtree if t.i > that.i and t.i not in acts]
    if not any(t.dep_ in NOMINAL_SUBJECTS for t in toks) or not any(
        t.pos_ in ("VERB", "AUX") for t in toks
    ):
        return None
    return toks


def _setting_before(verb: Token, that: Token) -> bool:
    """Does a phrase of the act's setting ("in interviews", "on the radio's “Today” show") end
    right before the "that", hung on the cue itself (or joined to such a phrase: "in speeches
    and in interviews")? After a noun the cue says or takes ("rejected the idea that …",
    "recalled her reaction to news that …", "in a statement that …") the "that" opens what the
    noun holds, which the noun's reading reports."""
    doc = verb.doc
    k = that.i - 1
    if doc[k].is_quote:
        # a quoted title: the noun is the one before it ("on the BBC's “Today” that …")
        k -= 1
        while k > verb.i and not doc[k].is_quote:
            k -= 1
        k -= 1
        if k > verb.i and doc[k].tag_ == "POS":
            k -= 1
    noun = doc[k]
    if noun.dep_ != "pobj" or noun.lemma_.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS:
        return False
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head
    # (a thing the cue takes may hold the clause: "disputed accusations by the firm that …";
    # whom it was said to, people, hold none: "warned farmers in interviews that …")
    taken = any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in SPEECH_NOUNS | DOCUMENT_NOUNS
            or not (_spoken_to(c) or c.tag_ in ("NNS", "NNPS", "PRP"))
        )
        for c in verb.children
    )
    return (
        not taken
        and prep.lower_ in ACT_PREPOSITIONS - AUTHOR_LINKS
        and prep.dep_ == "prep"
        and prep.head.i == verb.i
    )


def _clause_read_as_sibling(verb: Token) -> Token | None:
    """ "sent a tweet saying, if elected, she would cut fares": a participle of saying set off
    by a comma from its clause may be left bare, the clause hung beside it on the verb it
    describes or on its object. A finite clause with a subject of its own that opens right
    after the bare participle (and its comma) is what was said ("left the room saying
    nothing, and she cried" has an object)."""
    if not is_speech_verb(verb) or verb.tag_ != "VBG" or verb.head.i == verb.i:
        return None
    if any(not (c.is_punct or c.dep_ in ("advmod", "neg")) for c in verb.rights):
        return None
    doc = verb.doc
    first = verb.i + 1
    while first < len(doc) and doc[first].is_punct and not doc[first].is_quote:
        first += 1
    # (hung on the verb the participle describes or on that verb's object: "a tweet [that] …")
    for clause in doc[first : verb.sent.end]:
        if (
            clause.left_edge.i == first
            and clause.head.i < verb.i
            and clause.dep_ in ("advcl", "ccomp", "conj", "relcl", "acl")
            and has_subject(clause)
            and (
                clause.tag_ in ("VBD", "VBZ", "VBP")
                or any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in clause.children)
            )
            and same_paragraph(clause, verb)
        ):
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
    if asked is not None:
        before = asked.right_edge.i
    elif spoken_to(verb):
        # "was asked if …", "when asked directly by the paper if …": the one asked is the
        # subject; the question follows the verb, its adverb and the asker
        between = [c.right_edge.i for c in verb.rights if c.dep_ in ("agent", "advmod")]
        before = max(between, default=verb.i)
    else:
        return None
    for clause in verb.rights:
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i == before + 1
            and clause.doc[clause.left_edge.i].lower_ in ("if", "whether")
            and has_subject(clause)
        ):
            return clause
    return _question_read_as_relative(verb)


def _question_read_as_relative(verb: Token) -> Token | None:
    """ "was asked by a caller why young men are coming": the parser hangs the question on the
    asker as a relative clause; opened by a question word with a subject of its own, it is the
    question ("asked by a caller who lives nearby" is a relative clause of the caller)."""
    for agent in (c for c in verb.rights if c.dep_ == "agent"):
        for asker in (c for c in agent.children if c.dep_ == "pobj"):
            for clause in (c for c in asker.rights if c.dep_ in ("relcl", "acl")):
                first = clause.doc[clause.left_edge.i]
                if first.lower_ in QUESTION_WORDS and has_subject(clause):
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


def _gerund_cut_off(verb: Token) -> list[Token] | None:
    """ "23 percent who said using the fund was unwise": in a relative clause the parser may
    end the clause of saying at the gerund that opens the reported clause and hang that
    clause's verb elsewhere in the sentence. A finite verb right after the gerund's phrase,
    outside the cue's reach, goes on with what the gerund opens."""
    if verb_lemma(verb) not in PLAIN_SAYING or verb.i + 1 >= len(verb.doc):
        return None
    doc = verb.doc
    gerund = doc[verb.i + 1]
    if gerund.dep_ != "xcomp" or gerund.head.i != verb.i or gerund.tag_ != "VBG":
        return None
    end = gerund.right_edge.i
    if end + 1 >= len(doc) or end != verb.right_edge.i:
        return None
    finite = doc[end + 1]
    if finite.tag_ not in _FINITE or finite.pos_ not in ("VERB", "AUX"):
        return None
    if finite.dep_ in ("aux", "auxpass") and finite.head.i > finite.i:
        finite = finite.head  # "… will do nothing": the clause is its verb's
    return [*gerund.subtree, *(t for t in finite.subtree if t.i > end)]


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


# A list of the speaker's stands is read as one report from this many predicates on.
_LISTED_ACTS = 3


def content_tokens(verb: Token, foreign: list[tuple[int, int]]) -> list[Token] | None:
    """The tokens of what the cue verb reports, or None when it reports nothing here."""
    toks = _content_tokens(verb, foreign)
    if toks:
        toks += _listed_acts(verb, toks)
    return toks


def _listed_acts(verb: Token, toks: list[Token]) -> list[Token]:
    """ "has called for a ban, favors a levy and has promised a vote": a list of stands the
    speaker takes, each a cue of its own with no subject of its own, is marked by attribution
    corpora as one report, the first cue's; its content runs to the end of the list. Two
    ("called for a ban and left") are two acts."""
    chain: list[Token] = []
    node = verb
    while True:
        nxt = next((c for c in node.rights if c.dep_ == "conj"), None)
        if nxt is None or has_subject(nxt) or not is_cue_verb(nxt):
            break
        chain.append(nxt)
        node = nxt
    end = max(t.i for t in toks)
    if len(chain) + 1 < _LISTED_ACTS or chain[0].i < end or not same_paragraph(chain[-1], verb):
        return []
    doc = verb.doc
    span = doc[end + 1 : chain[-1].right_edge.i + 1]
    # (a list written as one: "A, B and C", not "A; B; C" or "A and B and C")
    if doc[chain[0].left_edge.i - 1].text != "," or any(t.text == ";" for t in span):
        return []
    return list(span)


def _content_tokens(verb: Token, foreign: list[tuple[int, int]]) -> list[Token] | None:
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
                return clause_tokens(c, set(), foreign)
        return None
    gerund = _gerund_subject(verb)
    if gerund is not None:
        return clause_tokens(gerund, set(), foreign)
    cut_off = _gerund_cut_off(verb)
    if cut_off is not None:
        return cut_off
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
        if _clause_after_object(verb, child):
            continue
        if child.dep_ == "ccomp" and same_paragraph(child, verb):
            # (a ccomp in another paragraph is the parser running two paragraphs together)
            if child.i < verb.i and _own_cue(child, is_speech_verb(verb)):
                # "Lund has said …, and the talks “were …”, Chen told reporters": Chen
                # reports the clause beside Lund's report, not Lund's report itself
                joined = [c for c in child.rights if c.dep_ == "conj" and has_subject(c)]
                if not joined:
                    return None
                return clause_tokens(joined[-1], set(), foreign)
            if child.i < verb.i:
                # "He leans to Lund, he said, because he values …": the clause goes on after
                # the cue set inside it
                return [*clause_tokens(child, set(), foreign), *continuation(verb)]
            # "said they’re happy with however it ends up": the parser may split the clause
            # after the cue into two complements; together they are what was said, and so is
            # a that-clause it joins to the cue ("think Obama advanced it, but that there is
            # more to do")
            parts = [
                c
                for c in verb.rights
                if (
                    (c.dep_ == "ccomp" and not _gloss_read_as_clause(c, child))
                    or _joined_that_clause(c, child)
                    or _joined_claim(c, child)
                    or _joined_phrase(c, child)
                )
                and same_paragraph(c, verb)
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
                *(t for c in parts for t in clause_tokens(c, set(), foreign)),
                *joints,
                *(t for c in reasons for t in c.subtree),
            ]
    clause = _clause_read_as_relative(verb)
    if clause is not None:
        return [t for t in clause_tokens(clause, set(), foreign) if t.i != clause.left_edge.i]
    stray = _stray_that_clause(verb)
    if stray is not None:
        return stray
    clause = _clause_read_as_adverbial(verb) or _question_put(verb) or _clause_read_as_sibling(verb)
    if clause is not None:
        return clause_tokens(clause, set(), foreign)
    # (not "called on Y to …, the latest sign that …": the phrasal cue is read below, and the
    # noun the parser hangs on the verb after the comma is the reporter's aside)
    phrasal = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ in PREP_CUES.get(lemma, ())
    if lemma in NAMING_VERBS and not (phrasal and verb.doc[verb.i + 1].head.i == verb.i):
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
                toks = up_to_comma(
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
                return up_to_comma(list(obj.subtree) + extra)
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
                return up_to_comma(list(obj.subtree))
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
                toks = up_to_comma(toks)
                return toks + _object_goes_on(verb, toks)
    # "As Smith noted (in her report), the plan failed": the clause the "as" clause leads into
    if _as_noted(verb):
        return clause_tokens(verb.head, {t.i for t in verb.subtree})
    # "…, they say, but …": a parenthetical cue reports the clause around it
    if parenthetical(verb):
        head = verb.head
        # "Though the change was smooth, she said, replacing him would be hard": the cue hangs
        # on the opening clause, and the sentence it opens is what was said
        while head.dep_ == "advcl" and head.head.i > verb.i and head.head.i != head.i:
            head = head.head
        rest = continuation(verb)
        # (a clause before the cue's subject that the parser hung on the cue opens the statement)
        rest += [
            t
            for c in verb.lefts
            if c.dep_ == "advcl"
            and not any(q.is_quote for q in verb.doc[max(c.left_edge.i - 1, 0) : verb.i])
            for t in c.subtree
        ]
        kept = {t.i for t in rest}
        return clause_tokens(head, {t.i for t in verb.subtree if t.i not in kept})
    return _subject_read_as_clause(verb)


_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

# What may follow a cue that ends its sentence: a time, a place, a manner.
_ADJUNCTS = frozenset({"punct", "prep", "npadvmod", "advmod"})


def _subject_read_as_clause(verb: Token) -> list[Token] | None:
    """ "Those who take on debt struggle, even with a good job, Lund said.": when the parser
    reads the statement's verb as a noun, it makes the whole statement a second subject of the
    cue. A verb of saying with two subjects, the nearer one set off by a comma, and nothing
    after it to report: what stands before that comma is what was said (it has a finite verb;
    a dateline, "LEEDS, Lund said.", has none)."""
    if not is_speech_verb(verb) or verb_lemma(verb) not in PLAIN_SAYING:
        return None
    if any(c.dep_ not in _ADJUNCTS for c in verb.rights):
        return None  # the cue ends the sentence ("…, Lund said on Monday.")
    subjects = [c for c in verb.lefts if c.dep_ in NOMINAL_SUBJECTS]
    if len(subjects) < 2:
        return None
    speaker, first = subjects[-1], subjects[0]
    doc = verb.doc
    comma = speaker.left_edge.i - 1
    if comma <= first.i or doc[comma].text != "," or not same_paragraph(first, verb):
        return None
    toks = list(doc[first.left_edge.i : comma])
    if (
        first.left_edge.i != verb.sent.start
        or not any(t.tag_ in _FINITE for t in toks)
        or any(t.is_quote for t in toks[:1])
    ):
        return None
    return toks


def _clause_after_object(verb: Token, clause: Token) -> bool:
    """ "Since she announced her bid for mayor, the race has changed", "claimed the attack,
    leading police to …": after a cue's noun object and a comma, the parser may hang the next
    clause on the cue as its complement; a cue that has said its object says no clause besides,
    unless "that" opens it ("wrote the paper, the Gazette, that …") or the object is whom it was
    said to ("told friends, …")."""
    if clause.dep_ != "ccomp" or clause.i < verb.i or verb_lemma(verb) in ADDRESSEE_VERBS:
        return False
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.i > clause.i:
        return False
    doc = verb.doc
    first = clause.left_edge.i
    while first < clause.i and doc[first].is_punct:
        first += 1
    return first > 0 and doc[first - 1].text == "," and doc[first].lower_ != "that"


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


def continuation(verb: Token) -> list[Token]:
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
        if any(t.is_quote for t in doc[start : verb.i]):
            return out  # a quote around the cue: the direct quote is shown, not a second report
        # (a quote that opens only after the cue goes on with the reported words before it:
        # "The streets were empty, he added, “but people need to connect.”")
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
    toks = clause_tokens(head, skip)
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


def _reason_after(tok: Token, content: Token) -> bool:
    """ "said the plan would fail, because the council has no money", "… because of the cost",
    "… “more than the budget,” if they were taxed properly", "said the tax is “theft,” compared
    to what other towns charge": a reason, a condition or a comparison right after the reported
    clause, which the parser hangs on the cue (often past a quote mark that closes the clause),
    is given with the claim (attribution corpora mark it as content)."""
    if tok.i <= content.right_edge.i or not same_paragraph(tok, content):
        return False
    if any(not t.is_punct for t in tok.doc[content.right_edge.i + 1 : tok.left_edge.i]):
        return False
    if tok.dep_ == "prep":
        return tok.lower_ == "because" or _comparison(tok)
    return tok.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CLAIM_QUALIFIERS and c.i < tok.i for c in tok.children
    )


def _comparison(tok: Token) -> bool:
    """ "compared to what other towns charge": a measure the claim is set against. One with a
    figure ("said they wanted an outsider, compared with four in 10 who …", "…, compared with
    3 percent") is the reporter's own arithmetic."""
    return (
        tok.lower_ == "compared"
        and any(c.dep_ == "prep" and c.lower_ in ("to", "with") for c in tok.children)
        and not any(t.like_num for t in tok.subtree)
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


def _joined_phrase(phrase: Token, first: Token) -> bool:
    """ "said the day brought back memories of her father, and of “all who helped us”": a
    preposition the parser joins to the cue after its clause, with the same preposition in that
    clause, goes on with a phrase of it (a verb of saying joins no prepositions of its own)."""
    if phrase.dep_ != "conj" or phrase.pos_ != "ADP" or phrase.i < first.right_edge.i:
        return False
    if not any(c.dep_ == "cc" and first.i < c.i < phrase.i for c in phrase.head.children):
        return False
    return any(
        t.dep_ == "prep" and t.lower_ == phrase.lower_ for t in first.subtree
    ) and same_paragraph(phrase, first)


def _gloss_read_as_clause(part: Token, first: Token) -> bool:
    """ "said no one would get hurt, a swipe at his rival": a noun phrase set off after the
    reported clause, which the parser hangs on the cue as a second complement, is the
    reporter's word on what was said, not more of it."""
    doc = part.doc
    return (
        part.i > first.i
        and part.pos_ == "NOUN"
        and part.left_edge.i > 0
        and doc[part.left_edge.i - 1].text in SETTING_OFF
        # (one that ends the sentence, with no dash that closes it: "so upset by the tone
        # — “an outrage” — that he …" goes on)
        and all(t.is_punct or t.is_space for t in doc[part.right_edge.i + 1 : part.sent.end])
        and not any(t.text in DASHES for t in part.subtree)
    )


def _joined_claim(clause: Token, first: Token) -> bool:
    """ "said the process was fair, but required candidates to …", "said she got a grant, but
    her parents earned too much": a clause joined by "but" after the reported one, which the
    parser hangs on the cue, goes on with what was said."""
    if clause.dep_ != "conj" or clause.i < first.i or is_speech_verb(clause):
        return False
    if verb_lemma(clause) in XCOMP_VERBS:
        return False  # "…, but she declined to say more", "…, but refused to …": an act
    cc = [c for c in clause.head.children if c.dep_ == "cc" and first.i < c.i < clause.i]
    if not cc or cc[-1].lower_ not in CLAIM_LINKS or clause.pos_ not in ("VERB", "AUX"):
        return False
    # (with no subject of its own it is the speaker's next act: "…, but declined to say more";
    # the writer's "but it is unclear …" is no claim, nor one that goes on to a colon: "…, but
    # she gave him a compliment: “…”" is the speaker's next act)
    subj = own_subject(clause)
    # (right after the reported clause: "…: it had been breached, but …" joins something else)
    between = clause.doc[first.right_edge.i + 1 : cc[-1].i]
    # (after a concession the writer adds, "but" answers the writer: "China says it is neutral
    # even though Xi has never condemned the war, but the Chinese leader has come under …")
    conceded = any(
        t.dep_ == "mark" and t.lower_ in CONCESSIVE for t in clause.doc[first.i + 1 : cc[-1].i]
    )
    return (
        not conceded
        and all(t.is_punct and t.text not in (":", ";") for t in between)
        and subj is not None
        and subj.i > cc[-1].i
        and subj.lower_ not in NO_SPEAKER_SUBJECTS
        and not any(t.text == ":" for t in clause.subtree)
        and clause.sent.start == first.sent.start
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


def negated_speech_reports(verb: Token) -> bool:
    """ "The mayor would not say whether he will run": a negated verb of saying still reports the
    question it leaves open (a negated stance, "has never condemned …", reports nothing)."""
    return is_speech_verb(verb) and any(c.dep_ == "ccomp" for c in verb.children)


def parenthetical(verb: Token) -> bool:
    """ "…, they say, but …", "…, Smith said.": a cue set off inside or after what it reports."""
    return verb.dep_ == "parataxis" or (verb.dep_ == "ccomp" and _set_off(verb))


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


def clause_read_as_head(verb: Token, foreign: list[tuple[int, int]]) -> list[Token] | None:
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
    return clause_tokens(head, {t.i for t in node.subtree}, foreign)


def only_when(toks: list[Token]) -> bool:
    """ "campaigned Wednesday", "insisted on Monday": a date the parser took for the cue's
    object or the object of its preposition says when, not what."""
    words = [t for t in toks if not (t.is_punct or t.is_space)]
    return bool(words) and all(
        t.ent_type_ in ("DATE", "TIME") or (t.pos_ == "ADP" and t.i == words[0].i) for t in words
    )
