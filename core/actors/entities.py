"""Named entities from spaCy, checked against evidence (step 1, and the people of step 2).

One label per name (the label the model gives it most often). A country or its capital ("Beijing
said") is that state; a capital used as a location ("in Washington", "Paris, Texas") is
the city; a big city is a place even when the small model calls it a person, unless the article
uses the word in a person's name; a name the article only uses as where something was said ("said
on Twitter", "a Facebook post") is a platform, not an actor, and one that also acts ("Twitter
suspended …") is a company. Every full name is one person ("Donald J. Trump" and "Donald Trump"
fold on first and last name); a surname or given name alone goes to the person who carries it,
and when two people share it (Hillary and Bill Clinton), to the one the text named last.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from core.actors.article import Article
from core.actors.keys import ActorKey, country_key, group_key, location_key, org_key, person_key
from core.actors.ledger import Ledger
from core.actors.syntax import is_medium, trim
from core.lexicon.geo import Gazetteer
from core.lexicon.people import (
    HONORIFIC_GENDER,
    LOCATIVE_PREPS,
    NOT_ROLE_HEADS,
    ORG_NOUNS,
    PERSON_BODIES,
    SPEAKING_LEMMAS,
    SPEECH_LEMMAS,
    STATE_BODIES,
    bare,
    is_person_noun,
    is_title,
    role_noun,
)
from core.lexicon.words import words
from core.text.syntax import NOMINAL_SUBJECTS as SUBJECT_DEPS

# Words that make a name a body's, whatever comes before it ("President Obama Administration").
_BODY_WORDS = frozenset(STATE_BODIES | PERSON_BODIES | ORG_NOUNS) | words(
    "party ministry council committee house office department court senate congress parliament "
    "assembly"
)
_HONORIFICS = frozenset(HONORIFIC_GENDER) | {"dr"}
# Entities beyond this many per article are ignored: a "document" of thousands of names is a list,
# not an article, and the registry would help nobody.
MAX_ENTITIES = 5000


@dataclass(frozen=True)
class _Names:
    """What the article's entities say of its names, before they are read in order."""

    org_texts: frozenset[str]  # every name tagged as an organisation
    pairs: frozenset[ActorKey]  # keys of the people named with exactly two words
    by_part: dict[str, list[ActorKey]]  # a lower-case name part -> keys of people named in full
    parts: frozenset[str]  # every part of those full names, as written


def read_entities(ledger: Ledger) -> None:
    """Every usable entity into the registry, in text order."""
    article = ledger.article
    ents = [e for e in (trim(e) for e in article.doc.ents[:MAX_ENTITIES]) if e is not None]
    labels = _people_by_usage(_vote_labels(ents, article), article)
    person_spans = [e for e, lab in labels if lab == "PERSON"]
    names = _names(person_spans, frozenset(e.text for e, lab in labels if lab == "ORG"), article)
    media, media_companies = _media_names(ents, article.geo)

    # Single names need the people named so far (for shared surnames), so persons are handled
    # in the same ordered loop.
    last_seen: dict[ActorKey, int] = {}
    for ent, label in labels:
        text = ent.text
        if text in media:
            continue
        if text in media_companies and label in ("PERSON", "GPE", "LOC"):
            label = "ORG"
        if label == "PERSON" or (
            # "Sanders" tagged ORG, "Mbalawa" GPE: the surname of someone the article names
            len(ent) == 1 and text in names.parts and text not in article.geo.country_of_name
        ):
            _person_entity(ledger, ent, names, last_seen)
        elif label in ("GPE", "LOC"):
            _place_entity(ledger, ent)
        elif label == "ORG":
            _org_entity(ledger, ent)
        elif label == "NORP":
            _norp_entity(ledger, ent)


def _vote_labels(ents: list[SpacySpan], article: Article) -> list[tuple[SpacySpan, str]]:
    """One label per name: the model tags the same "RT" GPE once and ORG once; the label it
    gives most often wins. Known places keep their own label."""
    votes: dict[str, dict[str, int]] = {}
    names = ("PERSON", "ORG", "GPE", "LOC")
    for e in ents:
        if e.label_ in names:
            counts = votes.setdefault(e.text, {})
            counts[e.label_] = counts.get(e.label_, 0) + 1
    out = []
    for e in ents:
        label = e.label_
        v = votes.get(e.text)
        if v and len(v) > 1 and not article.place_name(e.text):
            # on a tie, a name that is no known place is more likely an organisation
            label = max(v, key=lambda k: (v[k], -names.index(k)))
        out.append((e, label))
    return out


