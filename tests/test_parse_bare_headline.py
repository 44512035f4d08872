"""A headline that is a bare title stands, however the review's paragraphs mark another film.

The page is the corpus's Little White Lies review, whose text never repeats the title its
headline gives; a sentence about another film, with its year and its star, is set into it."""

from __future__ import annotations

from pathlib import Path

from prose_pages import cast, scraped

PAGE = Path(__file__).parent / "corpus" / "docs" / "littlewhitelies--portrait-of-a-lady-on-fire.txt"


def _with(sentence: str, at: int) -> str:
    paragraphs = PAGE.read_text(encoding="utf-8").split("\n\n")
    return "\n\n".join([*paragraphs[:at], sentence, *paragraphs[at:]])


def test_another_film_and_its_year_in_the_review_do_not_replace_a_bare_title() -> None:
    page = _with(
        "The obvious precedent is Night Bus (2009), where Colm Ferris plays a driver who "
        "never sleeps.",
        9,
    )
    review = scraped(page)
    assert review.film.title == "Portrait of a Lady on Fire"
    assert "Colm Ferris" not in cast(review)


def test_a_twin_with_the_other_film_as_the_subject() -> None:
    page = _with(
        "Iron Gulls (1998), in which Dana Petrova plays a lighthouse keeper, tried the same "
        "trick and failed.",
        10,
    )
    review = scraped(page)
    assert review.film.title == "Portrait of a Lady on Fire"
    assert "Dana Petrova" not in cast(review)
