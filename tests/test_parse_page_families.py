"""Families of page furniture that fooled the page rules on sites never seen: photo captions
that end with their credit, icon labels glued to text, the labels a site slots between
paragraphs, headings in capitals that read as names, where-to-watch lines over the review,
bylines glued to the site's name, and headlines whose title hides behind a tagline or a first
person. Each page is made up for the test, with cases where the rule must not fire."""

from __future__ import annotations

from pathlib import Path

from reeltui.model import Review
from reeltui.parse.scraped import parse_scraped

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
P4 = (
    "Nothing in it is hurried and nothing is wasted, and the last shot of the harbour at "
    "night is as lovely a thing as any film has given us in a long while."
)


def scraped(text: str) -> Review:
    return parse_scraped(text, path=Path("page.txt"), review_id="page", problems=[])


def paragraphs(review: Review) -> list[str]:
    return [p for s in review.sections for p in s.paragraphs]


def headings(review: Review) -> list[str]:
    return [s.heading for s in review.sections if s.heading]


# --- an icon's label glued to a caption ------------------------------------------------------


def test_an_icon_label_glued_to_a_caption_makes_no_actor() -> None:
    review = scraped(
        "Harbour Lights review\n\nBy Jane Doe\n\n"
        "Camera IconAna Lima as Rosa Vale in Harbour Lights. Credit: Netflix\n\n"
        f"{P1}\n\n{P2}\n\nAna Lima plays Rosa Vale with great warmth and no vanity at all, "
        f"and the film is better for it in every scene she has.\n\n{P3}\n"
    )
    actors = [c.actor for c in review.cast]
    assert "Ana Lima" in actors
    assert not any("Icon" in a for a in actors)
