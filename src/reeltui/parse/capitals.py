"""One class of capitals for the first letter of a name.

A pattern written with `[A-Z]` for the start of a name misses every name that opens on a
capital outside ASCII: "Şule Yıldız", "Đorđe Žikić", "İlker", "Ólöf", "Émile", "Ørjan". The
people a review names come from everywhere, so the patterns that find reviewers, directors and
actors take their capitals from `UPPER` instead: every capital letter of the Latin blocks (up
to U+024F). A character class costs what `[A-Z]` costs (a set test per character); nothing
here looks behind.
"""

from __future__ import annotations

#: The inside of a character class of capitals: "A-Z" and the Latin capitals above ASCII.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())


def capitals(pattern: str) -> str:
    """`pattern` with each `[A-Z]` (a name's first letter) taking any Latin capital."""
    return pattern.replace("[A-Z]", f"[{UPPER}]")
