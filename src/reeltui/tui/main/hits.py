"""What choosing a search hit shows on the main screen: the narrowing of a person, the names to
highlight, the paragraph a passage comes from and the words to mark in it; and the words that
describe a hit's review. No Textual here."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from reeltui.library import Entry
from reeltui.library.listing import FilmRow, Narrowing
from reeltui.model import Review, Reviewer
from reeltui.search.fulltext.query import searched_words
from reeltui.search.terms import FindQuery, name_terms
from reeltui.tui.safe import visible

if TYPE_CHECKING:
    from reeltui.search import PersonHit, TextHit

__all__ = ["highlight_names", "paragraph_of", "passage_query", "person_narrowing", "reviewed_by"]


def reviewed_by(review: Review | Entry) -> str | None:
    """ "review by Ana Reviewer", or None when the review names nobody (not made visible)."""
    reviewer = review.reviewer
    name = reviewer.name if isinstance(reviewer, Reviewer) else reviewer
    return f"review by {name}" if name else None


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


def passage_query(hit: TextHit, typed: str) -> FindQuery:
    """What to mark in a review opened from a full-text hit: the words the search matched.

    They are the words marked in the hit's snippet (corrections of misspelt words among them)
    and the words typed (`typed`, without the kind prefix), very common ones left out as the
    search leaves them out, the last also as the start of longer words, as the search reads it.
    """
    marked = {hit.snippet[start:end] for start, end in hit.spans if 0 <= start < end}
    words, prefix = searched_words(typed)
    shown = " ".join(typed.split()) or " ".join(sorted(marked))
    return FindQuery(shown, tuple(sorted(marked | words)), prefix)
