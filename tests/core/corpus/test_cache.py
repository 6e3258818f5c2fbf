"""The analysis cache: a hit skips the pipeline (counted, not timed); corrupt or outdated files are
rebuilt; a cache that cannot work is never fatal."""

from __future__ import annotations

import io
import json
import sqlite3
from dataclasses import replace

import pytest

from core import analyze as analysis_module
from core import dirs
from core.corpus import cache
from core.corpus.extract import run
from core.model import Article

TEXT = (
    "Mayor Alice Hart said on Tuesday that the new bridge would open in May.\n\n"
    '"We kept our promise," Hart told reporters.'
)


@pytest.fixture
def calls(monkeypatch):
    """Count the real pipeline runs: every call of core.analyze.analyze and each article that goes
    through core.analyze.analyze_many."""
    counter = {"analyze": 0, "many": 0}
    real_analyze, real_many = analysis_module.analyze, analysis_module.analyze_many

    def counting_analyze(article, nlp=None):
        counter["analyze"] += 1
        return real_analyze(article, nlp)

    def counting_many(articles, nlp=None, batch_size=16):
        for a in real_many(articles, nlp, batch_size=batch_size):
            counter["many"] += 1
            yield a

    monkeypatch.setattr(analysis_module, "analyze", counting_analyze)
    monkeypatch.setattr(analysis_module, "analyze_many", counting_many)
    return counter


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv(dirs.ENV_DIR, str(tmp_path / "cache"))
    monkeypatch.delenv(cache.ENV_OFF, raising=False)
    monkeypatch.setattr(cache, "_seen", {})
    s = cache.default_cache()
    assert s is not None and s.path == tmp_path / "cache" / cache.FILE_NAME
    return s


def test_a_hit_skips_the_pipeline(nlp, store, calls):
    article = Article(source="a.txt", text=TEXT, title="Bridge")
    first = cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 1
    second = cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 1  # served from the cache
    assert second == first
    assert second.quotes, "the test text has a quote; the analysis must have found something"


def test_a_hit_without_nlp_needs_no_pipeline_load(nlp, store, calls, monkeypatch):
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp)

    def no_load(*args, **kwargs):
        raise AssertionError("the pipeline was loaded for a cache hit")

    monkeypatch.setattr("core.text.pipeline.load_pipeline", no_load)
    again = cache.cached_analyze(article)  # the app's call: no nlp in hand
    assert calls["analyze"] == 1 and again.article == article


def test_the_same_text_from_elsewhere_is_a_hit_with_its_own_article(nlp, store, calls):
    cache.cached_analyze(Article(source="a.txt", text=TEXT, title="A"), nlp)
    other = Article(source="https://example.org/b", text=TEXT, title="B")
    got = cache.cached_analyze(other, nlp)
    assert calls["analyze"] == 1
    assert got.article == other


def test_a_changed_text_pipeline_or_code_is_a_miss(nlp, store, calls, monkeypatch):
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp)
    cache.cached_analyze(replace(article, text=TEXT + " More."), nlp)
    assert calls["analyze"] == 2
    monkeypatch.setattr(cache, "analysis_version", lambda: "9.9.9+changed")
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 3
    monkeypatch.setattr(cache, "pipeline_key", lambda nlp=None: "xx_other==1.0;spacy==0")
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 4


def test_no_cache_runs_the_pipeline_every_time(nlp, store, calls, monkeypatch):
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp, use_cache=False)
    cache.cached_analyze(article, nlp, use_cache=False)
    assert calls["analyze"] == 2
    monkeypatch.setenv(cache.ENV_OFF, "1")  # what `--no-cache` sets
    assert cache.default_cache() is None
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 3
    assert not store.path.exists() or store.counts("a.txt") is None


def test_a_corrupt_file_is_rebuilt(nlp, store, calls):
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(b"this is not a database at all" * 100)
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp)
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 1
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 1


def test_a_file_corrupted_while_in_use_is_rebuilt(nlp, store, calls):
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp)
    store.path.write_bytes(b"\x00garbage" * 1000)
    assert cache.cached_analyze(article, nlp).article == article  # a miss, not a crash
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 2  # re-analysed once, then cached again


