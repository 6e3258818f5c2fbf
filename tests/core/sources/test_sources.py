"""Inputs: files, folders, stdin, web pages and feeds from a real local HTTP server (127.0.0.1
only), and every way they fail: one clear SourceError, never another exception, never a hang."""

from __future__ import annotations

import io
import json
import socket
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.corpus.extract import run
from core.model import Article
from core.sources import resolve as sources
from core.sources.resolve import Collection, Fetcher, Opened, SourceError
from tests.support import webserver
from tests.support.webserver import ARTICLE_TITLE, SECOND_TITLE

# Short limits so the failure cases are quick; the defaults are stated in core/sources.py.
TIMEOUT = 0.5
CAP = 200_000


@pytest.fixture(scope="module")
def base():
    with webserver.serve() as url:
        yield url


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    # httpx honours proxy variables; the tests must only ever talk to 127.0.0.1 directly.
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def fetcher() -> Fetcher:
    return Fetcher(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, total_timeout=2.0, max_bytes=CAP)


# -- web pages -----------------------------------------------------------------------------


def test_a_web_page_gives_its_article_text_title_author_and_date(base, fetcher):
    opened = sources.resolve(f"{base}/article.html", fetcher)
    assert isinstance(opened, Opened)
    article = opened.article
    assert article.source == f"{base}/article.html"
    assert article.title == ARTICLE_TITLE
    assert opened.entry.author == "Jane Roe"
    assert opened.entry.date == "2024-03-05"
    assert '"This is a great day for Springfield," said Mayor Alice Hart.' in article.text
    # The page's furniture is not the article.
    for chrome in ("Home", "Sport", "Copyright"):
        assert chrome not in article.text
    # Paragraphs are separated by blank lines, as in a .txt article.
    assert "\n\nOpposition leader Tom Black" in article.text


def test_a_redirect_is_followed(base, fetcher):
    opened = sources.resolve(f"{base}/redirect", fetcher)
    assert isinstance(opened, Opened)
    assert opened.article.title == ARTICLE_TITLE


def test_a_plain_text_url_is_read_as_text(base, fetcher):
    opened = sources.resolve(f"{base}/plain.txt", fetcher)
    assert isinstance(opened, Opened)
    assert opened.article.title == "Harbour reopens after storm"
    assert opened.article.text.startswith("Harbour reopens after storm\n\nThe harbour")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing-page", "HTTP 404 Not Found"),
        ("/boom", "HTTP 500 Internal Server Error"),
        ("/image.png", "not a web page or feed (content type image/png)"),
        ("/huge-declared", "50,000,000 bytes is too large to read (limit 200,000)"),
        ("/huge-streamed", "too large to read, over the limit of 200,000 bytes"),
        ("/empty.html", "no article text found on this page"),
        ("/blank", "the page is empty"),
        ("/bad-feed.xml", "not a readable feed"),
        ("/empty-feed.xml", "the feed lists no articles"),
        ("/latin1.txt", "not valid UTF-8"),
        ("/binary", "binary"),
    ],
)
def test_each_bad_download_is_one_clear_line(base, fetcher, path, message):
    with pytest.raises(SourceError) as info:
        sources.resolve(base + path, fetcher)
    text = str(info.value)
    assert text.startswith(base + path + ": ")
    assert message in text
    assert "\n" not in text


def test_a_slow_server_times_out_at_the_stated_limit(base, fetcher):
    started = time.monotonic()
    with pytest.raises(SourceError, match=rf"did not answer within {TIMEOUT:g} s"):
        sources.resolve(f"{base}/slow", fetcher)
    # The server waits SLOW_SECONDS; we give up after the read timeout, with room for a slow CI.
    assert time.monotonic() - started < webserver.SLOW_SECONDS - 2


