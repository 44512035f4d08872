"""The app's stylesheet, parsed at one start and kept for the next.

Textual parses the app's CSS at each start: `app.tcss` (some eighty rules) took about 12 ms of
the processor, against 3 ms for all a bare Textual app parses, and its parse is the largest
single part of what a warm start does beyond a bare app's. The rules it gives are kept in the
cache folder, pickled, with everything the parse depends on: the CSS text and where it was read
from, the theme's variables (substituted as the rules are parsed), the versions of Python and
of Textual's modules that parse and hold them (their files' sizes and times). A start that finds
all of these equal puts the rules in the stylesheet's own cache of parses (`seed`), keyed as
Textual keys it, and Textual takes them from there as if it had just parsed them (loading them
takes under 2 ms); any difference, or a file that cannot be read or unpickled, and Textual
parses as it always did. A start that parsed keeps them once its list is drawn (`save`).

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
    """The parsed rules of one CSS file of an app's stylesheet, kept in `folder` (None: not
    kept)."""

    def __init__(self, folder: Path | None, stylesheet: Stylesheet, css_path: Path) -> None:
        self._file = None if folder is None else Path(folder) / FILE_NAME
        self._stylesheet = stylesheet
        self._css_path = css_path
        #: The key of the rules the file held or will hold (None: not worked out yet).
        self._key: tuple[Any, ...] | None = None
        self._seeded = False
        #: The thread writing the file (None: none started).
        self.writing: threading.Thread | None = None

    def _parse_key(self) -> tuple[Any, ...] | None:
        """Textual's key of the file's parse (`Stylesheet._parse_rules`), as `Stylesheet.read`
        will make it; None when the file cannot be read."""
        filename = os.path.expanduser(self._css_path)
        try:
            with open(filename, encoding="utf-8") as handle:
                css = handle.read()
        except (OSError, UnicodeDecodeError):
            return None
        return (css, (os.path.abspath(filename), ""), False, 0, "")

    def _key_of(self, parse_key: tuple[Any, ...]) -> tuple[Any, ...]:
        """Everything the parse depends on."""
        variables = tuple(sorted(self._stylesheet._variables.items()))
        return (sys.version, pickle.HIGHEST_PROTOCOL, _textual_files(), variables, parse_key)

    def seed(self) -> bool:
        """Put the rules kept at the last start into the stylesheet's cache of parses, if
        nothing they depend on has changed since; whether they were."""
        if self._file is None:
            return False
        parse_key = self._parse_key()
        if parse_key is None:
            return False
        self._key = self._key_of(parse_key)
        try:
            with open(self._file, "rb") as handle:
                key, rules = pickle.load(handle)
        except Exception:  # missing, unreadable, or made by another version: parsed again
            return False
        if key != self._key or not isinstance(rules, list):
            return False
        self._stylesheet._parse_cache[parse_key] = rules
        self._seeded = True
        return True

    def save(self) -> None:
        """Keep the rules the stylesheet parsed from the file at this start (nothing when
        they came from the file, or when they were not parsed with the key worked out). They
        are pickled here, and written in a thread of their own (the process waits for it at
        its end)."""
        if self._file is None or self._seeded or self._key is None:
            return
        parse_key = self._key[-1]
        rules = self._stylesheet._parse_cache.get(parse_key)
        if rules is None or any(rule.errors for rule in rules):
            return
        if self._key_of(parse_key) != self._key:  # the theme changed meanwhile
            return
        self._seeded = True  # once
        try:
            data = pickle.dumps((self._key, rules), protocol=pickle.HIGHEST_PROTOCOL)
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
