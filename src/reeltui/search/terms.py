"""Finding words in text the way search finds them: ignoring case and accents.

`find_terms("Michael Peña stars", ["pena"])` gives the span of "Peña"; a person's page finds
the sentences that name someone with it, and `name_terms` gives the words that stand for a
person in a review (every spelling of the name, and the surname alone). For the reader's find,
`FoldedText` folds a review's blocks once and `FindQuery` says what to look for in them: a
phrase anywhere (what the find bar finds as the user types) or whole words (a full-text hit's).
Folding is `reeltui.text.fold`, the search's own, applied one character at a time so that every
match maps back to the characters the reader shows: spans are offsets in the original text.
No Textual here.
"""

from __future__ import annotations

import re
import string
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from reeltui.text import fold

__all__ = [
    "FindQuery",
    "FoldedText",
    "find_terms",
    "fold_with_offsets",
    "name_terms",
    "names_any",
    "surname",
    "terms_pattern",
]

#: ASCII white space other than the plain space (folded to a plain space, one for one).
_ASCII_SPACE = re.compile("[\t\n\r\x0b\x0c\x1c-\x1f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Between two folded parts: never in a query, never a word character or a space, so no
#: match runs from one part into the next.
_SEPARATOR = "\x00"


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """What one character folds to: "" (a combining accent), "n" (ñ), "ss" (ß), " " (a space)."""
    return " " if char.isspace() else fold(char)


#: ASCII folded one for one, as a translation table: capitals lowered, the backquote an apostrophe.
_ASCII_FOLD = {ord(c): c.lower() for c in string.ascii_uppercase} | {ord("`"): "'"}


def _fold_ascii(text: str) -> str:
    """ASCII text folded one character for one, as `fold` folds it (capitals lowered, the
    backquote an apostrophe, every space a plain space)."""
    folded = text.lower()
    if "`" in folded:
        folded = folded.replace("`", "'")
    return _ASCII_SPACE.sub(" ", folded) if _ASCII_SPACE.search(folded) else folded


def fold_with_offsets(text: str) -> tuple[str, array[int] | None]:
    """The folded text, and for each folded character the index of its source character.

    The offsets are None when every character folds to exactly one (ASCII, and most accented
    letters): then folding keeps every index.
    """
    if text.isascii():
        return _fold_ascii(text), None
    others = {char: _fold_char(char) for char in set(_NON_ASCII.findall(text))}
    if all(len(folded) == 1 for folded in others.values()):
        # The ASCII capitals lowered in the same pass: lowering the result would lower what
        # the others folded to as well, and `fold` leaves some capitals ("Ꭰ": Cherokee letters
        # fold to their capitals).
        table = _ASCII_FOLD | {ord(char): folded for char, folded in others.items()}
        whole = text.translate(table)
        return (_ASCII_SPACE.sub(" ", whole) if _ASCII_SPACE.search(whole) else whole), None
    pieces: list[str] = []
    offsets: array[int] = array("l")
    for index, char in enumerate(text):
        folded = others.get(char)
        if folded is None:
            folded = _fold_ascii(char)
        pieces.append(folded)
        offsets.extend([index] * len(folded))
    return "".join(pieces), offsets


class FoldedText:
    """Texts (a review's blocks) folded once, to be searched as often as the user types.

    Positions are counted in the texts joined by one character: text `i` starts at
    `starts[i]`. A match never runs from one text into the next.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        starts: list[int] = []
        pieces: list[str] = []
        parts: list[tuple[int, int, int, array[int] | None]] = []
        position = 0
        for text in texts:
            starts.append(position)
            folded, offsets = fold_with_offsets(text)
            pieces.append(folded)
            parts.append((position, len(text), len(folded), offsets))
            position += len(text) + 1
        self.starts = starts
        self.folded = _SEPARATOR.join(pieces)
        #: For each folded character (and one past each text's end), its source position;
        #: None when every text is ASCII and positions are the same.
        self._offsets: array[int] | None = None
        if any(offsets is not None for *_, offsets in parts):
            mapping: array[int] = array("l")
            for start, length, folded_length, offsets in parts:
                if offsets is None:
                    mapping.extend(range(start, start + folded_length))
                else:
                    mapping.extend(start + offset for offset in offsets)
                mapping.append(start + length)
            self._offsets = mapping

    def text_of(self, position: int) -> int:
        """Which text a position falls in."""
        return max(0, bisect_right(self.starts, position) - 1)

    def find(
        self, pattern: re.Pattern[str], cancelled: Callable[[], bool] | None = None
    ) -> list[tuple[int, int]]:
        """Where `pattern` matches, as `(start, end)` positions, in order, none overlapping.

        `cancelled` is asked now and then; when it says yes, what was found so far is returned.
        """
        offsets = self._offsets
        spans: list[tuple[int, int]] = []
        for count, match in enumerate(pattern.finditer(self.folded), 1):
            start, end = match.span()
            if end == start:
                continue
            if offsets is not None:
                # The end takes in what folds to nothing after the match (a combining accent).
                last = offsets[end - 1]
                start, end = offsets[start], max(last + 1, offsets[end])
            if spans and start < spans[-1][1]:
                continue
            spans.append((start, end))
            if cancelled is not None and count % 2048 == 0 and cancelled():
                break
        return spans


def _words(text: str) -> list[str]:
    """The folded words of what the user typed (anything unprintable dropped)."""
    return "".join(char for char in fold(text) if char.isprintable()).split()


@dataclass(frozen=True, slots=True)
class FindQuery:
    """What the reader marks: `text` as a phrase anywhere in a word (the find bar: "pen" finds
    "Peña"), or, when `words` is given, any of those as whole words, `prefix` also as the start
    of a longer word (the words a full-text search matched). `text` is what the bar shows.
    """

    text: str = ""
    words: tuple[str, ...] | None = None
    prefix: str | None = None

    @property
    def is_phrase(self) -> bool:
        """Whether this is the find bar's phrase (not a search's words)."""
        return self.words is None

    def pattern(self) -> re.Pattern[str] | None:
        """The pattern finding this query in folded text; None when it has nothing to find."""
        if self.words is None:
            words = _words(self.text)
            return re.compile(r"\s+".join(map(re.escape, words))) if words else None
        return _whole_words(self.words, self.prefix)


def _whole_words(terms: Iterable[str], prefix: str | None = None) -> re.Pattern[str] | None:
    """A pattern finding any of `terms` as whole words (several words: any space between)."""
    needles = sorted({" ".join(_words(term)) for term in terms} - {""}, key=len, reverse=True)
    alternatives = [r"\s+".join(map(re.escape, needle.split())) for needle in needles]
    start = " ".join(_words(prefix or ""))
    if start:
        alternatives.append(r"\s+".join(map(re.escape, start.split())) + r"\w*")
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def terms_pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of `terms` as whole words in folded text; None when no term has a
    word. Made once, it serves many texts (`find_terms`, `names_any`)."""
    return _whole_words(terms)


