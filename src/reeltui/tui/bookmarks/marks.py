"""The one-cell marks that show a film's bookmark status, in the film list and the bookmarks."""

from __future__ import annotations

from reeltui.bookmarks import Status

__all__ = ["MARKS", "mark_of"]

#: The mark for each status; a film without a bookmark has none (a space).
MARKS: dict[Status, str] = {Status.TO_WATCH: "★", Status.WATCHED: "✓"}


def mark_of(status: Status | None) -> str:
    """The one-cell mark for a film's bookmark status (a space when not bookmarked)."""
    return MARKS[status] if status is not None else " "