def _people_by_usage(
    labels: list[tuple[SpacySpan, str]], article: Article
) -> list[tuple[SpacySpan, str]]:
    """Names the model took for a place or an organisation that the text uses as a person's:
    after a title ("President Thabo Ndeki", "Mr Mbalawa"), or, for a name that is no place we
    know of and that the text never puts after a preposition or "the" ("in X", "the X"), as
    the subject of a verb of saying ("Mbalawa told reporters") or beside a person's name
    ("Okoro and Lund"). Every mention of such a
    name is the person's. A known place keeps its label ("Lagos said" is the city speaking),
    and so does a name that modifies another ("Deputy Defence Minister") or has a word of a
    body in it."""
    titled: set[str] = set()
    speaks: set[str] = set()
    placed: set[str] = set()
    for ent, label in labels:
        text = ent.text
        if label not in ("GPE", "LOC", "ORG") or len(ent) > 3:
            continue
        if not all(t.pos_ == "PROPN" and not is_title(t) for t in ent):
            continue
        if any(article.place_name(n) or n in article.geo.cities for n in (text, text.title())):
            continue
        if any(t.lower_ in _BODY_WORDS for t in ent):
            continue
        root = ent.root
        before = article.doc[ent.start - 1] if ent.start > 0 else None
        if (before is not None and before.lower_ == "the") or root.dep_ == "pobj":
            placed.add(text)  # "the Elysee said", "in Britain", "by America"
        if root.dep_ == "compound":
            continue
        if (
            before is not None
            and before.pos_ == "PROPN"
            and is_title(before)
            # an honorific ("Mr Mbalawa") or a role, not "United States Senate"
            and (bare(before.text) in _HONORIFICS or role_noun(before.text) not in NOT_ROLE_HEADS)
        ):
            titled.add(text)
        elif _set_off_beside_a_role(ent):
            titled.add(text)  # "the president of the commission, Romano Prodi,"
        elif label != "ORG" and _paired_with_person(root):
            speaks.add(text)  # "Okoro and Lund met the press"
        elif (
            label != "ORG"
            and not text.isupper()
            # "the old trading partner Britain said": a noun before it says what it is
            and (before is None or before.pos_ != "NOUN" or is_person_noun(before))
            and root.dep_ in SUBJECT_DEPS
            and root.head.lemma_.lower() in SPEAKING_LEMMAS
        ):
            speaks.add(text)
        elif label == "ORG" and len(ent) == 1 and _spoken_of_as_person(ent, labels):
            speaks.add(text)  # "Mbalawa said …. “…,” he added."
    people = titled | (speaks - placed)
    if not people:
        return labels
    return [(e, "PERSON" if e.text in people else label) for e, label in labels]


def _set_off_beside_a_role(ent: SpacySpan) -> bool:
    """A name of two words or more set off after a singular noun for a person, as its
    apposition: "the president of the commission, Romano Prodi," is a person whatever the model
    called the name. After a noun for a thing ("its parent company, Acme Corp") it is not."""
    root = ent.root
    head = root.head
    # the parse hangs the name on the last noun before it: "the president of the commission"
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.head.i:
        head = head.head.head
    return (
        len(ent) > 1
        and root.dep_ == "appos"
        and head.tag_ == "NN"
        and head.i < ent.start
        and ent.start > 0
        and ent.doc[ent.start - 1].text == ","
        and is_person_noun(head)
    )


