"""What choosing a search hit shows on the main screen: the narrowing of a person, the names to
highlight, the paragraph a passage comes from; and the words that describe a hit's review. No
Textual here."""

from __future__ import annotations

from bisect import bisect_right

from reeltui.library.listing import FilmRow, Narrowing
from reeltui.model import Review
from reeltui.search import PersonHit
from reeltui.search.terms import name_terms
from reeltui.tui.safe import visible

__all__ = ["highlight_names", "paragraph_of", "person_narrowing", "reviewed_by"]


def reviewed_by(review: Review) -> str | None:
    """ "review by Ana Reviewer", or None when the review names nobody (not made visible)."""
    if review.reviewer is not None and review.reviewer.name:
        return f"review by {review.reviewer.name}"
    return None


def person_narrowing(hit: PersonHit) -> Narrowing:
    """The list narrowing for a person: their films, an actor's with the role as the detail."""
    rows: list[FilmRow] = []
    for review, credit in hit.films:
        detail = f"as {credit.role}" if credit is not None and credit.role else None
        rows.append(FilmRow(review, visible(detail) if detail else None))
    return Narrowing(f"{hit.role.capitalize()}: {visible(hit.name)}", tuple(rows))


def highlight_names(hit: PersonHit) -> tuple[str, ...]:
    """The names to mark in the reader: every spelling of the person's name, and the surname
    alone (reviews often say "Peña" once the full name has been given), but not a reviewer's."""
    return name_terms(hit.name, hit.spellings, surnames=hit.role != "reviewer")


def paragraph_of(review: Review, section: int, snippet: str, first_match: int | None) -> int:
    """Which paragraph of a section a full-text snippet comes from (0 when unsure).

    The index makes a snippet from the section's paragraphs joined by spaces, with "…" where
    it cut; `first_match` is the snippet offset of the first matched word, if any.
    """
    if not 0 <= section < len(review.sections):
        return 0
    paragraphs = review.sections[section].paragraphs
    lead = 1 if snippet.startswith("…") else 0
    core = snippet[lead:].removesuffix("…")
    starts: list[int] = []
    joined = ""
    for paragraph in paragraphs:
        starts.append(len(joined))
        joined += paragraph + " "
    for length in (len(core), 80, 40, 20):
        piece = core[:length]
        if not piece.strip():
            break
        at = joined.find(piece)
        if at >= 0:
            offset = at + (max(first_match - lead, 0) if first_match is not None else 0)
            return max(0, bisect_right(starts, offset) - 1)
    return 0
