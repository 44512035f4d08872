"""Keeping the C allocator's idle memory small (glibc; elsewhere these do nothing).

Python hands larger blocks (lists' and dictionaries' tables, long strings) and all of SQLite's
memory to the C library's allocator. glibc gives each thread that allocates an arena of its
own, up to eight per core, and keeps what is freed in an arena for that arena's later use:
the TUI's threads (the scan's, the command bar's questions, the search's build) each left
tens of megabytes free but held. Measured on a first start of 25,000 files with the bar used
while the files were read: 26 MB held free after the bar's first questions, given back at once
by `malloc_trim`.

So the app keeps to two arenas (`limit_arenas`, before its threads start) and gives free memory
back (`give_back`) after a full collection of garbage and when a large piece of work is over.
"""

from __future__ import annotations

import contextlib
import ctypes

__all__ = ["give_back", "limit_arenas"]

#: `mallopt`'s parameter for the most arenas (glibc's malloc.h).
_M_ARENA_MAX = -8
#: The arenas the app keeps to: one for the main thread, one shared by the others.
ARENAS = 2


def _libc() -> ctypes.CDLL | None:
    """The C library the process runs with, if it is glibc (it has `malloc_trim`)."""
    with contextlib.suppress(OSError, TypeError, AttributeError):
        libc = ctypes.CDLL(None)  # the symbols the process has loaded: no search for a file
        if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim"):
            return libc
    return None


_LIBC = _libc()


def limit_arenas(count: int = ARENAS) -> bool:
    """Let the allocator make at most `count` arenas from now on; whether it could be told."""
    if _LIBC is None:
        return False
    return bool(_LIBC.mallopt(_M_ARENA_MAX, count))


def give_back() -> bool:
    """Return the allocator's free memory to the system; whether any was returned."""
    if _LIBC is None:
        return False
    return bool(_LIBC.malloc_trim(0))
