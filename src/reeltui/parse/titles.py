"""Titles by evidence: every candidate the page gives for the film's name, weighed.

The rules in `scraped` gather candidates for the title (the headline's reading, quoted spans,
labels, title blocks, breadcrumbs, a sentence headline's subject …) each with a prior, and
pick the one the review names most. This module adds candidates of shapes that do not depend
on a site's words (the headline and the page's own title split at their separators, the
capitalised spans of the review's first sentence, spans the review quotes) and scores every
distinct candidate by evidence: which sources give it and how many, how often the review names
it (a fair count, not the mentions of a longer candidate that holds it), whether the first
sentence names it, its length and case, whether it reads as a person's name or as furniture,
whether a year in brackets follows it on the page, and whether the review quotes it.

The weights are fitted by `bench/title_model.py` (a conditional logit over each page's
candidates, on the development corpus and the held-out sets open for study) and written into
`WEIGHTS`. At parse time a candidate costs a few dictionary look-ups and additions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reeltui.parse.credits import is_name
from reeltui.parse.layout import loose_key

#: Separators a headline or a page's title is split at: "X | Site", "X – review", "X: tagline".
_SEPARATORS = re.compile(r"\s+[|–—~•·-]\s+|:\s+|\s+/\s+")
_REVIEW = re.compile(
    r"(?i)\b(?:(?:movie|film|tv|series|show|season|web\s+series)\s+)?review(?:ed|s)?\b"
)
EDGE = " ‘’'\"“”«».,:;!?-–—|()[]"
# A run of capitalised words, small words allowed inside: "The Room Next Door", "Anatomy of a
# Fall", "Dune: Part Two".
_CAPS_RUN = re.compile(
    r"(?<![\w’'])(?:[A-Z0-9][\w’'&!.-]*:?)(?:\s+(?:(?:of|the|a|an|and|in|on|at|to|for|with|from"
    r"|de|la|le)\s+)*[A-Z0-9][\w’'&!.-]*:?){0,6}"
)
_QUOTED_SPAN = re.compile(r"[“‘«\"]([A-Z0-9][^“”‘’«»\"\n]{0,70}?)[”’»\"](?![\w])")
# A capitalised word right before a quoted span and one right after it: a nickname set inside a
# person's name ("Andrew "Pope" Cody").
_NICKNAME_AROUND = re.compile(r"\b[A-Z][\w’'\-]+ $")
_NAME_AFTER = re.compile(r" [A-Z][\w’'\-]+\b")
_YEAR_AFTER = re.compile(r"\s*[(\[,]\s*(?:19|20)\d\d\b")  # (matched at the candidate's end)
_KEY_YEAR = re.compile(r" (?:19|20)\d\d$")
SMALL = frozenset("a an the of and or in on at to for with by from as but nor vs".split())


@dataclass(frozen=True, slots=True)
class Scored:
    """One distinct candidate (its text as first given) and its evidence."""

    text: str
    key: str
    features: tuple[str, ...]


def segments(line: str) -> list[str]:
    """The parts of a headline or a page's title between its separators, without a "review"
    word and the brackets' year: "X (2024) review | Site" → "X", "Site"."""
    parts: list[str] = []
    for part in _SEPARATORS.split(line[:300]):
        part = _REVIEW.sub("", part)
        part = re.sub(r"\s*\((?:19|20)\d\d\)", "", part).strip(EDGE)
        if part and len(part.split()) <= 10:
            parts.append(part)
    return parts


def opening_spans(sentence: str) -> list[str]:
    """The capitalised runs of the review's first sentence, but its first word alone."""
    found: list[str] = []
    for m in _CAPS_RUN.finditer(sentence[:400]):
        text = m.group(0).strip(EDGE)
        words = text.split()
        if not words or (m.start() == 0 and len(words) == 1):
            continue
        while words and words[-1].lower() in SMALL:
            words.pop()
        if words:
            found.append(" ".join(words))
    return found


def quoted_spans(paragraphs: list[str]) -> list[str]:
    """Capitalised spans the review puts in quotation marks (a title, most often)."""
    found: list[str] = []
    for paragraph in paragraphs[:6]:
        if not any(q in paragraph for q in '“‘«"'):
            continue
        for m in _QUOTED_SPAN.finditer(paragraph[:3000]):
            text = m.group(1).strip(EDGE)
            if _NAME_AFTER.match(paragraph, m.end()) and _NICKNAME_AROUND.search(
                paragraph[max(0, m.start() - 40) : m.start()]
            ):
                continue  # Andrew "Pope" Cody: a nickname inside a name, no title
            if text and len(text.split()) <= 8 and m.group(1)[-1:] not in ".!?,":
                found.append(text)
    return found


