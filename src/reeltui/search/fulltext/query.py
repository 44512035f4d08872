"""A user's words as an FTS5 query: each word quoted, so nothing they type is read as syntax.

Every word must match; a misspelt word is replaced by the OR of its corrections, and the last
word may stand for itself or the known words it begins. `edits` gives every string one edit
away from a word (the corrections are looked up among them).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reeltui.search.fulltext.snippets import highlighter
from reeltui.text import fold

__all__ = ["TOKEN", "Query", "compile_query", "edits", "quote", "searched_words"]

#: A word as the index cuts text into words.
TOKEN = re.compile(r"[^\W_]+")

#: Words so common that a query does not need them when it has others.
_STOP_WORDS = frozenset(
    "a an and are as at be but by for from has have he her his in is it its of on or she"
    " that the their them they this to was were will with".split()
)

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True, slots=True)
class Query:
    """A user's words made into an FTS5 expression, and a pattern finding them in text."""

    expression: str
    pattern: re.Pattern[str] | None
    tokens: frozenset[str]


def compile_query(
    words: Sequence[str], completions: list[str] | None, fixes: dict[int, list[str]]
) -> Query:
    """The FTS5 query for the user's words: each quoted (never read as syntax), AND between.

    A misspelt word becomes the OR of its corrections; the last word, when `completions` is
    given, matches as itself or as any of them. Very common words ("the", "of") are left out
    when the query has others.
    """
    kept = _kept(words, fixes)
    parts: list[str] = []
    terms: set[str] = set()
    searched: set[str] = set()
    for position, word in kept:
        alternatives = [word]
        if position in fixes:
            alternatives = fixes[position]
        elif completions and position == len(words) - 1:
            alternatives = [word, *completions]
        for alternative in alternatives:
            terms.update(TOKEN.findall(fold(alternative)))
        searched.update(terms)
        quoted = [quote(a) for a in alternatives]
        parts.append(quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")")
    if any(len(t) > 1 for t in terms):
        terms = {t for t in terms if len(t) > 1}  # "jose's": highlight "Jose", not every "s"
    return Query(" AND ".join(parts), highlighter(terms), frozenset(searched))


def _kept(words: Sequence[str], fixes: Collection[int] = ()) -> list[tuple[int, str]]:
    """The words a query searches for, with their places: all but the very common ones (and
    all of them when they are all common); a word with corrections is always kept."""
    kept = [(i, w) for i, w in enumerate(words) if i in fixes or fold(w) not in _STOP_WORDS]
    return kept or list(enumerate(words))


def searched_words(text: str) -> tuple[frozenset[str], str | None]:
    """The folded words a full-text query for `text` looks for, and the one it also takes as
    the beginning of longer words (its last word, of three characters or more).

    The words are the index's (`TOKEN`), very common ones left out as `compile_query` leaves
    them out; corrections of misspelt words are not known here (a hit's snippet shows them).
    """
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    terms = {t for _, word in _kept(words) for t in TOKEN.findall(fold(word))}
    if any(len(t) > 1 for t in terms):
        terms = {t for t in terms if len(t) > 1}
    last = TOKEN.findall(fold(words[-1])) if words else []
    prefix = last[0] if len(last) == 1 and len(last[0]) >= 3 else None
    return frozenset(terms), prefix


def quote(word: str) -> str:
    """A word as an FTS5 string, so that nothing in it is read as query syntax."""
    return '"' + word.replace('"', '""') + '"'


def edits(term: str) -> set[str]:
    """Every string one deletion, swap, change or insertion away from `term`."""
    letters = set(_ALPHABET) | set(term)
    splits = [(term[:i], term[i:]) for i in range(len(term) + 1)]
    result: set[str] = set()
    for left, right in splits:
        if right:
            result.add(left + right[1:])
            for c in letters:
                result.add(left + c + right[1:])
        if len(right) > 1:
            result.add(left + right[1] + right[0] + right[2:])
        for c in letters:
            result.add(left + c + right)
    result.discard(term)
    return result
