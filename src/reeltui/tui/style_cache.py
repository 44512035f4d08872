"""The app's stylesheet, parsed at one start and kept for the next.

Textual parses the app's CSS at each start, and every widget class's default CSS: `app.tcss`
(some eighty rules) took about 12 ms of the processor, the widgets' about 8 ms, against 12 ms
for all a bare Textual app parses; that parse was the largest single part of what a warm start
does beyond a bare app's. The rules are kept in the cache folder, pickled: each parse under
Textual's own key of it (the CSS text, where it was read from, how it is taken), all of them
under a key of everything else they depend on (the theme's variables, substituted as the rules
are parsed; the versions of Python and of Textual's modules that parse and hold them, by their
files' sizes and times). A start that finds that key equal puts the parses in the stylesheet's
own cache of them (`seed`), and Textual takes them from there as if it had just parsed them
(loading them all takes a few milliseconds): a CSS text changed since has another key, and is
parsed. Any other difference, or a file that cannot be read or unpickled, and Textual parses as
it always did. A start that parsed keeps them once its list is drawn (`save`).

The file is the user's own, in the same folder as the catalog, written whole (a temporary file
renamed over it), and only read back by the same user's reeltui.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import threading
from pathlib import Path
from typing import Any

from textual.css.stylesheet import Stylesheet

__all__ = ["StyleCache"]

#: The file the rules are kept in, in the cache folder.
FILE_NAME = "styles.pickle"


def _textual_files() -> tuple[tuple[str, int, int], ...]:
    """Textual's modules that parse CSS and define what the rules are made of, each with its
    size and time: a new Textual (or a changed one) changes them."""
    from textual import color, geometry
    from textual.css import _styles_builder, model, parse, scalar, styles, tokenize

    stamps: list[tuple[str, int, int]] = []
    for module in (parse, tokenize, _styles_builder, model, styles, scalar, color, geometry):
        path = module.__file__ or ""
        try:
            stat = os.stat(path)
        except OSError:
            stamps.append((path, -1, -1))
        else:
            stamps.append((path, stat.st_size, stat.st_mtime_ns))
    return tuple(stamps)


class StyleCache:
    """The parsed rules of an app's stylesheet, kept in `folder` (None: not kept)."""

    def __init__(self, folder: Path | None, stylesheet: Stylesheet) -> None:
        self._file = None if folder is None else Path(folder) / FILE_NAME
        self._stylesheet = stylesheet
        #: The key of the rules the file held or will hold (None: not worked out yet).
        self._key: tuple[Any, ...] | None = None
        #: The parses given to the stylesheet (by Textual's key of each).
        self._seeded: frozenset[tuple[Any, ...]] = frozenset()
        self._saved = False
        #: The thread writing the file (None: none started).
        self.writing: threading.Thread | None = None

    def _key_now(self) -> tuple[Any, ...]:
        """Everything the parses depend on but their CSS, where it came from and how it is
        taken (each parse's own key, as Textual makes it)."""
        variables = tuple(sorted(self._stylesheet._variables.items()))
        return (sys.version, pickle.HIGHEST_PROTOCOL, _textual_files(), variables)

    def seed(self) -> int:
        """Put the rules kept at the last start into the stylesheet's cache of parses, if
        nothing they depend on has changed since (a CSS text changed is parsed again: it is
        part of its parse's key); how many parses were given."""
        if self._file is None:
            return 0
        self._key = self._key_now()
        try:
            with open(self._file, "rb") as handle:
                key, parses = pickle.load(handle)
        except Exception:  # missing, unreadable, or made by another version: parsed again
            return 0
        if key != self._key or not isinstance(parses, dict):
            return 0
        cache = self._stylesheet._parse_cache
        for parse_key, rules in parses.items():
            cache[parse_key] = rules
        self._seeded = frozenset(parses)
        return len(parses)

    def save(self) -> None:
        """Keep the rules the stylesheet holds now, if it parsed any that it was not given
        (once a start). They are pickled here, and written in a thread of their own (the
        process waits for it at its end)."""
        if self._file is None or self._saved or self._key is None:
            return
        if self._key_now() != self._key:  # the theme changed meanwhile
            return
        cache = self._stylesheet._parse_cache
        # The parses of the stylesheet's sources as they are now, under Textual's key of each
        # (`Stylesheet._parse_rules`): not those given at the start for a CSS text changed
        # since, which the file would otherwise keep, and load at every start, for good.
        sources = self._stylesheet.source
        current = {
            (source.content, read_from, source.is_defaults, source.tie_breaker, source.scope)
            for read_from, source in sources.items()
        }
        parses = {key: cache.get(key) for key in list(cache.keys()) if key in current}
        if set(parses) <= self._seeded:
            return
        if any(rules is None or any(rule.errors for rule in rules) for rules in parses.values()):
            return
        self._saved = True
        try:
            data = pickle.dumps((self._key, parses), protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
            return
        writing = threading.Thread(target=_write, args=(self._file, data), name="styles")
        writing.start()
        self.writing = writing


def _write(path: Path, data: bytes) -> None:
    """Write the file whole (nothing, if the folder cannot be written)."""
    from reeltui.storage import write_atomic

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
