"""A small learned score for the end of a review: is a closing paragraph the review's, or the
page's (a disclosure, a "republish this article" notice, a box of release facts, a summary)?

The score is a logistic model over features that say nothing of any site's words: the form of
the line (length, how it ends, case, digits, marks of a web address), its voice (how much it
says "we" and "you" against the review's "I"), how much of its vocabulary the review's opening
paragraphs share, and where it stands (how much running text follows it, what stands next to
it). The weights are fitted by `bench/zone_fit.py` on the development corpus and the open
held-out sets and written to `zone_weights.py`; the fit is judged by leaving one set out.

At parse time the model only looks at the last paragraphs of a body the rules have found, from
the end backwards, and drops those it is confident are not the review's. A few dictionary
look-ups and additions per line.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import reeltui.parse.zone_weights as zone_weights

_WORD = re.compile(r"[A-Za-zÀ-ÿ’']+")
_WEB = re.compile(r"@|https?:|www\.|\.com\b|\.org\b|\.co\.uk\b")
_LABEL = re.compile(r"^[^.!?:]{1,30}:\s")
_MARKS = frozenset("|•·")
_SIGNS = frozenset("©®™")
_WE = frozenset(("we", "our", "us", "we're", "we’re", "we've", "we’ve"))
_YOU = frozenset(("you", "your", "you're", "you’re", "you'll", "you’ll"))
_ME = frozenset(("i", "my", "me", "i'm", "i’m", "i've", "i’ve"))
_CLOSERS = "\"'”’)]*"
_DATED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.IGNORECASE,
)

#: How many of the body's first paragraphs give the review's vocabulary.
VOCABULARY_PARAGRAPHS = 6
#: The body keeps at least this many paragraphs, whatever the model says.
MIN_KEPT = 2


@dataclass(frozen=True, slots=True)
class Context:
    """What the features of one page's lines are measured against."""

    units: Sequence[str]
    prose: Callable[[int], bool]
    chrome: Callable[[int], bool]
    words: dict[str, int]  # the review's vocabulary (five letters or more): in how many paragraphs
    names: dict[str, int]  # capitalised words of the review's opening paragraphs, likewise
    opening: frozenset[int]  # those paragraphs
    median: float  # the median length of those paragraphs, in characters
    title: str  # the film's title, lower case ("" when unknown)


