"""The scraped-text parser: a web page saved as plain text, like the shipped sample.

The shape: a headline, paragraphs separated by blank lines, short heading lines standing
alone, a byline (a name, often printed twice) and a bio, then page junk ("Latest articles",
"Related posts", share buttons, a repeated excerpt) that is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reeltui.model import Film, Format, Kind, Review, Reviewer, Section
from reeltui.parse.credits import extract_facts, find_rating, is_name
from reeltui.text import MAX_LINE, clean, clean_line, clip, fold, split_long

__all__ = ["parse_headline", "parse_scraped"]

# Lines that begin the page furniture after an article.
_JUNK_MARKERS = re.compile(
    r"^(?:latest\s+(?:articles|posts|news|reviews)|related\s+(?:posts|articles|reviews|stories)"
    r"|share\s+this|share\s+on\b|you\s+(?:may|might)\s+also\s+like|read\s+(?:more|next|also)"
    r"|more\s+from\b|recommended(?:\s+for\s+you)?|also\s+read|trending(?:\s+now)?|popular\s+posts"
    r"|leave\s+a\s+(?:reply|comment)|comments?\b\s*(?:\(\d+\))?$|tags?\s*:|filed\s+under"
    r"|subscribe\b|sign\s+up\s+for|follow\s+us|advertisement$|sponsored$)",
    re.IGNORECASE,
)
# Stray page furniture inside an article: dropped wherever they stand.
_STRAY = re.compile(r"^(?:advertisement|sponsored|scroll\s+to\s+continue.*|skip\s+ad)$", re.I)
_HEADING_STOP = re.compile(r"[.,;!…]$|[.!]['\"’”)]$")
_BIO_START = re.compile(r"^(?:he|she|they|their|his|her)\b", re.IGNORECASE)
_BY = re.compile(r"^(?:by|written\s+by|review\s+by|words\s+by)\s*:?\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Headline:
    """What a headline says: the film's title, year, season and kind."""

    title: str
    year: int | None
    kind: Kind
    season: int | None


_YEAR = re.compile(r"\((1[89]\d\d|20\d\d|2100)\)")
_SEASON = re.compile(
    r"[\s:,–—-]*\(?\b(?:season|series|s)\s*(\d{1,2})\b\)?(?:\s*,?\s*(?:episodes?|ep)\s*[\d–-]+)?",
    re.IGNORECASE,
)
_REVIEW_PREFIX = re.compile(
    r"^(?:(?:movie|film|tv|series|show)\s+)?review\s*[:\-–—|]\s*", re.IGNORECASE
)
_REVIEW_WORD = re.compile(
    r"\s*(?:[:\-–—|]\s*)?\b(?:(?:movie|film|tv|series|show)\s+)?review\b", re.IGNORECASE
)
_QUOTED = re.compile(r"^[‘'\"“«]\s*(.+?)\s*[’'\"”»](?=\s|$|[(:,\-–—|])")


def parse_headline(headline: str) -> Headline:
    """Title, year, season and kind from a headline such as ‘Title’ (2023) Review: ….

    Only the first `MAX_LINE` characters are looked at: a headline is never longer.
    """
    headline = headline[:MAX_LINE]
    text = headline.strip()
    text = _REVIEW_PREFIX.sub("", text)
    year_match = _YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None

    quoted = _QUOTED.match(text)
    if quoted:
        title = quoted.group(1)
        after = text[quoted.end() :]
    else:
        cut = len(text)
        for pattern in (_YEAR, _REVIEW_WORD):
            m = pattern.search(text)
            if m and 0 < m.start() < cut:
                cut = m.start()
        colon = re.search(r"\s[:|–—-]\s|:\s", text)
        if cut == len(text) and colon:
            cut = colon.start()
        title = text[:cut]
        after = text[cut:]

    season: int | None = None
    season_in_title = _SEASON.search(title)
    if season_in_title and season_in_title.start() > 0:
        season = int(season_in_title.group(1))
        title = title[: season_in_title.start()]
    else:
        season_after = _SEASON.match(after)
        if season_after:
            season = int(season_after.group(1))
    title = title.strip().strip("‘’'\"“”«»").strip(" :-–—|,")
    is_series = season is not None or bool(
        re.search(r"\b(?:series|tv|show)\s+review\b|\bmini-?series\b", after, re.IGNORECASE)
    )
    return Headline(
        title=title or headline.strip(),
        year=year,
        kind=Kind.SERIES if is_series else Kind.FILM,
        season=season,
    )


def _units(text: str) -> list[str]:
    """The document's paragraphs: blank-line separated blocks, split where a page put one
    paragraph per line, joined where a line was hard-wrapped. A paragraph longer than
    `MAX_PARAGRAPH` characters is split into several."""
    units: list[str] = []

    def finish(parts: list[str]) -> None:
        if parts:
            units.extend(split_long(" ".join(parts)))

    for block in re.split(r"\n\s*\n", text):
        current: list[str] = []
        length = 0
        for raw in block.split("\n"):
            line = clean_line(raw)
            if not line:
                continue
            if current and _wrapped(current[-1], length, line):
                current.append(line)
                length += len(line) + 1
            else:
                finish(current)
                current, length = [line], len(line)
        finish(current)
    return [u for u in units if not _STRAY.match(u)]


_SENTENCE_END = frozenset('.!?:;"”’)')


def _wrapped(last_line: str, length: int, line: str) -> bool:
    """True when `line` continues the paragraph so far (`length` characters, ending with
    `last_line`): a hard-wrapped paragraph, not a new one."""
    if line[:1].islower():
        return True
    return length >= 50 and last_line[-1] not in _SENTENCE_END


