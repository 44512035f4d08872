"""Boxes of another film's facts: a title of its own over a cast label, beside the review.

A page sets boxes of other films around its review: an editor's pick above it ("Editor's
pick" / "Harbour Lights" / "Starring: A, B"), a related review under it ("Related" / "The
Crossing" / "Cast: C, D" / "Rating: 3/5"), a "More reviews" rail. Each box is headed by the
other film's title, and its labels read like the page's own facts. The page's own box is
headed by the film's title, or by no title at all ("Cast & crew", "At a glance").

`other_film_boxes` gives the units of the labelled facts that stand in such a box: a cast
label whose nearest line above, past the labels of its own box, is a short title that is not
this film's, when either a kicker heads that title (on a line over it, "Related", "More
reviews", "Editor's pick", "Advertisement", or on its own line, "Next review: Coinflip"), or
the box stands after the review's last paragraph or above the headline and the review names
none of its actors, not even by surname. A cast label that names another film itself
("Coinflip cast:", "Starring: A and B in Coinflip") is another film's too.
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


# A kicker on the title's own line: "Next review: Coinflip", "Watch next: Coinflip".
_KICKED_TITLE = re.compile(
    r"(?i)^(?:next|previous|prev|up\s+next|watch\s+next|read\s+next|coming\s+up|see\s+also|related"
    r"|also\s+(?:on|read|see)|more|latest|recommended)(?:\s+(?:review|post|article|story|film))?"
    r"\s*[:|–—-]\s+(?P<title>\S.{0,58})$"
)
# A cast label that names its film ("Coinflip cast:"), and the words that name no film there.
_TITLED_LABEL = re.compile(r"(?i)^(?P<film>.+?)\s+(?:star\s+|main\s+|full\s+|voice\s+)?cast\b")
_GENERIC_LABEL_WORDS = frozenset(
    "the main star lead full voice key principal supporting film movie series show season "
    "ensemble core young adult original new".split()
)
# A cast line that names its film after the names: "Felix Brand and Mona Ruiz in Coinflip".
_IN_TITLE = re.compile(r"\s+in\s+(?P<film>[\"“‘']?[A-Z][\w’'\-:]*(?:\s+[A-Z0-9][\w’'\-:]*){0,5})")


def _box_title(unit: str) -> tuple[str, bool] | None:
    """The title a line sets over a box, and whether a kicker stands on the line with it;
    None for a line that is no title."""
    m = _KICKED_TITLE.match(unit) if ":" in unit or " – " in unit or " | " in unit else None
    if m:
        return re.sub(r"(?i)\s+review$", "", m.group("title").strip()), True
    return (unit, False) if _title_line(unit) else None


def _names_another_film(hit: LabelHit, title: str) -> bool:
    """Whether a cast label names another film in its label ("Coinflip cast:") or after its
    names ("Starring: A and B in Coinflip, out Friday")."""
    label = _TITLED_LABEL.match(hit.label) if " " in hit.label else None
    if label:
        film = label.group("film")
        words = film.lower().split()
        if film[:1].isupper() and not _GENERIC_LABEL_WORDS.issuperset(words):
            return not _same_film(film, title)
    if " in " in hit.value:
        m = _IN_TITLE.search(hit.value)
        if m:
            return not _same_film(m.group("film").strip("\"“‘'"), title)
    return False


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
    headline: str = "",
) -> set[int]:
    """The units of the labelled facts that stand in a box of another film (see the module's
    doc); `paragraphs` are the review's, `headline` the page's."""
    out: set[int] = set()
    prose: str | None = None
    last: int | None = None
    head: int | None = None
    for hit in labels:
        if hit.kind != "cast" or not hit.value or hit.first in out:
            continue
        if _names_another_film(hit, title):
            out.update(range(hit.first, hit.last + 1))
            continue
        k = hit.first - 1
        while k >= 0 and hit.first - k <= _REACH and k in label_units:
            k -= 1
        boxed = _box_title(units[k].strip()) if k >= 0 and hit.first - k <= _REACH else None
        if boxed is None or _same_film(boxed[0], title):
            continue
        if not boxed[1] and not _kicker(units, k):
            if last is None:
                last = _last_paragraph(units, paragraphs)
                head = units.index(headline) if headline and headline in units else -1
            if head is not None and k < head:
                pass  # above the headline: the page's own box would carry the film's title
            elif k <= last:
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
