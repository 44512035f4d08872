"""A show's name over an episode's quoted title: "‘The Long Night’ review: Harbour Lights
season 2 finale".

A headline about an episode quotes the episode's title and names the show by its season, its
episode or its finale. The quoted name is read as the title, since a title in quotes is marked
so; but the show is the work reviewed. It is the run of capitals right before "season",
"episode", "finale", "premiere" or "recap", when the review names it at least twice and more
often than the quoted name.
"""

from __future__ import annotations

import re

from reeltui.parse.layout import loose_key
from reeltui.parse.titles import SMALL

# A show's name before the word for a part of it: "Harbour Lights season 2", "X series
# finale", "X episode 4 recap".
_PART = re.compile(
    r"(?:[’']s)?\s+(?:(?:series|season)\s+(?:\d{1,2}\s+)?)?"
    r"(?:season|episode|finale|premiere|recap)\b",
    re.IGNORECASE,
)
_LEAST = 2
_WORDS = 6


def _count(body_key: str, key: str) -> int:
    return body_key.count(f" {key} ") if key else 0


def show_of_episode(title: str, headline: str, body_key: str) -> str | None:
    """The show a headline names by its season or episode where `title` is a name it quotes
    and the review (`body_key`, a padded `loose_key`) names the show more; None otherwise."""
    key = loose_key(title)
    if not key or not any(q + title in headline for q in "‘“'\""):
        return None
    best: str | None = None
    for m in _PART.finditer(headline):
        words: list[str] = []
        for word in reversed(headline[: m.start()].split()[-_WORDS:]):
            bare = word.strip("‘’'\"“”,.:;|–—-")
            if word != bare or not bare:
                break  # a quote, a colon or a dash ends the run
            if not (bare[:1].isupper() or bare[:1].isdigit() or bare in SMALL):
                break
            words.insert(0, bare)
        while words and words[0].lower() in SMALL:
            words.pop(0)
        show = " ".join(words)
        show_key = loose_key(show)
        if not show_key or show_key == key or show_key in key:
            continue
        named = _count(body_key, show_key)
        if named >= _LEAST and named > _count(body_key, key):
            best = show
            break
    return best
