"""Counting things in words, the one way every message and label of reeltui does it."""

from __future__ import annotations

__all__ = ["counted", "noun"]


def noun(count: int, singular: str, plural: str | None = None) -> str:
    """`singular` for one thing, else `plural` (by default `singular` + "s")."""
    if count == 1:
        return singular
    return plural if plural is not None else singular + "s"


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """A count with its noun: "1 film", "13 films", "100,000 films", "2 changes are"."""
    return f"{count:,} {noun(count, singular, plural)}"
