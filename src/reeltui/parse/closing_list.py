"""A labelled list closing the review: "Extras: Introduction by a film historian; the
alternative US ending; commentary; trailer.", "Special features: audio commentaries on two
episodes, a making-of featurette, deleted scenes."

A disc's review ends on what the disc holds, a run-in label over a list of things, no sentence.
It stands where the review's last paragraph would, so it was taken for the review's last
words. `labelled_list` tells such a line from a closing verdict ("Verdict: tense, clever,
humane.") and from a sentence of advice ("My advice: make some popcorn, be patient, and let it
carry you."): the items of a list of things are phrases of a few words, not single words, none
joined on by "and"; the label is a word or two in capitals, and no rating's.
"""

from __future__ import annotations

from reeltui.parse.labels import label_kind

__all__ = ["labelled_list"]

# The longest line, the most words of the label, the fewest items and the most words in one.
_LONGEST = 300
_LABEL_WORDS = 2
_FEWEST_ITEMS = 3
_ITEM_WORDS = 8
# The fewest items of two words or more ("deleted scenes", "the alternative US ending").
_FEWEST_PHRASES = 2
# Words that join a sentence's last clause to the others.
_JOINS = frozenset(("and", "or", "but", "then"))


def labelled_list(unit: str) -> bool:
    """True when `unit` is a run-in label over a list of things (see the module's docstring)."""
    colon = unit.find(": ", 0, 30)
    if colon <= 0 or len(unit) > _LONGEST:
        return False
    label, value = unit[:colon], unit[colon + 2 :].strip().rstrip(".")
    words = label.split()
    if len(words) > _LABEL_WORDS or not all(w[:1].isupper() for w in words) or ". " in value:
        return False  # (not "My advice: make some popcorn, be patient, and let it carry you.")
    items = [item.split() for item in value.split(";" if ";" in value else ",")]
    if len(items) < _FEWEST_ITEMS or any(not words or len(words) > _ITEM_WORDS for words in items):
        return False
    if any(words[0] in _JOINS for words in items):
        return False  # "…, and let it carry you": a sentence's clauses, not a list's items
    if sum(1 for words in items if len(words) >= 2) < _FEWEST_PHRASES:
        return False
    return label_kind(label) not in ("rating", "cast", "director", "creator", "crew")
