"""Noun phrases that stand for an actor (step 3).

A role phrase points back to a named person ("the Chinese leader", "his Ukrainian counterpart",
"the senator") when exactly one person fits its nationality, role and modifiers; "the Ukrainian
side" / "the Chinese government" is that state; "the Clinton campaign" is an organisation of
Clinton's; plural role nouns ("Western governments", "officials"), any plural that speaks
("Critics say") and "the international community" are groups, as is a plural for people that
holds a view any other way the parse shows ("teachers are willing to", "condemned by farmers",
"nurses who oppose"). "the company" is the one organisation named just before: that waits for
the pronoun pass, which reads in text order (and makes it an actor of its own when it holds a
view and no organisation is in reach).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.actors.keys import ActorKey, body_key, country_key, group_key, org_key
from core.actors.ledger import Builder, Ledger, Mention
from core.actors.roles import country_of_token
from core.actors.syntax import lemma_of
from core.lexicon.attitude import (
    ATTITUDE_ADJECTIVES,
    ATTITUDE_LEMMAS,
    ATTITUDE_NOUNS,
    ATTITUDE_VERBS,
    EXPRESS_VERBS,
)
from core.lexicon.people import (
    COLLECTIVE_NOUNS,
    GENERIC_ROLE_HEADS,
    GROUP_DROP,
    GROUP_HEADS,
    GROUP_SINGULAR,
    NOT_ROLE_HEADS,
    ORG_NOUNS,
    PERSON_BODIES,
    PLURAL_BODY_HEADS,
    POSSESSIVE,
    RELATIVE_ROLES,
    ROLE_DETERMINERS,
    STATE_BODIES,
    UNRESTRICTIVE_MODIFIERS,
    VOICE_LEMMAS,
    is_person_noun,
    is_title,
    role_noun,
    title_words,
)
from core.lexicon.speech import NAMING_VERBS, SPEECH_VERBS, VIEW_VERBS
from core.lexicon.stance import COMPLEMENT_VERBS, STANCE_ADJECTIVES, STANCE_VERBS, VERDICT_VERBS
from core.lexicon.words import subset
from core.lexicon.words import words as word_list
from core.text.parsed import noun_chunks_of, tokens_where
from core.text.syntax import NOMINAL_SUBJECTS as SUBJECT_DEPS
from core.text.syntax import own_subject

_INDEFINITE = frozenset({"a", "an"})
# Demonstratives that stand for people by a relative clause ("those who oppose the plan").
_DEMONSTRATIVE_HOLDERS = frozenset({"those"})
# Quantifiers that stand alone for people ("Many believed …", "many in Israel support …").
_QUANTIFIER_HOLDERS = frozenset({"many", "one"})
# The modals by which "one" is anyone ("one can only hope", "one would think").
_GENERIC_MODALS = frozenset({"can", "could", "would", "might", "may", "must"})
# Openers of someone the article does not name: "one official source", "another officer".
_UNNAMED_OPENERS = _INDEFINITE | frozenset({"one", "another"})
# Bodies that speak as one ("the committee said", "the army denied"), when the article names
# no organisation they stand for.
_BODY_NOUNS = word_list(
    "council committee commission ministry army military police court union alliance movement "
    "delegation parliament assembly congress cabinet board panel forum secretariat foundation "
    "coalition opposition press media association federation mission bloc embassy navy "
    "tribunal senate junta party team"
)
# Parts of a company that act for it ("a unit of Acme said it would …").
_UNITS = word_list("unit subsidiary division affiliate")
# A generic role that news uses for someone it quotes without a name ("the official said").
_SPEAKING_GENERIC = frozenset({"official"})
# Who news quotes without a name ("a source close to the talks said").
_ANONYMOUS = frozenset({"source"})
# Verbs whose subject holds a view a reader wants attributed: saying, thinking, stance, attitude.
_HOLDING_VERBS = VOICE_LEMMAS | frozenset(STANCE_VERBS) | frozenset(ATTITUDE_VERBS)
# Every verb of saying and writing holds a view ("the minister described", "the official
# remarked") except those that say when speech happens, not that it does ("began his visit").
# The verbs the positions read a stance by hold one too ("the party dismissed", "the clerk
# would not rule out", "the lawyers deemed").
_ROLE_HOLDING_VERBS = (
    _HOLDING_VERBS
    | (SPEECH_VERBS - subset(SPEECH_VERBS, "continue go_on proceed begin start finish end read"))
    | VIEW_VERBS
    | NAMING_VERBS
    | VERDICT_VERBS
    | frozenset(COMPLEMENT_VERBS)
    | ATTITUDE_LEMMAS
)
# Adjectives by which a subject holds a view ("the association is willing", "is critical of").
_HOLDING_ADJECTIVES = frozenset(ATTITUDE_ADJECTIVES) | frozenset(STANCE_ADJECTIVES)
# Nouns of a view its possessor or the subject of "express" holds ("analysts' expectations",
# "the groups expressed concern").
_HOLDING_NOUNS = frozenset(ATTITUDE_NOUNS)
# Adjectives before a noun of a view that say the world holds it ("International criticism").
_WORLD_ADJECTIVES = {"international": "international community", "western": "the West"}
# The heads of the noun phrases that name an actor (a state, a campaign, a group, "the company").
_PHRASE_HEADS = (
    STATE_BODIES | PERSON_BODIES | GROUP_HEADS | GROUP_SINGULAR | ORG_NOUNS | COLLECTIVE_NOUNS
)


@dataclass(frozen=True)
class OrgAnaphor:
    """ "the company": a definite description of an organisation named before, for the pronoun
    pass; `holds` when it holds a view ("the company said"), so that with no organisation in
    reach it is an actor of its own rather than no one."""

    span: SpacySpan
    holds: bool
    country: bool = False  # "the country": the one state named in reach, not an organisation


@dataclass(frozen=True)
class _People:
    """The people known when the noun phrases are read, by what a role phrase can name."""

    by_nationality: dict[str, list[Builder]]
    by_role: dict[str, list[Builder]]
    first_seen: dict[ActorKey, int]  # actor key -> start of its first mention


def _people(ledger: Ledger) -> _People:
    by_nationality: dict[str, list[Builder]] = {}
    by_role: dict[str, list[Builder]] = {}
    for b in ledger.by_key.values():
        if b.kind != "person":
            continue
        if b.nationality:
            by_nationality.setdefault(b.nationality, []).append(b)
        if b.role_head:
            by_role.setdefault(b.role_head, []).append(b)
    first_seen: dict[ActorKey, int] = {}
    for m in ledger.mentions:
        if m.start < first_seen.get(m.key, 1 << 62):
            first_seen[m.key] = m.start
    return _People(by_nationality, by_role, first_seen)


def read_noun_phrases(ledger: Ledger) -> dict[int, OrgAnaphor]:
    """Every noun phrase that stands for an actor into the registry; returns the definite
    descriptions of an organisation ("the company", "the campaign") by their head token, for the
    pronoun pass to resolve in text order."""
    doc = ledger.article.doc
    token_actor = ledger.token_actor
    people = _people(ledger)
    org_anaphora: dict[int, OrgAnaphor] = {}
    for ch in noun_chunks_of(doc):
        root = ch.root
        if root.i in token_actor:
            continue
        lemma = lemma_of(root)
        if lemma in _HOLDING_NOUNS and root.pos_ == "NOUN":
            _view_owners(ledger, root)
        first_word = ch[0]
        plural = root.tag_ in ("NNS", "NNPS")
        if not (
            lemma in _PHRASE_HEADS
            or (plural and root.dep_ in SUBJECT_DEPS)
            or (_role_tagged(ch) and first_word.lower_ in ROLE_DETERMINERS | _UNNAMED_OPENERS)
            or (plural and _people_or_body(root) and holding_slot(root))
        ):
            continue  # none of the cases below can apply: most chunks end here
        words = [t for t in ch if t.pos_ != "DET"]
        countries = {c for c in (country_of_token(ledger, t) for t in ch) if c}
        inner = [token_actor.get(t.i) for t in ch]
        inner_people = [k for k in inner if k and k.kind == "person"]
        if lemma in STATE_BODIES and root.tag_ != "NNS" and not countries and _holds(ch):
            # "the government said": a body the text does not tie to one state is its own actor
            name = " ".join((ledger.article.words(list(ch)) or "").split()).lower()
            b = ledger.get(org_key(name), "organization", name)
            ledger.mention(b, ch, True, name)
            continue
        if lemma in STATE_BODIES and root.tag_ != "NNS" and len(countries) == 1:
            (country,) = countries
            if not any(k and k.kind == "country" for k in inner):
                b = ledger.get(country_key(country), "place", country)
                ledger.mention(b, ch, False)
                ledger.mark(ch, b.key)
            continue
        if lemma in PERSON_BODIES and inner_people and root.tag_ != "NNS":
            owner = inner_people[0]
            name = " ".join(t.text for t in words if t.text not in POSSESSIVE)
            b = ledger.get(body_key(owner, lemma), "organization", name)
            b.affiliation = owner
            ledger.mention(b, doc[words[0].i : ch.end] if words else ch, True, name)
            ledger.mark(ch, b.key)
            continue
        if (
            (plural and lemma in GROUP_HEADS)
            or (lemma in GROUP_SINGULAR and len(words) > 1)
            # any plural that speaks or thinks: "Companies say", "Critics argue"
            or (
                plural
                and root.dep_ in SUBJECT_DEPS
                and root.dep_ != "nsubjpass"  # "the demands were rejected"
                and lemma_of(root.head) in _HOLDING_VERBS
            )
            # a plural for people that holds a view by any other way the parse shows: "people
            # are willing", "condemned by observers", "analysts' expectations"
            or (plural and _people_or_body(root) and holding_slot(root))
        ):
            kept = [t for t in ch if t.lower_ not in GROUP_DROP and t.pos_ not in ("PRON",)]
            if not kept or inner_people:
                continue
            name = " ".join(t.text for t in kept)
            b = ledger.get(group_key(name), "group", name)
            if len(countries) == 1 and b.affiliation is None:
                b.affiliation = country_key(next(iter(countries)))
            ledger.mention(b, doc[kept[0].i : ch.end], True, name)
            ledger.mark(ch, b.key)
            continue
        if lemma in COLLECTIVE_NOUNS and root.tag_ == "NN" and _holds(ch):
            # "the world condemned", "the Venezuelan public is sceptical"
            name = " ".join(t.text for t in ch if t.lower_ not in GROUP_DROP)
            b = ledger.get(group_key(name), "group", name)
            ledger.mention(b, ch, True, name)
            ledger.mark(ch, b.key)
            continue
        if (
            root.tag_ == "NN"
            and lemma in ("country", "nation")
            and len(ch) == 2
            and first_word.lower_ == "the"
        ):
            org_anaphora[root.i] = OrgAnaphor(ch, False, country=True)
            continue
        if (
            root.tag_ == "NN"
            and first_word.lower_ == "the"
            and lemma in ORG_NOUNS
            # "the company", not "the parent company", unless it holds a view: "the
            # Harlow, Vt., maker of canoes said" is the company named just before
            and (len(ch) == 2 or _holds(ch))
            # where it is based may be named ("the Ohio maker"), not whose it is
            and not any(k is not None and k.kind != "location" for k in inner)
            and not countries
        ):
            org_anaphora[root.i] = OrgAnaphor(ch, _holds(ch))
            continue
        if (
            _role_tagged(ch)
            and not inner_people
            and not _anaphoric_role(ledger, people, ch, countries)
            and _holds(ch)
        ):
            # "the committee", "the thrift holding company" (not the bare "the company" above)
            if (lemma in _BODY_NOUNS or lemma in ORG_NOUNS) and (
                ch[0].lower_ == "the" or _owned(ch)
            ):
                _unnamed_body(ledger, ch, countries)
            else:
                _unnamed_role(ledger, ch)
    for tok in tokens_where(doc, LOWER=_DEMONSTRATIVE_HOLDERS):
        _those_who(ledger, tok)
    for tok in tokens_where(doc, LOWER=_QUANTIFIER_HOLDERS):
        _quantified_people(ledger, tok)
    return org_anaphora


def _quantified_people(ledger: Ledger, tok: Token) -> None:
    """ "Many believed the vote was rigged", "many in Israel would support": a quantifier
    standing alone for people, the subject of a verb or adjective of holding, is a group of
    its own, named with where they are ("many in Israel"); so is the generic "one" of a modal
    ("one can only hope"). "many of the ballots", "many were lost", "no one" are not."""
    if tok.i in ledger.token_actor or tok.dep_ not in SUBJECT_DEPS or tok.dep_ == "nsubjpass":
        return
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return  # "many of them": the phrase's own noun says who, if anyone
    if tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("DET", "ADJ", "ADV", "NUM"):
        return  # "the many", "very many", "so many"
    if not _holding_predicate(tok.head):
        return
    if tok.lower_ == "one" and not any(
        c.dep_ == "aux" and c.lower_ in _GENERIC_MODALS for c in tok.head.children
    ):
        return  # "one can feel sorry for", "one would think": anyone; "one said" is someone
    doc = tok.doc
    where = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "among")]
    end = max([tok.i, *(c.right_edge.i for c in where)]) + 1
    span = doc[tok.i : end]
    name = " ".join(t.text.lower() if t.i == tok.i else t.text for t in span if not t.is_space)
    b = ledger.get(group_key(name), "group", name)
    ledger.mention(b, span, True, name)
    ledger.mark(span, b.key)


def _those_who(ledger: Ledger, tok: Token) -> None:
    """ "those who want change", "Those who think the prisoners are coddled": a demonstrative
    whose relative clause says its people hold a view (its subject the relative pronoun, its
    verb one of holding) is a group of its own, named by the clause, so that the view has a
    holder. "those who were killed", "those in the camp" hold nothing here."""
    if tok.pos_ != "PRON" or tok.i in ledger.token_actor:
        return
    for rel in tok.children:
        if rel.dep_ != "relcl" or rel.i > tok.i + 3:
            continue
        who = next(
            (c for c in rel.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "that")),
            None,
        )
        if who is None or not _holding_predicate(rel):
            continue
        doc = tok.doc
        span = doc[tok.i : who.i + 1]
        name = " ".join(t.text.lower() for t in doc[tok.i : rel.i + 1] if not t.is_space)
        b = ledger.get(group_key(name), "group", name)
        ledger.mention(b, span, True, name)
        ledger.mark(span, b.key)
        return


def _view_owners(ledger: Ledger, noun: Token) -> None:
    """ "Cuban objections to", "American recognition of", "the Arabs' recognition": who holds
    the view a noun names, when the words before it say so, as an actor: a demonym for its
    state, "international" for the international community, a plural possessor for people
    ("the Palestinian people's will") a group. The positions read them as the holder."""
    geo = ledger.article.geo
    doc = noun.doc
    for c in noun.children:
        if c.i in ledger.token_actor:
            continue
        if c.dep_ in ("amod", "compound") and c.text[:1].isupper():
            country = geo.country_of_demonym.get(c.text)
            if country is not None:
                b = ledger.get(country_key(country), "place", country)
            elif c.lower_ in _WORLD_ADJECTIVES:
                b = ledger.get(
                    group_key(_WORLD_ADJECTIVES[c.lower_]), "group", _WORLD_ADJECTIVES[c.lower_]
                )
            else:
                continue
            span = doc[c.i : c.i + 1]
            ledger.mention(b, span, False)
            ledger.mark(span, b.key)
        elif c.dep_ == "poss":
            group_of(ledger, c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "by", "from"):
            # "the wishes of the settlers", "demands by the unions", "criticism from farmers"
            # (whether the phrase holds the view or is what it is about, the positions decide)
            for obj in c.children:
                if obj.dep_ == "pobj":
                    group_of(ledger, obj)


def body_of(ledger: Ledger, noun: Token) -> Mention | None:
    """ "A unit of Acme launched an offer and said it would seek …": a singular noun for a body
    that is no actor, made an organisation when "it" that stands for it holds a view (the
    pronoun pass asks); its mention, or None. The name is the noun's own phrase ("A unit")."""
    if noun.tag_ != "NN" or noun.i in ledger.token_actor:
        return None
    if lemma_of(noun) not in _BODY_NOUNS | ORG_NOUNS | _UNITS:
        return None
    span = noun.doc[noun.left_edge.i : noun.i + 1]
    if any(ledger.token_actor.get(i) for i in range(span.start, span.end)):
        return None  # "Acme's board": the actors' pass reads whose it is
    name = " ".join(t.text for t in span if not t.is_space)
    b = ledger.get(org_key(name.lower()), "organization", name)
    ledger.mark(span, b.key)
    return ledger.mention(b, span, True, name)