def test_a_trickling_download_stops_at_the_total_limit(base):
    fetcher = Fetcher(connect_timeout=TIMEOUT, read_timeout=TIMEOUT, total_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(SourceError, match="gave up"):
        sources.resolve(f"{base}/drip", fetcher)
    assert time.monotonic() - started < 1.0 + 1.0


def test_an_unreachable_host_is_a_clear_error(fetcher):
    url = f"http://127.0.0.1:{webserver.closed_port()}/news"
    with pytest.raises(SourceError, match="cannot connect"):
        sources.resolve(url, fetcher)


def test_the_default_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSREADER_TIMEOUT", "3")
    monkeypatch.setenv("NEWSREADER_MAX_BYTES", "1000")
    f = sources.environment_fetcher()
    assert (f.total_timeout, f.read_timeout, f.max_bytes) == (3.0, 3.0, 1000)
    monkeypatch.setenv("NEWSREADER_TIMEOUT", "soon")
    with pytest.raises(sources.SettingError, match="NEWSREADER_TIMEOUT=soon: give"):
        sources.environment_fetcher()


# -- feeds ---------------------------------------------------------------------------------


def test_a_feed_lists_its_entries_without_fetching_them(base, fetcher):
    feed = sources.resolve(f"{base}/feed.xml", fetcher)
    assert isinstance(feed, Collection)
    assert feed.kind == "feed"
    assert feed.title == "Springfield Gazette"
    titles = [e.title for e in feed.entries]
    assert titles == [ARTICLE_TITLE, SECOND_TITLE, "A story that is gone"]
    assert [e.date for e in feed.entries] == ["2024-03-05", "2024-03-08", None]
    assert feed.entries[0].source == f"{base}/article.html"
    assert feed.entries[0].where == "127.0.0.1"


def test_a_feed_entry_opens_on_demand(base, fetcher):
    feed = sources.resolve(f"{base}/feed.xml", fetcher)
    assert isinstance(feed, Collection)
    opened = sources.open_entry(feed.entries[1], fetcher)
    assert opened.article.source == f"{base}/second.html"
    assert "Head librarian Maria Lopez" in opened.article.text
    with pytest.raises(SourceError, match="HTTP 404"):
        sources.open_entry(feed.entries[2], fetcher)


def test_a_feed_served_as_html_is_still_a_feed(base, fetcher):
    feed = sources.resolve(f"{base}/feed-as-html", fetcher)
    assert isinstance(feed, Collection) and len(feed.entries) == 3


def test_an_atom_entry_without_a_link_opens_from_its_own_content(base, fetcher):
    feed = sources.resolve(f"{base}/atom.xml", fetcher)
    assert isinstance(feed, Collection)
    (entry,) = feed.entries
    assert entry.kind == "inline"
    opened = sources.open_entry(entry, fetcher)
    assert opened.article.text.startswith("The public library will open on Sundays")
    assert opened.article.title == SECOND_TITLE


def test_a_local_feed_file(tmp_path, base, fetcher):
    path = tmp_path / "news.xml"
    path.write_text(webserver.rss(base), encoding="utf-8")
    feed = sources.resolve(str(path), fetcher)
    assert isinstance(feed, Collection) and feed.entries[0].source == f"{base}/article.html"
    bad = tmp_path / "bad.rss"
    bad.write_bytes(b"\x00\x01 not a feed")
    with pytest.raises(SourceError, match="not a readable feed"):
        sources.resolve(str(bad), fetcher)


def test_iter_articles_goes_on_past_a_failing_entry(base, fetcher):
    items = list(sources.iter_articles([f"{base}/feed.xml", f"{base}/boom"], fetcher))
    assert [type(i) for i in items] == [Article, Article, SourceError, SourceError]
    assert items[1].source == f"{base}/second.html"


# -- files, folders, stdin -------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_text_file_is_read_exactly(tmp_path):
    p = _write(tmp_path / "a.txt", "Headline here\n\nBody text, with “quotes”.\n")
    opened = sources.resolve(str(p))
    assert isinstance(opened, Opened)
    assert opened.article == Article(
        source=str(p), text="Headline here\n\nBody text, with “quotes”.\n", title="Headline here"
    )


def test_a_local_html_file_is_extracted_without_touching_the_network(tmp_path, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("something tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    p = _write(tmp_path / "story.html", webserver.ARTICLE_HTML)
    opened = sources.resolve(str(p))
    assert isinstance(opened, Opened)
    assert opened.article.title == ARTICLE_TITLE
    assert opened.entry.author == "Jane Roe"
    assert "Mayor Alice Hart" in opened.article.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("binary.txt", b"\x00\x01\x02PNG", "binary file"),
        ("latin1.txt", "Café «news»".encode("latin-1"), "not valid UTF-8"),
        ("empty.html", b"", "the file is empty"),
        ("nav.html", webserver.EMPTY_HTML.encode(), "no article text found"),
        ("binary.html", b"\x00" * 100, "binary file"),
    ],
)
def test_bad_files_are_one_clear_line(tmp_path, name, content, message):
    p = tmp_path / name
    p.write_bytes(content)
    with pytest.raises(SourceError, match=message) as info:
        sources.resolve(str(p))
    assert str(info.value).startswith(str(p))


def test_a_missing_path(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        sources.resolve(str(tmp_path / "nope.txt"))


def test_a_folder_lists_its_articles_sorted_with_titles_and_dates(tmp_path):
    _write(tmp_path / "b-story.txt", "Second headline\n\nText.")
    _write(tmp_path / "2024-01-02-first.txt", "First headline\n\nText.")
    _write(tmp_path / "page.html", webserver.ARTICLE_HTML)
    _write(tmp_path / "notes.md", "not an article")
    (tmp_path / "sub.txt").mkdir()  # a folder named like a file is not an article
    folder = sources.resolve(str(tmp_path))
    assert isinstance(folder, Collection)
    assert folder.kind == "folder"
    names = [Path(e.source).name for e in folder.entries]
    assert names == ["2024-01-02-first.txt", "b-story.txt", "page.html"]
    first, second, page = folder.entries
    assert (first.title, first.date) == ("First headline", "2024-01-02")
    assert second.title == "Second headline" and second.date  # the file's date
    assert page.title == f"{ARTICLE_TITLE} | The Springfield Gazette"
    assert sources.open_entry(page).article.title == ARTICLE_TITLE


def test_an_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(SourceError, match="no articles"):
        sources.resolve(str(tmp_path))


def test_stdin_text_and_html(monkeypatch):
    opened = sources.read_stdin(io.BytesIO(b"Piped headline\n\nPiped body."))
    assert opened.article == Article(
        source="-", text="Piped headline\n\nPiped body.", title="Piped headline"
    )
    html = sources.read_stdin(io.BytesIO(webserver.ARTICLE_HTML.encode()))
    assert html.article.title == ARTICLE_TITLE
    with pytest.raises(SourceError, match="-: standard input is empty"):
        sources.read_stdin(io.BytesIO(b""))
    with pytest.raises(SourceError, match="too large"):
        sources.read_stdin(io.BytesIO(b"x" * 101), limit=100)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"From sys.stdin\n\nText.")))
    resolved = sources.resolve("-")
    assert isinstance(resolved, Opened) and resolved.article.title == "From sys.stdin"


