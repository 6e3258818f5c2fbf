"""core.lexicon: each word family written once, the smaller lists inside the larger ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.lexicon import documents, function_words, people, pronouns, speech, stance
from core.lexicon.words import subset, words

LEXICON = Path(speech.__file__).parent


def test_subset_refuses_a_word_the_larger_list_lacks():
    assert subset(words("say tell write"), "say tell") == {"say", "tell"}
    with pytest.raises(ValueError, match="deem"):
        subset(words("say tell"), "say deem")


def test_the_verbs_of_saying_the_other_lists_name_are_speech_verbs():
    assert people.SPEECH_LEMMAS <= speech.SPEECH_VERBS
    assert people.VOICE_LEMMAS <= speech.SPEECH_VERBS | speech.COGNITION_VERBS
    assert documents.DOCUMENT_VERBS <= speech.SPEECH_VERBS
    assert speech.EVIDENCE_VERBS <= speech.OBJECT_CUES
    assert speech.VIEW_CUES <= speech.VIEW_VERBS
    assert speech.NAMING_VERBS - {"deem"} <= speech.PREDICATIVE_CUES


def test_nouns_of_a_position_and_of_a_goal_overlap_as_written():
    assert {"position", "view", "argument"} <= speech.POSITION_NOUNS & speech.SPEECH_NOUNS
    assert {"aim", "goal"} <= stance.GOAL_NOUNS & speech.POSITION_NOUNS


def test_pronoun_families():
    assert {"he", "him", "his", "she", "her"} == pronouns.PERSONAL
    assert pronouns.THIRD_PERSON.isdisjoint(pronouns.FIRST_PERSON)
    assert pronouns.RELATIVE_THINGS <= pronouns.RELATIVES
    assert people.MALE_PRONOUNS is pronouns.MALE_PRONOUNS  # one list, read by the actors


def test_bodies_that_speak_for_their_owner_draw_on_the_people_lists():
    assert {"government", "campaign", "spokesman"} <= people.SPEAKING_BODIES
    assert "wife" not in people.SPEAKING_BODIES


def test_function_words_are_lower_case():
    for name in ("APPOSITION_STARTERS", "CONCESSIVE", "TAIL_STARTERS", "NO_THINKER"):
        assert all(w == w.lower() for w in getattr(function_words, name)), name


def _assigned_lists(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        targets = [node.target] if isinstance(node, ast.AnnAssign) else getattr(node, "targets", [])
        names |= {t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()}
    return names


def test_no_list_is_defined_in_two_lexicon_modules():
    seen: dict[str, str] = {}
    for path in sorted(LEXICON.glob("*.py")):
        for name in _assigned_lists(path):
            assert name not in seen, f"{name} in {seen.get(name)} and {path.name}"
            seen[name] = path.name


def _string_sets(path: Path) -> dict[str, set[str]]:
    """The module-level sets written as literals of strings alone: {"a", "b"}, frozenset({...})."""
    out = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        value = node.value
        if isinstance(value, ast.Call) and value.args:
            value = value.args[0]
        if isinstance(value, ast.Set) and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in value.elts
        ):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            out[ast.unparse(target)] = {e.value for e in value.elts}  # type: ignore[union-attr]
    return out


def test_the_rule_modules_hold_labels_not_words(nlp):
    """Word lists live in core.lexicon: a set written in a rule module holds spaCy's labels
    (dependencies, parts of speech, entity types) only."""
    from spacy.parts_of_speech import IDS

    labels = set(IDS) | {"ROOT"}
    for name in ("parser", "tagger", "ner"):
        labels |= set(nlp.get_pipe(name).labels)
    core = LEXICON.parent
    rules = [*core.glob("quotes/*.py"), *core.glob("positions/*.py"), core / "reference.py"]
    rules += [core / "text" / "syntax.py"]
    words_found = {
        f"{path.name}:{name}": sorted(found - labels)
        for path in rules
        for name, found in _string_sets(path).items()
        if found - labels
    }
    assert words_found == {}


def test_the_dead_helpers_are_gone():
    assert not hasattr(speech, "is_speech_lemma")
    assert not hasattr(speech, "is_cue_lemma")
    assert not hasattr(speech, "SAY_VERBS")  # who states a clause: core.quotes.attribution
    assert not hasattr(speech, "DOCUMENT_NOUNS")  # the unused copy; documents.py has the list
