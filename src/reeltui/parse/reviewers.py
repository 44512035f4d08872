"""A byline's name as the page glues it to its neighbours, tidied: "ByCiara Phelan" (the word
"By" run into the name), "Gareth Penrose Nov" (the date's month run on after it), "Glamsham
Editorial" (the desk's name before the writer's: "By X Editorial - Ana Lima"), and names that
are no one's ("Kerala Kaumudi Online", "About the author").

Each looks at the name's own words first; the page's lines are read only for the desk's
writer."""

from __future__ import annotations

import re

from reeltui.parse.credits import is_name

_MONTHS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december".split()
)
# The last word of a desk's or an outlet's own name in a byline: no person's.
_DESK = frozenset("editorial desk bureau online digital newsroom".split())
# Small words a person's name may hold in lower case.
_PARTICLES = frozenset(
    "de da di do dos das van von der den del della la le du bin al el ben and".split()
)


def tidy_reviewer(name: str, units: list[str]) -> str | None:
    """The person `name` (a byline's) names, tidied; None when it names no one. `units` are
    the page's lines, where a desk's byline may go on to its writer."""
    if name[:2] == "By" and name[2:3].isupper() and name[3:4].islower():
        name = name[2:]  # "ByCiara Phelan"
    words = name.split()
    for k in range(2, len(words)):
        if words[k].lower().rstrip(".,") in _MONTHS and is_name(" ".join(words[:k])):
            return " ".join(words[:k])  # "Gareth Penrose Nov 24": the date after the name
    if len(words) >= 2 and words[-1].lower() in _DESK:
        return _desk_writer(name, units)
    if len(words) >= 2 and any(
        w[:1].islower() and w.lower() not in _PARTICLES and w.isalpha() for w in words
    ):
        return None  # "About the author", "Posted in reviews"
    return name


def _desk_writer(desk: str, units: list[str]) -> str | None:
    """The writer a desk's byline goes on to name ("By Glamsham Editorial - Meera Kulkarni"),
    or None."""
    for unit in units:
        at = unit.find(desk)
        if at < 0:
            continue
        m = re.match(r"\s*[-–—|:]\s*([^|,;]{4,40})", unit[at + len(desk) :])
        if m and is_name(m.group(1).strip()):
            return m.group(1).strip()
    return None