def group_of(ledger: Ledger, noun: Token) -> Mention | None:
    """ "The usual grumblers are furious. They have criticised …": a plural for people
    that is no actor, made a group when a pronoun that stands for it holds a view (the pronoun
    pass asks); its mention, or None."""
    if noun.tag_ not in ("NNS", "NNPS") or noun.i in ledger.token_actor:
        return None
    if not _people_or_body(noun):
        return None
    ch = noun.doc[noun.left_edge.i : noun.i + 1]
    if any(
        k is not None and k.kind == "person"
        for k in map(ledger.token_actor.get, range(ch.start, ch.end))
    ):
        return None
    kept = [t for t in ch if t.lower_ not in GROUP_DROP and t.pos_ not in ("PRON", "PUNCT")]
    if not kept:
        return None
    name = " ".join(t.text for t in kept)
    b = ledger.get(group_key(name), "group", name)
    span = noun.doc[kept[0].i : ch.end]
    ledger.mark(span, b.key)
    return ledger.mention(b, span, True, name)


def _role_tagged(ch: SpacySpan) -> bool:
    """A common noun, or a title the tagger took for a name ("the President")."""
    root = ch.root
    if root.tag_ == "NN":
        return True
    words = [t for t in ch if t.pos_ != "DET"]
    if root.tag_ != "NNP" or len(words) > 3 or not is_title(root):
        return False
    # "the President", "the Finance Minister": a title with capitalised words before it
    return all(is_title(t) or (t.pos_ == "PROPN" and t.text[:1].isupper()) for t in words)


