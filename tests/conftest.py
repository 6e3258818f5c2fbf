from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
SEED = ROOT / "seeds" / "2023-04-27-xi-zelensky-call.txt"


@pytest.fixture(scope="session", autouse=True)
def _private_cache_dir(tmp_path_factory):
    """Tests never read or write the user's analysis cache."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NEWSREADER_CACHE_DIR", str(tmp_path_factory.mktemp("newsreader-cache")))
        yield


@pytest.fixture(scope="session")
def nlp():
    from core.text.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(nlp, seed_text):
    from core.analyze import analyze
    from core.model import Article

    return analyze(Article(source=str(SEED), text=seed_text), nlp)


# The `terminal` fixture (a real tmux terminal) for the end-to-end tests.
from tests.support.terminal import terminal  # noqa: E402, F401
