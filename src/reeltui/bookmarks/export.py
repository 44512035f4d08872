"""The bookmarks in other shapes: plain CSV, Letterboxd's import CSV, and TOML safe to print.

What a file holds may come from anyone, so every value written is made safe for a terminal:
CSV cells lose escape sequences and control characters, TOML keeps its data but writes the
invisible and control characters it would leave raw as `\\uXXXX` escapes.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TextIO

from reeltui.bookmarks.model import Bookmark
from reeltui.text import INVISIBLE, clean, clean_line

__all__ = [
    "CSV_COLUMNS",
    "LETTERBOXD_WATCHED",
    "LETTERBOXD_WATCHLIST",
    "terminal_safe_toml",
    "write_csv",
    "write_letterboxd",
]

#: The columns of the plain CSV export.
CSV_COLUMNS = ("film_key", "title", "year", "status", "added", "watched_at", "note")

#: Columns Letterboxd's importer reads for films watched (a diary entry when dated) and for a
#: watchlist. Rating and Review are left out: reeltui has no rating of the user's own, and a
#: private note must not become a published review.
LETTERBOXD_WATCHED = ("Title", "Year", "Directors", "WatchedDate")
LETTERBOXD_WATCHLIST = ("Title", "Year", "Directors")


def write_csv(bookmarks: Iterable[Bookmark], out: TextIO) -> None:
    """The bookmarks as CSV with a header row (`CSV_COLUMNS`), one row each."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for bookmark in bookmarks:
        row = bookmark.to_json()
        writer.writerow(["" if row[c] is None else clean(str(row[c])) for c in CSV_COLUMNS])


def write_letterboxd(
    bookmarks: Iterable[Bookmark],
    directors: Mapping[str, Sequence[str]],
    out: TextIO,
    *,
    watched: bool,
) -> None:
    """Letterboxd's import CSV: its diary columns for watched films, else its watchlist's.

    One file cannot hold both: Letterboxd marks every film of a diary import as watched, so
    to-watch films go to its watchlist importer in a file of their own. `directors` gives the
    directors of a film key, where the library knows them.
    """
    columns = LETTERBOXD_WATCHED if watched else LETTERBOXD_WATCHLIST
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for bookmark in bookmarks:
        cells = {
            "Title": clean_line(bookmark.title),
            "Year": "" if bookmark.year is None else str(bookmark.year),
            "Directors": clean_line(", ".join(directors.get(bookmark.film_key, ()))),
            "WatchedDate": bookmark.watched_at.date().isoformat() if bookmark.watched_at else "",
        }
        writer.writerow([cells[c] for c in columns])


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
