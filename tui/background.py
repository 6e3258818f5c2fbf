"""Blocking work awaited from the app's event loop without holding up its exit."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TypeVar

T = TypeVar("T")


async def in_daemon_thread(fn: Callable[[], T], name: str = "newsreader-background") -> T:
    """Run `fn` in a daemon thread and await its result.

    A `@work(thread=True)` worker (and `asyncio.to_thread`) runs in the loop's executor, which
    the app joins when it exits: `q` during a download would wait for the download's time limit.
    A daemon thread is abandoned at exit instead, and cancelling the awaiting worker drops its
    result.
    """
    loop = asyncio.get_running_loop()
    future: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if future.done():  # the awaiting worker was cancelled
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        try:
            result, error = fn(), None
        except BaseException as err:  # handed to the awaiting task, raised there
            result, error = None, err
        with suppress(RuntimeError):  # the loop has closed: nobody waits any more
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=run, name=name, daemon=True).start()
    return await future