def _spoken_of_as_person(ent: SpacySpan, labels: list[tuple[SpacySpan, str]]) -> bool:
    """A one-word name the model took for an organisation that speaks and that the text goes
    on to call "he" or "she": the speaker of the next sentences, with no person named in
    reach before the name or between it and the pronoun, so the pronoun can only be it.
    "Acme said … She added" with "Ann Lee" named before stays an organisation."""
    root = ent.root
    if ent.text.isupper() or root.dep_ not in SUBJECT_DEPS:
        return False
    if root.head.lemma_.lower() not in SPEAKING_LEMMAS:
        return False
    doc = ent.doc
    first = last = ent.sent  # two sentences either side, found from the name's own sentence
    for _ in range(2):
        first = doc[first.start - 1].sent if first.start > 0 else first
        last = doc[last.end].sent if last.end < len(doc) else last
    lo, hi = first.start, last.end
    people = [e for e, lab in labels if lab == "PERSON" and lo <= e.start < hi]
    for tok in doc[ent.end : hi]:
        if tok.lower_ in ("he", "she") and tok.dep_ in SUBJECT_DEPS:
            return not any(e.start < tok.i for e in people)
    return False


def _paired_with_person(root: Token) -> bool:
    """Coordinated with a name the model tagged as a person's ("Okoro and Lund")."""
    pair = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        pair.append(root.head)
    return len(pair) == 1 and pair[0].ent_type_ == "PERSON" and pair[0].pos_ == "PROPN"


