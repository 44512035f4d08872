"""Section headings that the line-by-line test misses, found by what surrounds them on the page.

- A heading over a list of who plays whom ("Who's in the cast?" over "Anne Lister – Suranne
  Jones" …) between two stretches of the review: the list is no paragraph, so the test that a
  heading stands over text never sees it; the review going on under the list shows the line
  heads a part of it.
- Headings that are only numerals ("I.", "II.", "III.", or "1", "2"): alone, a numeral reads as
  a score or a certificate; counting up between the paragraphs, they number the review's parts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from reeltui.parse.labels import label_kind
from reeltui.parse.layout import loose_key


class PageView(Protocol):
    """What these rules read of a page: its lines and what is known of each."""

    units: list[str]
    label_units: set[int]

    def prose(self, i: int) -> bool: ...
    def chrome(self, i: int) -> bool: ...
    def stop(self, i: int) -> bool: ...


#: A line of who plays whom: two parts either side of a dash or a colon ("Anne Lister –
#: Suranne Jones", "Balbir Singh: Suvinder Vicky", "Rahim Chacha – A.K. Hangal").
_PAIR = re.compile(r"^[A-Z‘“'\"][^.!?]{0,60}?\s(?:[–—-]|:)\s+[A-Z][^!?]{0,60}$")
#: At most this many words in a heading over a list.
_HEAD_WORDS = 8


def _list_line(page: PageView, j: int) -> bool:
    unit = page.units[j]
    return (
        unit.count(" ") <= 9
        and not page.prose(j)
        and not page.stop(j)
        and not page.chrome(j)
        and (" – " in unit or " - " in unit or " — " in unit or ": " in unit)
        and _PAIR.match(unit) is not None
    )


def _lead_in(unit: str) -> bool:
    """A sentence leading into a list: "Here is who played whom in the film:"."""
    return unit.endswith(":") and unit.count(" ") >= 5 and unit.count(" ") < 40


def _heading_shape(page: PageView, i: int) -> bool:
    unit = page.units[i]
    return (
        0 < len(unit) <= 70
        and unit.count(" ") < _HEAD_WORDS
        and unit[0].isupper()
        and unit[-1:] not in ".!,;:…-–—"
        and not page.prose(i)
        and not page.chrome(i)
        and not page.stop(i)
        and not _PAIR.match(unit)
    )


def _style(unit: str) -> bool:
    """Whether a line is in capitals: the page's headings share the choice."""
    return unit.isupper()


def heads_over_lists(
    page: PageView, kept: Sequence[int], headings: set[int]
) -> tuple[set[int], set[int]]:
    """The lines heading a list of who plays whom inside the review: right under a paragraph of
    the review, two lines of the list or more, then the review going on (a paragraph, or a
    heading). A line that reads as a fact's label ("THE CAST", "Characters and cast") heads a
    part of the review when the review has other headings, one after it, all in its style.
    Second, the lines of those lists: the last of them, over a paragraph, is no heading."""
    found: set[int] = set()
    items: set[int] = set()
    body = set(kept)
    for p in kept[:-1]:
        if not page.prose(p):
            continue
        i = p + 1
        if i >= len(page.units) or not _heading_shape(page, i):
            continue
        first = i + 1  # (after a sentence that leads into the list: "… who played whom:")
        if first < len(page.units) and _lead_in(page.units[first]):
            first += 1
        j = first
        while j < len(page.units) and _list_line(page, j):
            j += 1
        if j - first < 2 or j not in body or not (page.prose(j) or j in headings):
            continue
        if i in headings:
            items.update(range(first, j))
            continue
        if label_kind(page.units[i].rstrip("?")) is not None:
            others = headings - set(range(first, j))
            if len(others) < 2 or not any(h > i for h in others):
                continue
            if any(_style(page.units[h]) != _style(page.units[i]) for h in others):
                continue
        found.add(i)
        items.update(range(first, j))
    return found, items


