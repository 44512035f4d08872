"""Watching the data folder while the app runs, so that changes show up by themselves.

`watch` runs in a thread of its own (a worker of the TUI) until it is told to stop. It uses
`watchfiles` (inotify on Linux, FSEvents on macOS, kqueue on the BSDs) and hands each batch of
changed paths, as keys under the folder, to a callback, which refreshes the library
(`Library.refresh(touched=…)`): the folders' times catch what was added, removed or renamed,
and the touched files' stamps catch what was written over in place. Changes that come together
(a `git pull`, an unzip: thousands of files) arrive as one batch.

Where the folder cannot be watched (too many folders for the system's limit on watches, a
network file system without events, no `watchfiles` for this platform), the watch falls back
to polling: a quick check every `poll` seconds (the folders' times: a second, so a file added
or deleted shows within the two seconds a change may take), and a full one every `full_every`
polls (every file's stamp, for files written over in place: a minute).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Batch", "OnChanges", "watch"]


@dataclass(frozen=True, slots=True)
class Batch:
    """What changed: keys of paths under the folder (None: unknown, look at everything), and
    whether a full check is due (a poll that cannot know what was written over in place)."""

    keys: frozenset[str] | None
    full: bool = False


#: Called from the watching thread with each batch of changes.
OnChanges = Callable[[Batch], None]


def _key(path: str, root: str) -> str | None:
    """The key of a path under the folder ("a/b.txt"), or None for the folder itself, hidden
    files and folders, and paths elsewhere."""
    if not path.startswith(root):
        return None
    rest = path[len(root) :].lstrip(os.sep)
    if not rest:
        return None
    parts = rest.split(os.sep)
    if any(part.startswith(".") for part in parts):
        return None
    return "/".join(parts)


def watch(
    root: Path,
    stop: threading.Event,
    on_changes: OnChanges,
    *,
    poll: float = 1.0,
    full_every: int = 60,
    force_polling: bool = False,
) -> str:
    """Watch `root` until `stop` is set, calling `on_changes` with each batch; returns how it
    watched ("events", or "polling" with the reason it could not use events)."""
    reason = "asked to poll"
    if not force_polling:
        try:
            _watch_events(root, stop, on_changes)
            return "events"
        except Exception as exc:  # no events here: poll instead (the reason is reported)
            reason = f"{type(exc).__name__}: {exc}".strip()
    _poll(stop, on_changes, poll, full_every)
    return f"polling ({reason})"


def _watch_events(root: Path, stop: threading.Event, on_changes: OnChanges) -> None:
    from watchfiles import watch as events  # imported here: only the TUI's worker needs it

    prefix = str(Path(root).resolve())
    plain = str(root)

    def wanted(change: object, path: str) -> bool:
        return _key(path, prefix) is not None or _key(path, plain) is not None

    set_up = False
    for changes in events(
        root,
        watch_filter=wanted,
        stop_event=stop,
        debounce=1_600,
        step=50,
        rust_timeout=500,
        yield_on_timeout=True,  # the first answer, changes or none, says the watch is set up
        raise_interrupt=False,
    ):
        if not set_up:
            # Files added or removed between the caller's last look and the watch being set
            # up send no event: one quick check (folder times) catches them.
            set_up = True
            if not stop.is_set():
                on_changes(Batch(None))
        keys = {_key(path, prefix) or _key(path, plain) for _, path in changes}
        found = frozenset(key for key in keys if key is not None)
        if found and not stop.is_set():
            on_changes(Batch(found))


def _poll(stop: threading.Event, on_changes: OnChanges, every: float, full_every: int) -> None:
    polls = 0
    next_at = time.monotonic() + every
    while not stop.wait(max(0.0, next_at - time.monotonic())):
        polls += 1
        on_changes(Batch(None, full=polls % full_every == 0))
        next_at = time.monotonic() + every
