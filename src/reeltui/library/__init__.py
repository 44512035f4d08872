"""A folder of reviews as a library: the catalog, the scan, and the list the TUI shows."""

from reeltui.library.entries import Entry, SortKey, sort_entries
from reeltui.library.refresh import Changes, find_documents
from reeltui.library.scan import PARALLEL_MIN, Library, Progress, describe_failure

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
