"""Stars typed as asterisks, as older sites print them: "***1/2 (out of four)" on a line of its
own, "Rating: ****1/2" under a label. A line of asterisks alone stays a break between sections.
And a scale printed on a line of its own beside the stars ("(out of 4)" over "★★★★"). Small
made-up pages."""

from __future__ import annotations

import pytest

from reeltui.parse.labels import canonical_rating

from prose_pages import P1, P2, P3, paragraphs, scraped


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("***1/2 (out of four)", "3.5/4"),
        ("** (out of 4)", "2/4"),
        ("****1/2", "4.5/5"),
        ("***½", "3.5/5"),
    ],
)
def test_asterisks_with_a_half_or_a_scale(text: str, rating: str) -> None:
    assert canonical_rating(text) == rating


@pytest.mark.parametrize("text", ["***", "* * *", "****"])
def test_asterisks_alone_are_no_rating(text: str) -> None:
    # The twin: nothing but asterisks is how a text parts its sections.
    assert canonical_rating(text) is None


PAGE = (
    "Harbour Lights (United Kingdom, 1996)\nA movie review by Jane Critic\n\n"
    "***1/2 (out of four)\n\n" + "\n\n".join((P1, P2, P3)) + "\n"
)


def test_an_asterisk_line_with_its_scale_over_the_review() -> None:
    assert scraped(PAGE).rating == "3.5/4"


def test_a_score_line_over_the_review_is_no_text_of_it() -> None:
    review = scraped(PAGE)
    assert paragraphs(review)[0].startswith("Harbour Lights opens")
    # The twin: the same page with stars drawn as glyphs.
    assert paragraphs(scraped(PAGE.replace("***1/2", "★★★½")))[0].startswith("Harbour Lights")


def test_a_labelled_asterisk_rating_with_a_half() -> None:
    page = "Harbour Lights review\n\nBy Jane Critic\n\n" + "\n\n".join((P1, P2, P3))
    page += "\n\nOur rating: ****1/2\n"
    assert scraped(page).rating == "4.5/5"


@pytest.mark.parametrize("stars", ["(out of 4)\n\n★★★", "★★★\n\nout of four stars"])
def test_a_scale_on_the_line_by_the_stars(stars: str) -> None:
    page = f"Harbour Lights\n\nBy Jane Critic\n\n{stars}\n\n" + "\n\n".join((P1, P2, P3))
    assert scraped(page).rating == "3/4"


def test_stars_with_no_scale_by_them_are_out_of_five() -> None:
    # The twin: nothing beside the stars says otherwise.
    page = "Harbour Lights\n\nBy Jane Critic\n\n★★★\n\n" + "\n\n".join((P1, P2, P3))
    assert scraped(page).rating == "3/5"


def test_a_grade_run_on_after_the_last_sentence_is_no_text() -> None:
    page = "Harbour Lights review\n\nBy Jane Critic\n\n" + "\n\n".join((P1, P2, P3))
    review = scraped(page + " Grade: B+\n")
    assert review.rating == "B+"
    assert paragraphs(review)[-1] == P3
    # The twin: a grade in the middle of a sentence stays text.
    review = scraped(page.replace("credits roll past.", "credits roll; Grade: B+ it is not."))
    assert paragraphs(review)[-1].endswith("Grade: B+ it is not.")
