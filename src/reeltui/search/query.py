"""A query as people type it: an optional kind prefix ("@pena", "director: mann"), then text.

The TUI's command bar and `reeltui search` read queries the same way, through `parse_query`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["ALL_KINDS", "ParsedQuery", "SearchKind", "parse_query"]


class SearchKind(StrEnum):
    """What a query looks for; a query prefix picks one (see `parse_query`)."""

    ACTOR = "actor"
    DIRECTOR = "director"
    REVIEWER = "reviewer"
    FILM = "film"
    TEXT = "text"


ALL_KINDS: frozenset[SearchKind] = frozenset(SearchKind)

_PREFIXES: dict[str, SearchKind] = {
    "actor": SearchKind.ACTOR,
    "actors": SearchKind.ACTOR,
    "cast": SearchKind.ACTOR,
    "director": SearchKind.DIRECTOR,
    "directors": SearchKind.DIRECTOR,
    "reviewer": SearchKind.REVIEWER,
    "reviewers": SearchKind.REVIEWER,
    "film": SearchKind.FILM,
    "films": SearchKind.FILM,
    "title": SearchKind.FILM,
    "text": SearchKind.TEXT,
}


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query split into the kind its prefix asked for (None: every kind) and its text."""

    kind: SearchKind | None
    text: str


def parse_query(query: str) -> ParsedQuery:
    """Read a kind prefix off a query: "@pena" and "actor: pena" look for actors only.

    Prefixes (case does not matter): `actor:`/`@`, `director:`, `reviewer:`, `film:`/`title:`,
    `text:`. Anything else, "foo: bar" included, is plain text for every kind.
    """
    stripped = query.lstrip()
    if stripped.startswith("@"):
        return ParsedQuery(SearchKind.ACTOR, stripped[1:].strip())
    head, colon, rest = stripped.partition(":")
    if colon:
        kind = _PREFIXES.get(head.strip().casefold())
        if kind is not None:
            return ParsedQuery(kind, rest.strip())
    return ParsedQuery(None, query.strip())
