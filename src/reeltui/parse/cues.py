"""Whether an expression matches a text, tried only where its first word stands.

Python's regular expressions cannot skip ahead in a text when an expression opens on `\\b`
and an alternation (`\\b(?:turn|show)\\s+up\\b`): the search tries every character of the
paragraph, about a hundred times slower than `str.find` over the same text. Most of the
extractor's cues are found with a plain substring test first (cheap), but where that test is
loose ("up" is in half the paragraphs, "show up" in few) the expression's search is what
costs.

`may_match(pattern, text, starts)` gives the same answer as `pattern.search(text) is not None`
by finding each word of `starts` with `str.find` and trying `pattern.match` at each place
found. It is exact when **every match of the pattern begins with one of `starts`** (in the same
case as the pattern matches). To use it for a cue expression, keep the words its alternatives
begin with beside it (`_ENSEMBLE_STARTS` beside `_ENSEMBLE_CUE` in `roles.py`) and add the pair
to `PAIRS` in `tests/test_parse_cues.py`: a property test checks every pair there against the
plain search on arbitrary text, so an expression changed without its words fails a test rather
than silently missing a match. A rule that does not use `may_match` is searched as before:
nothing needs registering for a rule to run.

The work stays linear: each word is found with one pass of `str.find`, and an anchored match is
tried at each place found; a paragraph holding a word a million times costs a million short
attempts, never a search per place.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import accumulate

__all__ = ["AtEnd", "lowered", "may_hold", "may_match", "paragraph_spots", "split_at"]


#: A paragraph's lowercased text, made once for the several rules that want it (the credits'
#: cue words, the roles' patterns, the series words): lowercasing a paragraph with a curly
#: quote in it goes character by character. The texts are the same objects from one rule to
#: the next, so a look-up costs a hash already made. (Joined with a newline or a space, the
#: lowercased paragraphs are the lowercased joined text: neither character is cased or
#: case-ignorable, so a final sigma reads the same on either side of one.)
lowered = lru_cache(maxsize=256)(str.lower)


def may_match(pattern: re.Pattern[str], text: str, starts: tuple[str, ...]) -> bool:
    """`pattern.search(text) is not None`, tried only where one of `starts` begins.

    `\\b` and look-behinds at the start of the pattern see the character before the place
    tried, as in a search (`re.Pattern.match` with a position looks at the whole string)."""
    find = text.find
    for word in starts:
        at = find(word)
        while at != -1:
            if pattern.match(text, at) is not None:
                return True
            at = find(word, at + 1)
    return False


def split_at(pattern: re.Pattern[str], text: str, maxsplit: int = 0) -> list[str]:
    """`text` split at group 1 of each match of `pattern`, as `re.split` splits at a whole match.

    A splitter led by a look-behind (`(?<=[.!?])\\s+(?=[A-Z])`) has nothing a search can skip
    to, and tries every character of the text; written with the character looked behind at
    inside the match and the cut as its group (`[.!?](\\s+)(?=[A-Z])`), the search skips to
    the next stop. The two give the same parts when the character looked behind at can be
    neither in the cut nor what follows it."""
    parts: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        start, end = match.span(1)
        parts.append(text[last:start])
        last = end
        if len(parts) == maxsplit:
            break
    parts.append(text[last:])
    return parts


def paragraph_spots(
    paragraphs: Sequence[str], words: Iterable[str]
) -> list[tuple[int, str, dict[str, list[int]]]] | None:
    """Where each of `words` stands in the lowercased paragraphs, found in one pass over their
    joined text: for each paragraph holding at least one, in order, its index, its lowercased
    text and {word: every position in it, overlaps included}.

    The same as lowercasing each paragraph and finding each word in it, without a search per
    paragraph and word. None when lowercasing changes the text's length ("İ" becomes two
    characters): positions in the joined text would not be a paragraph's, so the caller looks
    at each paragraph itself. (Lowercasing never shortens a character, so an unchanged total
    means no paragraph changed length, and the newline between paragraphs, neither a letter
    nor ignorable, keeps a final sigma's lowercasing the same as in the paragraph alone.)
    """
    joined = "\n".join(paragraphs)
    low = "\n".join(map(lowered, paragraphs))  # (the same as `joined.lower()`)
    if len(low) != len(joined):
        return None
    ends = list(accumulate(len(p) + 1 for p in paragraphs))
    found: dict[int, dict[str, list[int]]] = {}
    for word in words:
        at = low.find(word)
        while at != -1:
            index = bisect_right(ends, at)
            begin = ends[index - 1] if index else 0
            found.setdefault(index, {}).setdefault(word, []).append(at - begin)
            at = low.find(word, at + 1)
    out: list[tuple[int, str, dict[str, list[int]]]] = []
    for index in sorted(found):
        begin = ends[index - 1] if index else 0
        out.append((index, low[begin : ends[index] - 1], found[index]))
    return out


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no match of a case-blind expression can be in `text`, given that every
    match of it holds one of `words` (lower case, letters as the expression spells them).

    A case-blind search of a long text tries every character (a millisecond for a long review);
    lowercasing it and looking for the words is many times quicker. Case-blind matching also
    takes "ı" and "ſ" for "i" and "s", which lowercasing keeps as they are, and "İ" for "i",
    which lowercases to two characters: a text with any of them answers True (search it).
    Pairs used this way are listed in `CASE_BLIND` in `tests/test_parse_cues.py`."""
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        return True
    return any(map(low.__contains__, words))


class AtEnd:
    """An expression whose every match ends where the text ends (`$`), searched from its last
    word only.

    A search for `(\\w+)$` tries every character of the text, and from each one runs to the
    end of its word before failing there: it costs the square of a word's length, for every
    word. A match that holds no white space but after its last character (`lead` None) starts
    in the last run of characters that are not white space; one that may also open on up to
    `lead` characters and the white space before that run (", ", "and ") starts at most `lead`
    characters before that white space. `search` starts there and gives what a search of the
    whole text (or of `pos` to `endpos`) gives: `^`, `\\b` and look-behinds still see the
    characters before the place it starts. White space is the same to `str.split` and to `\\s`.
    Each expression used this way is listed in `AT_END` in `tests/test_parse_cues.py`, where a
    property test checks it against the plain search.
    """

    __slots__ = ("lead", "pattern")

    def __init__(self, pattern: re.Pattern[str], lead: int | None = None) -> None:
        self.pattern = pattern
        self.lead = lead

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """`self.pattern.search(text, pos, endpos)`, tried from the last word on."""
        pos = max(pos, 0)
        rest = text[pos:endpos].rstrip()
        if rest:
            start = len(rest) - len(rest.rsplit(None, 1)[-1])
            if self.lead is not None:
                start = max(0, len(rest[:start].rstrip()) - self.lead)
            pos += start
        return self.pattern.search(text, pos, endpos)
