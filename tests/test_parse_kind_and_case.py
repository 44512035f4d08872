"""Film or series: cues that speak for the site, and films told in parts; titles in capitals.

A site's tagline or menu naming both kinds ("Film and TV reviews") says nothing about the page
under it; a film whose standfirst counts its parts ("a three-part saga") is still a film when
the count names a film's kind of whole ("saga", "tragedy", "epic"). A miniseries counted in parts
("a four-part adaptation") stays a series. A title taken from a line in capitals is written as
the page writes it elsewhere.
"""

from __future__ import annotations

import pytest

from reeltui.model import Kind

from prose_pages import scraped

FILM_BODY = (
    "The film opens on a frozen harbour at first light, and the camera waits a long time "
    "before anybody speaks, which tells you what kind of movie this is going to be.\n\n"
    "By the middle the film has widened into a portrait of a whole village, and the "
    "performances hold steady through every household it visits.\n\n"
    "It is not a perfect film, and its last stretch sags, but it stays with you for days."
)


def _page(top: str, standfirst: str = "", closing: str = "") -> str:
    parts = [top, "Cold Harbour review: a winter that will not end", "By Ada Marsh"]
    if standfirst:
        parts.append(standfirst)
    parts.append(FILM_BODY)
    if closing:
        parts.append(closing)
    parts.append("Leave a comment")
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    "tagline",
    [
        "Northlight\n\nFilm and TV reviews from the far north",
        "The Reel Desk\n\nMovie and television reviews since 2009",
    ],
)
def test_a_line_naming_both_kinds_is_the_sites(tagline: str) -> None:
    review = scraped(_page(tagline))
    assert review.film.kind is Kind.FILM


@pytest.mark.parametrize(
    "standfirst",
    [
        "The director returns with a three-part tragedy about a family and a border post.",
        "Announced as a two-part epic, the first chapter finally reaches cinemas.",
    ],
)
def test_a_film_in_parts_is_a_film(standfirst: str) -> None:
    review = scraped(_page("Northlight", standfirst))
    assert review.film.kind is Kind.FILM


@pytest.mark.parametrize(
    "closing",
    [
        "Both episodes of Cold Harbour are on the broadcaster's player now.",
        "All four episodes of Cold Harbour stream from Sunday.",
    ],
)
def test_a_series_counted_in_parts_stays_a_series(closing: str) -> None:
    standfirst = "A four-part adaptation for public television keeps both halves of the novel."
    review = scraped(_page("Northlight", standfirst, closing))
    assert review.film.kind is Kind.SERIES


def test_a_tv_tagline_alone_still_files_a_series() -> None:
    review = scraped(_page("Northlight\n\nTV reviews from the far north"))
    assert review.film.kind is Kind.SERIES


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "COLD HARBOUR (15, 98 mins) Drama. Director: Ada Lind.\n\n"
            "Film review: a winter in Cold Harbour that will not end\n\nBy Ada Marsh",
            "Cold Harbour",
        ),
        (
            "WINTER LIGHT review: the snow never stops\n\nBy Ada Marsh\n\n"
            "In Winter Light the snow never stops, and nobody in the village minds.",
            "Winter Light",
        ),
        ("RRR\n\nBy Ada Marsh\n\nRRR is loud, and RRR knows it.", "RRR"),
    ],
)
def test_a_title_in_capitals_is_written_as_the_page_writes_it(text: str, title: str) -> None:
    review = scraped(f"{text}\n\n{FILM_BODY}\n")
    assert review.film.title == title
