"""The spaCy components: `nlp.add_pipe("newsreader")` in a pipeline of one's own gives what
`analyze` gives, in one step or three, in one process or two."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import EntryPoint, entry_points

import pytest
import spacy
from spacy.tokens import DocBin

from core import components
from core.analyze import analyze
from core.model import Article
from core.text.pipeline import model_name
from tests.conftest import ROOT

# Our own texts: a split quote with a role, reported speech, a stance, a pronoun speaker, and one
# with nothing to find.
TEXTS = [
    '"We will not raise taxes," Finance Minister Ana Ruiz told reporters on Monday, '
    '"not this year and not next year."\n\nThe opposition said the budget was a gamble.',
    "The union called for a pay rise of ten percent. Its leader, Tom Hale, said the offer "
    "was an insult and warned of strikes in the spring.",
    "Germany supports the proposal, a government spokesman said. France has rejected it.",
    "Rain fell on the hills all afternoon.",
    "",
]


def fresh(*pipes: str) -> spacy.language.Language:
    # A pipeline of the test's own: the shared one (load_pipeline) must stay as the app has it.
    nlp = spacy.load(model_name())
    for name in pipes:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="module")
def one_step():
    return fresh("newsreader")


@pytest.fixture(scope="module")
def three_steps():
    return fresh("newsreader_actors", "newsreader_quotes", "newsreader_positions")


@pytest.fixture(scope="module")
def texts(seed_text):
    return [seed_text, *TEXTS]


@pytest.fixture(scope="module")
def expected(nlp, texts):
    return [analyze(Article(source="", text=t), nlp) for t in texts]


def test_the_component_gives_what_analyze_gives(one_step, texts, expected):
    got = [one_step(t)._.newsreader for t in texts]
    assert got == expected
    assert got[0].quotes and got[0].positions  # the seed has both: the comparison is not empty


def test_the_three_steps_give_what_analyze_gives(three_steps, texts, expected):
    assert [d._.newsreader for d in three_steps.pipe(texts)] == expected


def test_two_processes_give_what_one_gives(one_step, texts, expected):
    docs = list(one_step.pipe(texts, n_process=2, batch_size=2))
    assert [d._.newsreader for d in docs] == expected


def test_the_analysis_survives_a_docbin(one_step, texts, expected):
    bin_ = DocBin(store_user_data=True, docs=one_step.pipe(texts[:3]))
    docs = list(DocBin().from_bytes(bin_.to_bytes()).get_docs(one_step.vocab))
    assert [d._.newsreader for d in docs] == expected[:3]


def test_each_step_adds_its_part(three_steps):
    text = TEXTS[1]
    doc = three_steps.make_doc(text)
    assert doc._.newsreader is None  # nothing has run yet
    for name, proc in three_steps.pipeline:
        doc = proc(doc)
        if name == "newsreader_actors":
            partial = doc._.newsreader
            assert partial.actors and partial.quotes == () and partial.positions == ()
    assert doc._.newsreader.quotes


def test_analyze_pipes_shows_what_each_step_needs(three_steps):
    report = three_steps.analyze_pipes()
    summary = report["summary"]
    assert "doc._.newsreader_actors" in summary["newsreader_actors"]["assigns"]
    assert {"token.dep", "doc.ents", "doc._.newsreader_actors"} <= set(
        summary["newsreader_quotes"]["requires"]
    )
    assert {"doc._.newsreader_actors", "doc._.newsreader_quotes"} <= set(
        summary["newsreader_positions"]["requires"]
    )
    # After en_core_web_sm's parser and NER every requirement is met.
    assert all(problems == [] for problems in report["problems"].values())


def test_analyze_pipes_names_a_missing_step():
    nlp = fresh("newsreader_quotes")
    assert nlp.analyze_pipes()["problems"]["newsreader_quotes"] == ["doc._.newsreader_actors"]
    with pytest.raises(ValueError, match="newsreader_quotes needs newsreader_actors before it"):
        nlp("The minister said the plan was fair.")


def test_a_pipeline_without_a_parser_is_told_what_is_missing():
    nlp = spacy.blank("en")
    nlp.add_pipe("newsreader")
    with pytest.raises(ValueError, match=r"the Doc has no POS, DEP, ENT_IOB\)"):
        nlp("The minister said the plan was fair.")


FACTORIES = {
    "newsreader": components.make_newsreader,
    "newsreader_actors": components.make_actors,
    "newsreader_quotes": components.make_quotes,
    "newsreader_positions": components.make_positions,
}


def test_pyproject_declares_every_factory():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    group = declared["project"]["entry-points"]["spacy_factories"]
    assert {n: EntryPoint(n, v, "spacy_factories").load() for n, v in group.items()} == FACTORIES


def installed_factories() -> dict[str, EntryPoint]:
    found = {ep.name: ep for ep in entry_points(group="spacy_factories")}
    if not found.keys() & FACTORIES.keys():
        # An editable install made before the entry points existed (CI installs afresh).
        pytest.skip("installed before the entry points: pip install --no-deps -e . to register")
    return found


def test_the_installed_package_registers_them():
    found = installed_factories()
    assert {n: found[n].load() for n in FACTORIES} == FACTORIES


def test_add_pipe_finds_the_component_with_no_import():
    installed_factories()
    code = (
        "import sys, spacy\n"
        f"nlp = spacy.load({model_name()!r})\n"
        "nlp.add_pipe('newsreader')\n"
        "doc = nlp('The minister said the plan was fair.')\n"
        "print(doc._.newsreader.quotes[0].text)\n"
    )
    # Run from elsewhere, so `core` is found only where the package is installed.
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "the plan was fair"
