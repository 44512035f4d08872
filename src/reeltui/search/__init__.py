"""Finding films, people and passages: names (`names`), full text (`fulltext/`), the ranking of
both (`searcher`), how queries are read (`query`), and the search of one loaded library that
the TUI keeps while it runs (`session`).

The ranking and the session are imported when first asked for (`from reeltui.search import
Searcher` does it), so that a module needing only the names or the query syntax does not load
them: the TUI starts without them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from reeltui.search.query import ParsedQuery, SearchKind, parse_query

if TYPE_CHECKING:
    from reeltui.search.searcher import (
        FilmHit,
        Hit,
        Match,
        PersonHit,
        Searcher,
        SearchResult,
        TextHit,
        run_search,
    )
    from reeltui.search.session import SearchSession, SearchState

__all__ = [
    "FilmHit",
    "Hit",
    "Match",
    "ParsedQuery",
    "PersonHit",
    "SearchKind",
    "SearchResult",
    "SearchSession",
    "SearchState",
    "Searcher",
    "TextHit",
    "parse_query",
    "run_search",
]

#: The module each name imported when first asked for lives in.
_LATER = {
    "FilmHit": "reeltui.search.searcher",
    "Hit": "reeltui.search.searcher",
    "Match": "reeltui.search.searcher",
    "PersonHit": "reeltui.search.searcher",
    "Searcher": "reeltui.search.searcher",
    "SearchResult": "reeltui.search.searcher",
    "TextHit": "reeltui.search.searcher",
    "run_search": "reeltui.search.searcher",
    "SearchSession": "reeltui.search.session",
    "SearchState": "reeltui.search.session",
}


def __getattr__(name: str) -> object:
    """A name of the ranking or the session, imported now (module attributes, PEP 562)."""
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