def _bin_count(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2" if n == 2 else "3-5" if n <= 5 else "6+"


def _bin_words(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4-6" if n <= 6 else "7+"


def _count(haystack: str, needle: str) -> int:
    return haystack.count(f" {needle} ") if needle else 0


def weigh(
    found: list[tuple[str, str]],
    *,
    body_key: str,
    opening_key: str,
    own: str,
    headline_key: str,
    top: str,
    quoted_key: str,
    chrome: frozenset[str],
    people: frozenset[str],
) -> list[Scored]:
    """Every distinct candidate of `found` ((text, source) pairs; the first text given for a key
    stands for it) with its features.

    `body_key` and `opening_key` are `loose_key`s of the review's text and of its first
    sentence, padded with a space; `own` is the headline's own reading of the title; `top` the
    page's lines above the review, joined; `quoted_key` the review's quoted spans' keys, padded;
    `chrome` the keys that may never win (directors, furniture); `people` the keys of the
    names the page credits (its labels' people, its byline)."""
    sources: dict[str, set[str]] = {}
    first: dict[str, str] = {}
    for text, source in found:
        key = loose_key(text)
        if not key or len(key) > 80 or key in chrome:
            continue
        if key not in first:
            first[key] = text
            sources[key] = set()
        sources[key].add(source)
    own_key = loose_key(own)
    counts = {key: _count(body_key, key) for key in first}
    named = [key for key, n in counts.items() if n > 0]
    scored: list[Scored] = []
    for key, text in first.items():
        # A fair count: not the mentions of a longer candidate that holds this one.
        fair = counts[key]
        if fair > 0:
            fair -= max(
                (
                    counts[other]
                    for other in named
                    if len(other) > len(key) and f" {key} " in f" {other} "
                ),
                default=0,
            )
        if fair <= 0 and _KEY_YEAR.search(key):
            fair = _count(body_key, key[:-5])  # "X 2022": the title and the year by it
        words = key.split()
        features = [f"src:{s}" for s in sorted(sources[key])]
        features.append(f"places:{min(len(sources[key]), 3)}")
        features.append(f"named:{_bin_count(fair)}")
        features.append(f"words:{_bin_words(len(words))}")
        if fair > 0 and _count(opening_key, key):
            features.append("opening")
        if key == own_key:
            features.append("own")
            features.append(f"own_named:{_bin_count(fair)}")
        elif own_key.startswith(f"{key} "):
            features.append("own_start")
        if _count(headline_key, key):
            features.append("in_headline")
        if _count(quoted_key, key):
            features.append("quoted")
        letters = [c for c in text if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) > 1:
            features.append("caps")
        elif any(w[:1].islower() and w.lower() not in SMALL for w in text.split()):
            features.append("lower_word")
        if all(w in SMALL for w in words):
            features.append("small")
        if is_name(text):
            features.append("name")
        if key in people:
            features.append("person")
        if any(c.isdigit() for c in key):
            features.append("digit")
        at = top.find(text)
        if at >= 0 and _YEAR_AFTER.match(top, at + len(text)):
            features.append("year_after")
        scored.append(Scored(text, key, tuple(features)))
    return scored


def score(candidate: Scored, weights: dict[str, float]) -> float:
    return sum(weights.get(f, 0.0) for f in candidate.features)


def best(scored: list[Scored], weights: dict[str, float]) -> tuple[Scored, float] | None:
    """The highest-scoring candidate and its score (None for none)."""
    top: tuple[Scored, float] | None = None
    for candidate in scored:
        s = score(candidate, weights)
        if top is None or s > top[1] + 1e-9:
            top = (candidate, s)
    return top


def decide(
    scored: list[Scored], weights: dict[str, float], chosen: str, margin: float | None = None
) -> str | None:
    """The model's title when it overrules the rules' (`chosen`, a `loose_key`): its best
    candidate scores `margin` (by default `MARGIN`) more than the rules' choice, or the rules'
    choice is none of the candidates (furniture, which the model drops). None when the model
    agrees or is not sure enough, when its pick is a name the review never uses, when the
    rules' choice is a labelled title ("Movie: X"), or when the two differ by a number only
    ("X 2", "X 2024": the parser settles it)."""
    top = best(scored, weights)
    if top is None or top[0].key == chosen:
        return None
    longer, shorter = (
        (top[0].key, chosen) if len(top[0].key) > len(chosen) else (chosen, top[0].key)
    )
    if longer.startswith(f"{shorter} ") and longer[len(shorter) + 1 :].isdigit():
        return None  # the same name with a number or without: the parser settles the season
    rival = next((c for c in scored if c.key == chosen), None)
    if rival is None:
        return top[0].text  # the rules fell back on what the model drops as furniture
    if "named:0" in top[0].features:
        return None  # a name the review never uses does not overrule the rules
    if "src:p8" in rival.features:
        return None  # a title the page labels as the film's ("Movie: X") stands
    if top[1] - score(rival, weights) < (MARGIN if margin is None else margin):
        return None
    return top[0].text


#: How much more than the rules' choice the model's best must score to overrule it.
MARGIN = 2.0

# fmt: off
WEIGHTS: dict[str, float] = {
    "caps": 0.932,
    "digit": -0.054,
    "in_headline": 1.068,
    "lower_word": -1.704,
    "name": 0.328,
    "named:0": -1.739,
    "named:1": -0.746,
    "named:2": 0.942,
    "named:3-5": 1.028,
    "named:6+": 0.515,
    "opening": 0.602,
    "own": -0.015,
    "own_named:0": 0.17,
    "own_named:1": -0.185,
    "own_start": 0.031,
    "person": -0.176,
    "places:1": -1.921,
    "places:2": 0.843,
    "places:3": 1.078,
    "quoted": -0.66,
    "small": -0.009,
    "src:open": -1.706,
    "src:p0.25": -0.495,
    "src:p0.5": 0.537,
    "src:p1": 0.051,
    "src:p1.5": 0.85,
    "src:p2": 0.847,
    "src:p2.5": 1.657,
    "src:p3": 2.672,
    "src:p4": 1.14,
    "src:p8": 0.17,
    "src:quote": -0.272,
    "src:seg": -1.485,
    "words:1": 0.765,
    "words:2-3": 0.486,
    "words:4-6": 0.025,
    "words:7+": -1.276,
}
# fmt: on


# --- a title the review never names ------------------------------------------------------------

# A possessive, a comma, "and" or a separator ends a run of capitals: "Sarah Polley's Stories We
# Tell" holds the maker and the work, "20 Years Ago, Battlestar Galactica …" a lead-in and the
# title, "Jodie Foster and Kali Reis" two people.
RUN_BREAK = re.compile(r"[’']s\s+|,\s+|:\s+|\s+and\s+|\s+[|–—~•·»-]\s+|\s*\(")
_SPAN_WORDS = 6
# A lone word of the headline the review names this often is the film's name ("Why Guru Dutt's
# Pyaasa still hurts"), if it passes `_proper_word`.
_LONE_MENTIONS = 3
# "District 9 at 15", "The Wicker Man at 50": a title with the age it has reached.
_AT_AGE = re.compile(r"^(.+?)\s+at\s+\d{1,3}$", re.IGNORECASE)


# A span in quotes in a headline: "‘Dune: Part Two’ Review: …".
_QUOTED_TITLE = re.compile(r"[‘“\"']([^‘’“”\"]{1,80})[’”\"'](?![\w])")
# After a title at a headline's start: "review:" with at most a few words between ("Season 3").
_REVIEWED = re.compile(r"(?i)[^:|–—]{0,20}?\breview\s*[:|–—-]\s*")


def _spans(line: str) -> list[list[str]]:
    """The runs of capitalised words of a line, cut at possessives, commas and separators."""
    runs: list[list[str]] = []
    for part in RUN_BREAK.split(line[:300]):
        for m in _CAPS_RUN.finditer(part):
            words = [w.strip(EDGE) for w in m.group(0).split()]
            words = [w for w in words if w]
            if words:
                runs.append(words)
    return runs


def recurring_span(
    title: str, headline: str, review_key: str, prose: str, people: frozenset[str]
) -> str | None:
    """The film's name when the review never names the `title` read from the page: the title
    without the age it has reached ("District 9 at 15"), or else the longest capitalised run
    of the headline, or part of one, that the review names twice ("Geek Review: Station
    Eleven", "Memory on Super 8: Sarah Polley's Stories We Tell"); at a tie of length, the one
    named most. A part of a title in title case is not taken from it ("Mad Max" of "Furiosa:
    A Mad Max Saga"); a title with words in lower case ("A still from X", "It's been ten years
    since X") is a sentence, and its own parts may be, even where the headline is another line.
    A lone word must be a name the review capitalises and never writes in lower case, nor
    after a first name or before a number. A person's name (`person`), a small word or one of
    `people` is never it; None when nothing fits. `review_key` is the review's `loose_key`,
    padded; `prose` its text."""
    aged = _AT_AGE.match(title)
    if aged and _count(review_key, loose_key(aged.group(1))):
        return aged.group(1)
    low_title = title.lower()
    if _QUOTED_TITLE.search(headline) and any(
        m.group(1).lower() == low_title for m in _QUOTED_TITLE.finditer(headline)
    ):
        return None  # the headline quotes the title: it stands, named or not
    if headline.lower().startswith(low_title):
        labelled = _REVIEWED.match(headline, len(title))
        if labelled:
            # "X review: …" marks X as the title, unless what follows opens on a run of
            # capitals that the review names twice and that is no person's name ("Geek
            # Review: Station Eleven", "Retro Review: THE THING (1982) Is Still …").
            rest = headline[labelled.end() :].strip(EDGE)
            runs = _spans(rest)
            lead = " ".join(runs[0]) if runs else ""
            if not lead or not rest.startswith(lead) or credited(runs[0], review_key, prose):
                return None
            return lead if _count(review_key, loose_key(lead)) >= 2 else None
    sentence = any(w[:1].islower() and w.lower() not in SMALL for w in title.split())
    held = "" if sentence else f" {loose_key(title)} "
    best: tuple[int, int] | None = None
    found: str | None = None
    own = _spans(title) if sentence else []
    # A lone word of the headline may stand for the film where no run of two words or more of
    # the title is named ("Classic Corner" over "… Pyaasa still hurts"), not where one is
    # ("Rewatching Zindagi Gulzar Hai 10 Years Later: Does Kashaf …", the title named once).
    title_words = title.split()
    lone_ok = not any(
        _count(review_key, loose_key(" ".join(title_words[i : i + n])))
        for n in range(2, min(len(title_words), _SPAN_WORDS) + 1)
        for i in range(len(title_words) - n + 1)
    )
    for words in _spans(headline) + own:
        if person(words, review_key):
            continue  # a person's name and its parts ("Sarah Polley", "Polley")
        lone = words in own  # (a lone word only from the title's own sentence)
        for size in range(min(len(words), _SPAN_WORDS), 0, -1):
            for at in range(len(words) - size + 1):
                part = words[at : at + size]
                if part[-1].lower() in SMALL or part[0] in SMALL:
                    continue  # (a capital "The" opens a title inside a run)
                text = " ".join(part)
                key = loose_key(text)
                if not key or key in SMALL or key in people or key.isdigit():
                    continue
                if f" {key} " in held:
                    continue  # a part of the title itself
                count = _count(review_key, key)
                if count < 2 or (best is not None and (size, count) <= best):
                    continue
                if size == 1 and (
                    not (lone or (lone_ok and count >= _LONE_MENTIONS))
                    or len(key) < 4
                    or not _proper_word(text, prose)
                ):
                    continue
                if person(part, review_key):
                    continue  # a person's name ("Sarah Polley")
                best, found = (size, count), text
    return found


def person(words: list[str], review_key: str) -> bool:
    """True when `words` read as a person's name that the review then calls by the last word
    alone ("Sarah Polley" … "Polley"); a title of two capitalised words is named whole
    ("Station Eleven")."""
    text = " ".join(words)
    if len(words) < 2 or not is_name(text):
        return False
    return _count(review_key, loose_key(words[-1])) > _count(review_key, loose_key(text))


def credited(words: list[str], review_key: str, prose: str) -> bool:
    """True when `words` read as a person's name that the review calls by the surname alone
    or credits ("played by X", "X as Y", "X plays")."""
    if person(words, review_key):
        return True
    text = " ".join(words)
    if len(words) < 2 or not is_name(text):
        return False
    name = re.escape(text)
    return re.search(rf"\bby\s+{name}\b|\b{name}\s+(?:as|plays)\b", prose) is not None


def _proper_word(word: str, prose: str) -> bool:
    """True when `prose` writes the word capitalised inside a sentence, never in lower case
    and never after another capitalised word (a surname): a name of a thing, not a common
    word that opens a sentence ("Retro", "Season") nor a person's ("Foster")."""
    low = word.lower()
    cased = word[:1].upper() + low[1:]
    forms = rf"(?:{re.escape(word)}|{re.escape(cased)})(?![\w’'-])"
    cased_forms = rf"(?:{re.escape(word)}|{re.escape(cased)})(?![\w-])"  # (and "X’s")
    if re.search(rf"(?<![\w’'-]){re.escape(low)}(?![\w’'-])", prose):
        return False
    if re.search(rf"[A-Z][\w’'.-]+ {cased_forms}|{forms} \d", prose):
        return False  # a surname ("Jodie Foster"), a counter ("Season 3")
    return re.search(rf"[\w,;’'”)] {forms}", prose) is not None
