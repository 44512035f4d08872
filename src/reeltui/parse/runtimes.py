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


# The film's length in the review's sentences, in shapes that name nothing else's: "RoboCop is
# 102 minutes of …", "The film is 132 minutes long", "It's 114 minutes of …"; "For 86 minutes,
# X's film offers …" opening a sentence; minutes in brackets with other facts ("(PG-13, 106
# minutes)", "(107 minutes, no fat)"); the close of a list of facts ("Blu-ray, B&W, 143 min.",
# "In Japanese with English subtitles; 81 minutes.").
_STATED_LENGTH = re.compile(
    r"(?:\b(?:is|was)|[’']s)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|a\s+mere\s+)?(\d{2,3})"
    r"\s+minutes\s+(?:long\b|of\b)"
    r"|(?:^|[.!?]\s+)For\s+(\d{2,3})\s+minutes,"
    r"|\([^()]{0,30}?,\s*(\d{2,3})\s*(?:minutes|mins?)\.?\)"
    r"|\((\d{2,3})\s*(?:minutes|mins?)[,;]"
    r"|[;,]\s*(\d{2,3})\s*(?:minutes|mins?)\.(?=\s|$)",
    re.MULTILINE,
)


def stated_length(text: str) -> int | None:
    """The minutes one of the shapes above gives (60 to 300, a feature's), else None."""
    if "min" not in text:
        return None
    for m in _STATED_LENGTH.finditer(text):
        value = next(group for group in m.groups() if group)
        if 60 <= int(value) <= 300 and not episode_length(text[max(0, m.start() - 60) : m.end()]):
            return int(value)
    return None