def _holds(ch: SpacySpan) -> bool:
    """ "the minister said", "the government rejected", "another officer remarked": the phrase
    holds a view a reader wants to see (`holding_slot`)."""
    root = ch.root
    if not (ch[0].lower_ in ("the", *_UNNAMED_OPENERS) or _owned(ch)) or len(ch) > 6:
        return False
    return holding_slot(root)


def _owned(ch: SpacySpan) -> bool:
    """ "China's foreign minister", "South Africa's observer mission": the phrase opens with
    the name of whom it belongs to, as definite as "the"."""
    return ch[0].pos_ == "PROPN" and any(
        (t.dep_ == "case" and t.head.i == ch[0].i) or (t.head.i == ch[0].i and t.text in POSSESSIVE)
        for t in ch[1:3]
    )


def holding_slot(noun: Token) -> bool:
    """Does the text say the noun holds a view: the subject of a verb of saying, thinking or
    stance (or of a verb it shares with one: "described the plan as a failure and said"), of
    an adjective of attitude ("is willing to", "remain critical of"), of a verb that carries
    one ("continue to support", "expressed concern"); the agent of one ("condemned by the
    observers"); the possessor of a view ("the government's determination")."""
    return _holds_by_its_slot(noun) or _holds_by_relative(noun)


def _holds_by_its_slot(noun: Token) -> bool:
    dep = noun.dep_
    if dep == "nsubjpass":
        # "the demands were rejected" holds nothing; "are determined to", "is said to have
        # claimed" does
        verb = noun.head
        # ("had been expected to defer or reject": either verb of the pair)
        return lemma_of(verb) in _HOLDING_ADJECTIVES or any(
            c.dep_ == "xcomp"
            and any(_verb_lemma(v) in _ROLE_HOLDING_VERBS for v in (c, *c.conjuncts))
            for c in verb.children
        )
    if dep in SUBJECT_DEPS:
        return _holding_predicate(noun.head)
    if dep == "pobj" and noun.head.dep_ == "agent":
        return _holding_predicate(noun.head.head)
    if dep == "poss":
        return noun.head.pos_ == "NOUN" and lemma_of(noun.head) in _HOLDING_NOUNS
    return False


