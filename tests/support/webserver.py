"""A real HTTP server on 127.0.0.1 (a free port) for the input tests: an article, a feed, and
every way a download can go wrong. Texts are short ones written for these tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_TITLE = "Council approves the river bridge"
ARTICLE_HTML = f"""<!doctype html>
<html><head><title>{ARTICLE_TITLE} | The Springfield Gazette</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>{ARTICLE_TITLE}</h1>
<p>The city council voted on Tuesday to build a new bridge across the river, ending a debate
that had lasted for three years and divided the town's two largest parties.</p>
<p>"This is a great day for Springfield," said Mayor Alice Hart. She said the bridge would cut
commuting times for thousands of residents and bring new shops to the east bank.</p>
<p>Opposition leader Tom Black said the plan was far too expensive and warned that local taxes
would rise to pay for it.</p>
</article>
<footer>Copyright 2024 The Springfield Gazette</footer>
</body></html>
"""
SECOND_TITLE = "Library opens on Sundays"
SECOND_HTML = f"""<!doctype html>
<html><head><title>{SECOND_TITLE}</title></head><body><main><article>
<h1>{SECOND_TITLE}</h1>
<p>The public library will open on Sundays from next month, the city's cultural office
announced on Friday after a long campaign by parents and students.</p>
<p>Head librarian Maria Lopez said the new hours were "a gift to every reader in town" and
thanked the volunteers who will staff the desk.</p>
</article></main></body></html>
"""
EMPTY_HTML = """<!doctype html><html><head><title>Home</title></head><body>
<nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>"""
PLAIN_TEXT = (
    "Harbour reopens after storm\n\n"
    "The harbour reopened on Monday after a week of repairs, the port authority said, and the "
    "first ferries left on time. Captain Ruth Moss said the crews were glad to be back at sea.\n"
)


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Springfield Gazette</title><link>{base}/</link><description>News</description>
<item><title>{ARTICLE_TITLE}</title><link>{base}/article.html</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><author>jane@example.org (Jane Roe)</author></item>
<item><title>{SECOND_TITLE}</title><link>{base}/second.html</link>
<pubDate>Fri, 08 Mar 2024 09:00:00 GMT</pubDate></item>
<item><title>A story that is gone</title><link>{base}/missing</link></item>
</channel></rss>
"""


ATOM_INLINE = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Inline Notes</title><id>urn:notes</id><updated>2024-03-09T00:00:00Z</updated>
<entry><title>{SECOND_TITLE}</title><id>urn:notes:1</id><updated>2024-03-09T00:00:00Z</updated>
<content type="html">&lt;p&gt;The public library will open on Sundays from next month, the
city's cultural office announced on Friday after a long campaign by parents.&lt;/p&gt;
&lt;p&gt;Head librarian Maria Lopez said the new hours were a gift to every
reader.&lt;/p&gt;</content>
</entry></feed>
"""

# How long /slow waits before answering; tests use a much shorter timeout.
SLOW_SECONDS = 5.0


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet tests
        pass

    def _send(self, status: int, body: bytes, ctype: str | None, length: int | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        with suppress(OSError):  # the client gave up (a timeout test), as it should
            self.wfile.write(body)

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path = self.path.split("?")[0]
        html = "text/html; charset=utf-8"
        if path == "/article.html":
            self._send(200, ARTICLE_HTML.encode(), html)
        elif path == "/second.html":
            self._send(200, SECOND_HTML.encode(), html)
        elif path == "/plain.txt":
            self._send(200, PLAIN_TEXT.encode(), "text/plain; charset=utf-8")
        elif path == "/latin1.txt":
            self._send(200, "Café news: the mayor said «yes».".encode("latin-1"), "text/plain")
        elif path == "/feed.xml":
            self._send(200, rss(base).encode(), "application/rss+xml")
        elif path == "/atom.xml":
            self._send(200, ATOM_INLINE.encode(), "application/atom+xml")
        elif path == "/feed-as-html":
            self._send(200, rss(base).encode(), "text/html")
        elif path == "/bad-feed.xml":
            self._send(200, b"<<< this is {not} xml at all &&&", "application/rss+xml")
        elif path == "/empty-feed.xml":
            body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title>'
            self._send(200, body + b"</channel></rss>", "application/rss+xml")
        elif path == "/empty.html":
            self._send(200, EMPTY_HTML.encode(), html)
        elif path == "/blank":
            self._send(200, b"", html)
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
        elif path == "/huge-declared":
            # Says it is huge; the client must refuse before reading it.
            self._send(200, b"x" * 100, html, length=50_000_000)
        elif path == "/huge-streamed":
            # No length given: the client must stop counting at its cap.
            self.send_response(200)
            self.send_header("Content-Type", html)
            self.end_headers()
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            try:
                for _ in range(200):
                    self.wfile.write(chunk)
            except OSError:
                pass  # the client hung up, as it should
        elif path == "/drip":
            # A byte at a time, each well within any read timeout: only a total limit stops it.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with suppress(OSError):
                for _ in range(int(SLOW_SECONDS / 0.1)):
                    self.wfile.write(b"w ")
                    self.wfile.flush()
                    time.sleep(0.1)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, ARTICLE_HTML.encode(), html)
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/boom":
            self._send(500, b"internal error", "text/plain")
        elif path == "/binary":
            self._send(200, bytes(range(256)) * 8, None)
        else:
            self._send(404, b"not found", "text/plain")


class _Server(ThreadingHTTPServer):
    daemon_threads = True  # a handler still sleeping in /slow must not hold up the test run
    block_on_close = False

    def handle_error(self, request, client_address) -> None:  # type: ignore[no-untyped-def]
        pass  # a client hanging up early is what several tests do on purpose


@contextmanager
def serve() -> Iterator[str]:
    """Serve on 127.0.0.1 on a free port; yields the base URL."""
    server = _Server(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
