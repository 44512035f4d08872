"""The review model: frozen dataclasses with no I/O.

Everything the parsers produce and the library, the CLI and the TUI consume is made of these
types. They hold plain text only: cleaning untrusted input happens before a value gets here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from reeltui.text import slug


class Format(StrEnum):
    """The document shapes reeltui reads."""

    SCRAPED = "scraped-text"
    MARKDOWN = "markdown"
    HTML = "html"


class Kind(StrEnum):
    """What a review is about."""

    FILM = "film"
    SERIES = "series"


@dataclass(frozen=True, slots=True)
class Film:
    """The film (or series season) a review is about."""

    title: str
    year: int | None = None
    kind: Kind = Kind.FILM
    season: int | None = None

    @property
    def key(self) -> str:
        """The film key: `slug(title)[-season-N][-year]`, shared by all reviews of the film."""
        return film_key(self.title, self.year, self.season)

    @property
    def label(self) -> str:
        """A human label: "Title (2023)", "Title Season 2 (2025)"."""
        text = self.title
        if self.season is not None:
            text += f" Season {self.season}"
        if self.year is not None:
            text += f" ({self.year})"
        return text


def film_key(title: str, year: int | None, season: int | None = None) -> str:
    """Make the stable key that bookmarks use: `a-million-miles-away-2023`."""
    parts = [slug(title) or "untitled"]
    if season is not None:
        parts.append(f"season-{season}")
    if year is not None:
        parts.append(str(year))
    return "-".join(parts)


@dataclass(frozen=True, slots=True)
class Credit:
    """An actor and the role they play (None when the review does not say)."""

    actor: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A run of paragraphs under one heading; the first section may have no heading."""

    heading: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who wrote a review, and their bio when the page printed one."""

    name: str
    bio: str | None = None


@dataclass(frozen=True, slots=True)
class Review:
    """One review document, parsed.

    `sections` may be empty on a "card" (a review the library keeps in memory without its body);
    `has_body` tells the two apart. `problems` are things wrong with the file (bad bytes, a
    sidecar that is not TOML, no text); `notes` say where the extraction is unsure of what a
    sound file says ("title taken from the first line", "no year stated", "no cast found").
    `year_inferred`: the review states no year, and the film's year is the library's (the one
    dated film of the same title, season and kind it holds; `library/catalog.py`).
    """

    id: str
    path: Path
    format: Format
    headline: str
    film: Film
    directors: tuple[str, ...] = ()
    cast: tuple[Credit, ...] = ()
    runtime_minutes: int | None = None
    platform: str | None = None
    rating: str | None = None
    sections: tuple[Section, ...] = ()
    reviewer: Reviewer | None = None
    word_count: int = 0
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    has_body: bool = True
    mtime: float = 0.0
    year_inferred: bool = False

    @property
    def film_key(self) -> str:
        """The key of the film this review is about."""
        return self.film.key

    @property
    def stated_film(self) -> Film:
        """The film as the review itself states it (without a year the library gave it)."""
        return replace(self.film, year=None) if self.year_inferred else self.film

    @property
    def actors(self) -> tuple[str, ...]:
        """The actors' names, in order of first mention."""
        return tuple(credit.actor for credit in self.cast)

    def as_card(self) -> Review:
        """This review without its body, for keeping thousands in memory."""
        return replace(self, sections=(), has_body=False)

    def body_text(self) -> str:
        """Every heading and paragraph as one string, for full-text indexing."""
        parts: list[str] = []
        for section in self.sections:
            if section.heading:
                parts.append(section.heading)
            parts.extend(section.paragraphs)
        return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class FileProblem:
    """Something wrong with one file of a library.

    `fatal` means the file could not be read as a review at all (it is not in the library);
    otherwise the review loaded and the message says what was odd about it.
    """

    path: Path
    message: str
    fatal: bool = True


@dataclass(frozen=True, slots=True)
class ScanReport:
    """What a scan of a folder found, beyond the reviews themselves.

    `notes` are remarks on how the scan went that are not about any one file (for instance,
    that worker processes could not be started and the files were read in one process).
    """

    root: Path
    files_seen: int = 0
    problems: tuple[FileProblem, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = ()

    @property
    def unreadable(self) -> tuple[FileProblem, ...]:
        """The problems that kept a file out of the library."""
        return tuple(p for p in self.problems if p.fatal)
