"""Directors the review's sentences add to those already found: the one a sentence names by
the work itself when none is ("the directorial debut of X", "under X's direction"), the one a
found director "co-directed the series with" or "directed it herself with", and the names a
sentence counts out ("its three directors — A (an earlier film), B and C —", "four directors
– A, B, C and D").

Evidence within the page does the work: a co-director is taken only beside a director already
found, the object of "directed" being the reviewed work itself ("it", "the film", "the
series"); a counted list only when it holds as many names as the number says."""

from __future__ import annotations

import re

from reeltui.parse.credits import is_name
from reeltui.text import fold

# "Satrapi directed it herself with the comic-book artist Vincent Paronnaud", "Pandey, who
# co-directed the series with Shivam Nair": the subject, then the one who shared the work.
_WITH = re.compile(
    r"([A-Z][\w’'\-]+)(?:,\s+who)?\s+(?:also\s+)?(?:co-)?directed\s+(?:it|the\s+(?:film|movie|"
    r"series|show|picture|season))(?:\s+(?:herself|himself|themselves))?\s+with\s+"
    r"(?:(?:the|a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}?)?"
    r"((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)"
)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "three directors — A, B and C —", "four directors – A, B, C and D –", "two directors: A and B"
_COUNTED = re.compile(r"\b(two|three|four|five|six)\s+directors\s*(?:[—–:]|--)\s*([^—–.;:]{5,200})")
# The one director a sentence names by the work itself: "The film is the directorial debut of
# X", "it marks the feature directing debut of X", "the script, under X's direction, …", "under
# the direction of X".
_NAMED = re.compile(
    r"\b(?:is|marks|was)\s+(?:the\s+)?(?:feature\s+)?(?:directorial|directing)\s+debut\s+of\s+"
    r"((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)"
    r"|\bunder\s+(?:the\s+direction\s+of\s+((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)"
    r"|((?:[A-Z][\w’'\-.]+\s+){1,3}[A-Z][\w’'\-]+)[’']s\s+direction\b)"
)
_BRACKETED = re.compile(r"\s*\([^()]*\)")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+and\s+|\s+&\s+")


def more_directors(paragraphs: list[str], directors: tuple[str, ...]) -> tuple[str, ...]:
    """The directors the paragraphs add to `directors` (those already found, kept first)."""
    found = list(directors)
    keys = {fold(d) for d in found}
    surnames = {fold(d.split()[-1]) for d in found if d.split()}
    for text in paragraphs:
        if not found and ("debut of" in text or "direction" in text):
            for m in _NAMED.finditer(text):
                name = next(group for group in m.groups() if group)
                if is_name(name):
                    found.append(name)
                    keys.add(fold(name))
                    surnames.add(fold(name.split()[-1]))
                    break
        if "directed" in text and found:
            for m in _WITH.finditer(text):
                if fold(m.group(1)) not in surnames and fold(m.group(1)) not in keys:
                    continue  # the subject is no director the page gives
                name = m.group(2)
                if is_name(name) and fold(name) not in keys:
                    found.append(name)
                    keys.add(fold(name))
        if "directors" in text:
            for m in _COUNTED.finditer(text):
                items = [s.strip() for s in _LIST_SPLIT.split(_BRACKETED.sub("", m.group(2)))]
                items = [s for s in items if s]
                if len(items) != _NUMBERS[m.group(1)] or not all(map(is_name, items)):
                    continue  # the count and the names disagree: no list of the directors
                for name in items:
                    if fold(name) not in keys:
                        found.append(name)
                        keys.add(fold(name))
    return tuple(found)
