"""A folder of reviews as a library: the scan, the card cache, and the list the TUI shows."""

from reeltui.library.listing import SortKey, sort_reviews
from reeltui.library.scan import (
    PARALLEL_MIN,
    Library,
    Progress,
    describe_failure,
    find_documents,
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
