"""A paragraph of the review that closes on a labelled fact: "The film opens with a woman
shouting at the sea. Cast: Jane Roe as Ann."

Some pages run the film's credits on at the end of a paragraph of prose, the label after the
last sentence. The whole line is then a labelled line, and a labelled line counts as running
text only when most of its words are the prose's, so a short paragraph (ten words before a
long list of names) was dropped from the review with its label, and a longer one kept the label
inside the review's text. `split_label_tails` cuts such a line in two at the label, so that
the sentences stay the review's and the label is a line of facts like any other.

A line that opens on a label ("Dir: X. Starring: A, B") is a run of facts, not prose, and is
left whole; so is a line whose text before the label is not sentences (most of its words in
lower case), such as "Drama. 95 mins. Cast: A, B".
"""

from __future__ import annotations

from reeltui.parse.credits import find_credit_block
from reeltui.parse.labels import label_kind, scan_labels

__all__ = ["split_label_tails"]

# The kinds of label that close a paragraph with the film's facts.
_FACT_KINDS = frozenset(
    ("cast", "director", "creator", "crew", "runtime", "rating", "platform", "release", "genre")
)
# The longest label after a sentence's end ("Running time", "Available on"), in characters and
# in words ("What works is the cast: …" is a sentence of the review).
_LONGEST_LABEL = 32
_MOST_LABEL_WORDS = 3
# The fewest words of prose before the label, and the fewest of them in lower case.
_FEWEST_WORDS = 5
_FEWEST_LOWER = 4


def _sentence_end(unit: str, before: int) -> int:
    """Where the last sentence before `before` ends (the index of its ". "), or -1."""
    return max(
        unit.rfind(". ", 0, before), unit.rfind("! ", 0, before), unit.rfind("? ", 0, before)
    )


def _label_at(unit: str) -> int:
    """Where the first labelled fact after a sentence starts in `unit`, or -1."""
    colon = unit.find(": ")
    while colon != -1:
        end = _sentence_end(unit, colon)
        if end == -1:
            if label_kind(unit[:colon]) is not None:
                return -1  # the line opens on a label: a run of facts
        elif colon - end <= _LONGEST_LABEL:
            label = unit[end + 2 : colon]
            short = label[:1].isupper() and label.count(" ") < _MOST_LABEL_WORDS
            kind = label_kind(label) if short else None
            if kind in _FACT_KINDS:
                return end + 2
        colon = unit.find(": ", colon + 2)
    return -1


def _lower(words: list[str]) -> int:
    return sum(1 for w in words if w[:1].islower())


def _sentences(head: str) -> bool:
    """True when `head` reads as sentences (enough words, most of them in lower case) that
    state no fact of their own ("… presents a film directed by X. Rated R." is a credit block
    that runs on into its labels)."""
    words = head.split()
    lower = _lower(words)
    if len(words) < _FEWEST_WORDS or lower < _FEWEST_LOWER or lower * 2 < len(words):
        return False
    if scan_labels([head]):
        return False
    block = find_credit_block((head,))
    return not (block.directors or block.cast or block.runtime_minutes)


def _facts(tail: str) -> bool:
    """True when `tail` is facts, not more prose: no more words in lower case than others
    ("Cast: Jane Roe as Ann.", "Running time: 95 minutes."; not "Rating: 3.5/5, with an
    extra half-star for the sheer pleasure of …")."""
    words = tail.split()
    return _lower(words) * 2 <= len(words)


def split_label_tails(units: list[str]) -> list[str]:
    """`units` with each paragraph of prose that closes on a labelled fact cut in two: the
    sentences, then the label and its value. The same list when no line is cut."""
    out: list[str] | None = None
    for k, unit in enumerate(units):
        at = _label_at(unit) if ": " in unit and len(unit) <= 400 else -1
        if at > 0 and _facts(unit[at:]) and _sentences(unit[:at]):
            if out is None:
                out = units[:k]
            out.extend((unit[:at].rstrip(), unit[at:]))
        elif out is not None:
            out.append(unit)
    return units if out is None else out
