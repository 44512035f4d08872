"""The first edge of a name the prose alone gives: a capitalised word before it that is no part
of it.

A pattern reads a name as the run of capitalised words before "plays" or "as". At the start of
a sentence that run may begin with a word that is capitalised only because it opens the
sentence: an adverb ("Sadly Ines Varga plays …", "Elsewhere Ines Varga …") or a description
of the person written as one compound ("Scene-stealer Ines Varga", "Model-turned-actor Ines
Varga"). `without_lead_word` takes that word off when the page shows it is no part of a name:

- every mention of the whole run opens its sentence (a name's own first word is capitalised
  anywhere);
- and the word is a compound with a lowercase part after a hyphen ("Jean-Pierre" and
  "Aimee-Ffion" keep their capitals), has the ending of an adverb, or stands in the page in
  lower case ("later", "elsewhere"). (The rest named alone is no evidence: "Rhys Meyers" is
  the surname of "Jonathan Rhys Meyers".)

The rest must still be a name of two words or more that opens on a full word (not an initial,
not a particle such as "Van"): "Sterling K. Brown" and "Grace Van Patten" keep their first
word. After a compound the rest may be one word ("Rapper-turned-actor Common"): no name has a
lowercase part after a hyphen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["without_lead_word"]

# Endings of adverbs; a few first names end in "ly" too ("Kelly", "Emily", "Sally", "Beverly"),
# none in these (and "-ily", "-ally" only in a word of seven letters or more).
_ADVERB_ENDS = (
    "ingly", "ably", "ibly", "fully", "ously", "ently", "antly", "ately", "ively", "edly",
    "dly", "sely", "ssly", "tly", "mly",
)  # fmt: skip
_LONG_ADVERB_ENDS = ("ily", "ally")
_PARTICLES = frozenset("van von de der den del della da di du la le st st. mc mac el al".split())
_STOPS = (".", "!", "?", ":", '"', "“", "”", "'", "‘", "’", "(", "—", "–")


def _adverb(word: str) -> bool:
    low = word.lower()
    return low.endswith(_ADVERB_ENDS) or (len(low) >= 7 and low.endswith(_LONG_ADVERB_ENDS))


def _compound(word: str) -> bool:
    """A word joined by hyphens with a lowercase part after one ("Scene-stealer")."""
    return any(part[:1].islower() for part in word.split("-")[1:])


def _opens_sentence(text: str, at: int) -> bool:
    head = text[max(0, at - 4) : at].rstrip()
    return at == 0 or not head or head.endswith(_STOPS)


def without_lead_word(actor: str, texts: Sequence[str]) -> str:
    """`actor` without a first word that the page shows is no part of the name (see the
    module's doc); else `actor` itself."""
    words = actor.split()
    if len(words) < 2 or (len(words) == 2 and not _compound(words[0])):
        return actor
    lead, rest = words[0], words[1:]
    first = rest[0]
    if (
        len(first) < 2
        or first.endswith(".")
        or first.lower() in _PARTICLES
        or not first[:1].isupper()
        or (not lead[1:].islower() and "-" not in lead)
    ):
        return actor
    seen = False
    for text in texts:
        at = text.find(actor)
        while at != -1:
            if not _opens_sentence(text, at):
                return actor
            seen = True
            at = text.find(actor, at + len(actor))
    if not seen:
        return actor
    bare = " ".join(rest)
    if _compound(lead) or _adverb(lead):
        return bare
    low = re.compile(r"\b" + re.escape(lead.lower()) + r"\b")
    if any(lead.lower() in text and low.search(text) for text in texts):
        return bare  # "later", "elsewhere": a common word of the page's own text
    return actor
