"""Boxes of another film's facts: a title of its own over a cast label, beside the review.

A page sets boxes of other films around its review: an editor's pick above it ("Editor's
pick" / "Harbour Lights" / "Starring: A, B"), a related review under it ("Related" / "The
Crossing" / "Cast: C, D" / "Rating: 3/5"), a "More reviews" rail. Each box is headed by the
other film's title, and its labels read like the page's own facts. The page's own box is
headed by the film's title, or by no title at all ("Cast & crew", "At a glance").

`other_film_boxes` gives the units of the labelled facts that stand in such a box: a cast
label whose nearest line above, past the labels of its own box, is a short title that is not
this film's, when either a line over that title heads a box of links ("Related", "More
reviews", "Editor's pick"), or the box stands after the review's last paragraph and the
review names none of its actors, not even by surname.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reeltui.parse.labels import LabelHit, label_kind
from reeltui.parse.layout import is_hard_stop, is_link_box, loose_key

__all__ = ["other_film_boxes"]

# A line heading a box of picks, links or an advertisement over another film's title
# ("Editor's pick", "Now streaming", "More reviews", "Advertisement"), beside those `layout`
# knows.
_PICKS = re.compile(
    r"(?i)^(?:(?:editor['’]?s|critic['’]?s|our|staff|weekend|top|this\s+week['’]?s)\s+picks?"
    r"|picks?\s+of\s+the\s+week|featured(?:\s+(?:film|movie|review|reviews))?|spotlight"
    r"|now\s+(?:streaming|showing|playing)|coming\s+soon|also\s+(?:showing|streaming|out|new)"
    r"|new\s+(?:on|to|this\s+week|releases?|reviews?)|what\s+to\s+watch|more\s+(?:reviews?|films?"
    r"|movies?)|(?:latest|recent|other|more)\s+reviews?|up\s+next|next\s+up|advertisement"
    r"|sponsored|promoted|paid\s+(?:content|post)|partner\s+content|ad$)\b"
)
# Words of a heading over the page's own facts, never of a film's title alone.
_OWN_BOX = frozenset(
    """
    details detail info information credits credit facts fact glance specs lowdown file
    summary overview essentials review verdict cast crew rating ratings
    """.split()
)
# How far above a label the title of its box may stand, and the kicker over that title.
_REACH = 6
_KICKER_REACH = 2


def _title_line(unit: str) -> bool:
    """A short line that may be a film's title: no sentence, no label, no heading of facts."""
    if not unit or len(unit) > 60 or unit[-1] in ".:!?," or ":" in unit:
        return False
    if unit.startswith(("By ", "by ", "BY ")):
        return False  # a byline
    if not unit[:1].isalnum() or label_kind(unit) is not None:
        return False
    words = unit.lower().replace("&", " ").split()
    return len(words) <= 8 and _OWN_BOX.isdisjoint(w.strip("'’()") for w in words)


def _same_film(line: str, title: str) -> bool:
    """Whether a box's title line names this film ("Quiet Acres (2024)", "Quiet Acres
    review")."""
    a, b = f" {loose_key(line)} ", f" {loose_key(title)} "
    return not title.strip() or b in a or a in b


def _kicker(units: Sequence[str], at: int) -> bool:
    """Whether a line just above unit `at` heads a box of picks or links."""
    for k in range(at - 1, max(-1, at - 1 - _KICKER_REACH), -1):
        unit = units[k].strip()
        if len(unit) <= 60 and (_PICKS.match(unit) or is_link_box(unit) or is_hard_stop(unit)):
            return True
    return False


def _named_in(actors: Sequence[str], prose: str) -> bool:
    """Whether the prose names any of `actors`, in full or by the last word of the name."""
    for actor in actors:
        words = actor.split(" (", 1)[0].split()
        if len(words) > 1 and len(words[-1]) > 2:
            words = words[-1:]  # the surname names the actor too
        if words and re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", prose):
            return True
    return False


def _last_paragraph(units: Sequence[str], paragraphs: Sequence[str]) -> int:
    """The unit of the review's last paragraph (the last unit when it is not found whole)."""
    if paragraphs:
        tail = paragraphs[-1]
        for i in range(len(units) - 1, -1, -1):
            if units[i] == tail:
                return i
    return len(units) - 1


def other_film_boxes(
    units: Sequence[str],
    labels: Sequence[LabelHit],
    label_units: Collection[int],
    title: str,
    paragraphs: Sequence[str],
) -> set[int]:
    """The units of the labelled facts that stand in a box of another film (see the module's
    doc); `paragraphs` are the review's."""
    out: set[int] = set()
    prose: str | None = None
    last: int | None = None
    for hit in labels:
        if hit.kind != "cast" or not hit.value or hit.first in out:
            continue
        k = hit.first - 1
        while k >= 0 and hit.first - k <= _REACH and k in label_units:
            k -= 1
        if k < 0 or hit.first - k > _REACH or not _title_line(units[k].strip()):
            continue
        if _same_film(units[k], title):
            continue
        if not _kicker(units, k):
            if last is None:
                last = _last_paragraph(units, paragraphs)
            if k <= last:
                continue  # above the review's end: the page's own box, under its headline
            if prose is None:
                prose = "\n".join(paragraphs)
            if _named_in(hit.items or tuple(hit.value.split(", ")), prose):
                continue
        # The box runs from its title down its labelled lines.
        bottom = hit.last
        while bottom + 1 < len(units) and bottom + 1 in label_units:
            bottom += 1
        out.update(range(k + 1, bottom + 1))
    return out
