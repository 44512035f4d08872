"""Credit lines that the label scanner's usual forms leave: a line of facts whose parts a bar
divides ("Dir. Gillo Pontecorvo | Italy/Algeria 1966 | 121 min | Cert 15", "Hum TV | 2016 |
Written by A | Directed by B"), the abbreviation "Dir." before a name, a credit line opening
with "Directed by" however long its list of names, and a crew line that runs its labels
together after dashes ("Director/Screenplay – A, Based on the Novel by B, Producers – C").

Each part is read as the scanner reads a line of its own; these helpers only find the parts.
Every test looks for a literal first ("|", "Dir", "by ", "–")."""

from __future__ import annotations

import re
from collections.abc import Callable

# "Dir. Gillo Pontecorvo", "Dirs. A and B": the abbreviation with its full stop, then names.
_ABBREVIATED = re.compile(r"^(Dirs?\.)\s+([A-Z][^|;:]{2,80})$")
# A line that opens with a credit written "… by" and no colon: "Written and directed by A, B".
_BY_OPENING = re.compile(
    r"^(?:directed|written and directed|directed and written|co-directed)\s+by\s+[A-Z]",
    re.IGNORECASE,
)
# A sentence's end inside a line: a word of small letters and a full stop before more words.
_SENTENCE_END = re.compile(r"[a-z]{2}\.\s+\S")
_BAR = " | "


def bar_parts(unit: str) -> list[str]:
    """The parts of a line of facts divided by bars (at least three parts, none of them long),
    or [] for any other line."""
    if _BAR not in unit or unit.count(_BAR) < 2 or len(unit) > 300:
        return []
    parts = [part.strip() for part in unit.split(_BAR)]
    if any(not part or len(part) > 80 for part in parts):
        return []
    return parts


def abbreviated_director(part: str) -> tuple[str, str] | None:
    """ "Dir. Gillo Pontecorvo": (the label, the names), or None."""
    if not part.startswith("Dir"):
        return None
    m = _ABBREVIATED.match(part.rstrip(". "))
    return (m.group(1), m.group(2).strip()) if m else None


def by_opening(unit: str) -> bool:
    """Whether a line opens with "Directed by" (or "Written and directed by") and a capital:
    a credit line however many names follow."""
    return (
        "by " in unit[:32]
        and _BY_OPENING.match(unit) is not None
        and _SENTENCE_END.search(unit) is None  # "Written and directed by X. Rated R. 89 …"
    )


def crew_run_names(value: str, is_names: Callable[[str], bool]) -> str:
    """The names a dash label's value opens with, when the line runs more labels after them
    ("Frank Darabont, Based on the Novella by B, Producers – C" gives "Frank Darabont"): the
    comma-separated items up to the first that is no name (`is_names`, the scanner's test)."""
    names: list[str] = []
    for item in value.split(", "):
        item = item.strip()
        if " – " in item or " - " in item or not is_names(item):
            break
        names.append(item)
    return ", ".join(names)