def _holds_by_relative(noun: Token) -> bool:
    """ "people who love freedom", "led by veterans who back him", "the statesman, who
    boasted …": a relative clause whose subject is the relative pronoun standing for the noun,
    whatever the noun's own place in the sentence."""
    return any(
        c.dep_ == "relcl"
        and any(s.dep_ in SUBJECT_DEPS and s.lower_ in ("who", "that") for s in c.children)
        and _holding_predicate(c)
        for c in noun.children
    )


def _holding_predicate(verb: Token) -> bool:
    shared = [c for c in verb.conjuncts if own_subject(c, SUBJECT_DEPS) is None]
    for v in (verb, *shared):
        lemma = _verb_lemma(v)
        if lemma in _ROLE_HOLDING_VERBS or lemma in _HOLDING_ADJECTIVES:
            return True
        for c in v.children:
            if c.dep_ in ("acomp", "xcomp") and (
                lemma_of(c) in _HOLDING_ADJECTIVES or _verb_lemma(c) in _ROLE_HOLDING_VERBS
            ):
                return True
            if c.dep_ == "dobj" and lemma in EXPRESS_VERBS and lemma_of(c) in _HOLDING_NOUNS:
                return True
    return False


def _people_or_body(noun: Token) -> bool:
    """A noun for people or for a body of them: who can hold a view ("analysts", "the
    observer missions"), not a thing ("buybacks", "the measures")."""
    lemma = lemma_of(noun)
    return (
        is_person_noun(noun)
        or lemma in GROUP_HEADS
        or (lemma in PLURAL_BODY_HEADS and noun.tag_ in ("NNS", "NNPS"))
        or lemma in _BODY_NOUNS
        or lemma in ORG_NOUNS
        or noun.ent_type_ == "NORP"
    )


