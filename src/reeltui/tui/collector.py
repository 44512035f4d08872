"""Keeping the garbage collector's full collections out of a first scan.

A full collection walks every object the process holds, and stops every thread while it does:
with a library of tens of thousands of entries arriving during a first scan it takes hundreds
of milliseconds, and Python starts one each time the objects that survived the younger
collections grow by a quarter, which a growing library does again and again (at 10,000 files,
about twenty of them, each a keystroke left waiting). Nearly everything made during a scan is
kept (the entries, the list's orders) or freed at once by reference counting, so a full
collection finds almost nothing to free.

So while the library loads, what the process holds at the start (its modules, the screens) is
frozen out of the collector's sight, and full collections are held off; the younger generations
are still collected as usual. Drawing the screen makes garbage that only a full collection
frees (Textual's strips of lines keep caches that refer to themselves: about 2,000 objects a
second, 85 MB over a first scan of 100,000 files), so one full collection runs at most once a
minute meanwhile (`now_and_then`), which bounds that garbage and keeps the collection at the
scan's end short; the allocator is then told to give back what is free (`allocator.py`).

Each of those collections then freezes what it left (the entries and the list's orders read
so far: kept, so never garbage a collection could free), so the next one walks only what the
minute since made, not the whole library again: at 100,000 files the last ones walked every
entry and stopped the event loop for 200 to 370 ms, now they cost what a minute's files cost.
What was frozen and dies afterwards is still freed by reference counting; garbage in cycles
among it (a cache of drawn lines alive at a collection, dropped later) waits for the end of
the hold: `release` puts everything frozen meanwhile back in the collector's sight, and when
the scan ends the app collects once and freezes what it keeps (`ReelApp._loaded`).
"""

from __future__ import annotations

import gc
import time

from reeltui.tui.allocator import give_back

__all__ = ["FULL_EVERY", "HELD_THRESHOLD", "FullCollections"]

#: The third threshold while full collections are held off: so many collections of the middle
#: generation (each after some 7,000 allocations) that none comes during a scan.
HELD_THRESHOLD = 1_000_000
#: Seconds between two full collections while they are held off.
FULL_EVERY = 60.0


class FullCollections:
    """Holds off the collector's full collections (`hold`) until `release`."""

    __slots__ = ("_every", "_froze", "_last", "_saved")

    def __init__(self, every: float = FULL_EVERY) -> None:
        self._saved: tuple[int, int, int] | None = None
        self._every = every
        self._last = 0.0
        #: Whether a collection of the hold froze what it left (`release` thaws it).
        self._froze = False

    @property
    def held(self) -> bool:
        """Whether full collections are held off now."""
        return self._saved is not None

    def hold(self) -> None:
        """Freeze what the process holds now and hold off full collections (again: nothing)."""
        if self._saved is not None:
            return
        young, middle, full = gc.get_threshold()
        self._saved = (young, middle, full)
        gc.freeze()
        gc.set_threshold(young, middle, HELD_THRESHOLD)
        self._last = time.monotonic()

    def now_and_then(self) -> bool:
        """While held: a full collection if the last was `every` seconds ago or more; whether
        one ran."""
        if self._saved is None or time.monotonic() - self._last < self._every:
            return False
        gc.collect()
        # What is left is kept: out of the next collection's walk.
        gc.freeze()
        self._froze = True
        give_back()
        self._last = time.monotonic()
        return True

    def release(self) -> None:
        """Let full collections come again at the thresholds of before (again: nothing)."""
        if self._saved is None:
            return
        full = self._saved[2]
        self._saved = None
        if self._froze:
            # Garbage frozen while alive and dropped since is seen by the next collection.
            gc.unfreeze()
            self._froze = False
        young, middle, _ = gc.get_threshold()
        gc.set_threshold(young, middle, full)
