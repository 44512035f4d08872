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

__all__ = ["may_match"]


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
