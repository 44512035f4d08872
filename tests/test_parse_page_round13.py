"""Page shapes of round thirteen, each page made up for the test, with a twin the rule must
leave alone: a photo's caption or a share prompt over the first paragraph, a numbered list's
heads, notes of the printed edition and the writer's tagline after the review, fact and
listing lines over it."""

from __future__ import annotations

from prose_pages import P1, P2, P3, headings, paragraphs, scraped

HEADED = (
    "Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n{top}\n\n{P1}\n\n"
    "The keeper\n\n{P2}\n\nThe town\n\n{P3}\n\nLeave a comment\n"
)


def _headed(top: str) -> str:
    return HEADED.format(top=top, P1=P1, P2=P2, P3=P3)


def test_a_credited_caption_over_the_first_paragraph_is_no_heading() -> None:
    review = scraped(_headed("Ana Lima in Harbour Lights (Fenwick)"))
    assert headings(review) == ["The keeper", "The town"]


def test_a_share_prompt_over_the_first_paragraph_is_no_heading() -> None:
    review = scraped(_headed("Kindly share this story:"))
    assert headings(review) == ["The keeper", "The town"]
    assert not any("share" in p for p in paragraphs(review))


def test_a_heading_over_the_first_paragraph_in_the_reviews_style_stays() -> None:
    review = scraped(_headed("The story"))
    assert headings(review) == ["The story", "The keeper", "The town"]


def _numbered(top: str, last: str) -> str:
    items = [
        ("1. Ana Lima As The Keeper", P1),
        ("2. That Lighthouse", P2),
        ("3. The Town Itself", P3),
        (last, P1.replace("Harbour Lights", "The ending")),
    ]
    body = "\n\n".join(f"{head}\n\n{text}" for head, text in items)
    return (
        "Harbour Lights: 3 Things That Work And 1 That Doesn't\n\nBy Jane Doe\n\n"
        f"{top}\n\nThe first series of Harbour Lights has just ended, and it is the best thing "
        "on television this year, though it is not flawless, so here is what works.\n\n"
        f"{body}\n\nLeave a comment\n"
    )


def test_a_numbered_lists_last_head_ending_in_a_bang_is_a_heading() -> None:
    review = scraped(_numbered("Hexagon TV", "4. Far Too Short!"))
    assert headings(review) == [
        "1. Ana Lima As The Keeper",
        "2. That Lighthouse",
        "3. The Town Itself",
        "4. Far Too Short!",
    ]


def test_a_numbered_line_out_of_sequence_stays_text() -> None:
    review = scraped(_numbered("Hexagon TV", "9. Far Too Short!"))
    assert "9. Far Too Short!" not in headings(review)


def test_a_channels_credit_over_a_numbered_list_is_no_heading() -> None:
    review = scraped(_numbered("HTV", "4. The Ending"))
    assert headings(review)[0] == "1. Ana Lima As The Keeper"