def context(
    units: Sequence[str],
    body: Sequence[int],
    prose: Callable[[int], bool],
    chrome: Callable[[int], bool],
    title: str = "",
) -> Context:
    """The context of a page whose review (as the rules found it) is the units `body`."""
    opening = [i for i in body if prose(i)][:VOCABULARY_PARAGRAPHS]
    words: dict[str, int] = {}
    names: dict[str, int] = {}
    for i in opening:
        tokens = _WORD.findall(units[i])
        for token in {t.lower() for t in tokens if len(t) >= 5}:
            words[token] = words.get(token, 0) + 1
        for token in {t for t in tokens if t[:1].isupper() and len(t) >= 3}:
            names[token] = names.get(token, 0) + 1
    lengths = sorted(len(units[i]) for i in opening)
    median = float(lengths[len(lengths) // 2]) if lengths else 300.0
    return Context(units, prose, chrome, words, names, frozenset(opening), median, title.lower())


def features(ctx: Context, i: int) -> dict[str, float]:
    """The features of unit i (a line of the page) against the page's context. A word of one of
    the opening paragraphs is shared when another paragraph has it too (no line vouches for
    itself)."""
    units = ctx.units
    unit = units[i]
    tokens = _WORD.findall(unit)
    n = max(1, len(tokens))
    lower = [t.lower() for t in tokens]
    stripped = unit.rstrip(_CLOSERS)
    f: dict[str, float] = {"bias": 1.0}
    words = unit.count(" ") + 1
    if words < 12:
        f["short"] = 1.0
    elif words < 30:
        f["medium"] = 1.0
    elif words >= 60:
        f["long"] = 1.0
    if stripped[-1:] in ".!?…":
        f["ends_sentence"] = 1.0
    if unit[-1:] in ")]":
        f["ends_bracket"] = 1.0
    if unit[:1] in "([*":
        f["starts_bracket"] = 1.0
    if unit[:1] in "\"“‘'":
        f["starts_quote"] = 1.0
    if _LABEL.match(unit):
        f["label"] = 1.0
    digits = sum(1 for c in unit if c.isdigit())
    if digits:
        f["digits"] = min(1.0, 10.0 * digits / len(unit))
    capitals = sum(1 for t in tokens if t[:1].isupper())
    f["capitals"] = capitals / n
    if any(c in _MARKS for c in unit):
        f["marks"] = 1.0
    if any(c in _SIGNS for c in unit):
        f["signs"] = 1.0
    if _WEB.search(unit):
        f["web"] = 1.0
    we = sum(1 for t in lower if t in _WE)
    you = sum(1 for t in lower if t in _YOU)
    me = sum(1 for t in lower if t in _ME)
    if we:
        f["we"] = min(1.0, 10.0 * we / n)
    if you:
        f["you"] = min(1.0, 10.0 * you / n)
    if me:
        f["me"] = min(1.0, 10.0 * me / n)
    own = 2 if i in ctx.opening else 1
    long_words = {t for t in lower if len(t) >= 5}
    if long_words:
        shared = sum(1 for t in long_words if ctx.words.get(t, 0) >= own)
        f["shared_words"] = shared / len(long_words)
    else:
        f["no_long_words"] = 1.0
    named = {t for t in tokens[1:] if t[:1].isupper() and len(t) >= 3}
    if named:
        known = sum(1 for t in named if ctx.names.get(t, 0) >= own)
        f["shared_names"] = known / len(named)
        f["new_names"] = min(3, len(named) - known) / 3.0
    f["lower_run"] = min(8, _longest_lower_run(tokens)) / 8.0
    f["relative_length"] = min(2.0, len(unit) / max(ctx.median, 40.0)) / 2.0
    f["sentences"] = min(5, unit.count(". ") + unit.count("! ") + unit.count("? ")) / 5.0
    # What stands next to it.
    if i + 1 < len(units) and ctx.chrome(i + 1):
        f["chrome_next"] = 1.0
    if _DATED.search(unit):
        f["dated"] = 1.0
    if ctx.title and unit.lstrip("\"“‘'").lower().startswith(ctx.title):
        f["title_first"] = 1.0
    gap = 0
    j = i - 1
    while j >= 0 and gap < 5 and not ctx.prose(j):
        gap += 1
        j -= 1
    f["gap_before"] = gap / 5.0
    if ctx.prose(i):
        f["prose"] = 1.0
    return f


def _longest_lower_run(tokens: list[str]) -> int:
    best = run = 0
    for token in tokens:
        run = run + 1 if token[:1].islower() else 0
        best = max(best, run)
    return best


def probability(f: dict[str, float], weights: dict[str, float]) -> float:
    """The model's probability that a line with features `f` is the review's text."""
    z = sum(weights.get(name, 0.0) * value for name, value in f.items())
    if z < -30:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def trim_tail(
    units: Sequence[str],
    kept: list[int],
    prose: Callable[[int], bool],
    chrome: Callable[[int], bool],
    title: str = "",
    weights: dict[str, float] | None = None,
    threshold: float | None = None,
) -> list[int]:
    """`kept` (the units of a review's body, in order) without the closing paragraphs that two
    cues agree are the page's: the paragraph stands apart from the review (the rules stepped
    over a line between them: a share bar, a box, a caption) and the model scores it below the
    threshold. Lines that are not paragraphs, left last, go with it."""
    weights = zone_weights.WEIGHTS if weights is None else weights
    threshold = zone_weights.THRESHOLD if threshold is None else threshold
    if not weights or len(kept) <= MIN_KEPT:
        return kept
    paragraphs = sum(1 for i in kept if prose(i))
    if paragraphs <= MIN_KEPT:
        return kept
    ctx = context(units, kept, prose, chrome, title)
    end = len(kept)
    while end > 0 and paragraphs > MIN_KEPT:
        i = kept[end - 1]
        if not prose(i):
            break
        if i == 0 or prose(i - 1):
            break  # right under a paragraph: it stands with the review
        if probability(features(ctx, i), weights) >= threshold:
            break
        end -= 1
        paragraphs -= 1
        while end > 0 and not prose(kept[end - 1]):
            end -= 1  # a heading or a list's label left with nothing under it
    return kept[:end] if end < len(kept) else kept


# --- headings --------------------------------------------------------------------------------


def heading_features(ctx: Context, i: int) -> dict[str, float]:
    """The features of unit i as a section heading: its form, what stands round it (a heading
    has a paragraph under it; a box's links have more short lines), and whether the page's
    other short lines have its shape (the headings of one review are set alike)."""
    units = ctx.units
    unit = units[i]
    tokens = _WORD.findall(unit)
    n = max(1, len(tokens))
    f: dict[str, float] = {"bias": 1.0}
    words = unit.count(" ") + 1
    if words <= 1:
        f["one_word"] = 1.0
    elif words <= 3:
        f["few_words"] = 1.0
    elif words <= 8:
        f["some_words"] = 1.0
    else:
        f["many_words"] = 1.0
    last = unit[-1:]
    if last == "?":
        f["question"] = 1.0
    elif last == ":":
        f["colon"] = 1.0
    elif last in ".!":
        f["full_stop"] = 1.0
    if ":" in unit[:-1]:
        f["inner_colon"] = 1.0
    capitals = sum(1 for t in tokens if t[:1].isupper())
    f["capitals"] = capitals / n
    if unit.isupper():
        f["upper"] = 1.0
    if any(c.isdigit() for c in unit):
        f["digits"] = 1.0
    if any(c in _MARKS for c in unit) or _WEB.search(unit):
        f["marks"] = 1.0
    f["lower_run"] = min(4, _longest_lower_run(tokens)) / 4.0
    named = {t for t in tokens if t[:1].isupper() and len(t) >= 3}
    if named:
        f["shared_names"] = sum(1 for t in named if ctx.names.get(t, 0) >= 1) / len(named)
    long_words = {t.lower() for t in tokens if len(t) >= 5}
    if long_words:
        f["shared_words"] = sum(1 for t in long_words if ctx.words.get(t, 0) >= 1) / len(long_words)
    if ctx.title and ctx.title in unit.lower():
        f["title"] = 1.0
    # Round it.
    if i + 1 < len(units) and ctx.prose(i + 1):
        f["prose_next"] = 1.0
    if i > 0 and ctx.prose(i - 1):
        f["prose_before"] = 1.0
    short_after = 0
    for j in range(i + 1, min(len(units), i + 4)):
        if ctx.prose(j):
            break
        short_after += 1
    f["short_after"] = short_after / 3.0
    if i + 1 < len(units) and ctx.chrome(i + 1):
        f["chrome_next"] = 1.0
    if ctx.chrome(i):
        f["chrome"] = 1.0
    return f


def _shape(unit: str) -> tuple[bool, str, bool]:
    return unit.isupper(), unit[-1:] if unit[-1:] in "?:" else "", unit.istitle()


def keep_headings(
    units: Sequence[str],
    kept: list[int],
    headings: set[int],
    prose: Callable[[int], bool],
    chrome: Callable[[int], bool],
    title: str = "",
    weights: dict[str, float] | None = None,
    threshold: float | None = None,
) -> set[int]:
    """The headings the rules found, without those the model is confident are the page's."""
    weights = zone_weights.HEADING_WEIGHTS if weights is None else weights
    threshold = zone_weights.HEADING_THRESHOLD if threshold is None else threshold
    if not weights or not headings:
        return headings
    ctx = context(units, kept, prose, chrome, title)
    shapes = [_shape(units[i]) for i in headings]
    out = set()
    for i in headings:
        f = heading_features(ctx, i)
        alike = shapes.count(_shape(units[i])) - 1
        if alike:
            f["alike"] = min(3, alike) / 3.0
        if probability(f, weights) >= threshold:
            out.add(i)
    return out
