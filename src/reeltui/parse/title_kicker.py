"""A kicker over the title: "Show notes: Harbour Lights", "Repertory Pick: Cold Water Lane".

A headline "A: B" is read as the title A and a tagline B ("Aftersun: a father's last summer").
Some sites put a column's name before the colon instead, and the film after it. Where the
review names one of the two, its mentions decide elsewhere; this module decides when it names
neither (a short capsule that says "the film" throughout). Then B is the film when it is
written as a title (a capital on every word but the small ones) and A reads as a kicker: a
phrase in sentence case ("Show notes", "Weekend watch") or a name the page repeats outside the
review, in its tags, its menu or its section line ("Repertory Pick" over "Tags: Film,
Repertory").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reeltui.parse.layout import loose_key
from reeltui.parse.titles import SMALL

# The most words a kicker has, and a title after it.
_KICKER_WORDS = 3
_TITLE_WORDS = 6
# What the part after the colon ends at: a dash or a bar before a tagline or the site's name.
_TAIL = re.compile(r"\s+[|–—-]\s+|\s*\(")
# Words that carry on a title after its colon ("Dune: Part Two"): no kicker stands before them.
_SEQUEL = frozenset("part chapter volume vol vol. book season episode series".split())


def _count(body_key: str, key: str) -> int:
    return body_key.count(f" {key} ") if key else 0


def _title_cased(words: list[str]) -> bool:
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL for w in words) and (
        words[0][:1].isupper() or words[0][:1].isdigit()
    )


def past_kicker(title: str, headline: str, body_key: str, outside: Sequence[str]) -> str | None:
    """The title after a kicker's colon in `headline` when `title` is the kicker (the part
    before the colon) and the review (`body_key`, a padded `loose_key`) names neither; `outside`
    are the page's lines outside the review and its headline. None otherwise."""
    before, colon, after = headline.partition(": ")
    if not colon or loose_key(before) != loose_key(title) or not after:
        return None
    after = _TAIL.split(after, maxsplit=1)[0].strip(" ‘’'\"“”.,;")
    kicker = before.split()
    words = after.split()
    if not kicker or len(kicker) > _KICKER_WORDS or not words or len(words) > _TITLE_WORDS:
        return None
    if not _title_cased(words) or words[0].lower() in _SEQUEL or after[-1:] in "?!":
        return None
    if _count(body_key, loose_key(title)) or _count(body_key, loose_key(after)):
        return None
    sentence_case = any(w[:1].islower() and w.lower() not in SMALL for w in kicker[1:])
    return after if sentence_case or _repeated(kicker, after, outside) else None


def _repeated(kicker: list[str], after: str, outside: Sequence[str]) -> bool:
    """True when a word of the kicker (of four letters or more) stands in a short line of the
    page outside the review, and not with the title (the headline again): the column's name in
    its tags, its menu or its section line."""
    keys = {k for w in kicker if len(k := loose_key(w)) >= 4 and k not in SMALL}
    if not keys:
        return False
    title = f" {loose_key(after)} "
    for line in outside:
        if len(line) > 300:
            continue
        key = f" {loose_key(line)} "
        if title not in key and keys & set(key.split()):
            return True
    return False
