"""A writer's name on a line of its own under the headline, echoed by the bio under the review.

Some pages print the byline as a bare name, with no "By" and no job beside it: between the
standfirst and the review, "Nathaniel Orozco-Bright" alone on its line. A bare name there may
as well be a caption's or a credit's, so a name alone is not taken; but the same page closes
with the writer's bio, a short line that opens on the same full name and a verb in lower case
("Nathaniel Orozco-Bright teaches film at …", "X is a labor historian and …"), and that the
review between the two never names. The two together are the byline.

`echoed_byline` asks that of one line near the headline; its cost is one scan of the page's
lines for a line opening on the name, made only for a line that is a name alone.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["echoed_byline"]

#: The most words the closing bio line holds, and the fewest lines between the name and it.
_BIO_WORDS = 60
_GAP = 3


def echoed_byline(units: Sequence[str], i: int, name: str) -> bool:
    """True when `name`, alone on unit i, opens a short line further down (a bio: the name, then
    a word in lower case), and no line between the two names it."""
    if " " not in name:
        return False  # a full name only
    lead = name + " "
    for j in range(i + 1, len(units)):
        unit = units[j]
        if name not in unit:
            continue
        # The first line naming it again must be the bio: not the review's own text.
        return (
            j - i > _GAP
            and unit.startswith(lead)
            and unit[len(lead) : len(lead) + 1].islower()
            and unit.count(" ") < _BIO_WORDS
        )
    return False
