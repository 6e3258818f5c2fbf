"""The smaller items of issue 19: UTF-16 files, one NUL rule, the search count at its cap, an
article past the pipeline's limit in one line, and the one rule for what reaches a terminal."""

from __future__ import annotations

import json

import pytest

from core.corpus.cache import ArticleTooLong, cached_analyze
from core.display import json_text, one_line, visible
from core.model import Analysis, Article
from core.sources.files import ArticleError, read_article
from core.writing import write_atomic
from tests.support.tui_helpers import notified, ready
from tui.app import NewsReaderApp
from tui.clipboard import quote_with_speaker
from tui.widgets.search import MAX_MATCHES

BODY = "Harbour news\n\nThe ferry left at noon, the mayor said.\n"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_a_bom_marked_utf16_file_reads_as_text(tmp_path, codec):
    p = tmp_path / "win.txt"
    data = BODY.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    article = read_article(p)
    assert article.text == BODY
    assert article.title == "Harbour news"


@pytest.mark.parametrize("at", [10, 9000, 100_000])
def test_a_nul_anywhere_is_binary(tmp_path, at):
    p = tmp_path / "x.txt"
    data = bytearray(b"word " * 30_000)
    data[at] = 0
    p.write_bytes(bytes(data))
    with pytest.raises(ArticleError, match="binary file"):
        read_article(p)


def test_an_article_past_the_pipeline_limit_is_one_line_with_the_limit(nlp):
    text = "word " * (nlp.max_length // 5 + 10)
    with pytest.raises(ArticleTooLong) as info:
        cached_analyze(Article(source="long.txt", text=text), nlp, use_cache=False)
    message = str(info.value)
    assert message == (
        f"{len(text):,} characters is more than the pipeline takes ({nlp.max_length:,})"
    )


async def test_search_at_its_cap_says_there_are_more():
    text = "ab " * (MAX_MATCHES + 50)
    article = Article(source="many.txt", text=text)
    app = NewsReaderApp(article, analyzer=lambda a: Analysis(a))
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        await pilot.press("slash", "a", "b", "enter")
        await pilot.pause()
        assert f"{MAX_MATCHES:,}+ matches" in notified(app)


def test_one_rule_for_the_terminal():
    evil = "a\x1b[2J\x9b1m\u202e\tb\nc"
    assert visible(evil) == "a␛[2J\ufffd1m\ufffd\tb\nc"  # same length: offsets still line up
    assert one_line(evil) == "a␛[2J\ufffd1m\ufffd␉b␊c"
    assert json.loads(json_text({"t": evil})) == {"t": evil}
    assert "\x9b" not in json_text({"t": evil}) and "\x1b" not in json_text({"t": evil})


def test_a_copied_quote_carries_no_control_characters():
    from tests.support.tui_fixture import fixture_analysis

    analysis = fixture_analysis()
    quote = analysis.quotes[0]
    evil = type(quote)(**{**quote.__dict__, "text": "we \x1b]0;PWNED\x07 will"})
    copied = quote_with_speaker(evil, analysis)
    assert "\x1b" not in copied and "\x07" not in copied
    assert "we ␛]0;PWNED␇ will" in copied


def test_write_atomic_keeps_the_old_file_when_the_write_fails(tmp_path, monkeypatch):
    import os

    target = tmp_path / "keep.json"
    target.write_text("old\n")
    real = os.fsync

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, "new\n")
    monkeypatch.setattr(os, "fsync", real)
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.json"]
    write_atomic(target, "new\n")
    assert target.read_text() == "new\n"


async def test_unicode_line_separators_break_lines_in_the_article():
    from tests.support.screen import screen_text

    text = "First words here\u2028second words there\u2029third words too.\n"
    app = NewsReaderApp(Article(source="sep.txt", text=text), analyzer=lambda a: Analysis(a))
    async with app.run_test(size=(140, 30)) as pilot:
        await ready(app, pilot)
        lines = [line.strip(" │") for line in screen_text(app).splitlines()]
        assert any(line.startswith("second words there") for line in lines), lines
        assert any(line.startswith("third words too.") for line in lines)
    assert visible(text) == text.replace("\u2028", "\n").replace("\u2029", "\n")
