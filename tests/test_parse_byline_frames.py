"""Bylines in the page's frame, each on a made-up page with a twin worded differently: a label
of the writer's ("Text:", "Reporter:"; "Words:" under the headline is the byline model's), a
dash before "By", a date then the name, "BY" on a line over the name, a bare name under the
headline that the bio under the review echoes, and a labelled signature closing the review."""

from __future__ import annotations

import pytest

from reeltui.parse.layout import byline_name

from prose_pages import P1, P2, P3, paragraphs, scraped


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Reporter: Cian Ó Dálaigh", "Cian Ó Dálaigh"),
        ("Text: Grace Lim", "Grace Lim"),
        ("Reporter: Orla Kenny-Doyle", "Orla Kenny-Doyle"),
        ("-By Ezra Lind-Barnes", "Ezra Lind-Barnes"),
        ("— Reviewed by Ana Lima", "Ana Lima"),
        ("Saturday, 18 June 2016 | Ravi Das-Rao", "Ravi Das-Rao"),
        ("12 March 2024 | Jane Doe", "Jane Doe"),
    ],
)
def test_a_labelled_or_dated_byline_gives_the_name(line: str, name: str) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(
    "line", ["Text: 10 minutes", "June 5, 2024 | Entertainment", "Reporter: a few thoughts"]
)
def test_a_label_or_date_without_a_name_gives_no_byline(line: str) -> None:
    assert byline_name(line) is None


def test_by_on_a_line_of_its_own_over_the_name() -> None:
    assert byline_name("BY", "Cal Ortiz-Whit") == "Cal Ortiz-Whit"
    assert byline_name("By:", "Ana Lima") == "Ana Lima"
    assert byline_name("BY", "Film / Culture") is None


HEAD = "Harbour Lights at thirty\n\nThe quiet drama that taught a city to look at its harbour.\n\n"


@pytest.mark.parametrize(
    "bio",
    [
        "Nathan Orr-Bright teaches film at a college and is writing a book about harbours.",
        "Nathan Orr-Bright is a labour historian and a member of the harbour workers' union.",
    ],
)
def test_a_bare_name_under_the_headline_that_the_bio_echoes_is_the_byline(bio: str) -> None:
    review = scraped(f"{HEAD}Nathan Orr-Bright\n\n{P1}\n\n{P2}\n\n{P3}\n\n{bio}\n\nShare\n")
    assert review.reviewer is not None
    assert review.reviewer.name == "Nathan Orr-Bright"
    assert paragraphs(review)[-1] == P3


def test_a_bare_name_the_review_goes_on_naming_is_no_byline() -> None:
    # A name alone under the headline that the review names again is a caption's or a
    # character's, even when a line under the review opens on it.
    middle = "Nathan Orr-Bright plays the harbour master, and he is very good indeed in the part."
    bio = "Nathan Orr-Bright is also in cinemas this month in a second film."
    text = f"{HEAD}Nathan Orr-Bright\n\n{P1}\n\n{middle}\n\n{P2}\n\n{P3}\n\n{bio}\n\nShare\n"
    review = scraped(text)
    assert review.reviewer is None or review.reviewer.name != "Nathan Orr-Bright"


@pytest.mark.parametrize("signature", ["Words: Cian Ó Dálaigh", "Text: Cara Ní Bhriain"])
def test_a_labelled_signature_closing_the_review(signature: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{signature}\n\nShare this\n")
    assert review.reviewer is not None
    assert review.reviewer.name == signature.split(": ", 1)[1]
    assert paragraphs(review)[-1] == P3
