"""`--no-cache` reaches the reader's analysis as an argument: nothing is read from or written to
the cache, and the environment is left alone (NEWSREADER_NO_CACHE=1 still turns it off)."""

from __future__ import annotations

import os

from core.corpus.cache import ENV_OFF, FILE_NAME, AnalysisCache, pipeline_key
from core.model import Article
from tui.app import cached_analyzer

TEXT = "Mayor Ana Ruiz said on Monday that the new bridge would open in May."


def test_no_cache_analyses_without_storing_and_the_default_stores(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv(ENV_OFF, raising=False)
    article = Article(source="bridge.txt", text=TEXT)
    analysis = cached_analyzer(use_cache=False)(article)
    assert analysis.quotes  # really analysed
    assert ENV_OFF not in os.environ
    store = AnalysisCache(tmp_path / FILE_NAME)
    assert store.get(article, pipeline_key(nlp)) is None
    cached_analyzer()(article)
    assert store.get(article, pipeline_key(nlp)) is not None


def test_the_environment_still_turns_the_cache_off(tmp_path, monkeypatch, nlp):
    monkeypatch.setenv("NEWSREADER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv(ENV_OFF, "1")
    article = Article(source="bridge.txt", text=TEXT)
    cached_analyzer()(article)
    assert AnalysisCache(tmp_path / FILE_NAME).get(article, pipeline_key(nlp)) is None
