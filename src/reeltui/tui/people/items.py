"""What a person's page lists, as items: the lines of its header, its films, reviews and
mentions, in order. No Textual here: the page's view (`view.py`) draws these items, and the
tests read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from reeltui.model import Review
from reeltui.search.people import (
    MAX_MENTIONS,
    MENTION_SECTIONS,
    Mention,
    Mentions,
    PersonFilm,
    PersonPage,
    credit_word,
    mentions_line,
)
from reeltui.words import counted

__all__ = ["ItemKind", "PageChoice", "PageItem", "page_items", "page_title"]

#: Said under a list of mentions that reached a bound.
_BOUNDED = (
    f"There may be more: a page reads at most {MENTION_SECTIONS:,} passages of review text and "
    f"lists at most {MAX_MENTIONS:,} sentences."
)


class ItemKind(Enum):
    """What an item of the page is."""

    NAME = "name"
    LINE = "line"
    TEXT = "text"
    HEADING = "heading"
    FILM = "film"
    REVIEW = "review"
    MENTION = "mention"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class PageChoice:
    """What the user chose on a page: a review to read, at a sentence when `mention` is set;
    with `film`, any review of its film will do (the one read last, say)."""

    review: Review
    mention: Mention | None = None
    film: bool = False


@dataclass(frozen=True, slots=True)
class PageItem:
    """One item of a page: a line of text, or a film, review or mention that can be opened."""

    kind: ItemKind
    text: str = ""
    film: PersonFilm | None = None
    review: Review | None = None
    mention: Mention | None = None

    @property
    def choice(self) -> PageChoice | None:
        """What opening this item reads (None: it cannot be opened)."""
        if self.film is not None and self.film.reviews:
            return PageChoice(self.film.reviews[0], film=True)
        if self.review is not None:
            return PageChoice(self.review)
        if self.mention is not None:
            return PageChoice(self.mention.review, self.mention)
        return None


def page_items(page: PersonPage, mentions: Mentions | None, waiting: str | None) -> list[PageItem]:
    """The items of a page: name, roles, spellings, bio; films; reviews; mentions.

    `mentions` are the sentences found (None: not yet); `waiting` says why there are none yet
    ("Looking for…", "indexing…"), or None when they will not come.
    """
    items = [
        PageItem(ItemKind.NAME, page.name),
        PageItem(ItemKind.LINE, page.describe()),
    ]
    if page.other_spellings:
        items.append(PageItem(ItemKind.LINE, "Also written " + ", ".join(page.other_spellings)))
    rated = page.average
    if rated is not None:
        line = f"Their ratings average {rated.label} over {counted(rated.count, 'review')}"
        items.append(PageItem(ItemKind.LINE, line))
    if page.bio:
        items.append(PageItem(ItemKind.TEXT, page.bio))
    if page.films:
        label = "Films" if "actor" in page.roles or "director" in page.roles else "Credits"
        items.append(PageItem(ItemKind.HEADING, f"{label} · {len(page.films):,}"))
        items.extend(PageItem(ItemKind.FILM, film=film) for film in page.films)
    if page.reviews:
        items.append(PageItem(ItemKind.HEADING, f"Reviews · {len(page.reviews):,}"))
        items.extend(PageItem(ItemKind.REVIEW, review=review) for review in page.reviews)
    if page.has_credits:
        if mentions is not None:
            items.append(
                PageItem(ItemKind.HEADING, f"Mentioned in reviews · {mentions_line(mentions)}")
            )
            if not mentions.found:
                items.append(PageItem(ItemKind.NOTE, "No review text names them."))
            items.extend(PageItem(ItemKind.MENTION, mention=m) for m in mentions.found)
            if not mentions.complete:
                items.append(PageItem(ItemKind.NOTE, _BOUNDED))
        elif waiting is not None:
            items.append(PageItem(ItemKind.HEADING, "Mentioned in reviews"))
            items.append(PageItem(ItemKind.NOTE, waiting))
    return items


def page_title(page: PersonPage) -> str:
    """The page's title for its header: "Actor · Michael Peña"."""
    return f"{credit_word(page)} · {page.name}"
