"""The bookmarks in other shapes: plain CSV and TOML safe to print (Letterboxd's CSV is in
`letterboxd`).

What a file holds may come from anyone, so every value written is made safe for a terminal:
CSV cells lose escape sequences and control characters, TOML keeps its data but writes the
invisible and control characters it would leave raw as `\\uXXXX` escapes.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import TextIO

from reeltui.bookmarks.model import Bookmark
from reeltui.text import INVISIBLE, clean

__all__ = [
    "CSV_COLUMNS",
    "terminal_safe_toml",
    "write_csv",
]

#: The columns of the plain CSV export.
CSV_COLUMNS = ("film_key", "title", "year", "status", "added", "watched_at", "note")


def write_csv(bookmarks: Iterable[Bookmark], out: TextIO) -> None:
    """The bookmarks as CSV with a header row (`CSV_COLUMNS`), one row each."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for bookmark in bookmarks:
        row = bookmark.to_json()
        writer.writerow(["" if row[c] is None else clean(str(row[c])) for c in CSV_COLUMNS])


# What tomli_w leaves unescaped that could act on a terminal or hide text: C1 controls, line
# and paragraph separators, and the invisible characters (`text.INVISIBLE`).
_UNSAFE_IN_TOML = re.compile("[\x80-\x9f\u2028\u2029]|" + INVISIBLE.pattern)


def terminal_safe_toml(text: str) -> str:
    """TOML text made safe for a terminal without changing its data.

    tomli_w escapes C0 controls and DEL; the characters left are escaped as `\\uXXXX` (or
    `\\UXXXXXXXX` beyond the Basic Multilingual Plane), which is the same value in TOML (they
    can only occur inside basic strings, where escapes work).
    """
    return _UNSAFE_IN_TOML.sub(_toml_escape, text)


def _toml_escape(match: re.Match[str]) -> str:
    """The TOML escape of one character."""
    code = ord(match.group())
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"
