"""Leaving when the terminal is gone.

A closed terminal window or a killed tmux server hangs up the terminal the app draws on. The
kernel tells the session's leader, and that is not always the app: under `make run`, make
leads the session and holds the signal back while it waits for the app. The app would then
read nothing but end-of-file from a dead terminal for ever, and Textual's input thread spins on
that at full speed. So the app looks every couple of seconds at its terminal, and quits (saving
what it saves on any quit) once the terminal no longer answers as one: a hung-up terminal
fails the check `isatty` makes.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

#: How often the terminal is looked at, in seconds.
EVERY = 2.0


def terminal_fd() -> int | None:
    """The descriptor of the terminal the app reads its keys from, or None when it reads from
    no terminal (a test, a pipe)."""
    stream = sys.__stdin__
    if stream is None:
        return None
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return None
    return fd if os.isatty(fd) else None


def hung_up(fd: int, isatty: Callable[[int], bool] = os.isatty) -> bool:
    """True when the terminal behind `fd` is gone (hung up or closed)."""
    try:
        return not isatty(fd)
    except OSError:
        return True
