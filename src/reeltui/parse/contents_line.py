"""A line of contents over the review: "Jump to: What is X about? | Who's in the cast? | Is it
any good?", "In this article: The story | The cast | Verdict".

Some pages open the review with links to its own sections. The line reads like a short
sentence or a menu, so it was taken for the review's first words or kept in its text. The
page itself says what it is: its parts come back further down as lines of their own, the
headings of the sections they link to. `contents_lines` finds such lines, so that they count as
the page's furniture.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["contents_lines"]

# What parts the links of a line of contents.
_BAR = " | "
# The fewest parts of a line of contents that come back as lines of their own.
_FEWEST_BACK = 2
# The longest part (a section's heading) and the longest line of contents.
_LONGEST_PART = 100
_LONGEST_LINE = 400


def _parts(unit: str) -> list[str]:
    """The links of a line of contents, without a label before the first ("Jump to:")."""
    parts = [p.strip() for p in unit.split(_BAR)]
    head = parts[0]
    colon = head.find(": ")
    if colon != -1 and head.count(" ", 0, colon) < 3:
        parts[0] = head[colon + 2 :].strip()
    return [p for p in parts if p and len(p) <= _LONGEST_PART]


def contents_lines(units: Sequence[str]) -> frozenset[int]:
    """The indexes of the lines of contents among `units`: lines of links parted by bars, at
    least two of them, and most of them, each standing again later as a line of its own."""
    found: set[int] = set()
    last: dict[str, int] | None = None  # each short line's last place, made once if needed
    for i, unit in enumerate(units):
        if _BAR not in unit or len(unit) > _LONGEST_LINE:
            continue
        wanted = set(_parts(unit))
        if len(wanted) < _FEWEST_BACK:
            continue
        if last is None:
            last = {u: j for j, u in enumerate(units) if len(u) <= _LONGEST_PART}
        back = sum(1 for part in wanted if last.get(part, -1) > i)
        if back >= _FEWEST_BACK and 2 * back >= len(wanted):
            found.add(i)
    return frozenset(found)