def names_any(text: str, pattern: re.Pattern[str] | None) -> bool:
    """Whether `text` holds one of the terms of `pattern` (quicker than `find_terms`, which
    also says where)."""
    return pattern is not None and pattern.search(fold(text)) is not None


def find_terms(text: str, terms: Iterable[str] | re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans `(start, end)` of `text` where a term occurs as whole words, sorted, not overlapping.

    Matching folds case, accents, curly quotes and runs of white space, so "pena" finds "Peña"
    and "jose's" finds "Jose’s". Empty terms are ignored. `terms` may be a `terms_pattern` made
    beforehand.
    """
    pattern = terms if isinstance(terms, re.Pattern) or terms is None else _whole_words(terms)
    if pattern is None or not text:
        return []
    return FoldedText([text]).find(pattern)


def surname(name: str) -> str | None:
    """The last word of a name when it can stand for the person alone ("Peña" of "Michael
    Peña"); None for a one-word name or a short last word ("Jr", "Li")."""
    words = name.split()
    if len(words) > 1 and len(words[-1]) >= 3:
        return words[-1]
    return None


def name_terms(
    name: str, spellings: Iterable[str] = (), *, surnames: bool = True
) -> tuple[str, ...]:
    """The words that mark a person in a review: each spelling of the name, then (with
    `surnames`) each surname alone, since reviews often say "Peña" once the full name is given."""
    names: dict[str, None] = {}
    written = (name, *spellings)
    for spelling in written:
        names.setdefault(spelling, None)
    if surnames:
        for spelling in written:
            last = surname(spelling)
            if last is not None:
                names.setdefault(last, None)
    return tuple(names)
