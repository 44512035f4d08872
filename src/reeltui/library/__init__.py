"""A folder of reviews as a library: the scan, the card cache, and the list the TUI shows."""

from reeltui.library.scan import (
    PARALLEL_MIN,
    Library,
    Progress,
    SortKey,
    describe_failure,
    find_documents,
    sort_reviews,
)

__all__ = [
    "PARALLEL_MIN",
    "Library",
    "Progress",
    "SortKey",
    "describe_failure",
    "find_documents",
    "sort_reviews",
]
