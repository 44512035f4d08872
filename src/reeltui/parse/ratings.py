"""Rating shapes the labels and the lines of stars leave: a block of sub-scores, one line each
("Story — 9/10", …, "Overall — 9/10"), whose overall line is the rating; "rated 5 of 5" on a
line of its own; and a row of stars that counts the readers' votes ("★★★★☆ 4.1 (211 votes)"),
which is no reviewer's rating.

Each looks for a literal first ("/", " of ", "vote"), then tries a small expression."""

from __future__ import annotations

import re

# "Story — 9.0/10", "Performances: 8.5 / 10"
_SUB_LINE = re.compile(
    r"([A-Z][\w’'&,. ]{1,30}?)\s*[—–:-]\s*(\d{1,2}(?:\.\d)?)\s*/\s*(5|10|100)\s*"
)
# The line of the block that gives the whole score.
_OVERALL = re.compile(r"(?i)(?:overall|final|verdict|total|our\s+(?:score|rating)|score)\b")
# "rated 5 of 5", "4 of 5 stars", "Rating: 3.5 of 5"
_OF_LINE = re.compile(
    r"(?i)(?:(?:rated|rating|score|verdict)\s*:?\s*)?(\d{1,2}(?:\.\d)?)\s+of\s+(4|5|10)"
    r"(?:\s+stars)?\.?"
)
# A count of readers' votes by a score: "(211 votes)", "1,024 ratings".
_VOTES = re.compile(r"(?i)\b[\d,.]+\s*[kK]?\s*(?:votes?|ratings|reviews|users)\b")


def sub_score_block(units: list[str]) -> str | None:
    """The overall score of a block of three or more sub-score lines in a row ("Story —
    9.0/10", "Direction — 9.5/10", "Overall — 9/10"), as "9/10"; None when `units` hold no
    such block or its overall line is not labelled as such."""
    run: list[re.Match[str]] = []
    for unit in [*units, ""]:
        m = _SUB_LINE.fullmatch(unit) if "/" in unit and len(unit) <= 48 else None
        if m is not None:
            run.append(m)
            continue
        if len(run) >= 3:
            scales = {m.group(3) for m in run}
            overall = [m for m in run if _OVERALL.match(m.group(1))]
            if len(scales) == 1 and len(overall) == 1:
                value, scale = overall[0].group(2), overall[0].group(3)
                value = value[:-2] if value.endswith(".0") else value
                return f"{value}/{scale}"
        run = []
    return None


def rated_of(unit: str) -> str | None:
    """ "rated 5 of 5" alone on its line as "5/5"; None for anything else."""
    if " of " not in unit or len(unit) > 40:
        return None
    m = _OF_LINE.fullmatch(unit.strip())
    if m is None or float(m.group(1)) > float(m.group(2)):
        return None
    return f"{m.group(1)}/{m.group(2)}"


def counts_votes(unit: str) -> bool:
    """True when a line of stars also counts votes: the readers' score, not the reviewer's."""
    low = unit.lower()
    return ("vote" in low or "rating" in low or "review" in low or "user" in low) and bool(
        _VOTES.search(unit)
    )
