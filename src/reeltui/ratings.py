"""Ratings read as numbers where their scales allow, so that reviews of one film can be averaged.

A review's rating is text: the parsers write it as "<value>/<scale>" ("3.5/5", "8/10", "3/4")
or as a letter grade ("B+"), and a correction sidecar may say it any way ("four stars", "7 out
of 10"). `read_rating` reads each of these with the parsers' own reading
(`parse.labels.canonical_rating`). A rating on a scale of 4, 5, 10 or 100 is a number out of
five (`out_of_five`): 8/10 is 4, 3/4 stars is 3.75. Letter grades have no agreed number, so
they are listed but never averaged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

__all__ = ["SCALES", "Average", "Rating", "average", "read_rating"]

#: The scales a rating can be read on and averaged.
SCALES = frozenset({4.0, 5.0, 10.0, 100.0})


@dataclass(frozen=True, slots=True)
class Rating:
    """A rating as a review gives it (`text`), and what it says: a value on a scale, or a
    letter grade."""

    text: str
    value: float | None = None
    scale: float | None = None
    grade: str | None = None

    @property
    def out_of_five(self) -> float | None:
        """The rating as a number out of five (None for a grade)."""
        if self.value is None or self.scale is None:
            return None
        return self.value / self.scale * 5

    @property
    def label(self) -> str:
        """How to show it: "4.5/5", "8/10", "B+", or the text as given."""
        if self.grade is not None:
            return self.grade
        if self.value is not None and self.scale is not None:
            return f"{_number(self.value)}/{_number(self.scale)}"
        return self.text


def read_rating(text: str | None) -> Rating | None:
    """A review's rating read ("3.5/5", "8/10", "B+", "four stars"); None for no rating.

    A rating that reads as neither a number on a known scale nor a grade is kept as text.
    """
    if text is None or not text.strip():
        return None
    # The parsers' labels (many patterns) are loaded when a first rating is read, not when
    # the TUI starts.
    from reeltui.parse.labels import canonical_rating

    written = " ".join(text.split())
    canonical = canonical_rating(written, grades=True)
    if canonical is None:
        return Rating(written)
    value, slash, scale = canonical.partition("/")
    if not slash:
        return Rating(written, grade=canonical)
    try:
        number, out_of = float(value), float(scale)
    except ValueError:
        return Rating(written)
    if out_of not in SCALES or not 0 <= number <= out_of:
        return Rating(written)
    return Rating(written, number, out_of)


@dataclass(frozen=True, slots=True)
class Average:
    """The mean of some ratings out of five, and how many ratings it is made of."""

    out_of_five: float
    count: int

    @property
    def label(self) -> str:
        """ "3.9/5", to one decimal (halves rounded up)."""
        rounded = Decimal(str(self.out_of_five)).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return f"{_number(float(rounded))}/5"


def average(ratings: Iterable[Rating | None]) -> Average | None:
    """The mean out of five of the ratings that are numbers; None when none is."""
    values = [r.out_of_five for r in ratings if r is not None and r.out_of_five is not None]
    if not values:
        return None
    return Average(sum(values) / len(values), len(values))


def _number(value: float) -> str:
    """A number without a needless ".0": 4, 4.5, 3.75."""
    return str(int(value)) if value == int(value) else f"{value:g}"