def test_damaged_pages_inside_a_valid_file_are_never_fatal(nlp, store, calls):
    articles = [Article(source=f"{n}.txt", text=f"{TEXT} Number {n}.") for n in range(6)]
    for a in articles:
        cache.cached_analyze(a, nlp)
    data = bytearray(store.path.read_bytes())
    assert len(data) > 3 * 4096
    data[4096:-4096] = b"\xde\xad" * ((len(data) - 8192) // 2)  # keep the header, wreck the rest
    store.path.write_bytes(bytes(data))
    for a in articles:
        assert cache.cached_analyze(a, nlp).article == a
    assert 6 < calls["analyze"] <= 12


def test_an_outdated_layout_is_rebuilt(nlp, store, calls):
    store.path.parent.mkdir(parents=True)
    with sqlite3.connect(store.path) as conn:
        conn.execute("CREATE TABLE analyses (key TEXT, blob BLOB)")
        conn.execute("PRAGMA user_version = 0")
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp)
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 1
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == cache.SCHEMA_VERSION


def test_an_unreadable_row_is_dropped_and_analysed_again(nlp, store, calls):
    article = Article(source="a.txt", text=TEXT)
    cache.cached_analyze(article, nlp)
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE analyses SET data = '{not json'")
    cache.cached_analyze(article, nlp)
    cache.cached_analyze(article, nlp)
    assert calls["analyze"] == 2


def test_a_cache_dir_that_cannot_exist_is_not_fatal(nlp, tmp_path, monkeypatch, calls):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv(dirs.ENV_DIR, str(blocker / "cache"))
    article = Article(source="a.txt", text=TEXT)
    assert cache.cached_analyze(article, nlp).article == article
    assert cache.cached_analyze(article, nlp).article == article
    assert calls["analyze"] == 2
    s = cache.default_cache()
    assert s is not None and s.disabled_reason


def test_counts_are_remembered_per_source(nlp, store, monkeypatch):
    article = Article(source="story.txt", text=TEXT)
    analysis = cache.cached_analyze(article, nlp)
    expected = cache.Counts.of(analysis)
    assert cache.counts_for("story.txt") == expected
    monkeypatch.setattr(cache, "_seen", {})  # a new run of the program: from the file
    assert cache.counts_for("story.txt") == expected
    assert cache.counts_for("never-opened.txt") is None
    monkeypatch.setattr(cache, "analysis_version", lambda: "9.9.9+changed")
    assert cache.counts_for("story.txt") is None  # outdated counts are not shown


def test_many_keeps_order_and_only_analyses_misses(nlp, store, calls):
    texts = [f"Minister {n} said the plan was {n} times better. {TEXT}" for n in range(5)]
    articles = [Article(source=f"{i}.txt", text=t) for i, t in enumerate(texts)]
    cache.cached_analyze(articles[1], nlp)
    cache.cached_analyze(articles[3], nlp)
    out = list(cache.cached_analyze_many(articles, nlp, batch_size=2))
    assert [a.article for a in out] == articles
    assert calls == {"analyze": 2, "many": 3}
    again = list(cache.cached_analyze_many(articles, nlp, batch_size=2))
    assert calls == {"analyze": 2, "many": 3}
    assert again == out


def test_old_rows_are_pruned(nlp, store, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ROWS", 3)
    monkeypatch.setattr(cache, "_PRUNE_EVERY", 1)
    for n in range(5):
        cache.cached_analyze(Article(source=f"{n}.txt", text=f"Text number {n}."), nlp)
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 3
        assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 3


def test_extract_uses_the_cache_and_no_cache_bypasses_it(nlp, store, tmp_path, monkeypatch):
    # `extract` runs through core.corpus.batch, which calls core.analyze.analyze_doc once per
    # article.
    analysed = []
    real_analyze_doc = analysis_module.analyze_doc

    def counting_analyze_doc(article, doc):
        analysed.append(article.source)
        return real_analyze_doc(article, doc)

    monkeypatch.setattr(analysis_module, "analyze_doc", counting_analyze_doc)
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    outputs = []
    for argv in ([str(path)], [str(path)], [str(path), "--no-cache"]):
        out = io.StringIO()
        assert run(argv, out=out) == 0
        outputs.append(json.loads(out.getvalue()))
    assert len(analysed) == 2  # the second run was a hit, the --no-cache run was not
    assert outputs[0] == outputs[1] == outputs[2]
