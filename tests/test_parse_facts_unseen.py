"""The film's facts as pages of sites never seen write them: directors named only in prose
(two siblings, a pair in brackets, a relative clause before the verb, "in X's film"), a fact box
whose labels have no colon, a saved page's label elements, a later season's history, several
channels in one phrase. The pages and names are made up, so a rule passes here because of how
the page is written, not because of who is in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.model import Kind
from reeltui.parse.html import parse_html
from reeltui.parse.labels import label_kind, scan_labels
from reeltui.parse.scraped import parse_scraped

from prose_pages import P1, P2, P3, page, scraped

# --- directors in prose ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Directed by Rafe and Tomas Kellner, it is a horror film about a game at a party.",
        "The new film from Rafe and Tomas Kellner is a horror film about a game at a party.",
        "Rafe and Tomas Kellner's film is a horror film about a game at a party.",
        "The Kellners (Rafe Kellner and Tomas Kellner) have made a wild horror film about a game.",
    ],
)
def test_two_directors_who_share_a_surname(sentence: str) -> None:
    review = page(sentence)
    assert review.directors == ("Rafe Kellner", "Tomas Kellner")


def test_a_cast_pair_keeps_its_one_word_name() -> None:
    # A star known by one name and a full name: the pair is cast, and no one is given a
    # surname that is not theirs.
    review = page("Starring Zendra and Tom Halloway, it is a slight comedy of two neighbours.")
    assert not any(d.startswith("Zendra ") for d in review.directors)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ines Morrow, who also wrote the script, has made a tender film about two old friends.",
        "Ines Morrow (who also wrote the screenplay) has made a tender film about two friends.",
        "The two of them meet again in Ines Morrow's tender film about two old friends.",
        "That moment is the key to Ines Morrow's film, which never raises its voice.",
        "Naslen Abu and Teo Park make Ines Morrow's seaside rom-com a pure delight.",
    ],
)
def test_a_director_named_only_in_prose(sentence: str) -> None:
    assert page(sentence).directors == ("Ines Morrow",)


@pytest.mark.parametrize(
    "sentence",
    [
        # an actor's first part, another film, the director's relations
        "Ines Morrow makes her film debut as a ferry captain with a secret.",
        "The ending is a nod to Ines Morrow's film about the same harbour.",
        "Halden wrote it with his partner, the Norwegian filmmaker Ines Morrow.",
    ],
)
def test_prose_that_names_no_director(sentence: str) -> None:
    assert "Ines Morrow" not in page(sentence).directors


def test_a_series_creator_who_directs_an_episode() -> None:
    review = page(
        "Otto Brandt, who created the show, directs the season premiere, while Lena Vos "
        "directs two episodes in the middle of the run.",
        headline="Harbour Kitchen Season 2 review",
    )
    assert review.directors == ("Otto Brandt", "Lena Vos")


def test_a_saved_pages_summary_names_the_director() -> None:
    body = "".join(
        f"<p>Paragraph {n} of the review is about the caper and its people, and it runs long "
        "enough to be read as running text by the parser of saved pages.</p>"
        for n in range(6)
    )
    html = (
        '<!DOCTYPE html><html><head><meta name="description" content="Ines Morrow\'s '
        'screwball noir gives its lead the role of a lifetime."></head><body><article>'
        f"<h1>Grey Tide review: a caper</h1><p class='byline'>By Jane Doe</p>{body}"
        "</article></body></html>"
    )
    review = parse_html(html, path=Path("p.html"), review_id="p", problems=[])
    assert review.directors == ("Ines Morrow",)


# --- fact boxes ----------------------------------------------------------------------------------


def test_labels_without_a_colon_on_their_own_line() -> None:
    hits = scan_labels(
        [
            "Grey Tide (Harmaa vuorovesi)",
            "Rating ★★★★½",
            "Run Time 106 mins.",
            "Release Date June 14, 2024",
            "Directors Ines Morrow, Otto Brandt",
            "Language Finnish",
        ]
    )
    found = {hit.kind: hit.value for hit in hits}
    assert found["runtime"] == "106 mins."
    assert found["release"] == "June 14, 2024"
    assert found["director"] == "Ines Morrow, Otto Brandt"


@pytest.mark.parametrize(
    "line",
    [
        "Director Ines Morrow returns to the harbour with a quieter film.",
        "Duration matters less than you would think in a film like this.",
        "Released in 2023 to little fanfare, it has since found its audience.",
        "Year after year the town holds its breath.",
    ],
)
def test_a_sentence_that_begins_with_a_label_word_is_no_label(line: str) -> None:
    assert scan_labels([line]) == []


def test_a_label_with_a_remark_in_brackets() -> None:
    assert label_kind("Release Date (Theaters)") == "release"
    assert label_kind("Director(s)") == "director"
    assert label_kind("Runtime (mins)") == "runtime"


def test_a_closing_fact_box_gives_runtime_and_rating() -> None:
    text = (
        "Grey Tide review: a quiet film\n\nBy Jane Critic\n\n"
        + "\n\n".join(
            f"Paragraph {n} of the review is about the harbour and its people, and it goes on "
            "long enough to be read as the review's own running text."
            for n in range(4)
        )
        + "\n\nGrey Tide\nRating ★★★★\nRun Time 1h 52m\nLanguage Finnish\n"
    )
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert review.runtime_minutes == 112
    assert review.rating == "4/5"


_BODY = "".join(
    f"<p>Paragraph {n} of the review is about the show and its people, and it runs long enough "
    "to be read as running text by the parser of saved pages.</p>"
    for n in range(6)
)


def test_a_review_card_with_label_elements() -> None:
    html = (
        "<!DOCTYPE html><html><body><article><h1>Grey Tide Season 2 Review: colder still</h1>"
        f"<p class='byline'>By Jane Doe</p>{_BODY}"
        "<div class='review-card'><span class='score'>8/10</span><ul>"
        "<li><span class='label'>Release Date</span> March 3, 2022</li>"
        "<li><span class='label'>Network</span> Apple TV+</li>"
        "<li><span class='label'>Directors</span> Ines Morrow, Otto Brandt</li>"
        "<li><span class='label'>Showrunner</span> Lena Vos</li>"
        "<li><span class='label'>Seasons:</span> 2</li></ul></div>"
        "<p>A last word: <span class='label'>Exclusive</span> the harbour scenes were shot "
        "on the coast, in the cold, over several long winters of work.</p>"
        "</article></body></html>"
    )
    for engine in ("own", "auto"):
        review = parse_html(html, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        assert review.directors == ("Ines Morrow", "Otto Brandt"), engine
        assert review.film.year == 2022, engine
        assert review.platform == "Apple TV+", engine
        assert "Lena Vos" not in review.directors
        assert "Exclusive:" not in review.body_text() and "::" not in review.body_text()


def test_a_side_box_label_over_its_value_takes_no_more_lines() -> None:
    html = (
        "<!DOCTYPE html><html><body><article><h1>Grey Tide</h1>"
        "<p class='byline'>Jane Doe</p>"
        "<div class='kids'><h3>Kids Who Like This Movie</h3>"
        "<p>Might Also Like: Harbour Lights, Salt, Low Tide</p></div>"
        f"<h2>Plot Summary</h2>{_BODY}"
        "<aside class='movie-info'><dl><dt>Release Date</dt><dd>June 14, 2024</dd>"
        "<dt>Director</dt><dd>Ines Morrow</dd><dt>Distributor</dt><dd>Pictures</dd></dl></aside>"
        "</article></body></html>"
    )
    review = parse_html(html, path=Path("p.html"), review_id="p", problems=[])
    assert review.directors == ("Ines Morrow",)
    assert review.film.year == 2024


def test_a_box_heading_with_the_title_and_year() -> None:
    html = (
        "<!DOCTYPE html><html><body><article><h1>Grey Tide review: a caper</h1>"
        "<p class='byline'>By Jane Doe</p><section class='title-card'><img src='p.jpg' alt=''>"
        "<div class='meta'><h2>Grey Tide (2023)</h2><p>Web Series &middot; 8 Episodes</p>"
        "<p>Where to watch: <a>Netflix</a></p><a class='cta'>Watch Now</a></div></section>"
        f"<div class='review-body'>{_BODY}</div></article></body></html>"
    )
    for engine in ("own", "auto"):
        review = parse_html(html, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        assert review.film.year == 2023, engine


# --- ratings ---------------------------------------------------------------------------------


def _film_page(top: str = "", end: str = "") -> str:
    return (
        f"Grey Tide review: a quiet film\n\nBy Jane Critic\n\n{top}\n\n"
        + "\n\n".join(
            f"Paragraph {n} of the review is about the harbour and its people, and it goes on "
            "long enough to be read as the review's own running text."
            for n in range(4)
        )
        + f"\n\n{end}\n"
    )


@pytest.mark.parametrize(
    ("top", "end", "rating"),
    [
        ("Rating: ****", "", "4/5"),
        ("Rating: ***½", "", "3.5/5"),
        ("Rating: 3.5", "", "3.5/5"),
        ("", "Rating: 3½/5", "3.5/5"),
        ("", "Three and a half stars out of five.", "3.5/5"),
        ("", "Our verdict\nA lovely, patient film.\n7/10", "7/10"),
        ("", "Grade: B+ (Good)", "B+"),
    ],
)
def test_rating_forms(top: str, end: str, rating: str) -> None:
    review = parse_scraped(_film_page(top, end), path=Path("p.txt"), review_id="p", problems=[])
    assert review.rating == rating


@pytest.mark.parametrize(
    ("top", "end"),
    [
        ("User rating: 4.5/5", ""),
        ("Audience score: 87%", ""),
        ("", "***\n\nA last paragraph after a break in the text, and a long one at that."),
        ("", "Our verdict\nA lovely, patient film."),
        ("Rating: 15", ""),
    ],
)
def test_no_rating_of_the_reviewers(top: str, end: str) -> None:
    review = parse_scraped(_film_page(top, end), path=Path("p.txt"), review_id="p", problems=[])
    assert review.rating is None


# --- year, season, platform -------------------------------------------------------------------


def _series_page(headline: str, opening: str, closing: str = "") -> str:
    return (
        f"{headline}\n\nBy Jane Critic\n\n{opening}\n\n"
        + "\n\n".join(
            f"Paragraph {n} of the review is about the show and its people, and it goes on "
            "long enough to be read as the review's own running text."
            for n in range(3)
        )
        + (f"\n\n{closing}" if closing else "")
        + "\n"
    )


@pytest.mark.parametrize(
    ("top", "end", "year", "runtime"),
    [
        ("Grey Tide | 2023 | 1h 52m | Drama", "", 2023, 112),
        ("R, 2023, Drama, 1h 52m", "", 2023, 112),
        ("", "Production year: 2023", 2023, None),
        # a publish date, the story's setting and a novel's year are not the film's
        ("Set in 1947, on a harbour", "Based on the 1998 novel", None, None),
    ],
)
def test_a_films_year_and_runtime_in_info_lines(
    top: str, end: str, year: int | None, runtime: int | None
) -> None:
    text = _film_page(top, end).replace("By Jane Critic", "By Jane Critic\nPublished 12 May 2024")
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert (review.film.year, review.runtime_minutes) == (year, runtime)


def test_a_later_seasons_review_does_not_take_the_first_seasons_year() -> None:
    text = _series_page(
        "Review: Grey Tide Season 3 ends the show in style",
        "When Grey Tide arrived in September 2021, nobody expected it to become a hit, and "
        "now the story comes to its end.",
    )
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert review.film.season == 3
    assert review.film.year is None


def test_a_film_released_in_the_past_keeps_its_year() -> None:
    text = (
        "Grey Tide review: a quiet film\n\nBy Jane Critic\n\n"
        "Grey Tide was released in cinemas in May 2023 and is at last on home video.\n\n"
        + "\n\n".join(
            f"Paragraph {n} of the review is about the harbour and its people, and it goes on "
            "long enough to be read as the review's own running text."
            for n in range(3)
        )
    )
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert review.film.year == 2023


def test_this_third_and_final_series() -> None:
    text = _series_page(
        "TV review: Grey Tide returns with chaos",
        "A pandemic came between the second series and this third and final one, and the cast "
        "have grown up a little in the meantime.",
    )
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert review.film.kind is Kind.SERIES
    assert review.film.season == 3


@pytest.mark.parametrize(
    ("headline", "opening", "kind", "season"),
    [
        (
            "Grey Tide review: dark",
            "Across its six episodes, the show never loses its grip.",
            Kind.SERIES,
            None,
        ),
        (
            "Grey Tide review: dark",
            "By the season finale, the show has earned every tear.",
            Kind.SERIES,
            None,
        ),
        (
            "Grey Tide review: dark",
            "The new drama runs for eight hour-long episodes.",
            Kind.SERIES,
            None,
        ),
        ("Grey Tide review – the sophomore season is darker", "The show is back.", Kind.SERIES, 2),
        (
            "Grey Tide, BBC One review: the second series is darker",
            "It is back.",
            Kind.SERIES,
            None,
        ),
        # a film told in episodes, and a film's single episode
        ("Grey Tide review: dark", "The film tells its story in three episodes.", Kind.FILM, None),
        ("Grey Tide review: dark", "One episode in the middle of the film drags.", Kind.FILM, None),
    ],
)
def test_series_cues_in_the_opening(
    headline: str, opening: str, kind: Kind, season: int | None
) -> None:
    text = _series_page(headline, opening)
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert (review.film.kind, review.film.season) == (kind, season)


@pytest.mark.parametrize(
    ("closing", "platform"),
    [
        (
            "Grey Tide continues on BBC One and BBC iPlayer on Mondays at 9pm.",
            "BBC One and BBC iPlayer",
        ),
        ("Grey Tide airs on BBC Two and BBC iPlayer from Sunday.", "BBC Two and BBC iPlayer"),
        ("Grey Tide premieres Sunday on HBO and HBO Max.", "HBO"),
    ],
)
def test_several_channels_in_one_phrase(closing: str, platform: str) -> None:
    text = _series_page("Grey Tide series two review: darker", "The show is back.", closing)
    review = parse_scraped(text, path=Path("p.txt"), review_id="p", problems=[])
    assert review.platform == platform


def test_a_bracket_after_a_full_stop_credits_nobody() -> None:
    # A photo caption with its credit in brackets: the studio is not an actor.
    review = page(
        "Tessa Lind plays Mara, the harbour master, with a dry wit.",
        labels="Tessa Lind in Grey Tide: A Harbour Story. (Northlight Pictures)",
        headline="Grey Tide: A Harbour Story review",
    )
    assert [(c.actor, c.role) for c in review.cast] == [("Tessa Lind", "Mara")]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Run Time",
                "Release Date",
                "Directors",
                "Year",
                "Duration",
                "106 mins.",
                "June 14, 2024",
                "Ines Morrow,",
                "and",
                "returns",
                "with",
                "2h 5m",
                "the",
                "(Theaters)",
            ]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_label_lines_of_any_words_never_raise(words: list[str]) -> None:
    line = " ".join(words)
    for text in (line, line.upper()):
        for hit in scan_labels([text]):
            assert hit.kind and hit.first == hit.last == 0
            if hit.kind == "runtime" and hit.value:
                assert any(ch.isdigit() for ch in hit.value)


@pytest.mark.parametrize(
    ("label", "platform"),
    [
        ("Platform: Binge and Foxtel", "Binge and Foxtel"),
        ("Streaming on: FX on Hulu", "FX on Hulu"),
        ("Available on: RTÉ Player", "RTÉ Player"),
    ],
)
def test_services_named_in_full_in_a_platform_label(label: str, platform: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{label}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert review.platform == platform
