"""The film's title chosen by evidence: every place a title stands gives a candidate, and the one
the review names, that several places agree on, or that a year follows wins; page furniture
("Follow Us", "Part 1", "The magazine"), a director's surname, a disc format and a second name
("aka") never do. Each case is a small page made up for the test, with pages where the rule must
not fire."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.parse.labels import scan_labels
from reeltui.parse.layout import loose_key
from reeltui.parse.scraped import (
    PageHints,
    _chrome_title,
    _credit_box_titles,
    _label_units,
    _Page,
    _units,
    parse_headline,
)
from reeltui.text import clean

from prose_pages import scraped


def body(title: str) -> str:
    """Three paragraphs of a review that names `title` in each."""
    return (
        f"{title} opens on a quiet street at dawn, and for a long while nothing much happens, "
        "which is exactly the point of the patient and careful direction on display here.\n\n"
        f"Later {title} widens into a portrait of a whole neighbourhood, each household given "
        "its own small drama, and the performances hold steady through every one of them.\n\n"
        f"By the end {title} has earned its quiet ending, a closing scene that lands softly but "
        "stays with you long after the lights come up and the credits roll past.\n"
    )


# --- a title in straight single quotes, after a kicker in brackets ----------------------------


def test_a_title_in_straight_quotes_in_a_sentence_headline() -> None:
    page = (
        "The Daily Courier\nFollow Us\nEntertainment > K-pop / K-drama\n\n"
        "[REVIEW] Streaming series 'Harbour Lights' finds its power at the dinner table\n\n"
        "By Ana Lima\n\n" + body("Harbour Lights")
    )
    review = scraped(page)
    assert review.film.title == "Harbour Lights"


def test_a_possessive_is_no_quote_and_no_season() -> None:
    info = parse_headline("Kurosawa's three-and-a-half-hour epic rides again")
    assert info.season is None
    review = scraped(
        "Film\n\nMara's seven-hour saga, and Tom's two-part coda, rides again\n\n"
        + body("Harbour Lights")
    )
    assert review.film.season is None
    assert "'s" not in review.film.title


# --- a line that opens with the title and its year, and a director's surname ------------------


def test_a_dated_title_line_beats_a_directors_surname_in_the_standfirst() -> None:
    page = (
        "Film\nReviews\n\nBlu-ray: Harbour Lights\n\n"
        "Varga's three-hour epic of a fishing town returns in a handsome restoration\n\n"
        "by Owen Hart | 12 October 2023\n\n"
        "Harbour Lights (1961). Director: Janos Varga. Cast: Ana Lima, Tom Reed. 180 minutes.\n\n"
        + body("Harbour Lights").replace("quiet street", "street Varga loved")
    )
    review = scraped(page)
    assert review.film.title == "Harbour Lights"
    assert review.film.year == 1961


def test_a_country_and_runtime_after_the_title_make_it_a_title_line() -> None:
    page = (
        "Blog\n\nSomeone outruns the algorithm in the year's best chase\n\n"
        "Harbour Lights: The Long Night (France, 123 min.)\n"
        "Dir. Janos Varga\n\n"
        + body("Harbour Lights: The Long Night").replace(
            "Later Harbour Lights: The Long Night", "Later The Long Night"
        )
    )
    assert scraped(page).film.title == "Harbour Lights: The Long Night"


# --- disc formats --------------------------------------------------------------------------


def test_a_disc_format_before_or_after_the_title_is_dropped() -> None:
    assert parse_headline("Blu-ray: Harbour Lights").title == "Harbour Lights"
    assert parse_headline("DVD/Blu-ray: Harbour Lights").title == "Harbour Lights"
    assert parse_headline("Harbour Lights 4K UHD review - a restoration").title == (
        "Harbour Lights"
    )
    assert parse_headline("Harbour Lights Blu-ray").title == "Harbour Lights"
    review = scraped("Harbour Lights, BFI Blu-ray\n\n" + body("Harbour Lights"))
    assert review.film.title == "Harbour Lights"


def test_a_title_with_a_format_word_inside_keeps_it() -> None:
    assert parse_headline("The DVD Club review - a comedy").title == "The DVD Club"
    assert parse_headline("Harbour Lights review").title == "Harbour Lights"


# --- two names of one film ------------------------------------------------------------------


def test_an_alias_gives_the_name_the_review_uses() -> None:
    review = scraped("Harbour Lights (aka) Harbour Lights review\n\n" + body("Harbour Lights"))
    assert review.film.title == "Harbour Lights"
    other = scraped("Night Port aka Harbour Lights review\n\n" + body("Harbour Lights"))
    assert other.film.title == "Harbour Lights"
    first = scraped("Harbour Lights aka Night Port review\n\n" + body("Harbour Lights"))
    assert first.film.title == "Harbour Lights"


# --- furniture never wins ------------------------------------------------------------------


def test_furniture_lines_around_the_headline_never_win() -> None:
    page = (
        "The magazine\nFollow Us\nShare article · Season 3\nBy\n\n"
        "Harbour Lights review: a quiet triumph\n\nPart 1\n\n" + body("Harbour Lights")
    )
    review = scraped(page)
    assert review.film.title == "Harbour Lights"
    assert review.film.season is None


def test_chrome_titles() -> None:
    for text in ("By", "Follow Us", "Share article · Season 3", "The magazine", "Part 1"):
        assert _chrome_title(text), text
    for text in ("Us", "Up", "Seven", "Part Two of Nothing", "The Series Finale Club", "Her"):
        assert not _chrome_title(text), text


def test_a_film_called_us_keeps_its_title() -> None:
    review = scraped("Us review: a doppelganger nightmare\n\n" + body("Us"))
    assert review.film.title == "Us"


# --- a subtitle that belongs to the title ----------------------------------------------------


def test_the_subtitle_stays_when_the_review_uses_the_full_form() -> None:
    page = "REVIEW | Dune: Part Two is a roaring sandstorm of a sequel\n\n" + body("Dune").replace(
        "By the end Dune", "By the end Dune: Part Two"
    )
    assert scraped(page).film.title == "Dune: Part Two"


def test_a_tagline_after_the_colon_is_no_subtitle() -> None:
    page = "Dune: a roaring sandstorm of a sequel\n\n" + body("Dune")
    assert scraped(page).film.title == "Dune"


def test_the_colon_the_review_writes_is_kept() -> None:
    page = "Harbour Lights The Long Night review: a quiet triumph\n\n" + body(
        "Harbour Lights The Long Night"
    ).replace("Later Harbour Lights The", "Later Harbour Lights: The")
    assert scraped(page).film.title == "Harbour Lights: The Long Night"
    plain = "Harbour Lights The Long Night review: a quiet triumph\n\n" + body(
        "Harbour Lights The Long Night"
    )
    assert scraped(plain).film.title == "Harbour Lights The Long Night"


# --- properties ----------------------------------------------------------------------------

_FURNITURE = st.sampled_from(
    ["By", "Follow Us", "Share article · Season 3", "The magazine", "Part 1", "Print Preview"]
)
_WORD = st.sampled_from(
    ["Harbour", "Lights", "Night", "Port", "Long", "Quiet", "Street", "Varga", "Seven", "Us"]
)


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_FURNITURE, max_size=4),
    st.lists(_WORD, min_size=1, max_size=4),
    st.sampled_from(
        ["{t} review: a quiet triumph", "[REVIEW] A film called '{t}' finds its feet", "{t}"]
    ),
    st.booleans(),
)
def test_the_title_stands_in_the_page_and_is_never_furniture(
    furniture: list[str], words: list[str], form: str, named: bool
) -> None:
    title = " ".join(words)
    page = "\n".join(furniture) + "\n\n" + form.format(t=title) + "\n\n"
    page += body(title) if named else body("The film")
    review = scraped(page)
    assert review.film.title
    assert review.film.title in _fold(page)
    assert not _chrome_title(review.film.title)


def test_a_share_widgets_season_is_not_the_series_season() -> None:
    series = "Harbour Lights series review: a quiet triumph\n\nBy Ana Lima\n\n" + body(
        "Harbour Lights"
    )
    shared = scraped("Share article · Season 3\n\n" + series)
    assert shared.film.title == "Harbour Lights"
    assert shared.film.season is None
    kicker = scraped("Season 3\n\n" + series)
    assert kicker.film.season == 3


def test_a_season_after_a_comma_in_a_series_label_leaves_no_comma() -> None:
    # The label's "Ferry Lights, Season 2" wins over the headline's reading (the review names
    # the show once), and the season is then taken off it.
    text = (
        "Home > Reviews > Screen\n\nTV review: Ferry Lights, Season 2\n\n"
        "The ferry hands are back, with a new boat and the same old grudges.\n\n"
        "Reviewed by Jane Critic\n14 March 2024\n\n"
        "Series: Ferry Lights, Season 2\nPlatform: Binge\nCast: Hal Mercer, Lia Sand\n\n"
        + body("Ferry Lights")
        .replace("Later Ferry Lights", "Later it", 1)
        .replace("By the end Ferry Lights", "By the end the second season", 1)
    )
    review = scraped(text)
    assert (review.film.title, review.film.season) == ("Ferry Lights", 2)


def mid(title: str) -> str:
    """Three paragraphs of a review that names `title` inside its sentences, never first."""
    return (
        f"For its first twenty minutes almost nobody speaks in {title}, and the camera is "
        "content to watch two people work side by side in a kitchen at the edge of town.\n\n"
        f"What follows in {title} is a love story told through meals, patient and warm, and "
        "the performances hold steady through every one of its long and quiet scenes.\n\n"
        "By the end the film has earned its quiet ending, a closing scene that lands softly but "
        "stays with you long after the lights come up and the credits roll past.\n"
    )


def test_a_kicker_in_capitals_before_the_title_is_dropped() -> None:
    text = "THIS WEEK: Ferry Lights (2023)\n\nBy Jane Critic\n\n" + mid("Ferry Lights")
    assert scraped(text).film.title == "Ferry Lights"
    # A title in capitals with its part after the colon keeps both.
    text = "DUNE: Part Two (2024)\n\nBy Jane Critic\n\n" + mid("Dune: Part Two")
    assert scraped(text).film.title.lower() == "dune: part two"


def test_a_dateline_before_the_first_sentence_is_no_title() -> None:
    text = (
        "Movie review: Ferry Lights finds grace on a night crossing\n\nBy Jane Critic\n\n"
        "Muscat: Here is a film I did not expect to love, about a man who mends ropes.\n\n"
        + mid("Ferry Lights").replace("in Ferry Lights", "here", 1)
    )
    assert scraped(text).film.title == "Ferry Lights"


def test_a_short_line_over_the_labelled_credits_is_the_title() -> None:
    def titles(box: str) -> list[str]:
        text = (
            "The Harbour Gazette\n\nFeatures > Arts\n\n"
            "Ana Lima's Ferry Lights: grey skies, warm heart\n\nBy Jane Critic\n\n"
            f"{box}\nDirector: Ana Lima\nCast: Hal Mercer, Lia Sand\n\n" + mid("Ferry Lights")
        )
        units = _units(clean(text))
        labels = scan_labels(units)
        page = _Page(units, labels, _label_units(labels), PageHints(), frozenset())
        review = mid("Ferry Lights") + "The facts of the case are simple enough.\n"
        body_key = " " + loose_key(review) + " "
        return _credit_box_titles(page, body_key, frozenset({"hal mercer", "lia sand"}))

    assert titles("FERRY LIGHTS") == ["FERRY LIGHTS"]
    # A box's own name, a line the review never names, a person: no title.
    assert titles("The Facts") == []
    assert titles("SALT HARBOUR") == []
    assert titles("Hal Mercer") == []
    assert titles("Ana Lima") == []


def test_the_owners_work_before_a_tagline_is_a_candidate() -> None:
    text = "Ana Lima's Ferry Lights: grey skies, warm heart\n\nBy Jane Critic\n\n" + mid(
        "Ferry Lights"
    )
    assert scraped(text).film.title == "Ferry Lights"


def test_a_makers_work_in_the_standfirst_is_the_title() -> None:
    text = (
        "The ferryman's long goodbye\n\n"
        "Hal Mercer commits everything to Ana Lima’s Ferry Lights, a film that loves the sea "
        "a little too reverently\n\nBy Jane Critic\n\n"
        "There is a kind of film that is less a story than a séance, and Ana Lima has now made "
        "three of them.\n\n"
        "Osvald is played by Hal Mercer, and the housekeeper, Greta, by Lia Sand, and these two "
        "are the best thing in the picture.\n\n"
        "One leaves Ferry Lights admiring the frame and hungry for the picture.\n"
    )
    review = scraped(text)
    assert review.film.title == "Ferry Lights"
    assert review.directors == ("Ana Lima",)


def test_a_character_played_by_someone_opens_no_title() -> None:
    text = (
        "The ferryman's long goodbye\n\nBy Jane Critic\n\n"
        "Osvald is played by Hal Mercer with a weary grace, and he is the best thing here.\n\n"
        + mid("Ferry Lights")
    )
    assert scraped(text).film.title != "Osvald"


def test_a_makers_star_is_no_work_of_theirs() -> None:
    text = (
        "The ferryman's long goodbye\n\n"
        "Ana Lima’s Hal Mercer, a film star of the old school, carries the whole thing\n\n"
        "By Jane Critic\n\n" + mid("Ferry Lights")
    )
    assert scraped(text).film.title != "Hal Mercer"


def test_a_clause_opening_the_review_opens_no_title() -> None:
    text = (
        "A family, a theatre and a secret\n\nBy Jane Critic\n\n"
        "When Osvald is found work as a stagehand, he tells his family he is the manager, and "
        "for a while nobody asks any questions at all.\n\n" + mid("Ferry Lights")
    )
    assert scraped(text).film.title != "When Osvald"


def test_an_author_boxs_heading_is_no_part_of_the_name() -> None:
    from reeltui.parse.scraped import _person_reviewer

    assert _person_reviewer("About Jane Critic") == "Jane Critic"


def test_a_title_line_with_its_maker_and_year_gives_all_three() -> None:
    text = (
        "THE FERRY PODCAST\nThe podcast for people who love boats\n\n"
        "#967: Ferry Lights / Top 5 Harbours\n\nPosted February 9, 2024 by Jane Critic\n\n"
        "Ferry Lights (Ana Lima, 2023)\n\n"
        + mid("Ferry Lights").replace(
            "By the end", "Ana Lima, working from a script she wrote with Tova Berg, keeps it", 1
        )
    )
    review = scraped(text)
    assert (review.film.title, review.film.year) == ("Ferry Lights", 2023)
    assert review.directors == ("Ana Lima",)
