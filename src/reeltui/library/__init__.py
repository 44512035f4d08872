"""A folder of reviews as a library: the catalog, the scan, and the list the TUI shows.

Every name is imported from its module when first asked for. What the check of a folder brings
(`refresh`: the parsers, the worker processes) comes when a check starts: a warm start of the
TUI draws its first screen before it needs it. And a worker process of a first scan imports
`library.parsing` and its parsers alone, not the catalog and the list this package also holds.
"""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reeltui.library.entries import Entry, SortKey, sort_entries
    from reeltui.library.refresh import PARALLEL_MIN, Changes, Progress, find_documents
    from reeltui.library.scan import Library, describe_failure

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

#: Where each name is, imported when first asked for.
_MODULES = {
    "Entry": "entries",
    "SortKey": "entries",
    "sort_entries": "entries",
    "Library": "scan",
    "describe_failure": "scan",
    "PARALLEL_MIN": "refresh",
    "Changes": "refresh",
    "Progress": "refresh",
    "find_documents": "refresh",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"{__name__}.{module}"), name)
