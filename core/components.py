"""spaCy pipeline components: the analysis as steps of a researcher's own pipeline.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("newsreader")           # after the parser and NER
    analysis = nlp(text)._.newsreader    # the Analysis `core.analyze.analyze_doc` gives

or the three steps on their own: "newsreader_actors", "newsreader_quotes",
"newsreader_positions", in that order (each declares what it requires, so
`nlp.analyze_pipes()` names a missing one). The factories are registered through the
`spacy_factories` entry point, so `add_pipe` finds them once newsreader is installed, with no
import.

Each step leaves its result on the Doc as the lists of plain dicts the JSON contract is made of
(`Actor.to_dict()` ...), never as objects: extension values live in `Doc.user_data`, which spaCy
serialises with msgpack when a Doc crosses processes (`nlp.pipe(texts, n_process=2)`) or goes
into a DocBin. `doc._.newsreader` rebuilds the Analysis from them on each access, so bind it once.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from core.model import SCHEMA, Actor, Analysis, Article, Position, Quote

ACTORS = "newsreader_actors"
QUOTES = "newsreader_quotes"
POSITIONS = "newsreader_positions"

# What the rules read off the parse (en_core_web_sm's tagger, lemmatizer, parser and ner set
# them): tags, lemmas, the dependency tree, sentences and entities. They read token.pos too, but
# spaCy's attribute_ruler, which sets it, declares nothing, so requiring it would make
# `nlp.analyze_pipes()` report a problem on every standard pipeline: `_check_parsed` asks the Doc.
PARSE: tuple[str, ...] = (
    "token.tag",
    "token.lemma",
    "token.dep",
    "token.head",
    "token.is_sent_start",
    "token.ent_iob",
    "token.ent_type",
    "doc.ents",
)


def _analysis(doc: Doc) -> Analysis | None:
    actors = getattr(doc._, ACTORS)
    if actors is None:
        return None
    return Analysis.from_dict(
        {
            "schema": SCHEMA,
            "article": {"source": "", "title": None, "text": doc.text},
            "actors": actors,
            "quotes": getattr(doc._, QUOTES) or [],
            "positions": getattr(doc._, POSITIONS) or [],
        }
    )


# Registered when the module is imported, which is also how a worker process of
# `nlp.pipe(n_process=...)` gets them: unpickling a component imports this module.
for _name in (ACTORS, QUOTES, POSITIONS):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("newsreader"):
    Doc.set_extension("newsreader", getter=_analysis)


def _check_parsed(doc: Doc, name: str) -> None:
    """A Doc without what the rules read would give a wrong analysis, not an error: say so."""
    missing = [a for a in ("POS", "DEP", "ENT_IOB") if not doc.has_annotation(a)]
    if len(doc) and missing:
        raise ValueError(
            f"{name} needs part-of-speech tags, a dependency parse and named entities (the Doc "
            f"has no {', '.join(missing)}): add it after the 'attribute_ruler', 'parser' and "
            "'ner' components, as nlp.add_pipe(...) does on en_core_web_sm"
        )


def _actors(doc: Doc, name: str) -> tuple[Actor, ...]:
    found = getattr(doc._, ACTORS)
    if found is None:
        raise ValueError(f"{name} needs {ACTORS} before it in the pipeline")
    return tuple(Actor.from_dict(a) for a in found)


def _quotes(doc: Doc, name: str) -> tuple[Quote, ...]:
    found = getattr(doc._, QUOTES)
    if found is None:
        raise ValueError(f"{name} needs {QUOTES} before it in the pipeline")
    return tuple(Quote.from_dict(q) for q in found)


def _store(
    doc: Doc, key: str, items: tuple[Actor, ...] | tuple[Quote, ...] | tuple[Position, ...]
) -> None:
    setattr(doc._, key, [item.to_dict() for item in items])


# The analysis modules are imported by the components, not by this module: every spaCy Language
# in an environment with newsreader installed imports this module (spaCy loads all
# `spacy_factories` entry points), and only the pipelines that use the analysis should pay for
# loading it and its word lists.


class Newsreader:
    """The whole analysis, `core.analyze.analyze_doc`, as one component."""

    name = "newsreader"

    def __call__(self, doc: Doc) -> Doc:
        from core.analyze import analyze_doc

        _check_parsed(doc, self.name)
        analysis = analyze_doc(Article(source="", text=doc.text), doc)
        _store(doc, ACTORS, analysis.actors)
        _store(doc, QUOTES, analysis.quotes)
        _store(doc, POSITIONS, analysis.positions)
        return doc


class ActorsStep:
    """Step 1: the people, organisations, places and groups the article mentions."""

    def __call__(self, doc: Doc) -> Doc:
        from core.actors.registry import find_actors

        _check_parsed(doc, ACTORS)
        _store(doc, ACTORS, find_actors(doc))
        return doc


class QuotesStep:
    """Step 2: direct and reported speech, attributed to the actors of step 1."""

    def __call__(self, doc: Doc) -> Doc:
        from core.quotes.find import find_quotes

        _check_parsed(doc, QUOTES)
        _store(doc, QUOTES, find_quotes(doc, _actors(doc, QUOTES)))
        return doc


class PositionsStep:
    """Step 3: where each actor stands, from steps 1 and 2."""

    def __call__(self, doc: Doc) -> Doc:
        from core.positions.find import find_positions, with_holder_mentions

        _check_parsed(doc, POSITIONS)
        actors = _actors(doc, POSITIONS)
        positions = find_positions(doc, actors, _quotes(doc, POSITIONS))
        _store(doc, ACTORS, with_holder_mentions(actors, positions))
        _store(doc, POSITIONS, positions)
        return doc


def _ext(name: str) -> str:
    return f"doc._.{name}"


@Language.factory(
    "newsreader",
    requires=list(PARSE),
    assigns=[_ext(ACTORS), _ext(QUOTES), _ext(POSITIONS), "doc._.newsreader"],
)
def make_newsreader(nlp: Language, name: str) -> Newsreader:
    return Newsreader()


@Language.factory(ACTORS, requires=list(PARSE), assigns=[_ext(ACTORS), "doc._.newsreader"])
def make_actors(nlp: Language, name: str) -> ActorsStep:
    return ActorsStep()


@Language.factory(QUOTES, requires=[*PARSE, _ext(ACTORS)], assigns=[_ext(QUOTES)])
def make_quotes(nlp: Language, name: str) -> QuotesStep:
    return QuotesStep()


@Language.factory(
    POSITIONS, requires=[*PARSE, _ext(ACTORS), _ext(QUOTES)], assigns=[_ext(POSITIONS)]
)
def make_positions(nlp: Language, name: str) -> PositionsStep:
    return PositionsStep()
