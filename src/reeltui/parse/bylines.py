"""Bylines by evidence: every name-shaped span near the headline or after the review, weighed.

The rules in `scraped` know bylines in the shapes they were written for ("By X", "X | date",
"X, Film Critic"). A page from a site nobody studied puts its writer's name in other shapes:
"Words: X", the name alone between the headline and a date, "— X" under the last paragraph,
an author box. This module does not list those shapes. It takes every span that reads as a
person's name at the start of a line (or after "by", a dash, or a short label and its colon)
in three zones (just above the headline, between the headline and the review, after the
review) and scores it by evidence that does not depend on a site's words: where the line
stands, what stands before and after the name on its line (nothing, a date, a separator, a
lower-case sentence, a colon), a date on the next or the previous line, how long the line is,
whether the page's credits name the person, capitals, and whether the same name stands on two
lines (a byline and an author box). A name the review's own text uses (the whole name once,
or its last word twice) is never a candidate: a critic does not name themself, the film's
people are named.

The weights are fitted by `bench/byline_model.py` (a conditional logit: each page's
candidates against "no byline", on the development corpus and the held-out sets open for
study) and written into `WEIGHTS`; the script reports how the model does on sets it left out.
At parse time a page costs a few dictionary look-ups per candidate, and the parser asks only
when no rule found a byline.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from reeltui.parse.credits import is_name
from reeltui.parse.layout import is_date_line, loose_key

#: Lines further than this above the headline, or below it before the review, or after the
#: review, are not looked at.
ABOVE = 6
UNDER = 30
AFTER = 30
#: The longest line (in characters) a byline is looked for in.
MAX_LINE = 220

# "By X", "By: X", "Written by X"; not "Presented by: X", a credit's label.
_BY = re.compile(r"(?i)^(?:by\s*:?\s+|(?:[\w’'.]+\s+){1,2}?by\s+)")
_DASH = re.compile(r"^[—–\-~]+\s*")
_LABEL = re.compile(r"^([^\s:|]+(?:\s+[^\s:|]+){0,3})\s*[:|]\s*")
_INNER_BY = re.compile(r"(?i)\sby\s+(?=\S)")
_CUT = re.compile(r"\s*(?:[,|·•(@/]|\s[—–\-]\s|\d)")
_DATEISH = re.compile(
    r"(?i)\b(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec|\d{1,2}:\d{2}|ago)\b"
)
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_PARTICLES = frozenset("de da van von der den del la le di du bin al ten ter dos das y".split())


@dataclass(frozen=True, slots=True)
class Candidate:
    """One name-shaped span on one line of the page, with its evidence."""

    name: str
    unit: int
    features: tuple[str, ...]


def _names_at_start(text: str) -> list[tuple[str, str, bool]]:
    """Every name (2 to 4 words) the text starts with, what follows each, and whether it is the
    longest: "Jane Doe Updated Oct" gives itself, "Jane Doe Updated" and "Jane Doe" (the
    evidence decides, not the shape)."""
    cut = _CUT.search(text)
    head = text[: cut.start()] if cut else text
    words = head.split()[:5]
    found: list[tuple[str, str, bool]] = []
    for n in range(min(4, len(words)), 1, -1):
        if ":" in words[n - 1][:-1] or words[n - 1] in (":", "|"):
            continue
        span = " ".join(words[:n]).rstrip(".:;")
        probe = span.title() if span.isupper() else span
        if words[n - 1].lower() in _PARTICLES or probe.endswith(_POSSESSIVE) or not is_name(probe):
            continue  # "Brady Corbet's three-hour drama": a name and what is theirs
        raw = " ".join(words[:n])
        rest = (text[len(raw) :] if text.startswith(raw) else "").strip()
        if raw.endswith(":"):
            rest = f": {rest}"  # "Release Date: …", a label, whose colon the span took
        found.append((probe, rest, not found))
    return found


def _readings(line: str) -> list[tuple[str, str]]:
    """The ways `line` can hold a name at the start of what is left: after "by" (at the start,
    or inside a short line: "Published on May 2, 2024 by X"), after a dash, after a short label
    and a colon or a bar ("Words: X"), or at the start of the line itself."""
    m = _BY.match(line)
    if m:
        return [("by", line[m.end() :])]
    m = _DASH.match(line)
    if m and m.end() > 0:
        return [("dash", line[m.end() :])]
    readings = []
    m = _LABEL.match(line)
    if m and not _DATEISH.search(m.group(1)):
        readings.append(("label", line[m.end() :]))
    readings.append(("none", line))
    if len(line) <= 100:
        inner = _INNER_BY.search(line)
        if inner:
            readings.append(("inner_by", line[inner.end() :]))
    return readings


def _tail(rest: str) -> str:
    if not rest:
        return "empty"
    if rest[0] == ":":
        return "colon"  # "Release Date: …": the span is a label
    if is_date_line(rest.lstrip(",|·•—–- ")) or _DATEISH.search(rest[:30]):
        return "date"
    if rest[0] in ",|·•—–-/(@":
        return "sep"
    if rest[0].islower():
        return "lower"
    return "other"


def _words(n: int) -> str:
    return "1-4" if n <= 4 else "5-8" if n <= 8 else "9-16" if n <= 16 else "17+"


def _count(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2+"


def candidates(
    units: list[str],
    h: int,
    start: int,
    end: int,
    people: frozenset[str],
    body_key: str | None,
    body: str,
) -> list[Candidate]:
    """Every byline-shaped name of the page and its evidence.

    `h` is the headline's unit, `start` and `end` the first and last units of the review's
    text, `people` the loose keys of the film's credited people, `body_key` the review's text
    as `loose_key` gives it, with a space at each end (None: worked out here, only when a line
    holds a name), and `body` the same text as written."""
    zones: list[tuple[range, str]] = [
        (range(max(0, h - ABOVE), h), "above"),
        (range(h + 1, min(start, h + 1 + UNDER)), "under"),
        (range(max(end + 1, start), min(len(units), end + 1 + AFTER)), "after"),
    ]
    spans: list[tuple[int, str, str, str, str, bool]] = []
    for zone_range, zone in zones:
        for i in zone_range:
            line = units[i]
            if len(line) > MAX_LINE or not (line[:1].isalpha() or line[:1] in "—–-~"):
                continue
            for kind, rest in _readings(line):
                for name, tail, longest in _names_at_start(rest):
                    spans.append((i, zone, kind, name, tail, longest))
    if not spans:
        return []
    if body_key is None:
        body_key = f" {loose_key(body)} "
    page = _Context(units, h, end, people, body_key, f" {body} ")
    found = [page.candidate(*span) for span in spans if not page.named_in_text(span[3])]
    seen: dict[str, set[int]] = {}
    for c in found:
        seen.setdefault(loose_key(c.name), set()).add(c.unit)
    return [
        Candidate(c.name, c.unit, (*c.features, "repeated"))
        if len(seen[loose_key(c.name)]) > 1
        else c
        for c in found
    ]


@dataclass(frozen=True, slots=True)
class _Context:
    units: list[str]
    h: int
    end: int
    people: frozenset[str]
    body_key: str
    body: str

    def named_in_text(self, name: str) -> bool:
        """True when the review's text names the person (a critic does not name themself; the
        film's people are named): the whole name once, or the last name twice."""
        key = loose_key(name)
        if f" {key} " in self.body_key:
            return True
        return self.body_key.count(f" {key.rsplit(' ', 1)[-1]} ") >= 2

    def candidate(
        self, i: int, zone: str, kind: str, name: str, tail: str, longest: bool
    ) -> Candidate:
        units, key = self.units, loose_key(name)
        if zone == "above":
            distance = "1" if i == self.h - 1 else "2+"
        elif zone == "under":
            distance = str(i - self.h) if i - self.h <= 3 else "4+"
        else:
            d = i - self.end
            distance = "1" if d == 1 else "2-3" if d <= 3 else "4-8" if d <= 8 else "9+"
        surname = key.rsplit(" ", 1)[-1]
        before = units[i - 1] if i > 0 else ""
        after = units[i + 1] if i + 1 < len(units) else ""
        shape = _tail(tail)
        words = sum(1 for w in name.split() if f" {w.lower()} " in self.body)
        features = [
            f"zone={zone}",
            f"at={zone}{distance}",
            f"prefix={kind}",
            f"tail={shape}",
            f"prefix_tail={kind}/{shape}",
            f"words={_words(units[i].count(' ') + 1)}",
            f"body={_count(self.body_key.count(f' {key} '))}",
            f"surname={_count(self.body_key.count(f' {surname} '))}",
            f"tokens={min(4, key.count(' ') + 1)}",
            f"lower_words={_count(words)}",
        ]
        if not longest:
            features.append("shorter")
        if is_date_line(before) or is_date_line(after):
            features.append("date_beside")
        if key in self.people:
            features.append("credited")
        if units[i].isupper():
            features.append("caps")
        if after[:1].islower():
            features.append("next_lower")
        if self.h < len(units) and key in loose_key(units[self.h]):
            features.append("in_headline")
        return Candidate(name, i, tuple(features))


