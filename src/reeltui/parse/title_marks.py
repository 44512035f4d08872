"""The title the page marks as one, when the headline's reading is none.

A headline may be a tagline that the review never names ("Mother, martyr, monster"), and the
rules may then settle on a line near the top or a quoted line of dialogue. Writers mark a
film's name in ways that do not depend on a site: a year in brackets after it ("Mildred Pierce
(1945)"), quotes around a name written as a title ("In “A Serious Man,” a professor …"), a
maker's possessive before it ("Peter Weir's Picnic at Hanging Rock"), what the work is before
it ("the new series Mystery Road"), or a photo's caption that puts a player in it ("Ana Lima in
Harbour Lights"). Each mark found in the headline, the standfirst and the review's first
paragraphs counts for the run it marks, and once more where the headline holds a run marked
elsewhere; the run with the most marks, counting the review's mentions of it, is the title when
the review names it or the page marks it twice, and its marks are strong enough. A person's
name (one of `people`, or a name no year, quote or kind of work marks) is never one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reeltui.parse.credits import is_name
from reeltui.parse.layout import loose_key
from reeltui.parse.titles import SMALL

# How many words a marked title may have, and how many of the review's paragraphs are read.
_WORDS = 8
PARAGRAPHS = 4
# Marks and what each is worth. The best run needs `_ENOUGH`, counting half a point for each
# time the review names it (four at most), and it needs the review to name it or a second kind
# of mark.
_MARKS = {
    "year": 3.0,
    "quote": 2.0,
    "owner": 2.0,
    "kind": 2.0,
    "caption": 1.5,
    "line": 1.5,
    "headline": 1.5,
}
_ENOUGH = 3.0
# "X (1945)", "X (Peter Weir, 1975)", "X (dir. Peter Weir)": a year or a maker in brackets.
_YEAR = re.compile(
    r"\s\((?:(?:[^()]{2,40},\s*)?(?:19|20)\d\d\)|(?:dir\.|directed\s+by)\s)", re.IGNORECASE
)
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{1,80}?)[”\"]")
_OWNER = re.compile(r"[’']s\s")
# What a film is called by before its name: "the new series Mystery Road", "the documentary
# Honeyland", "the first season of Slings & Arrows".
_KIND = re.compile(
    r"\b(?:film|movie|documentary|series|show|miniseries|drama|comedy|thriller|season|episode)"
    r"(?:\s+\d{1,2})?(?:,\s+|\s+of\s+|\s+)(?=[A-Z0-9])"
)
# A photo's caption: "[Photo: Clive Owen in X. Studio]", "Ana Lima as Rosa in X".
_CAPTION = re.compile(r"^\[?(?:photo|picture|image|still|pictured)?\s*:?\s*", re.IGNORECASE)
_CAPTION_IN = re.compile(r"\sin\s")
_STRIP = " ‘’'\"“”,.;:[]"


def _word_ok(word: str) -> bool:
    bare = word.strip(_STRIP)
    return bool(bare) and (
        bare[:1].isupper() or bare[:1].isdigit() or bare.lower() in SMALL or bare == "&"
    )


def _trim(words: list[str]) -> str:
    while words and words[0].strip(_STRIP).lower() in SMALL and words[0][:1].islower():
        words.pop(0)
    while words and (words[-1].strip(_STRIP).lower() in SMALL or words[-1] == "&"):
        words.pop()
    text = " ".join(words).strip(_STRIP)
    return text if text[:1].isupper() or text[:1].isdigit() else ""


def _run_before(text: str, end: int) -> str:
    """The run of capitalised words (small words inside) that ends at `end`."""
    words: list[str] = []
    for word in reversed(text[:end].split()[-_WORDS:]):
        if not _word_ok(word) or (words and word[-1:] in ".,;:!?)"):
            break
        words.insert(0, word)
    return _trim(words)


def _run_after(text: str, start: int) -> str:
    """The run of capitalised words (small words inside) that starts at `start`."""
    words: list[str] = []
    for word in text[start:].split()[:_WORDS]:
        if not _word_ok(word):
            break
        words.append(word)
        if word[-1:] in ".,;:!?)":
            break
    return _trim(words)


def _title_cased(text: str) -> bool:
    words = text.split()
    return bool(words) and all(_word_ok(w) for w in words) and text[:1].isupper()


def _marks(lines: Sequence[str], headline: str) -> list[tuple[str, str]]:
    """Each run that `lines` mark as a title, with the kind of its mark."""
    found: list[tuple[str, str]] = []
    for line in lines:
        line = line[:3000]
        if "(" in line:
            found.extend((_run_before(line, m.start()), "year") for m in _YEAR.finditer(line))
        if "“" in line or '"' in line:
            for m in _QUOTE.finditer(line):
                inner = m.group(1).strip(_STRIP)
                if _title_cased(inner) and len(inner.split()) <= _WORDS:
                    found.append((inner, "quote"))
        if "’s " in line or "'s " in line:
            for m in _OWNER.finditer(line):
                owner = _run_before(line, m.start())
                work = _run_after(line, m.end()) if owner and is_name(owner) else ""
                if " " in work:  # (one word after a name's possessive is a first name too)
                    found.append((work, "owner"))
        if any(w in line for w in ("film", "movie", "series", "show", "season", "episode")):
            found.extend((_run_after(line, m.end()), "kind") for m in _KIND.finditer(line))
        if len(line) < 200:
            caption = line[_CAPTION.match(line).end() :]  # type: ignore[union-attr]
            at = _CAPTION_IN.search(caption) if " in " in caption else None
            who = caption[: at.start()].split(" as ", 1)[0].strip() if at else ""
            if at and who and (is_name(who) or is_name(who.split(" and ", 1)[0])):
                found.append((_run_after(caption, at.end()), "caption"))
            words = line.split()
            if 0 < len(words) <= _WORDS and len(line) < len(headline) and _title_cased(line):
                if line not in headline:
                    continue
                found.append((line.strip(_STRIP), "line"))  # the headline's title alone
    return found


def marked_title(
    lines: Sequence[str],
    body_key: str,
    people: frozenset[str],
    current: str = "",
    headline: str = "",
) -> str | None:
    """The run that `lines` (the standfirst, captions and the review's first paragraphs) mark
    as a title most strongly, that the review (`body_key`, a padded `loose_key`) names; None
    when no run is marked enough, or when the page marks the `current` title too. A run that
    stands in the `headline` as well counts one mark more."""
    marks: dict[str, float] = {}
    kinds: dict[str, dict[str, int]] = {}
    first: dict[str, str] = {}
    head_key = f" {loose_key(headline)} "
    found: list[tuple[str, str, bool]] = []
    for line in lines:
        found.extend((text, kind, line == headline) for text, kind in _marks([line], headline))
    for text, kind, in_headline in found:
        key = loose_key(text)
        if not key or len(key.split()) > _WORDS or key in people or key in SMALL:
            continue
        if len(key) <= 2:
            continue  # "Mr", "St": an abbreviation cut at its full stop
        first.setdefault(key, text)
        seen = kinds.setdefault(key, {})
        if seen.get(kind, 0) < 2:  # (each kind of mark counts twice at most)
            seen[kind] = seen.get(kind, 0) + 1
            marks[key] = marks.get(key, 0.0) + _MARKS[kind]
            if not in_headline and f" {key} " in head_key and "headline" not in seen:
                seen["headline"] = 1
                marks[key] += _MARKS["headline"]
    own = loose_key(current)
    if own and any(key == own or key.startswith(f"{own} ") for key in marks):
        return None  # the page marks the title read so far ("X on Netflix" holds X)
    best: tuple[float, str] | None = None
    for key, weight in marks.items():
        seen = kinds[key]
        if not seen.keys() & {"year", "kind", "quote"} and is_name(first[key]):
            continue  # a person's name, unless a year, a quote or "the film" marks it
        named = body_key.count(f" {key} ")
        score = weight + min(named, 4) * 0.5
        marked_twice = sum(seen.values()) >= 2
        strong = score >= _ENOUGH - 1e-9 and (named or marked_twice)
        if strong and (best is None or score > best[0] + 1e-9):
            best = (score, first[key])
    return best[1] if best else None


def reads_as_line(title: str) -> bool:
    """True when `title` reads as a line of text rather than a film's name: a word in lowercase
    that is no small word ("I haven't done anything", "Eighty years on")."""
    return any(w[:1].islower() and w.lower() not in SMALL for w in title.split()[1:])