def test_iter_articles_over_files_folders_and_errors(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    _write(folder / "one.txt", "One\n\nText one.")
    _write(folder / "two.txt", "Two\n\nText two.")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00")
    single = _write(tmp_path / "single.txt", "Single\n\nText.")
    items = list(sources.iter_articles([str(folder), str(tmp_path / "gone.txt"), str(single)]))
    kinds = [(type(i).__name__, getattr(i, "title", None)) for i in items]
    assert kinds == [
        ("SourceError", None),
        ("Article", "One"),
        ("Article", "Two"),
        ("SourceError", None),
        ("Article", "Single"),
    ]
    assert "binary" in str(items[0]) and "no such file" in str(items[3])


def test_is_single():
    assert sources.is_single(["a.txt"]) and sources.is_single(["-"])
    assert sources.is_single(["https://example.org/story"])
    assert not sources.is_single(["a.txt", "b.txt"])
    assert not sources.is_single(["feed.xml"])
    assert not sources.is_single([str(Path(__file__).parent)])


# -- newsreader extract over the network ------------------------------------------------------


def _extract(argv: list[str], capsys) -> tuple[int, str, str]:
    out = io.StringIO()
    code = run(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_extract_a_url(nlp, base, capsys):
    code, out, err = _extract([f"{base}/article.html"], capsys)
    assert code == 0, err
    d = json.loads(out)
    assert d["article"]["source"] == f"{base}/article.html"
    assert d["article"]["title"] == ARTICLE_TITLE
    text = d["article"]["text"]
    for q in d["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


@pytest.mark.parametrize("path", ["/boom", "/image.png", "/empty.html", "/bad-feed.xml"])
def test_extract_a_bad_url_is_one_line_and_exit_1(nlp, base, capsys, path):
    code, out, err = _extract([base + path], capsys)
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("newsreader: ")
    assert "Traceback" not in err


def test_extract_a_feed_is_one_line_per_entry_and_reports_the_bad_one(nlp, base, capsys):
    code, out, err = _extract([f"{base}/feed.xml"], capsys)
    assert code == 1  # one entry is gone
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["article"]["title"] for d in lines] == [ARTICLE_TITLE, SECOND_TITLE]
    assert err.strip() == f"newsreader: {base}/missing: the server answered HTTP 404 Not Found"
    code, out, err = _extract([f"{base}/feed.xml", "--format", "json"], capsys)
    assert code == 2 and out == "" and "use --format jsonl" in err


# -- anything at all in, only SourceError out ---------------------------------------------------

_junk = st.one_of(
    st.binary(max_size=600),
    st.text(max_size=600).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.text(alphabet="<>/=\"' abcdefhilmnoprstx&;!\x00\n", max_size=600).map(str.encode),
)


@settings(max_examples=60, deadline=None)
@given(data=_junk)
def test_arbitrary_bytes_give_an_article_or_a_source_error(data):
    entry = sources.Entry(source="junk", kind="html")
    for read in (
        lambda: sources.read_stdin(io.BytesIO(data)),
        lambda: sources.article_from_html(data, entry),
        lambda: sources.article_from_text(data, entry),
        lambda: sources.collection_from_feed(data, "junk"),
    ):
        try:
            result = read()
        except SourceError as err:
            assert "\n" not in str(err)
        else:
            assert isinstance(result, (Opened, Collection))


def test_cli_reports_a_bad_input_in_one_line(tmp_path, capsys, monkeypatch):
    from tui.cli import main

    monkeypatch.setenv("NEWSREADER_NO_CACHE", "0")
    assert main([str(tmp_path), "--no-cache"]) == 1
    err = capsys.readouterr().err
    assert err == f"newsreader: {tmp_path}: no articles (.txt or .html files) in this folder\n"
    import os

    # --no-cache is handed to the analysis as an argument: the environment is left as it was.
    assert os.environ["NEWSREADER_NO_CACHE"] == "0"