def _is_heading(unit: str, following: str | None) -> bool:
    """True for a short line standing alone before a paragraph, without a final full stop."""
    words = unit.split()
    if not 1 <= len(words) <= 12 or len(unit) > 80:
        return False
    if _HEADING_STOP.search(unit) or not (unit[0].isupper() or unit[0].isdigit()):
        return False
    if find_rating(unit) is not None:
        return False
    if following is None or _JUNK_MARKERS.match(following):
        return False
    return not _is_heading_like_name(unit)


def _is_heading_like_name(unit: str) -> bool:
    """Headings are not people's names (those are bylines)."""
    return is_name(_BY.sub("", unit)) and not unit.endswith("?")


def _byline_at(units: list[str], i: int) -> tuple[str, int] | None:
    """If units[i] starts a byline, the reviewer's name and the index after the name lines."""
    name = _BY.sub("", units[i]).strip()
    had_by = name != units[i].strip()
    if not is_name(name):
        return None
    j = i + 1
    repeated = False
    while j < len(units) and fold(_BY.sub("", units[j]).strip()) == fold(name):
        j, repeated = j + 1, True
    if repeated or had_by or j >= len(units) or _JUNK_MARKERS.match(units[j]):
        return name, j
    following = units[j]
    first_name = name.split()[0]
    if fold(following).startswith(fold(first_name) + " ") or _BIO_START.match(following):
        return name, j
    return None


def _is_echo(unit: str, headline: str, body: list[str]) -> bool:
    """True when a unit repeats the headline or the start of a body paragraph (page junk)."""
    folded = fold(unit)
    if fold(headline) in folded:
        return True
    return any(len(p) >= 40 and folded.startswith(fold(p[:60])) for p in body)


def parse_scraped(text: str, *, path: Path, review_id: str, problems: list[str]) -> Review:
    """Parse a scraped-text review. Never raises on odd text: what it cannot place it reports."""
    units = _units(clean(text))
    problems = list(problems)
    notes: list[str] = []
    headline = units[0] if units else ""
    rest = units[1:]
    if len(headline) > MAX_LINE:
        # Not a headline but a paragraph: keep it as text, and a clipped copy as the headline.
        headline, rest = clip(headline), units
        problems.append("the first line is too long to be a headline; it was shortened")

    # The article ends at a byline or the first junk marker, whichever comes first.
    reviewer: Reviewer | None = None
    end = len(rest)
    bio_from = bio_to = end
    for i, unit in enumerate(rest):
        if _JUNK_MARKERS.match(unit):
            end = i
            break
        byline = _byline_at(rest, i)
        if byline is not None and i > 0:
            name, after = byline
            end, bio_from = i, after
            bio_to = after
            while (
                bio_to < len(rest)
                and bio_to - after < 3
                and not _JUNK_MARKERS.match(rest[bio_to])
                and not _is_echo(rest[bio_to], headline, rest[:i])
                and not _is_heading(
                    rest[bio_to], rest[bio_to + 1] if bio_to + 1 < len(rest) else None
                )
            ):
                bio_to += 1
            bio = " ".join(rest[bio_from:bio_to]) or None
            reviewer = Reviewer(name=name, bio=bio)
            break
    body = rest[:end]
    # A byline printed at the top ("By Jane Doe") is the reviewer too, not body text.
    if body and reviewer is None:
        lead = _BY.sub("", body[0])
        if lead != body[0] and is_name(lead):
            reviewer = Reviewer(name=lead.strip())
            body = body[1:]

    sections: list[Section] = []
    heading: str | None = None
    paragraphs: list[str] = []
    for i, unit in enumerate(body):
        following = body[i + 1] if i + 1 < len(body) else None
        if _is_heading(unit, following):
            if paragraphs or heading is not None:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = unit.rstrip(":").strip(), []
        else:
            paragraphs.append(unit)
    if paragraphs or heading is not None:
        sections.append(Section(heading, tuple(paragraphs)))

    all_paragraphs = [p for s in sections for p in s.paragraphs]
    facts = extract_facts(all_paragraphs)
    info = parse_headline(headline) if headline else Headline("", None, Kind.FILM, None)
    title = info.title
    if not title:
        title = clip(clean_line(path.stem)) or "untitled"
        notes.append("no headline: the file name stands in for the title")
    year = info.year
    if year is None:
        year = _year_from_name(path.stem)
        if year is None and info.kind is Kind.FILM:
            notes.append("no year stated")
    if not all_paragraphs:
        problems.append("no review text was found below the headline")
    words = sum(len(p.split()) for p in all_paragraphs) + sum(
        len(s.heading.split()) for s in sections if s.heading
    )
    return Review(
        id=review_id,
        path=path,
        format=Format.SCRAPED,
        headline=headline,
        film=Film(title=title, year=year, kind=info.kind, season=info.season),
        directors=facts.directors,
        cast=facts.cast,
        runtime_minutes=facts.runtime_minutes,
        platform=facts.platform,
        rating=facts.rating,
        sections=tuple(sections),
        reviewer=reviewer,
        word_count=words,
        problems=tuple(problems),
        notes=tuple(notes),
    )


def _year_from_name(stem: str) -> int | None:
    """A year at the end of a file name such as `the-martian-2015`."""
    m = re.search(r"(?:^|[-_ ])(1[89]\d\d|20\d\d)$", stem)
    return int(m.group(1)) if m else None