def _verb_lemma(verb: Token) -> str:
    """The verb's lemma; the small model makes "hopes" "hop": a present -s form whose stem
    is a verb of holding is that verb."""
    lemma = lemma_of(verb)
    if lemma not in _ROLE_HOLDING_VERBS and verb.tag_ == "VBZ" and verb.lower_.endswith("s"):
        stem = verb.lower_[:-1]
        if stem in _ROLE_HOLDING_VERBS:
            return stem
    return lemma


def _unnamed_body(ledger: Ledger, ch: SpacySpan, countries: set[str]) -> None:
    """ "The committee rejected the bill": the one organisation named before whose name ends in
    that noun ("the Budget Committee"); else, when none is, a body of its own."""
    head = ch.root.lower_
    named = {
        b.key
        for m in ledger.mentions
        if m.start < ch.start_char
        for b in [ledger.by_key[m.key]]
        if b.kind == "organization" and b.name.lower().split()[-1:] == [head]
    }
    if len(named) > 1:
        return
    if named:
        b = ledger.by_key[named.pop()]
        ledger.mention(b, ch, False)
        ledger.mark(ch, b.key)
        return
    name = " ".join(t.text for t in ch)
    b = ledger.get(org_key(name), "organization", name)
    if len(countries) == 1:
        b.affiliation = country_key(next(iter(countries)))
    ledger.mention(b, ch, True, name)


