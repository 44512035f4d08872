"""A folder of reviews as a library: the catalog, the scan, and the list the TUI shows.

What the check of a folder brings (`refresh`: the parsers, the worker processes) is imported
when first asked for: a warm start of the TUI draws its first screen before it needs it.
"""

from typing import TYPE_CHECKING

from reeltui.library.entries import Entry, SortKey, sort_entries
from reeltui.library.scan import Library, describe_failure

if TYPE_CHECKING:
    from reeltui.library.refresh import PARALLEL_MIN, Changes, Progress, find_documents

__all__ = [
    "PARALLEL_MIN",
    "Changes",
    "Entry",
    "Library",
    "Progress",
    "SortKey",
    "describe_failure",
    "find_documents",
    "sort_entries",
]

#: Names of `refresh`, imported when first asked for.
_FROM_REFRESH = frozenset({"PARALLEL_MIN", "Changes", "Progress", "find_documents"})


def __getattr__(name: str) -> object:
    if name in _FROM_REFRESH:
        from reeltui.library import refresh

        return getattr(refresh, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
