"""Runtime shapes that the labels and the review's sentences leave: an episode's length written
as a count times minutes ("6 x 30 minutes", "eight episodes, each around 50 minutes"), which is
no runtime, and the minutes a closing note gives in brackets after the title ("X (127 mins)
screens at the IFI on Friday").

Both look for a literal first ("x", "episode", "(", "min"), then try a small expression."""

from __future__ import annotations

import re

# "6 x 30 minutes", "8 × 50 mins": a number of episodes times each one's length.
_TIMES = re.compile(r"\d\s*[x×]\s*\d")
# Episodes and what each of them lasts: "eight episodes, each around 50 minutes".
_EACH = re.compile(r"(?i)\bepisodes?\b.{0,40}?\b(?:each|apiece|per|every)\b")
# Minutes in brackets: "(127 mins)", "(98 minutes)".
_BRACKETED = re.compile(r"\((\d{2,3})\s*(?:minutes|mins?)\.?\)")


def episode_length(text: str) -> bool:
    """True when the minutes `text` gives are an episode's: a count of episodes times their
    length, or what each episode lasts."""
    if ("x" in text or "×" in text) and _TIMES.search(text):
        return True
    return "pisode" in text and _EACH.search(text) is not None


def bracketed_minutes(text: str) -> int | None:
    """The minutes a closing note gives in brackets ("X (127 mins) screens at the IFI"), when
    they are a feature's (40 to 400), else None."""
    if "min" not in text or "(" not in text:
        return None
    m = _BRACKETED.search(text)
    return int(m.group(1)) if m and 40 <= int(m.group(1)) <= 400 else None
