"""Keeping Python's full garbage collections off the key path.

With spaCy's pipeline and a long article loaded the heap holds millions of objects, and every so
often the collector walks all of them (a generation-2 pass). Measured with `bench/bench_tui.py` on
the 10,000-word article, such a pass took 60 to 220 ms and landed on a random key press: these
were the p95 of a `j` step. Two things keep them away, in the spirit of Textual's own
PAUSE_GC_ON_SCROLL:

- once an article is analysed and shown, what is on the heap lives as long as the article:
  `settle` moves it out of the collector's reach (`gc.freeze`), so a full pass only walks what
  was allocated since; opening another article `unsettle`s it, so the old one is collected;
- while keys arrive, full passes wait (`KeyCalm.key`): the young generations are still collected
  as usual (they are cheap), and the full pass runs once the reader pauses, or after `MAX_HELD`
  keys of a held-down key, so memory stays bounded.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from textual.timer import Timer

# A full pass is deferred for at most this many keys in a row (a held key repeats ~30 per second).
MAX_HELD = 300
# The reader has paused once no key came for this long: the deferred full pass runs then.
PAUSE_SECONDS = 0.5


def settle() -> None:
    """Everything alive now stays alive: the collector stops walking it."""
    gc.freeze()


def unsettle() -> None:
    """Hand what `settle` froze back to the collector (the next full pass walks it)."""
    gc.unfreeze()


class KeyCalm:
    """Defers generation-2 collections while keys arrive; `set_timer` is the app's."""

    def __init__(self, set_timer: Callable[[float, Callable[[], None]], Timer]) -> None:
        self._set_timer = set_timer
        self._timer: Timer | None = None
        self._held = 0
        self._thresholds: tuple[int, int, int] | None = None

    @property
    def holding(self) -> bool:
        return self._thresholds is not None

    def key(self) -> None:
        """A key arrived: no full pass until the reader pauses."""
        if self._thresholds is None:
            self._thresholds = gc.get_threshold()
            first, second, _ = self._thresholds
            gc.set_threshold(first, second, 1 << 30)  # the young generations go on as usual
        self._held += 1
        if self._held >= MAX_HELD:
            self.release()
            return
        if self._timer is not None:
            self._timer.stop()
        self._timer = self._set_timer(PAUSE_SECONDS, self.release)

    def release(self) -> None:
        """The reader paused (or held a key too long): restore the thresholds and collect."""
        if self.stop():
            gc.collect()

    def stop(self) -> bool:
        """Restore the collector's thresholds (the app is closing: no pass); whether they had
        been changed. The thresholds are the process's: they must not outlive the app."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self._held = 0
        if self._thresholds is None:
            return False
        gc.set_threshold(*self._thresholds)
        self._thresholds = None
        return True
