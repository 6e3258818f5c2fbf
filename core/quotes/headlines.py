"""Headlines that report: "Okafor Warns Bridge Plan Will Fail" in title case, where the small
model reads the verb as a name, and sentence-case ones ("Okafor warns bridge plan will fail")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from core.lexicon.people import PERSON_NOUNS
from core.lexicon.speech import (
    HEADLINE_VERBS,
    PREP_CUES,
)
from core.quotes.record import WORD, Reported
from core.text.casing import CASED_WORD, title_case
from core.text.parsed import text_of


def entity_words(doc: Doc) -> set[str]:
    """The last words of the article's people and organisations ("Okafor" of "Grace Okafor")."""
    return {e[-1].text for e in doc.ents if e.label_ in ("PERSON", "ORG")}


# A line of one to thirty words in which most words are capitalised: a headline.
_TITLE_LINE = re.compile(r"[^\S\n]*(\S[^\n]{0,250}?)[^\S\n]*(?:\n|$)")


# A headline's verb where it can be: after a capitalised word (found first, as a cheap filter).
_HEADLINE_VERB = re.compile(
    r"(?<=[A-Za-z.’'] )(?:" + "|".join(sorted(HEADLINE_VERBS, key=len, reverse=True)) + r")\b"
)


# What ends a headline's claim: the reporter's framing after it ("… As Rivals Gain", "…, But …").
_HEADLINE_TAIL = re.compile(r"(?:,?\s+(?:As|Amid|But)\s.*|[\s.…]+)$")


# A sentence-case headline's verb of saying ("Okafor warns …", "Unions vow …"), to its lemma.
_SENTENCE_HEADLINE_VERBS = {form.lower(): verb for form, verb in HEADLINE_VERBS.items()}


# A headline has at most this many words, and its speaker's verb comes within this many.
_HEADLINE_WORDS = 20


_HEADLINE_SPEAKER_WORDS = 6


def _title_case(line: str) -> bool:
    """A title-case headline of a headline's length, with three capitalised words at least."""
    found = CASED_WORD.findall(line)
    capitals = sum(1 for w in found if w[0].isupper())
    return 3 <= len(found) <= 30 and capitals >= 3 and title_case(line)


def _possessed(text: str, word: tuple[int, int]) -> bool:
    """ "Okafor’s Claim That …": after a possessive the word is a noun, not a verb."""
    return text[word[0] : word[1]].endswith(("’s", "'s", "s’", "s'"))


def headlines(doc: Doc, mask: bytearray, found: Sequence[Reported]) -> list[Reported]:
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
        words = [(m.start() + s0, m.end() + s0) for m in CASED_WORD.finditer(line.group(1))]
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
            if end > start and WORD.search(text[start:end]):
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
    words = [(m.start() + s0, m.end() + s0) for m in CASED_WORD.finditer(line.group(1))]
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
        or who[-1].text in entity_words(doc)
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
    if end <= start or not WORD.search(text[start:end]):
        return []
    if any(r.start < end and r.end > start for r in found):
        return []  # the parse already reports it
    return [Reported(start, end, words[k], (who.start_char, who.end_char))]
