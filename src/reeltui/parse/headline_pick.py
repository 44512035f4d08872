"""The headline by what it is, not where it stands: the line that names the film.

The rules of `scraped._headline_index` weigh each line near the top by its shape and its place
(a "review" in it, its length, a byline under it). A site's motto under its name ("Published by
Film at Lincoln Center", "Subscribe to the print issue"), a section's label ("Arts & Review")
or a line that names its writer ("This review is written by …") can win that way, though it
names nothing the review talks about. A headline names the film, and the review names the film
again and again. So when the line the rules chose names nothing the review's opening names
twice, the best scored line that does is the headline instead, if there is one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reeltui.parse.layout import loose_key

# A run of capitalised words (or of digits), small words allowed inside: "Babylon Berlin",
# "Rocky at 45", "The Mud and the Word".
_CAPS_RUN = re.compile(
    r"(?<![\w’'])[A-Z0-9][\w’'&.-]*(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|with|from)\s+)*"
    r"[A-Z0-9][\w’'&.-]*){0,6}"
)
_SMALL = frozenset("a an the of and or in on at to for with by from as but nor vs".split())
# Words that open a sentence and name nothing, as a span alone ("This review is …").
_NO_NAME = frozenset(
    "this that these those it its here there what which who when where how why if let i we you"
    " he she they my our your his her their after before one no not so".split()
)
# How far under the rules' best a line may score and still be the headline for naming the film.
_MARGIN = 12.0


# A full stop inside a line after a word of four letters or a bracket, then a new sentence:
# "Ivan's Childhood (1962), directed by A. Tarkovsky. Newly restored …", "X in Rocky (1976).
# (Studio)". ("Mr. Robot", "F.W. Murnau", "Vol. 2" stop after shorter words.)
_INNER_STOP = re.compile(r"(?:\)|[^\W\d_]{4})\. [(“\"‘'\w]")


def two_sentences(unit: str) -> bool:
    """True when `unit` holds two sentences or a sentence and a bracket after it: a caption or
    a standfirst, which a headline (one phrase, maybe with a colon) never is."""
    return ". " in unit and _INNER_STOP.search(unit) is not None


def _count(probe: str, key: str) -> int:
    return probe.count(f" {key} ") if key else 0


def _spans(line: str) -> list[str]:
    """The capitalised runs of a line and the runs of words within them (a title-case headline
    is one run: "Anatomy of a Fall Is the Best …" holds "Anatomy of a Fall"), as loose keys,
    without small words at their edges; the longest first."""
    found: list[str] = []
    for m in _CAPS_RUN.finditer(line[:300]):
        words = [w for w in loose_key(m.group(0)).split() if w != "s"]
        for size in range(len(words), 0, -1):
            for at in range(len(words) - size + 1):
                part = words[at : at + size]
                if part[0] in _SMALL or part[-1] in _SMALL:
                    continue
                text = " ".join(part)
                if len(text) >= 3 and not text.isdigit() and text not in _NO_NAME:
                    found.append(text)
    return found


def _capitalised_within(word: str, text: str) -> bool:
    """True when `text` writes `word` (one word, a loose key) capitalised inside a sentence:
    a name ("Darrell Roodt's Yesterday"), not a common word opening one ("Through the …")."""
    cap = word[:1].upper() + word[1:]
    if cap not in text:
        return False
    return re.search(rf"[\w,;’'] {re.escape(cap)}(?![\w’'-])", text) is not None


def names_film(
    line: str, probe: str, text: str | None = "", least: int = 2, written: str = ""
) -> bool:
    """True when a capitalised run of `line` is named at least `least` times in `probe` (the
    review's opening as a padded `loose_key`); a run of one word only when `text` (the opening
    as written) writes it capitalised inside a sentence; when `text` is None, also when the
    word opens the line ("Succession season 4 review: …"), `written` being the opening then."""
    opening = ""
    if text is None:
        words = loose_key(line[:60]).split()
        while words and words[0] in _SMALL:
            words = words[1:]  # "The Martian Review: …"
        opening = " ".join(words) + " "
    return any(
        _count(probe, key) >= least
        and (
            " " in key
            or opening.startswith(f"{key} ")
            or _capitalised_within(key, text if text is not None else written)
        )
        for key in _spans(line)
    )


def named_instead(
    units: Sequence[str], scored: Sequence[tuple[int, float]], probe: str, text: str
) -> int:
    """The index of the line to take as the headline instead of the rules' best, or -1 to keep
    it. `scored` holds each candidate line's index and its score, in page order; `probe` is the
    review's opening as a padded `loose_key`, `text` the same opening as written. The line taken
    instead is no sentence (a standfirst), not the page's first line (the site's name), and scores
    within a margin of the best."""
    if not scored or len(probe) < 200:
        return -1
    best_at, best = max(scored, key=lambda s: s[1])
    if names_film(units[best_at], probe, None, 1, text):  # ("Succession season 4 review: …")
        return -1
    pick, pick_score = -1, best - _MARGIN
    for i, score in scored:
        unit = units[i]
        if i in (0, best_at) or score <= pick_score or unit[-1:] == "." or len(unit.split()) > 25:
            continue
        if names_film(unit, probe, text):
            pick, pick_score = i, score
    return pick
