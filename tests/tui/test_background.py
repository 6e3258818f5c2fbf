"""tui.background.in_daemon_thread: awaited like asyncio.to_thread, but never joined at exit."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from tui.background import in_daemon_thread


async def test_the_result_comes_back_from_another_thread():
    main = threading.get_ident()
    seen: list[tuple[int, bool]] = []

    def work() -> str:
        seen.append((threading.get_ident(), threading.current_thread().daemon))
        return "done"

    assert await in_daemon_thread(work) == "done"
    assert seen and seen[0][0] != main
    assert seen[0][1] is True  # a daemon thread: the interpreter's exit does not wait for it


async def test_an_error_is_raised_in_the_awaiting_task():
    def work() -> None:
        raise ValueError("bad page")

    with pytest.raises(ValueError, match="bad page"):
        await in_daemon_thread(work)


async def test_cancelling_the_awaiting_task_does_not_wait_for_the_thread():
    release = threading.Event()
    task = asyncio.create_task(in_daemon_thread(lambda: release.wait(10)))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert time.monotonic() - started < 1
    release.set()  # the abandoned thread ends; its late result is dropped without an error
    await asyncio.sleep(0.05)