#: A numeral alone on its line, maybe with a full stop: "II.", "3".
_NUMERAL = re.compile(r"^(?:([IVX]{1,4})|(\d{1,2}))\.?$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_ROMAN.update({"X": 10, "XI": 11, "XII": 12})


def _numeral(unit: str) -> tuple[bool, int] | None:
    """(roman?, value) of a line that is only a numeral, else None."""
    if len(unit) > 5:
        return None
    m = _NUMERAL.match(unit)
    if m is None:
        return None
    if m.group(1):
        value = _ROMAN.get(m.group(1))
        return None if value is None else (True, value)
    return False, int(m.group(2))


def numeral_heads(page: PageView, kept: Sequence[int], headings: set[int]) -> set[int]:
    """Lines that are only numerals, counting up one by one in the same kind of numeral, each
    with a paragraph of the review under it: the numbers of the review's parts. At least two,
    and at least one between two paragraphs."""
    marks = [
        (n, i, num)
        for n, i in enumerate(kept[:-1])
        if i not in headings
        and (num := _numeral(page.units[i])) is not None
        and page.prose(kept[n + 1])
    ]
    if len(marks) < 2:
        return set()
    kinds = {num[0] for _, _, num in marks}
    values = [num[1] for _, _, num in marks]
    if len(kinds) != 1 or values != list(range(values[0], values[0] + len(values))):
        return set()
    if values[0] > 2 or not any(n > 0 and page.prose(kept[n - 1]) for n, _, _ in marks):
        return set()
    return {i for _, i, _ in marks}


def _words_named(unit: str, text: str) -> bool:
    """Whether every word of `unit` is in `text` (both as `loose_key` gives them)."""
    padded = f" {text} "
    return all(f" {word} " in padded for word in loose_key(unit).split())


def named_heads(page: PageView, kept: Sequence[int], headings: set[int]) -> set[int]:
    """Headings that name whom or what their section is about ("Sterling Cooper", "Joan") between
    two paragraphs of a review that has other headings, not in capitals, before them: a line of
    capitalised words and nothing else, which the paragraph under it opens by writing about. A
    caption names someone in something ("Ana Lima in Harbour Lights"), a credit names nobody
    the text goes on about."""
    if len(headings) < 2 or any(page.units[h].isupper() for h in headings):
        return set()
    first = min(headings)
    found: set[int] = set()
    for n in range(1, len(kept) - 1):
        i = kept[n]
        unit = page.units[i]
        if (
            i in headings
            or i < first
            or unit.count(" ") > 2
            or len(unit) > 40
            or not all(w[:1].isupper() and w.isalpha() for w in unit.split())
            or not page.prose(kept[n - 1])
            or not page.prose(kept[n + 1])
            or page.chrome(i)
            or page.stop(i)
            or i in page.label_units
        ):
            continue
        if _words_named(unit, loose_key(page.units[kept[n + 1]][:200])):
            found.add(i)
    return found


def dropped_capital_heads(page: PageView, kept: Sequence[int], headings: set[int]) -> set[int]:
    """Lines in capitals left out between two paragraphs as a caption ("ACTING/CAST": a slash
    reads as a photo's credit) when two or more of the review's headings are in capitals: a
    heading in the page's style."""
    if sum(1 for h in headings if page.units[h].isupper()) < 2:
        return set()
    found: set[int] = set()
    for a, b in pairwise(kept):
        i = a + 1
        if b != a + 2 or not page.prose(a) or not page.prose(b):
            continue
        unit = page.units[i]
        if (
            unit.isupper()
            and unit.count(" ") < 6
            and len(unit) <= 50
            and unit[:1].isalpha()
            and unit[-1:].isalpha()
            and not page.chrome(i)
            and not page.stop(i)
            and i not in page.label_units
        ):
            found.add(i)
    return found


#: At most this many lines in a list under a label without a colon.
_LIST_ITEMS = 8


def _short_item(page: PageView, j: int) -> bool:
    item = page.units[j]
    return (
        item != ""
        and item.count(" ") < 8
        and item[-1:] not in ".!?:"
        and j not in page.label_units
        and not page.prose(j)
        and not page.stop(j)
    )


def _opening(unit: str) -> list[str]:
    return unit.lower().replace("’", "'").split()[:2]


def paired_list_labels(page: PageView, headings: set[int]) -> set[int]:
    """The second label of a pair of lists ("What we didn't like" under "What we liked" and its
    items, "Things I hated" after "Things I loved"), read as one more item of the first: a line
    among the items that opens with the first label's two words and has items of its own."""
    found: set[int] = set()
    for h in headings:
        label = page.units[h]
        start = _opening(label)
        if len(start) < 2 or label[-1:] == ":" or h + 1 >= len(page.units):
            continue
        j = h + 1
        while j < len(page.units) and j - h <= _LIST_ITEMS and _short_item(page, j):
            if j > h + 1 and j not in headings and _opening(page.units[j]) == start:
                if j + 1 < len(page.units) and _short_item(page, j + 1):
                    found.add(j)
                break
            j += 1
    return found
