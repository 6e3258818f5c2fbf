"""The web server of `newsreader serve`: textual-serve's, with what a shared reader needs on top.

- Each browser session is its own process, started without a shell (`create_subprocess_exec`
  with an argument list, so no quoting of PATH and no /bin/sh in between).
- The page loads nothing from the internet: our template takes the font and scripts from
  textual-serve's installed static folder (its own template links a web font).
- A session's websocket is refused to another site's page (the Origin must be this server), and
  on a loopback address to a Host that is not loopback (DNS rebinding): otherwise any web page
  the reader's browser opens could drive the reader and read the collection.
- Ctrl+C or SIGTERM closes every session's socket, so each app process quits, then the server.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import WSCloseCode, web
from textual_serve.app_service import AppService
from textual_serve.server import Server

from core.display import one_line

log = logging.getLogger("textual-serve")

TEMPLATES = Path(__file__).parent / "templates"
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
# How long a session's app may take to quit once told to, before it is killed.
QUIT_GRACE = 5.0


class SessionService(AppService):
    """One session's app process, started from an argument list rather than a shell command."""

    def __init__(self, argv: Sequence[str], **kwargs: Any) -> None:
        super().__init__(" ".join(argv), **kwargs)
        self.argv = tuple(argv)

    async def _open_app_process(
        self, width: int = 80, height: int = 24
    ) -> asyncio.subprocess.Process:
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width=width, height=height),
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    async def stop(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(super().stop(), QUIT_GRACE)
        process = self._process
        if process is not None and process.returncode is None:
            try:
                await asyncio.wait_for(process.wait(), QUIT_GRACE)
            except TimeoutError:
                process.kill()
                await process.wait()


class ReaderServer(Server):
    def __init__(self, argv: Sequence[str], *, host: str, port: int, title: str) -> None:
        super().__init__(" ".join(argv), host=host, port=port, title=title)
        self.argv = tuple(argv)
        self.templates_path = TEMPLATES
        self.loopback = host in LOOPBACK_NAMES
        self._sockets: set[web.WebSocketResponse] = set()

    def initialize_logging(self) -> None:
        super().initialize_logging()
        # aiohttp logs each request; a reader's log is its sessions and errors.
        logging.getLogger("aiohttp.access").setLevel(logging.WARNING)

    async def on_startup(self, app: web.Application) -> None:
        where = f"http://{self.host}:{self.port}" if ":" not in self.host else self.public_url
        print(f"newsreader: serving {one_line(self.title)} on {where} (Ctrl+C stops)", flush=True)

    async def on_shutdown(self, app: web.Application) -> None:
        for socket in list(self._sockets):
            await socket.close(code=WSCloseCode.GOING_AWAY, message=b"server stopped")

    def same_site(self, request: web.Request) -> bool:
        """Whether a websocket request comes from this server's own page."""
        host = request.host
        if self.loopback and urlsplit(f"//{host}").hostname not in LOOPBACK_NAMES:
            return False
        origin = request.headers.get("Origin")
        # No Origin: not a browser page's request, so no other site is behind it.
        return origin is None or urlsplit(origin).netloc == host

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        if not self.same_site(request):
            log.warning("refused a session from %s", request.headers.get("Origin", request.host))
            raise web.HTTPForbidden(text="newsreader: only this server's own page may connect")
        websocket = web.WebSocketResponse(heartbeat=15)
        width = _int(request.query.get("width"), 80)
        height = _int(request.query.get("height"), 24)
        await websocket.prepare(request)
        self._sockets.add(websocket)
        service = SessionService(
            self.argv,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=self.download_manager,
            debug=self.debug,
        )
        try:
            await service.start(width, height)
            log.info("session %s started", service.app_service_id[:8])
            await self._process_messages(websocket, service)
        except asyncio.CancelledError:
            await websocket.close()
        except Exception as error:  # one session's failure must not stop the others
            log.exception(error)
        finally:
            self._sockets.discard(websocket)
            await service.stop()
            log.info("session %s ended", service.app_service_id[:8])
        return websocket


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, min(int(value or default), 1000))
    except ValueError:
        return default


def serve(argv: Sequence[str], host: str, port: int, title: str) -> None:
    """Run the server until Ctrl+C or SIGTERM."""
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    ReaderServer(argv, host=host, port=port, title=title).serve()