def _unnamed_role(ledger: Ledger, ch: SpacySpan) -> None:
    """ "The chief minister said": a role no named person of the article fits is an actor of
    its own, named by the role, so that what it says and stands for has a holder."""
    head = role_noun(ch.root.text)
    if ch[0].lower_ == "the" and len(ch) == 2:
        # "A senior official said … the official added": the one unnamed one named so before
        earlier = {
            b.key
            for b in ledger.by_key.values()
            if b.kind == "person"
            and b.role_head == head
            and b.name.split()[0].lower() in _UNNAMED_OPENERS
            and min(b.mentions)[0] < ch.start_char
        }
        if len(earlier) == 1:
            b = ledger.by_key[earlier.pop()]
            ledger.mention(b, ch, False)
            ledger.mark(ch, b.key)
            return
    if head not in title_words() and is_person_noun(ch.root) and head not in NOT_ROLE_HEADS:
        # "a farmer said", "the soft-spoken Leeds resident said": someone described, not
        # named; a bare "the man" stands for someone named before, so it is no one new
        if ch[0].lower_ in _UNNAMED_OPENERS or len([t for t in ch if t.pos_ != "DET"]) > 1:
            _add_unnamed(ledger, ch, head)
        return
    if ch[0].lower_ in _UNNAMED_OPENERS:
        # "an official said", "a diplomatic source said", "another officer said": someone the
        # article does not name
        if head not in title_words() and head not in _ANONYMOUS:
            return
    elif head not in title_words() or (
        head in GENERIC_ROLE_HEADS
        and head not in _SPEAKING_GENERIC
        and not any(ledger.token_actor.get(t.i) for t in ch if t.i != ch.root.i)
    ):
        return  # "the leader", "the head": of what, the phrase does not say ("the TVP leader")
    if head in NOT_ROLE_HEADS:
        return
    _add_unnamed(ledger, ch, head)


