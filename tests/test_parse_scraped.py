"""The scraped-text parser: headlines, sections, bylines, junk, and never raising."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reeltui.model import Kind
from reeltui.parse import NotAReview, parse_bytes, parse_file
from reeltui.parse.scraped import parse_headline, parse_scraped

from sample_paths import SEED


@pytest.mark.parametrize(
    ("headline", "title", "year", "kind", "season"),
    [
        (
            "‘A Million Miles Away’ (2023) Review: A Beautiful Story",
            "A Million Miles Away",
            2023,
            "film",
            None,
        ),
        ("'Roma' (2018) review - a memory in black and white", "Roma", 2018, "film", None),
        ("The Martian (2015) Review", "The Martian", 2015, "film", None),
        ("Review: Us (2019)", "Us", 2019, "film", None),
        ("Review: ‘Ocean’s Eleven’ (2001) is still smooth", "Ocean’s Eleven", 2001, "film", None),
        ("‘Severance’ Season 2 (2025) Review: Back to work", "Severance", 2025, "series", 2),
        ("The Bear Season 3 Review", "The Bear", None, "series", 3),
        ("Harbour Lights (2025) Season 2 Review", "Harbour Lights", 2025, "series", 2),
        ("“Nomadland” (2020) Movie Review: Home is the road", "Nomadland", 2020, "film", None),
        (
            "Mission: Impossible – Fallout (2018) Review",
            "Mission: Impossible – Fallout",
            2018,
            "film",
            None,
        ),
    ],
)
def test_headline_patterns(
    headline: str, title: str, year: int | None, kind: str, season: int | None
) -> None:
    info = parse_headline(headline)
    assert (info.title, info.year, info.kind, info.season) == (title, year, Kind(kind), season)


def test_seed_review_extraction() -> None:
    review = parse_file(SEED, SEED.parent)
    assert review.id == "a-million-miles-away-2023"
    assert review.film.title == "A Million Miles Away"
    assert review.film.year == 2023
    assert review.film_key == "a-million-miles-away-2023"
    assert [(c.actor, c.role) for c in review.cast] == [
        ("Michael Pena", "Jose M. Hernandez"),
        ("Rosa Salazar", "Jose’s wife"),
    ]
    assert review.directors == ("Alejandra Marquez Abella",)
    assert review.runtime_minutes == 120
    assert review.platform == "Amazon Prime"
    assert review.rating is None
    assert [s.heading for s in review.sections] == [None, "What’s the Movie About?"]
    assert review.reviewer is not None
    assert review.reviewer.name == "Indrayudh Talukdar"
    assert review.reviewer.bio is not None
    assert review.reviewer.bio.startswith("Indrayudh has a master's degree")
    body = review.body_text()
    assert body.endswith("let us know how you feel!")
    assert "Latest articles" not in body
    assert "Indrayudh" not in body
    assert body.count("With a taut script") == 1
    assert review.problems == ()
    assert 1100 < review.word_count < 1300


def _parse(text: str) -> object:
    return parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])


def test_plot_characters_are_not_cast() -> None:
    text = (
        "‘Film’ (2020) Review\n\n"
        "Ana Lima stars as Rita Moreno, a nurse. Rita falls for Tom Baker, and Tom Baker "
        "leaves. The real-life pilot Amelia Earhart is mentioned.\n"
    )
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert [(c.actor, c.role) for c in review.cast] == [("Ana Lima", "Rita Moreno")]


def test_starring_list_and_directed_by() -> None:
    text = (
        "Heat (1995) Review\n\n"
        "Directed by Michael Mann and starring Al Pacino, Robert De Niro and Val Kilmer, it "
        "runs 170 minutes. On Netflix now. Rating: 4.5/5\n"
    )
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert review.directors == ("Michael Mann",)
    assert [c.actor for c in review.cast] == ["Al Pacino", "Robert De Niro", "Val Kilmer"]
    assert all(c.role is None for c in review.cast)
    assert review.runtime_minutes == 170
    assert review.platform == "Netflix"
    assert review.rating == "4.5/5"


def test_hours_and_minutes_runtime() -> None:
    text = "X (2001) Review\n\nIt lasts a brisk 2h 10m and never drags.\n"
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert review.runtime_minutes == 130


def test_headings_byline_once_without_bio_and_share_junk() -> None:
    text = (
        "‘Film’ (2021) Review: Fine\n\nOpening paragraph of the review, long enough to read.\n\n"
        "The Good\n\nThe acting is good.\n\nThe Bad\n\nThe script is bad.\n\n"
        "Jane Doe\n\nShare this:\n\nFacebook\n\nX\n"
    )
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert [s.heading for s in review.sections] == [None, "The Good", "The Bad"]
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"
    assert review.reviewer.bio is None
    assert "Facebook" not in review.body_text()


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "X (2001) Review\n\nThis paragraph was wrapped by a tool at a fixed width so\n"
        "that it continues on the next line and should be read as one.\n"
    )
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert len(review.sections[0].paragraphs) == 1


def test_missing_year_is_a_note_not_a_crash() -> None:
    review = parse_scraped(
        "Some Picture Review\n\nText.", path=Path("f.txt"), review_id="f", problems=[]
    )
    assert review.film.title == "Some Picture"
    assert review.film.year is None
    assert "no year stated" in review.notes
    assert not any("year" in p for p in review.problems)


@pytest.mark.parametrize("data", [b"", b"   \n\n ", b"\x00\x01binary\x00"])
def test_empty_and_binary_files_are_not_reviews(data: bytes) -> None:
    with pytest.raises(NotAReview):
        parse_bytes(data, path=Path("x.txt"), review_id="x")


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_parser_never_raises_on_text(text: str) -> None:
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert isinstance(review.film.title, str)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_parser_never_raises_on_bytes(data: bytes) -> None:
    try:
        review = parse_bytes(data, path=Path("x.txt"), review_id="x")
    except NotAReview:
        return
    assert "\x1b" not in review.body_text()


_words = st.sampled_from(
    [
        "Michael",
        "Pena",
        "stars",
        "as",
        "Jose",
        "directed",
        "by",
        "starring",
        "plays",
        ",",
        ".",
        "and",
        "The",
        "Good",
        "\n\n",
        "Review",
        "(2023)",
        "‘",
        "’",
        "runtime",
        "is",
        "120",
        "minutes",
        "on",
        "Netflix",
        "Latest articles",
        "Rating:",
        "3.5/5",
        "M.",
        "in the role of",
    ]
)


@settings(max_examples=300)
@given(st.lists(_words, max_size=200))
def test_parser_never_raises_on_review_like_text(words: list[str]) -> None:
    review = parse_scraped(" ".join(words), path=Path("x.txt"), review_id="x", problems=[])
    for credit in review.cast:
        assert credit.actor.strip()


def test_an_n_episode_show_in_the_first_paragraph_is_a_series() -> None:
    text = (
        "‘Harbour Lights’ Review: A Storm Worth Waiting For\n\nBy Jane Doe\n\n"
        "The surprise of Harbour Lights, the eight-episode spin-off of a film nobody loved, is "
        "how much room there is inside it for a town, a storm and a family that will not leave.\n\n"
        "Ana Lima (Ria) holds it together, and the writing gives her a great deal to hold, "
        "from the first storm to the last quiet scene by the water at the end of it all.\n"
    )
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert review.film.kind is Kind.SERIES


def test_a_rating_labelled_with_the_sites_name() -> None:
    text = (
        "Harbour Lights review: a quiet triumph\n\nBy Jane Doe\n\nReel's rating: 4/5\n\n"
        "The film opens on a quiet street at dawn, and for a long while nothing much happens, "
        "which is exactly the point of the patient and careful direction on display here.\n\n"
        "Later the story widens into a portrait of a whole neighbourhood, each household given "
        "its own small drama, and the performances hold steady through every one of them.\n"
    )
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    assert review.rating == "4/5"


def test_a_name_cut_in_two_is_not_a_second_credit() -> None:
    from reeltui.model import Credit
    from reeltui.parse.scraped import _drop_misread_credits

    cast = (Credit("Shah Rukh", "Khan"), Credit("Shah Rukh Khan", "Azad"), Credit("Nayanthara"))
    kept = _drop_misread_credits(cast, ("Atlee",), {"shah rukh"})
    assert [c.actor for c in kept] == ["Shah Rukh Khan", "Nayanthara"]
    # the director's surname with a film in brackets, unless a cast label lists the "actor"
    cast = (Credit("Zac Efron", "Kevin"), Credit("Martha Marcy May Marlene", "Durkin"))
    assert _drop_misread_credits(cast, ("Sean Durkin",), set()) == cast[:1]
    assert _drop_misread_credits(cast, ("Sean Durkin",), {"martha marcy may marlene"}) == cast


def test_a_number_in_the_file_name_that_is_the_titles_is_no_year() -> None:
    text = (
        "Scam 1992 Review: A Bull Run\n\nBy Jane Doe\n\n"
        "Scam 1992 is the story of a broker who became a legend and then a warning, told over "
        "ten long episodes with a patience that most streaming shows never find at all.\n\n"
        "Later the story widens into a portrait of a whole market, each trader given "
        "their own small drama, and the performances hold steady through every one of them.\n"
    )
    review = parse_scraped(text, path=Path("site--scam-1992.txt"), review_id="x", problems=[])
    assert review.film.title == "Scam 1992"
    assert review.film.year is None
