"""The catalog's rows of one parsed review, and the card read back from them.

This is the format in which a parse is kept: a change here (or to the parsers, the model or
`text.py`) changes `parser_fingerprint`, and every document is read again at the next scan.
The catalog's tables and queries (`catalog.py`) may change without that: its schema has a
version of its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path
from typing import NamedTuple

from reeltui.model import Credit, Film, Format, Review, Reviewer, film_key
from reeltui.text import fold, name_tokens

__all__ = [
    "MAX_SECTION",
    "PARAGRAPH_BREAK",
    "SECTION_BITS",
    "DocRow",
    "card_from",
    "doc_row",
    "parser_fingerprint",
    "storable",
]

#: A section's rowid is `docno << SECTION_BITS | section`.
SECTION_BITS = 10
MAX_SECTION = (1 << SECTION_BITS) - 1

#: Separates the paragraphs of a section in `sections.body` (never left in cleaned text).
PARAGRAPH_BREAK = "\u2029"


def parser_fingerprint() -> str:
    """A hash of the parsers', the model's and this format's source: any change to them makes
    every document be read again."""
    here = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    sources = [*sorted((here / "parse").glob("*.py")), here / "model.py", here / "text.py"]
    sources.append(Path(__file__).resolve())
    for source in sources:
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


class DocRow(NamedTuple):
    """A parsed review as the catalog stores it: plain values, made in the worker process that
    parsed it (cheap to send back and to write). A named tuple, not a dataclass: a worker
    pickles one for every review and the main process unpickles it, and a tuple is made and
    pickled in a fraction of a frozen dataclass's time (no `__setattr__` a field)."""

    title: str
    sort_title: str
    year: int | None
    season: int | None
    kind: str
    film_key: str
    #: The film key without a year (`slug(title)[-season-N]`): the reviews of one title,
    #: season and kind, among which a review that states no year finds its film.
    title_key: str
    label: str
    reviewer: str | None
    mtime: float
    card: str
    flagged: bool
    noted: bool
    #: (heading, paragraphs joined by `PARAGRAPH_BREAK`), each as SQLite can hold it.
    sections: tuple[tuple[str, str], ...]
    credits: tuple[tuple[int, int, str, str, str | None], ...]


def _card_json(review: Review) -> str:
    """The fields of a card that the list does not need, as compact JSON."""
    return json.dumps(
        [
            str(review.format),
            review.headline,
            list(review.directors),
            [[c.actor, c.role] for c in review.cast],
            review.runtime_minutes,
            review.platform,
            review.rating,
            review.reviewer.bio if review.reviewer else None,
            review.word_count,
            list(review.problems),
            list(review.notes),
        ],
        separators=(",", ":"),
        ensure_ascii=False,
    )


def storable(text: str) -> str:
    """Text SQLite can hold: a lone surrogate (from a name that was not UTF-8) is replaced."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")  # in C: half the time of looking for surrogates with a pattern
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


def doc_row(review: Review) -> DocRow:
    """The catalog's rows for a parsed review."""
    film = review.film
    sections: list[tuple[str, str]] = []
    for section in review.sections[:MAX_SECTION]:
        paragraphs = [p.replace(PARAGRAPH_BREAK, "\n") for p in section.paragraphs]
        sections.append(
            (storable(section.heading or ""), storable(PARAGRAPH_BREAK.join(paragraphs)))
        )
    if len(review.sections) > MAX_SECTION:
        rest = review.sections[MAX_SECTION:]
        # Sections past the last one a rowid can number are folded into that last row.
        paragraphs = [p.replace(PARAGRAPH_BREAK, "\n") for s in rest for p in s.paragraphs]
        sections[-1] = (sections[-1][0], storable(PARAGRAPH_BREAK.join(paragraphs)))
    credits: list[tuple[int, int, str, str, str | None]] = []
    for pos, credit in enumerate(review.cast):
        credits.append((0, pos, credit.actor, " ".join(name_tokens(credit.actor)), credit.role))
    for pos, director in enumerate(review.directors):
        credits.append((1, pos, director, " ".join(name_tokens(director)), None))
    if review.reviewer is not None:
        name = review.reviewer.name
        credits.append((2, 0, name, " ".join(name_tokens(name)), None))
    return DocRow(
        title=film.title,
        sort_title=fold(film.title),
        year=film.year,
        season=film.season,
        kind=str(film.kind),
        film_key=film.key,
        title_key=film_key(film.title, None, film.season),
        label=film.label,
        reviewer=review.reviewer.name if review.reviewer else None,
        mtime=review.mtime,
        card=_card_json(review),
        flagged=bool(review.problems),
        noted=bool(review.notes),
        sections=tuple(sections),
        credits=tuple(c for c in credits if c[3]),
    )


def card_from(
    rid: str,
    path: Path,
    film: Film,
    reviewer: str | None,
    mtime: float,
    card: str,
    *,
    year_inferred: bool = False,
) -> Review:
    """A card (a review without its body) from the list's columns and the card's JSON
    (`year_inferred`: the film's year is the library's, the review states none)."""
    fields = json.loads(card)
    (fmt, headline, directors, cast, runtime, platform, rating, bio, words, problems, notes) = (
        fields
    )
    return Review(
        id=rid,
        path=path,
        format=Format(fmt),
        headline=headline,
        film=film,
        directors=tuple(directors),
        cast=tuple(Credit(actor, role) for actor, role in cast),
        runtime_minutes=runtime,
        platform=platform,
        rating=rating,
        reviewer=Reviewer(reviewer, bio) if reviewer is not None else None,
        word_count=words,
        problems=tuple(problems),
        notes=tuple(notes),
        has_body=False,
        mtime=mtime,
        year_inferred=year_inferred,
    )
