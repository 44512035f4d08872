"""Finding films, people and passages: names (`names`), full text (`fulltext/`), the ranking of
both (`searcher`), how queries are read (`query`), and the search of one loaded library that
the TUI keeps while it runs (`session`)."""

from reeltui.search.query import ParsedQuery, SearchKind, parse_query
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
