"""A film's certificate printed in brackets after its title, as British papers do under the
headline ("Sorry We Missed You (15)"), is no part of the title."""

from __future__ import annotations

from prose_pages import P3, SALT, SALT2, SALT3, scraped


def test_a_bracketed_certificate_after_the_title_under_a_phrase_headline() -> None:
    review = scraped(
        "The Evening Post\nNews  Sport  Culture  Subscribe\n\nFeatures > Film\n\n"
        "Tides of a quiet harbour\n\n"
        "ANA LIMA admires a patient drama about a fishing town and the road out of it\n\n"
        "The Salt Road (15)\nDirected by Marta Quinn\n★★★★☆\n\n"
        f"{SALT}\n\n{SALT2}\n\n{P3}\n"
    )
    assert review.film.title == "The Salt Road"


def test_a_bracketed_certificate_after_the_title_over_the_stars() -> None:
    review = scraped(
        "Weekend film\n\nA long night at sea\n\nBy Tom Reyes\n4 May 2024\n\n"
        "The Salt Road (12A)\n★★★\n\n"
        f"{SALT}\n\n{SALT3}\n\n{SALT2}\n"
    )
    assert review.film.title == "The Salt Road"