def _add_unnamed(ledger: Ledger, ch: SpacySpan, head: str) -> None:
    # named as written ("the soft-spoken Leeds resident"), one space between words
    words = (ledger.article.words(list(ch)) or "").split()
    name = " ".join(words)
    b = ledger.get(ActorKey("person", name.lower()), "person", name)
    b.role = " ".join(words[1:])
    b.role_head = head
    ledger.mention(b, ch, True, name)


def _set_off_name(ledger: Ledger, ch: SpacySpan) -> ActorKey | None:
    """The actor named in apposition to a role phrase past what the role is of ("the president
    of the river board, Piet Dunmore,"), or None."""
    for c in ch.root.children:
        if c.dep_ == "appos" and c.i >= ch.end + 2:
            key = ledger.token_actor.get(c.i)
            if key is not None:
                return key
    return None


def _anaphoric_role(ledger: Ledger, people: _People, ch: SpacySpan, countries: set[str]) -> bool:
    """ "the Chinese leader", "his Ukrainian counterpart", "the senator": one person fits.
    True when the phrase is settled: resolved, or more than one person of the article fits."""
    first = ch[0]
    if first.lower_ not in ROLE_DETERMINERS or len(ch) > 5:
        return False
    head = role_noun(ch.root.text)
    if head in NOT_ROLE_HEADS or not is_person_noun(ch.root):
        return False
    if len(countries) > 1:
        return True
    # "his Ukrainian counterpart, Volodymyr Zelensky", "the Leeds resident, Ann Cole,": the
    # name that follows says who.
    after = ledger.article.doc[ch.end : ch.end + 2]
    named = _set_off_name(ledger, ch)
    if named is not None and named.kind != "person":
        return True  # "the president of the river board, Piet Dunmore," is no one named before
    if named is not None or (len(after) == 2 and after[0].text == ","):
        key = named or ledger.token_actor.get(after[1].i)
        if key and key.kind == "person":
            b = ledger.by_key[key]
            if countries and b.nationality is None:
                b.nationality = next(iter(countries))
                b.affiliation = b.affiliation or country_key(b.nationality)
            if not b.role and head not in RELATIVE_ROLES:
                b.role = ledger.article.words([t for t in ch if t.pos_ not in ("DET", "PRON")])
                b.role_head = head
            ledger.mention(b, ch, False)
            ledger.mark(ch, b.key)
            return True
    if head not in title_words():
        return False  # "the resident": no role to match a named person by
    # Every other word must fit what we know of the person: "the Democratic nominee" is
    # not the Republican nominee.
    modifiers = [
        t.lower_
        for t in ch
        if t.i != ch.root.i
        and t.pos_ not in ("DET", "PRON")
        and not country_of_token(ledger, t)
        and t.lower_ not in UNRESTRICTIVE_MODIFIERS
    ]
    if countries:
        pool = people.by_nationality.get(next(iter(countries)), [])
    else:
        pool = people.by_role.get(head, [])
    earlier = [
        b
        for b in pool
        if people.first_seen.get(b.key, 1 << 62) < ch.start_char
        and all(w in (b.role or "").lower().split() for w in modifiers)
    ]
    if countries:
        (country,) = countries
        fits = [b for b in earlier if b.nationality == country]
        if head not in GENERIC_ROLE_HEADS:
            fits = [b for b in fits if b.role_head in (None, head)]
        if not fits and any(
            b.role_head == head and b.nationality is None for b in people.by_role.get(head, [])
        ):
            # "the US president" where a President Bush of no known country is named: maybe
            # him, maybe not; no actor of its own beside him
            return True
    elif head in GENERIC_ROLE_HEADS:
        owners = {
            k
            for t in ch
            if t.i != ch.root.i
            for k in [ledger.token_actor.get(t.i)]
            if k is not None and k.kind != "person"
        }
        if len(owners) != 1:
            # "the leader" alone: too vague to resolve; "the official" may still be one of its
            # own
            return head not in _SPEAKING_GENERIC
        # "the TVP leader": the one person named before who belongs to the TVP, else one of
        # its own
        (owner,) = owners
        fits = [
            b
            for b in ledger.by_key.values()
            if b.kind == "person"
            and b.affiliation == owner
            and people.first_seen.get(b.key, 1 << 62) < ch.start_char
        ]
    else:
        fits = [b for b in earlier if b.role_head == head]
    if len(fits) > 1:
        fits = _just_named(ledger, fits, ch)
    if len(fits) == 1:
        b = fits[0]
        ledger.mention(b, ch, False)
        ledger.mark(ch, b.key)
    return bool(fits)


def _just_named(ledger: Ledger, fits: list[Builder], ch: SpacySpan) -> list[Builder]:
    """Of several people a role phrase fits, the one named in its sentence or the one before
    when no other of them is ("Iraq's President Saddam … Koizumi asked Bush not to act. In
    reply, the President said": Bush); else all of them, still open."""
    article = ledger.article
    sent = article.sent_of[ch.start]
    lo = article.doc[article.sent_starts[max(0, sent - 1)]].idx
    recent = [b for b in fits if any(lo <= start < ch.start_char for start, _ in b.mentions)]
    return recent if len(recent) == 1 else fits
