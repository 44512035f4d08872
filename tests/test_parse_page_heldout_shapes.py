"""The shape of pages the held-out sets showed and the rules read wrongly: small made-up pages.
Each test fails without its rule and holds a twin in other words."""

from __future__ import annotations

from reeltui.model import Kind
from reeltui.parse.layout import byline_name
from reeltui.parse.scraped import parse_headline
from reeltui.text import fold

from prose_pages import P1, P2, P3, paragraphs, scraped


def _first_paragraph(above: str) -> str:
    top = "Harbour Lights review: a quiet triumph\n\nBy Jane Critic\n\n"
    text = f"{top}{above}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    return paragraphs(scraped(text))[0]


def test_a_photo_saved_as_text_in_brackets_is_no_text_of_the_review() -> None:
    for placeholder in (
        '[Image: Ana Lima and Tom Hale in "Harbour Lights". Credit: Lars Berg / Studio North]',
        "[Picture: Ana Lima on the quay at dawn, in the scene that opens the film and sets its "
        "pace for the two hours that follow. Credit: Studio North]",
        "[Video: Watch the trailer for Harbour Lights]",
    ):
        assert _first_paragraph(placeholder) == P1, placeholder


def test_a_name_and_its_outlet_over_a_date_line_is_the_byline() -> None:
    for byline, date in (
        ("Malin Berg, Harbour Post", "Published May 04, 2007"),
        ("Malin Berg, The Daily Reel", "Updated June 2, 2023"),
    ):
        text = (
            f"Harbour Lights review: a quiet triumph\n\n{byline}\n{date}\n\n{P1}\n\n{P2}\n\n{P3}\n"
        )
        review = scraped(text)
        assert review.reviewer is not None and review.reviewer.name == "Malin Berg", byline
        assert paragraphs(review)[0] == P1


def test_a_guest_or_staff_review_by_line_is_the_byline_not_the_headline() -> None:
    headline = "HARBOUR LIGHTS (1973) RETURNS—AND IT'S STILL WORTH THE TRIP"
    for byline in ("Guest review by Malin Berg", "A staff film review by Malin Berg"):
        text = f"Classic Films\n\n{headline}\n\n1864\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}\n"
        review = scraped(text)
        assert review.reviewer is not None and review.reviewer.name == "Malin Berg", byline
        assert review.headline == headline


def test_a_date_then_by_and_a_colon_is_a_byline_but_a_credit_with_by_is_not() -> None:
    for byline in ("September 9, 2015 by: Malin Berg", "Mar. 2, 2021 by: Malin Berg"):
        text = f"Harbour Lights review: a quiet triumph\n\n{byline}\n\n8\n\n{P1}\n\n{P2}\n\n{P3}\n"
        review = scraped(text)
        assert review.reviewer is not None and review.reviewer.name == "Malin Berg", byline
    assert byline_name("Written and Directed by: Malin Berg") is None


def test_a_byline_with_its_writers_address_in_brackets_names_the_writer() -> None:
    for byline in ("By Malin Berg [malin.berg@example.com]", "BY MALIN BERG (mberg@example.org)"):
        assert fold(byline_name(byline) or "") == "malin berg", byline
        body = f"{P1}\n\n{P2}\n\n{P3}"
        text = f"Harbour Lights review: a quiet triumph\n\n{body}\n\n{byline}\n\nRelated Articles\n"
        review = scraped(text)
        assert review.reviewer is not None and fold(review.reviewer.name) == "malin berg", byline


def test_a_running_time_alone_closing_the_where_to_see_it_line_is_the_runtime() -> None:
    for closing, minutes in (
        ("Harbour Lights (15A) is in selected cinemas from Friday. 118 mins.", 118),
        ("Harbour Lights streams on Netflix from May 2. 96 minutes", 96),
    ):
        top = "Harbour Lights review: a quiet triumph\n\nBy Jane Critic\n\n"
        text = f"{top}{P1}\n\n{P2}\n\n{P3}\n\n{closing}\n"
        assert scraped(text).runtime_minutes == minutes, closing


def test_minutes_in_a_sentence_about_episodes_are_no_runtime() -> None:
    for sentence in (
        "Most of the seven episodes run well over an hour, and the last of them approaches "
        "100 minutes, which is a lot.",
        "The finale, the longest episode of the lot, runs nearly 90 minutes.",
    ):
        text = f"Salt Harbour season 2 review\n\nBy Jane Critic\n\n{P1}\n\n{sentence}\n\n{P3}\n"
        assert scraped(text).runtime_minutes is None, sentence
    text = f"Salt Harbour review\n\nBy Jane Critic\n\n{P1}\n\nIt runs nearly 90 minutes.\n\n{P3}\n"
    assert scraped(text).runtime_minutes == 90


def test_a_season_number_then_its_volume_or_part_is_no_part_of_the_title() -> None:
    for headline, season in (
        ("Harbour Lights 4 Volume 1 Review: The Town Goes Dark", 4),
        ("Harbour Lights 2 Part 2 review: an ending at last", 2),
    ):
        parsed = parse_headline(headline)
        assert (parsed.title, parsed.season, parsed.kind) == ("Harbour Lights", season, Kind.SERIES)
    # No number before the volume: a film's own title.
    assert parse_headline("Harbour Lights: Vol. 2 review").title == "Harbour Lights: Vol. 2"


def test_title_colon_film_review_is_the_headline_and_a_field_label_is_not() -> None:
    for headline in ("Harbour Lights: Film Review", "Harbour Lights: Movie Review"):
        text = (
            f"Reel And Reel Reviews\n\nHome » Film Reviews » {headline}\n\n{headline}\n\n"
            f"by Malin Berg\nNovember 17, 2022\n\n{P1}\n\n{P2}\n\n{P3}\n"
        )
        review = scraped(text)
        assert review.headline == headline
        assert review.film.title == "Harbour Lights"
    text = f"Salt Harbour review: at sea\n\nCategory: Reviews\n\nBy Jane Critic\n\n{P1}\n\n{P2}\n"
    assert scraped(text).headline == "Salt Harbour review: at sea"


def test_a_labelled_rating_in_per_cent_is_out_of_a_hundred_but_not_a_readers() -> None:
    for line, rating in (
        ("HR Rating: 72%", "72/100"),
        ("Our Rating: 64 %", "64/100"),
        ("Reader Rating: 55%", None),
        ("Audience Score: 91%", None),
    ):
        text = f"Harbour Lights review\n\nBy Jane Critic\n\n{P1}\n\n{P2}\n\n{P3}\n\n{line}\n"
        assert scraped(text).rating == rating, line
