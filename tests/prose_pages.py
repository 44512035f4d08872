"""Small made-up review pages for the tests of credits in prose.

`page(*paragraphs, labels=..., headline=..., after=...)` is a scraped page: a headline, a
byline, optional label lines, the paragraphs between an opening and a closing paragraph that
name nobody, then `after` (what follows the review, such as a credit block) and a comment
prompt. `cast(review)` is its credits as {actor: role}.

`scraped(text)` parses any text as a scraped page (`P1`–`P3` are three paragraphs of a review
to build one from); `paragraphs` and `headings` are a review's
paragraphs and section headings, in order.
"""

from __future__ import annotations

from pathlib import Path

from reeltui.model import Review
from reeltui.parse.scraped import parse_scraped

__all__ = [
    "CLOSING", "OPENING", "P1", "P2", "P3", "SALT", "SALT2", "SALT3", "cast", "headings", "page",
    "paragraphs", "scraped",
]  # fmt: skip

OPENING = (
    "The film opens on a grey morning at the edge of a small coastal town, and for a long while "
    "it is content to watch people go about their work without explaining who they are."
)
CLOSING = (
    "It is not a perfect film, and the last twenty minutes sag, but it is a generous and "
    "humane one, and it stays with you for days afterwards."
)

# Three paragraphs of one made-up review of "Harbour Lights", for the page tests.
P1 = (
    "Harbour Lights opens on a quiet street at dawn, and for a long while nothing much "
    "happens, which is exactly the point of the patient and careful direction on display here."
)
P2 = (
    "Later the story widens into a portrait of a whole neighbourhood, each household given "
    "its own small drama, and the performances hold steady through every one of them."
)
P3 = (
    "By the end the film has earned its quiet ending, a closing scene that lands softly "
    "but stays with you long after the lights come up and the credits roll past."
)


def page(
    *paragraphs: str, labels: str = "", headline: str = "Salt Harbour review", after: str = ""
) -> Review:
    """A review page made of these paragraphs (see the module's docstring)."""
    body = "\n\n".join((OPENING, *paragraphs, CLOSING))
    top = f"{headline}\n\nBy Jane Critic\n\n"
    if labels:
        top += labels.strip() + "\n\n"
    text = top + body + "\n" + (f"\n{after}\n\nLeave a comment\n" if after else "")
    return parse_scraped(text, path=Path("page.txt"), review_id="page", problems=[])


def cast(review: Review) -> dict[str, str | None]:
    """The review's credits as {actor: role}."""
    return {c.actor: c.role for c in review.cast}


def scraped(text: str) -> Review:
    """`text` parsed as a scraped page."""
    return parse_scraped(text, path=Path("page.txt"), review_id="page", problems=[])


def paragraphs(review: Review) -> list[str]:
    """The review's paragraphs, every section's in order."""
    return [p for s in review.sections for p in s.paragraphs]


def headings(review: Review) -> list[str]:
    """The review's section headings, in order."""
    return [s.heading for s in review.sections if s.heading]


# Three paragraphs of a review that names its film ("The Salt Road") mid-sentence, never in its
# first words.
SALT = (
    "For a long while nothing much happens on the quiet harbour, which is exactly the point of "
    "the patient and careful direction on display in The Salt Road, a film of tides and silences."
)
SALT2 = (
    "Later the story widens into a portrait of a whole town, and it holds steady through every "
    "one of its small dramas; a quarter of a century on, The Salt Road has lost none of its "
    "weather, and none of its nerve either."
)
SALT3 = (
    "It is not a perfect film, and the last twenty minutes sag, but it is a generous one, and "
    "seeing The Salt Road again on a big screen is a reminder of how much it got right."
)