def split_person_name(span: SpacySpan) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens) of a PERSON entity: "Sen. Tomas Lund" -> ([Sen.], [Tomas, Lund]).

    A title-case headline makes the model run a name into the verb ("Obama Says"): the name
    stops at the first word that is a speech verb.
    """
    toks = list(span)
    i = 0
    while i < len(toks) - 1 and is_title(toks[i]):
        i += 1
    name = toks[i:]
    for j, t in enumerate(name[1:], 1):
        if t.lemma_.lower() in SPEECH_LEMMAS or t.lower_ in SPEECH_LEMMAS or t.lower_ == "speech":
            name = name[:j]
            break
    return toks[:i], name


def _names(person_spans: list[SpacySpan], org_texts: frozenset[str], article: Article) -> _Names:
    """Keys of people named in full, by each of their name parts; all name parts in use."""
    pairs = frozenset(
        person_key(name)
        for name in (split_person_name(e)[1] for e in person_spans)
        if len(name) == 2
    )
    by_part: dict[str, list[ActorKey]] = {}
    parts: set[str] = set()
    for ent in person_spans:
        name = _known_part(split_person_name(ent)[1], pairs, org_texts, article.text)
        if len(name) < 2 or len(name) > 5:
            continue
        key = person_key(name)
        for t in name:
            parts.add(t.text)
            keys = by_part.setdefault(t.text.lower(), [])
            if key not in keys:
                keys.append(key)
    return _Names(org_texts, pairs, by_part, frozenset(parts))


def _known_part(
    name: list[Token], pairs: frozenset[ActorKey], org_texts: frozenset[str], text: str
) -> list[Token]:
    """A title-case headline runs names into words ("Ines Marr Donor"): when the article
    elsewhere names a person with the first or last two of these words, that is the name."""
    if len(name) >= 3:
        if person_key(name[:2]) in pairs:
            return name[:2]
        if person_key(name[-2:]) in pairs:
            return name[-2:]
    # "Obama White House": a person's name run into an organisation the article names
    for cut in range(1, len(name) - 1):  # the organisation's name has two words or more
        if text[name[cut].idx : name[-1].idx + len(name[-1])] in org_texts:
            return name[:cut]
    return name


def _media_names(ents: list[SpacySpan], geo: Gazetteer) -> tuple[set[str], set[str]]:
    """Names the article uses only as where something was said, never as a subject; and the
    media that also act ("Twitter suspended the accounts"): companies, never people."""
    medium: set[str] = set()
    actor_like: set[str] = set()
    for e in ents:
        if e.label_ not in ("PERSON", "ORG", "PRODUCT", "WORK_OF_ART"):
            continue
        if e.text in geo.country_of_name:
            continue
        if is_medium(e):
            medium.add(e.text)
        elif e.root.dep_ in SUBJECT_DEPS:
            actor_like.add(e.text)
    return medium - actor_like, medium & actor_like


def _person_entity(
    ledger: Ledger, ent: SpacySpan, names: _Names, last_seen: dict[ActorKey, int]
) -> None:
    article = ledger.article
    titles, name = split_person_name(ent)
    name = _known_part(name, names.pairs, names.org_texts, article.text)
    if not name or len(name) > 5 or not any(t.text[:1].isupper() for t in name):
        return
    text = article.text[name[0].idx : name[-1].idx + len(name[-1])]
    # A capital, country or big city called a person: a place, unless the article uses the
    # word in someone's name (Jim Jordan, George Washington).
    if len(name) == 1 and text not in names.parts and article.place_name(text):
        _place_entity(ledger, ent)
        return
    if len(name) == 1 and text not in names.parts and text in names.org_texts:
        _org_entity(ledger, ent)  # "Carrier's plant" tagged PERSON where Carrier is a company
        return
    doc = article.doc
    name_span = doc[name[0].i : name[-1].i + 1]
    if len(name) >= 2:
        key = person_key(name)
    else:
        cands = names.by_part.get(text.lower(), [])
        if len(cands) > 1:
            # Shared surname: the one named last, else the first named after this point.
            seen = [(last_seen[k], k) for k in cands if k in last_seen]
            key = max(seen)[1] if seen else cands[0]
        elif cands:
            key = cands[0]
        else:
            key = ActorKey("person", text.lower())
    b = ledger.get(key, "person", text)
    if len(text) > len(b.name):
        b.name = text
    before = [doc[ent.start - 1]] if ent.start > 0 else []
    for t in [*before, *titles]:
        g = HONORIFIC_GENDER.get(bare(t.text))
        if g and not b.gender:
            b.gender = g
    role_titles = [t for t in titles if bare(t.text) not in HONORIFIC_GENDER]
    if role_titles and not b.role:
        b.role = article.words(role_titles)
        b.role_head = role_noun(role_titles[-1].text)
    ledger.mention(b, name_span, True, text)
    last_seen[key] = ent.start


def _place_entity(ledger: Ledger, ent: SpacySpan) -> None:
    geo = ledger.article.geo
    text = ent.text
    if text in geo.country_of_demonym:
        _norp_entity(ledger, ent)  # "Ukrainian" tagged as a place: an adjective all the same
        return
    country = geo.country_of_name.get(text)
    if text in geo.us_states:
        country = None  # Georgia, the state, in the US news we read most
    elif text in geo.capital_of and not _metonymy(ledger.article, ent):
        country = None  # "a library in Paris, Texas", "writing from Oslo"
    if country:
        b = ledger.get(country_key(country), "place", country)
    else:
        b = ledger.get(location_key(text), "place", text)
    ledger.mention(b, ent, True, text)


def _metonymy(article: Article, ent: SpacySpan) -> bool:
    """Does this capital stand for its state? Not where it is just a place: after a
    preposition of place ("in Washington") or before ", <another place>" (Paris, Tex.)."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
        return False
    doc = article.doc
    if ent.end + 1 < len(doc) and doc[ent.end].text == ",":
        i = ent.end + 1
        if doc[i].ent_type_ in ("GPE", "LOC") and doc[i].ent_iob_ == "B":
            j = i + 1
            while j < len(doc) and doc[j].ent_iob_ == "I":
                j += 1
            country = article.geo.country_of_name.get(doc[i:j].text)
            return country is not None and country == article.geo.capital_of.get(ent.text)
    return True


def _org_entity(ledger: Ledger, ent: SpacySpan) -> None:
    text = ent.text
    if len(ent) > 8:
        return
    country = ledger.article.geo.country_of_name.get(text)
    if country:
        b = ledger.get(country_key(country), "place", country)
    else:
        b = ledger.get(org_key(text), "organization", text)
        if len(text) > len(b.name):
            b.name = text
    ledger.mention(b, ent, True, text)


def _norp_entity(ledger: Ledger, ent: SpacySpan) -> None:
    root = ent.root
    if root.dep_ in ("amod", "compound", "nmod", "poss") or root.pos_ == "ADJ":
        return  # "Chinese President": a relation, read by core.actors.roles
    text = ent.text
    country = ledger.article.geo.country_of_demonym.get(text)
    the = ent.start > 0 and ledger.article.doc[ent.start - 1].lower_ == "the"
    if country and the:
        b = ledger.get(country_key(country), "place", country)  # "the Russians said"
        ledger.mention(b, ent, False)
        return
    name = text if text.endswith("s") else text + "s"
    b = ledger.get(group_key(name), "group", name)
    ledger.mention(b, ent, True, text)
