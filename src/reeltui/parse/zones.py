"""A small learned score for the end of a review: is a closing paragraph the review's, or the
page's (a disclosure, a "republish this article" notice, a box of release facts, a summary)?

The score is a logistic model over features that say nothing of any site's words: the form of
the line (length, how it ends, case, digits, marks of a web address), its voice (how much it
says "we" and "you" against the review's "I"), how much of its vocabulary the review's opening
paragraphs share, whether it opens with the film's title, and what stands next to it (a line
of chrome under it, lines that are not running text above it). The weights are fitted by
`bench/zone_fit.py` on the development corpus and the older held-out sets and written to
`zone_weights.py`; the fit is judged by leaving one set out.

At parse time the model only looks at the last paragraphs of a body the rules have found, from
the end backwards, and drops those that stand apart from the review and that it is confident
are not the review's. A few dictionary look-ups and additions per line.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice

import reeltui.parse.zone_weights as zone_weights

_WORD = re.compile(r"[A-Za-zÀ-ÿ’']+")
_WEB = re.compile(r"@|https?:|www\.|\.com\b|\.org\b|\.co\.uk\b")
_LABEL = re.compile(r"^[^.!?:]{1,30}:\s")
_MARKS = re.compile("[|•·]")
_SIGNS = re.compile("[©®™]")
_DIGIT = re.compile(r"\d")
_WE = frozenset(("we", "our", "us", "we're", "we’re", "we've", "we’ve"))
_YOU = frozenset(("you", "your", "you're", "you’re", "you'll", "you’ll"))
_ME = frozenset(("i", "my", "me", "i'm", "i’m", "i've", "i’ve"))
_VOICE = {
    **dict.fromkeys(_WE, "we"),
    **dict.fromkeys(_YOU, "you"),
    **dict.fromkeys(_ME, "me"),
}
_CLOSERS = "\"'”’)]*"
_DATED = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b",
    re.IGNORECASE,
)

#: How many of the body's first paragraphs give the review's vocabulary.
VOCABULARY_PARAGRAPHS = 6
#: How much of a line (in characters) its ratios of words are taken from.
SAMPLE = 240
#: The most words a closing line the model may drop has (a longer one is the review's).
LONGEST_BLURB = 60
#: The body keeps at least this many paragraphs, whatever the model says.
MIN_KEPT = 2


@dataclass(frozen=True, slots=True)
class Context:
    """What the features of one page's lines are measured against."""

    units: Sequence[str]
    prose: Callable[[int], bool]
    chrome: Callable[[int], bool]
    opening: tuple[int, ...]  # the review's opening paragraphs (their units)
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
    opening = tuple(islice((i for i in body if prose(i)), VOCABULARY_PARAGRAPHS))
    lengths = sorted([len(units[i]) for i in opening])
    median = float(lengths[len(lengths) // 2]) if lengths else 300.0
    return Context(units, prose, chrome, opening, median, title.lower())


def form(ctx: Context, i: int) -> dict[str, float]:
    """The features of unit i (a line of the page) that its form and its neighbours give."""
    units = ctx.units
    unit = units[i]
    tokens = _WORD.findall(unit, 0, SAMPLE)  # the ratios of words, from the line's start
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
    digits = len(_DIGIT.findall(unit))
    if digits:
        f["digits"] = min(1.0, 10.0 * digits / len(unit))
    capitals = sum(1 for t in tokens if t[:1].isupper())
    f["capitals"] = capitals / n
    if _MARKS.search(unit):
        f["marks"] = 1.0
    if _SIGNS.search(unit):
        f["signs"] = 1.0
    if _WEB.search(unit):
        f["web"] = 1.0
    voices = Counter([_VOICE[t] for t in lower if t in _VOICE])
    we, you, me = voices["we"], voices["you"], voices["me"]
    if we:
        f["we"] = min(1.0, 10.0 * we / n)
    if you:
        f["you"] = min(1.0, 10.0 * you / n)
    if me:
        f["me"] = min(1.0, 10.0 * me / n)
    f["lower_run"] = min(8, _longest_lower_run(tokens)) / 8.0
    f["relative_length"] = min(2.0, len(unit) / max(ctx.median, 40.0)) / 2.0
    f["sentences"] = min(5, unit.count(". ") + unit.count("! ") + unit.count("? ")) / 5.0
    # What stands next to it.
    if i + 1 < len(units) and ctx.chrome(i + 1):
        f["chrome_next"] = 1.0
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


#: The features `measured` adds: the dearest to work out, left for lines the others leave in
#: doubt.
MEASURED = ("dated", "shared_words", "no_long_words", "shared_names", "new_names")


def measured(ctx: Context, i: int, f: dict[str, float]) -> dict[str, float]:
    """`f` (the `form` of unit i) with the features that search the line and the review for
    dates and shared words."""
    unit = ctx.units[i]
    tokens = _WORD.findall(unit)
    lower = [t.lower() for t in tokens]
    if _DATED.search(unit):
        f["dated"] = 1.0
    # The review's other opening paragraphs: no line vouches for itself.
    others = [ctx.units[n].lower() for n in ctx.opening if n != i]
    long_words = {t for t in lower if len(t) >= 5}
    if long_words:
        shared = sum(1 for t in long_words if any(t in text for text in others))
        f["shared_words"] = shared / len(long_words)
    else:
        f["no_long_words"] = 1.0
    named = {t.lower() for t in tokens[1:] if t[:1].isupper() and len(t) >= 3}
    if named:
        known = sum(1 for t in named if any(t in text for text in others))
        f["shared_names"] = known / len(named)
        f["new_names"] = min(3, len(named) - known) / 3.0
    return f


def features(ctx: Context, i: int) -> dict[str, float]:
    """Every feature of unit i against the page's context."""
    return measured(ctx, i, form(ctx, i))


def _longest_lower_run(tokens: list[str]) -> int:
    best = run = 0
    for token in tokens:
        run = run + 1 if token[:1].islower() else 0
        best = max(best, run)
    return best


def _score(f: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in f.items())


def probability(f: dict[str, float], weights: dict[str, float]) -> float:
    """The model's probability that a line with features `f` is the review's text."""
    z = _score(f, weights)
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
    cues agree are the page's: the paragraph stands apart from the review (the line above it
    is no paragraph: a share bar, a box's heading, a caption) and the model scores it below
    the threshold. Lines that are not paragraphs, left last, go with it.

    Most reviews end on a paragraph right under another: that is settled by two look-ups,
    before anything is measured."""
    weights = zone_weights.WEIGHTS if weights is None else weights
    threshold = zone_weights.THRESHOLD if threshold is None else threshold
    if not weights or len(kept) <= MIN_KEPT or not _apart(units, kept[-1], prose):
        return kept
    paragraphs = sum(1 for i in kept if prose(i))
    ctx: Context | None = None
    # The lowest the measured features can bring a score (each is between 0 and 1), and the
    # score at the threshold.
    floor = sum(min(0.0, weights.get(name, 0.0)) for name in MEASURED)
    if 0.0 < threshold < 1.0:
        cut = math.log(threshold / (1.0 - threshold))
    else:
        cut = -math.inf if threshold <= 0.0 else math.inf
    end = len(kept)
    while end > 0 and paragraphs > MIN_KEPT:
        i = kept[end - 1]
        if not _apart(units, i, prose):
            break
        ctx = ctx or context(units, kept, prose, chrome, title)
        f = form(ctx, i)
        if _score(f, weights) + floor >= cut:
            break  # whatever the rest measures, the line is the review's
        if probability(measured(ctx, i, f), weights) >= threshold:
            break
        end -= 1
        paragraphs -= 1
        while end > 0 and not prose(kept[end - 1]):
            end -= 1  # a heading or a list's label left with nothing under it
    return kept[:end] if end < len(kept) else kept


def _apart(units: Sequence[str], i: int, prose: Callable[[int], bool]) -> bool:
    """True when unit i is a paragraph of a few lines that the line above it does not join to
    the review (a longer paragraph is the review's: the page's own blurbs are short)."""
    return i > 0 and units[i].count(" ") < LONGEST_BLURB and prose(i) and not prose(i - 1)
