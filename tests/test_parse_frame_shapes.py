"""Shapes of the page's frame, each on a made-up page with a twin worded differently: the
site's name glued after the byline's name, a date line that opens on a weekday and holds two
dates, and the film's year in brackets after its title with its maker, country or own title,
or in a paragraph of credits ("Studio, 1950.")."""

from __future__ import annotations

import pytest

from reeltui.parse.layout import byline_name, is_date_line

from prose_pages import P1, P2, P3, headings, paragraphs, scraped

BODY = f"{P1}\n\n{P2}\n\n{P3}\n"


@pytest.mark.parametrize(
    ("page", "name"),
    [
        # The masthead over a row of links names the site; the byline runs it on.
        (
            "Harbour Post\nNews | Film | TV | Reviews\n\nReview: Harbour Lights is a quiet "
            f"marvel\n\nBy Ines Marlow  Harbour Post\nJune 2, 2024\n\n{BODY}\n"
            "Harbour Post | Terms of Use | Privacy\n",
            "Ines Marlow",
        ),
        # The twin: the first line is the site's name because the footer repeats it; the
        # byline keeps the first of its words and a job title.
        (
            f"SEA TIMES\n\nReview: Harbour Lights is a quiet marvel\n\nBy TOMAS REYNE  SEA Film "
            f"Writer\nJune 2, 2024\n\n{BODY}\nSEA TIMES\n© 2024 All rights reserved\n",
            "TOMAS REYNE",
        ),
    ],
)
def test_the_site_glued_after_the_byline_is_cut(page: str, name: str) -> None:
    review = scraped(page)
    assert review.reviewer is not None
    assert review.reviewer.name == name


def test_a_name_over_a_line_of_two_dates() -> None:
    for dates in (
        "Fri Aug 13, 2021 12:00 AM  Last update on: Fri Aug 13, 2021 02:15 AM",
        "Mon Mar 4, 2024 09:30 AM Updated on: Tue Mar 5, 2024 10:00 AM",
    ):
        assert is_date_line(dates)
        assert byline_name(dates, "x") is None  # the weekday and month are no name
        review = scraped(
            f"Review: Harbour Lights is a quiet marvel\n\nRuth Okoro-Lane\n{dates}\n\n{BODY}"
        )
        assert review.reviewer is not None
        assert review.reviewer.name == "Ruth Okoro-Lane"


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Harbour Lights (Ana Lima, Portugal, 1979)", 1979),
        ("In Ana Lima's Harbour Lights (Luzes do Porto, 1966), the harbour is a stage.", 1966),
    ],
)
def test_a_year_in_brackets_after_the_title(line: str, year: int) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{line}\n\n{BODY}")
    assert review.film.title == "Harbour Lights"
    assert review.film.year == year


@pytest.mark.parametrize(
    "credits",
    [
        "Harbour Lights. Directed by Ana Lima. Daiei, 1950. 88 minutes. With Tom Hale, Rosa Diaz.",
        "Harbour Lights. Produced by Ana Lima; directed by Ines Marlow. 1961. Starring Tom Hale.",
    ],
)
def test_a_year_in_a_paragraph_of_credits(credits: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{credits}\n\n{BODY}")
    assert review.film.title == "Harbour Lights"
    assert review.film.year in (1950, 1961)
    assert str(review.film.year) in credits


@pytest.mark.parametrize(
    "contents",
    [
        "Jump to: The story so far | The cast | Is it any good?",
        "Skip ahead: Where does it begin? | Who plays whom? | Should you watch it?",
        "In this article: How it begins | Who plays whom | The verdict",
    ],
)
def test_a_line_of_contents_over_the_review_is_furniture(contents: str) -> None:
    first, second, third = contents.split(": ", 1)[1].split(" | ")
    long1, long2 = f"{P1} {P2}", f"{P2} {P3}"
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Critic\n\n{contents}\n\n{long1}\n\n{first}\n\n"
        f"{long2}\n\n{second}\n\n{long1}\n\n{third}\n\n{long2}\n"
    )
    assert paragraphs(review)[0] == long1
    assert headings(review) == [first, second, third]


@pytest.mark.parametrize(
    "extras",
    [
        "Extras: Introduction by a film historian; the alternative ending; commentary; trailer.",
        "Special Features: audio commentaries on two episodes, a making-of featurette, deleted "
        "scenes.",
    ],
)
def test_a_labelled_list_of_a_disc_closes_no_review(extras: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{BODY}\n{extras}\n")
    assert paragraphs(review)[-1] == P3


def test_a_closing_sentence_or_verdict_after_a_label_stays() -> None:
    for last in (
        "My advice: make some popcorn, be patient with the first hour, and let it carry you.",
        "Verdict: tense, clever, humane.",
    ):
        review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{BODY}\n{last}\n")
        assert paragraphs(review)[-1] == last
