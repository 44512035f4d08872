"""How a film's bookmark status is shown: a one-cell mark in the film list and the bookmarks
table, and in words in messages and on the bookmarks screen."""

from __future__ import annotations

from reeltui.bookmarks import Status

__all__ = ["MARKS", "mark_of", "status_word"]

#: The mark for each status; a film without a bookmark has none (a space).
MARKS: dict[Status, str] = {Status.TO_WATCH: "★", Status.WATCHED: "✓"}

#: A status in words.
_WORDS: dict[Status, str] = {Status.TO_WATCH: "to watch", Status.WATCHED: "watched"}


def mark_of(status: Status | None) -> str:
    """The one-cell mark for a film's bookmark status (a space when not bookmarked)."""
    return MARKS[status] if status is not None else " "


def status_word(status: Status) -> str:
    """A status as words: "to watch", "watched"."""
    return _WORDS[status]