def best(found: list[Candidate], weights: dict[str, float]) -> tuple[str, float] | None:
    """The most likely byline among the candidates and its probability: each candidate's
    weight against that of no byline at all (0), the lines of one name added together."""
    if not found or not weights:
        return None
    exps = [math.exp(min(30.0, sum(weights.get(f, 0.0) for f in c.features))) for c in found]
    total = 1.0 + sum(exps)
    by_name: dict[str, float] = {}
    first: dict[str, str] = {}
    for c, e in zip(found, exps, strict=True):
        key = loose_key(c.name)
        by_name[key] = by_name.get(key, 0.0) + e / total
        first.setdefault(key, c.name)
    key = max(by_name, key=by_name.__getitem__)
    return first[key], by_name[key]


def weighed(
    units: list[str],
    h: int,
    start: int,
    end: int,
    people: frozenset[str],
    body: str,
) -> str | None:
    """The page's byline by the model, or None when no candidate is likely enough."""
    found = candidates(units, h, start, end, people, None, body)
    top = best(found, WEIGHTS)
    return top[0] if top is not None and top[1] >= THRESHOLD else None


#: Below this probability the page is said to have no byline: no name beats a wrong one.
THRESHOLD = 0.5

# The weights, fitted by `python -m bench.byline_model --write` (which rewrites this block).
# fmt: off
WEIGHTS: dict[str, float] = {
    "at=above1": 0.046,
    "at=above2+": -0.474,
    "at=after1": 0.527,
    "at=after2-3": 0.444,
    "at=after4-8": -0.601,
    "at=after9+": -1.403,
    "at=under1": 0.886,
    "at=under2": 1.039,
    "at=under3": 0.468,
    "at=under4+": -1.13,
    "body=0": -0.197,
    "caps": -0.773,
    "credited": -0.459,
    "date_beside": 0.817,
    "in_headline": -0.142,
    "lower_words=0": 0.732,
    "lower_words=1": -0.922,
    "lower_words=2+": -0.007,
    "prefix=by": 1.32,
    "prefix=dash": 0.357,
    "prefix=inner_by": 0.537,
    "prefix=label": -1.278,
    "prefix=none": -1.134,
    "prefix_tail=by/date": 0.402,
    "prefix_tail=by/empty": 0.652,
    "prefix_tail=by/lower": -0.405,
    "prefix_tail=by/other": 0.303,
    "prefix_tail=by/sep": 0.369,
    "prefix_tail=dash/empty": 0.357,
    "prefix_tail=inner_by/empty": 0.594,
    "prefix_tail=inner_by/other": -0.01,
    "prefix_tail=inner_by/sep": -0.047,
    "prefix_tail=label/colon": -0.013,
    "prefix_tail=label/date": -0.067,
    "prefix_tail=label/empty": -0.773,
    "prefix_tail=label/lower": -0.062,
    "prefix_tail=label/other": -0.179,
    "prefix_tail=label/sep": -0.185,
    "prefix_tail=none/colon": -0.722,
    "prefix_tail=none/date": 0.077,
    "prefix_tail=none/empty": 0.2,
    "prefix_tail=none/lower": 0.282,
    "prefix_tail=none/other": -0.688,
    "prefix_tail=none/sep": -0.283,
    "repeated": 0.848,
    "shorter": -0.84,
    "surname=0": 0.152,
    "surname=1": -0.349,
    "tail=colon": -0.735,
    "tail=date": 0.412,
    "tail=empty": 1.031,
    "tail=lower": -0.185,
    "tail=other": -0.574,
    "tail=sep": -0.145,
    "tokens=2": -0.375,
    "tokens=3": 0.693,
    "tokens=4": -0.515,
    "words=1-4": -0.035,
    "words=17+": 0.523,
    "words=5-8": -0.442,
    "words=9-16": -0.244,
    "zone=above": -0.428,
    "zone=after": -1.033,
    "zone=under": 1.263,
}
# fmt: on
