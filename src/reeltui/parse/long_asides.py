"""A credited actor whose "plays" comes after a long aside: "Tony Leung Chiu-wai, two years
after his brief, haunting appearance for Wong Kar-wai in Days of Being Wild, plays Tony";
"Gayatri Joshi, a model making her film debut (and, as it turned out, her only film), plays
Gita"; "Dan Aykroyd, who co-wrote the script with John Landis and who plays Elwood Blues".

The plain patterns of `roles._plays` take an aside without commas or brackets inside it. Here
the aside may hold commas between describing words and a bracketed remark, or a "who" clause
ended by "and who"; the name before it is believed only when the page credits that actor
already (a cast list, a label), since a longer aside leaves more room to misread.
"""

from __future__ import annotations

import re
from typing import Protocol

from reeltui.parse.capitals import capitals

__all__ = ["long_aside_actor"]


class Known(Protocol):
    """What this step asks of the credits read so far (`roles.Known`)."""

    def full(self, name: str) -> str | None: ...


_NAME = capitals(r"([A-Z][\w’'\-.]+(?:\s+[A-Z][\w’'\-.]+){0,3})")
# "X, a model making her debut (and, as it turned out, her last film),": lower-case words,
# commas only before another lower-case word, brackets closed within the aside.
_ASIDE_END = re.compile(
    _NAME + r",\s+([a-z](?:[^,;()]|\([^()]{0,80}\)|,(?=\s+[a-z][\w\-]*\s))*),[\"”]?$"
)
# "X, who co-wrote the script with Y and who": one "who" clause, then "and who".
_WHO_AND_WHO = re.compile(_NAME + r",\s+who\s+[a-z][^,;.()]{1,80}?\s+and\s+who$")
_LONGEST = 110  # characters of aside


def long_aside_actor(head: str, known: Known) -> str | None:
    """The credited actor named before the long aside that ends `head` (the text right before
    "plays"), or None."""
    m = _ASIDE_END.search(head) if head.endswith((",", ",”", ',"')) else None
    if m is not None and len(m.group(2)) > _LONGEST:
        m = None
    if m is None and head.endswith(" who"):
        m = _WHO_AND_WHO.search(head)
    if m is None:
        return None
    return known.full(m.group(1))
