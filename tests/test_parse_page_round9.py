"""Page families of round nine, each page made up for the test, with cases where the rule must
not fire: a one-word kicker over "Review:" (a festival, a section), a channel after the title's
comma, a share box's link that says "review", and a sub-score labelled like a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from reeltui.parse.html import parse_html

from prose_pages import P1, P2, P3, headings, paragraphs, scraped

# A review that names "Harbour Lights" twice and "Venice" once.
NAMED = (
    "Harbour Lights is the quietest film at Venice this year, and the best: a patient look at "
    "a keeper and the town around her lighthouse, told without a single raised voice.\n\n"
    "Harbour Lights never hurries, and its long takes of the sea at night are the most "
    "beautiful images of the festival, lit by the beam that sweeps across the water."
)


def _page(headline: str, *, top: str = "", after: str = "") -> str:
    return f"{top}{headline}\n\nBy Jane Doe\n\n{NAMED}\n\n{P2}\n\n{P3}\n\n{after}\n"


def test_a_one_word_kicker_over_review_gives_way_to_the_film_the_sentence_names() -> None:
    review = scraped(_page("Venice Review: Ana Lima's Harbour Lights Is a Quiet Wonder of the Sea"))
    assert review.film.title == "Harbour Lights"


def test_a_title_over_review_then_a_sentence_about_its_cast_stays_the_title() -> None:
    text = _page("Harbour Lights review: Ana Lima and Tom Reed break hearts by the sea")
    text += "\nAna Lima is superb, and Ana Lima carries the last act alone.\n"
    assert scraped(text).film.title == "Harbour Lights"


def test_a_section_word_over_review_is_no_kicker() -> None:
    review = scraped(_page("Film review: Harbour Lights is a quiet wonder of the sea"))
    assert review.film.title == "Harbour Lights"


def test_a_channel_after_the_titles_comma_is_dropped() -> None:
    review = scraped(_page("Harbour Lights, BBC One review — a patient and moving drama"))
    assert review.film.title == "Harbour Lights"


def test_a_title_with_a_comma_the_review_names_whole_keeps_it() -> None:
    text = (
        "Goodbye, Harbour review — a patient and moving drama\n\nBy Jane Doe\n\n"
        "Goodbye, Harbour is the quietest film of the year, and Goodbye, Harbour never hurries "
        "its keeper or the town around her lighthouse.\n\n"
        f"{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.title == "Goodbye, Harbour"


def test_a_share_box_link_that_says_review_is_no_headline() -> None:
    top = (
        "Daily Reel\n\nArts & Culture\n\n"
        "Ana Lima's Harbour Lights is the quietest and the best film of the festival\n\n"
        "Help your friends find this story by sharing it\n"
        "dailyreel.example/news/harbour-lights-review/10445\n\n"
    )
    review = scraped(f"{top}By Jane Doe\n\n{NAMED}\n\n{P2}\n\n{P3}\n")
    assert review.headline.startswith("Ana Lima's Harbour Lights")
    assert review.film.title == "Harbour Lights"


def test_a_sub_score_labelled_like_a_title_is_no_title() -> None:
    after = "Scores\nMovie: 8/10\nOverall: 8/10"
    review = scraped(_page("Harbour Lights Film Review", after=after))
    assert review.film.title == "Harbour Lights"


def test_a_title_label_still_names_the_film() -> None:
    text = f"Daily Reel review\n\nMovie: Harbour Lights\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert scraped(text).film.title == "Harbour Lights"


# --- bylines -----------------------------------------------------------------------------------


def _html(byline: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    return (
        "<!doctype html><html><head><title>Harbour Lights review</title></head><body>"
        f"<article><h1>Harbour Lights review</h1><div class='author-info'>{byline}</div>"
        f"{body}</article></body></html>"
    )


@pytest.mark.parametrize(
    "byline",
    [
        "<span>Curated By: <a href='/byline/ana-lima'>Ana Lima</a></span>",
        "<span>Author: <a href='/byline/ana-lima'>Ana Lima</a></span>",
        "Reviewed by Ana Lima, October 14, 2010",
        "<span>By <a href='/ana-lima'>Ana Lima</a></span>",
        "Ana Lima",
    ],
)
@pytest.mark.parametrize("engine", ["own", "auto"])
def test_a_marked_byline_gives_the_name_alone(byline: str, engine: str) -> None:
    review = parse_html(
        _html(byline), path=Path("p.html"), review_id="p", problems=[], engine=engine
    )
    assert review.reviewer is not None
    assert review.reviewer.name == "Ana Lima"


def test_the_outlet_in_capitals_under_the_writers_name_is_no_reviewer() -> None:
    text = (
        "DAILY REEL\n\nMOVIES\n\n"
        "Ana Reed is stunning in a film of rare patience. Bring tissues.\n\n"
        "Ana Lima\nDAILY REEL\nPublished 6:00 a.m. ET Dec. 21, 2023\n\n"
        "Harbour Lights (2023)\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(text)
    assert review.reviewer is not None
    assert review.reviewer.name == "Ana Lima"


def test_a_name_in_capitals_over_its_date_stays_the_reviewer() -> None:
    text = f"Harbour Lights review\n\nANA LIMA\nPublished May 2, 2023\n\n{P1}\n\n{P2}\n\n{P3}\n"
    review = scraped(text)
    assert review.reviewer is not None
    assert review.reviewer.name.lower() == "ana lima"


# --- years that are not the film's ----------------------------------------------------------


def _year(sentence: str, *, headline: str = "Harbour Lights review") -> int | None:
    text = f"{headline}\n\nBy Jane Doe\n\n{P1}\n\n{sentence} {P2}\n\n{P3}\n"
    return scraped(text).film.year


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbour Lights opens in 1952 with a small boy watching the sea from the pier.",
        "The film opened in 1945 on a small island, where a pilot lands his plane.",
        "Harbour Lights is based on a memoir, which I read when it came out in 2016.",
    ],
)
def test_a_story_setting_or_another_works_year_is_no_year(sentence: str) -> None:
    assert _year(sentence) is None


def test_a_later_seasons_review_ignores_when_the_game_came_out() -> None:
    sentence = "Anyone who played Harbour Lights when it came out in 2020 knows the story."
    assert _year(sentence, headline="Harbour Lights Season 2 review") is None


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Harbour Lights opens in theaters on November 22, 2023.", 2023),
        ("Harbour Lights opens in cinemas in 2024.", 2024),
        ("Harbour Lights came out in 2021 and has aged well.", 2021),
    ],
)
def test_a_release_still_gives_the_year(sentence: str, year: int) -> None:
    assert _year(sentence) == year


# --- people taken for the title ---------------------------------------------------------------


def test_a_surname_the_headline_opens_on_is_no_title() -> None:
    text = (
        "Lima turns the camera on her own family, and doesn’t flinch\n\nBy Jane Doe\n\n"
        "“Harbour Lights,” Ana Lima’s semi-autobiographical drama, opens on a pier at dawn, "
        "where a girl and her father watch the boats come in and say nothing at all.\n\n"
        "Lima has never been this open. Harbour Lights is her most personal film, and Lima "
        "lets its quiet moments run long.\n\n"
        f"{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.title == "Harbour Lights"


def test_a_one_word_title_the_headline_opens_on_stays() -> None:
    text = (
        "Harbour turns a small town into a thriller, and doesn’t flinch\n\nBy Jane Doe\n\n"
        "Harbour is a thriller set in a fishing town, and Harbour never lets go of its grip "
        "on the people who live there, all of them waiting for the boats.\n\n"
        f"{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.title == "Harbour"


def test_a_nickname_in_quotes_is_no_title() -> None:
    text = (
        "Ana Lima's Harbour Lights Turns Tom Reed's Fixer Into the Town's Best Monster\n\n"
        "By Jane Doe\n\n"
        "Harbour Lights picks up a week after the storm. Thomas “Fix” Reed sees his opening, "
        "and Fix plays every side. Fix is needy and funny, and Fix never stops scheming, and "
        "Fix is the best thing in the series.\n\n"
        "Harbour Lights never hurries, and its long takes of the sea are its best images.\n\n"
        f"{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.title == "Harbour Lights"


def test_a_title_in_straight_quotes_beats_the_names_the_headline_opens_on() -> None:
    text = (
        "Review: Ana Lima and Tom Reed join the crew, and 'Harbour Lights' Season 3 is a hit\n\n"
        "By Jane Doe\n\n"
        "The third season picks up where the last one left off, and Ana Lima, as the new "
        "harbour master, steals every scene she is in. Ana Lima has never been funnier.\n\n"
        f"{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.title == "Harbour Lights"


def _tagline_page(standfirst: str, first: str) -> str:
    return (
        "The cost of silence\n\nBy Jane Doe\n\nTelevision review\n\nThe cost of silence\n\n"
        f"{standfirst}\n\n{first}\n\n{P2}\n\n{P3}\n"
    )


def test_a_tagline_headline_finds_the_title_under_the_standfirst() -> None:
    text = _tagline_page(
        "Harbourside, Ana Lima and Tom Reed’s five-part drama about a flood, is a horror story "
        "told in the language of committees – and all the more frightening for it.",
        "Harbourside begins with a storm and a phone call. It is 1988, and a tired engineer "
        "records what he saw before the water came, then hides the tape under the floor.",
    )
    assert scraped(text).film.title == "Harbourside"


def test_a_first_name_opening_the_paragraph_is_no_title() -> None:
    text = _tagline_page(
        "Ana Lima’s drama about grief and a small town is devastating, and often very funny, "
        "in the way that the best films about families tend to be.",
        "Lee is a janitor in a town outside the city, and Lee Chandler has not been home for "
        "years when the call comes about his brother and the boy he left behind.",
    )
    assert scraped(text).film.title != "Lee"


# --- ratings ----------------------------------------------------------------------------------


def _rating(after: str, *, top: str = "") -> str | None:
    text = f"Harbour Lights review\n\nBy Jane Doe\n\n{top}{P1}\n\n{P2}\n\n{P3}\n\n{after}\n"
    return scraped(text).rating


@pytest.mark.parametrize(
    ("after", "rating"),
    [
        ("Rating: 4 (out of 5 stars)", "4/5"),
        ("4 out of 5 skulls", "4/5"),
        ("Stars: 3.5 out of 5", "3.5/5"),
        ("Scores\nMovie: 8/10\nOverall: 8/10", "8/10"),
    ],
)
def test_a_score_in_the_sites_own_form(after: str, rating: str) -> None:
    assert _rating(after) == rating


@pytest.mark.parametrize(
    "after",
    [
        "3 out of 8 episodes",
        "Community Score: 7.2 / 10 (148 votes)",
        "Stars: Ana Lima, Tom Reed",
    ],
)
def test_counts_users_scores_and_a_cast_label_are_no_rating(after: str) -> None:
    assert _rating(after) is None


def test_bare_stars_on_a_site_that_states_a_four_star_scale() -> None:
    note = "Daily Reel ratings are on a zero-to-four star scale."
    assert _rating(note, top="★★★½\n\n") == "3.5/4"
    assert _rating("", top="★★★½\n\n") == "3.5/5"
    assert _rating(note, top="★★★★☆\n\n") == "4/5"  # empty stars draw their own scale


def test_a_score_over_its_scale_on_two_lines() -> None:
    assert _rating("", top="9\n10\n\n") == "9/10"
    assert _rating("", top="1\n2\n3\n4\n5\n\n") is None  # a run of numbers: pages, a list
    assert _rating("", top="12\n10\n\n") is None


def test_stars_at_the_end_of_the_standfirst() -> None:
    top = "A comedy about a friendship that ends, and a tragedy about the same thing. ★★★★\n\n"
    assert _rating("", top=top) == "4/5"


# --- platforms --------------------------------------------------------------------------------


def _platform(text: str, *, labels: str = "") -> str | None:
    page = (
        f"Harbour Lights Season 2 review\n\nBy Jane Doe\n\n{labels}"
        f"Image via HBO\n\n{P1}\n\n{text} {P2}\n\n{P3}\n\n"
        "Harbour Lights Season 2 premieres Sunday, April 13, at 9 p.m. ET on HBO and Max.\n"
    )
    return scraped(page).platform


def test_a_note_that_names_more_services_than_the_review_gives_them_all() -> None:
    assert _platform("Its first season on HBO was a hit.") == "HBO and Max"
    assert _platform("", labels="Network: HBO\n\n") == "HBO and Max"


def test_a_photos_credit_is_no_platform() -> None:
    page = f"Harbour Lights review\n\nBy Jane Doe\n\nImage via HBO\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert scraped(page).platform is None


# --- where the review starts ------------------------------------------------------------------

LONG = f"{P1} {P2}"  # a paragraph far longer than a standfirst


def _first(deck: str) -> str:
    text = f"Harbour Lights review\n\nBy Jane Doe\n7 March 2024\n\n{deck}\n\n{LONG}\n\n{P3}\n"
    return paragraphs(scraped(text))[0]


@pytest.mark.parametrize(
    "deck",
    [
        "Ana Lima plays a keeper who inherits a lighthouse and the smuggling ring hidden "
        "beneath it",
        "A comedy about a friendship that ends for no good reason, and a tragedy about the "
        "same thing. ★★★★★",
    ],
)
def test_a_standfirst_without_a_full_stop_or_closed_by_stars_is_no_text(deck: str) -> None:
    assert _first(deck) == LONG


def test_a_short_line_over_the_first_paragraph_is_a_heading_not_a_standfirst() -> None:
    text = (
        f"Harbour Lights review\n\nBy Jane Doe\n\nA cup of tea that cost a keeper her job\n\n"
        f"{LONG}\n\nThe performances\n\n{P3}\n"
    )
    review = scraped(text)
    assert paragraphs(review)[0] == LONG
    assert "A cup of tea that cost a keeper her job" in headings(review)


def test_the_headline_printed_again_over_the_text_is_neither_text_nor_heading() -> None:
    page = (
        "<!doctype html><html><head><title>The cost of silence</title></head><body><article>"
        "<h1>The cost of silence</h1><div class='byline'>By Jane Doe</div>"
        "<p class='kicker'>Television review</p><h2>The cost of silence</h2>"
        "<p class='standfirst'>Harbour Lights, a five-part drama about a flood, is a horror "
        "story told in the language of committees.</p>"
        f"<p>{LONG}</p><p>{P3}</p></article></body></html>"
    )
    for engine in ("own", "auto"):
        review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
        assert paragraphs(review)[0] == LONG
        assert headings(review) == []


# --- runtimes ---------------------------------------------------------------------------------


def _runtime(
    sentence: str = "", *, labels: str = "", after: str = "", facts: str = ""
) -> int | None:
    text = (
        f"Harbour Lights review\n\nBy Jane Doe\n\n{labels}{P1}\n\n{sentence} {P2}\n\n{P3}\n\n"
        f"{after}\n\nLeave a comment\n\n{facts}\n"
    )
    return scraped(text).runtime_minutes


@pytest.mark.parametrize(
    ("kwargs", "minutes"),
    [
        ({"labels": "Running Length: 2:00\n\n"}, 120),
        ({"after": "(15A, 114mins)"}, 114),
        ({"facts": "Harbour Lights\nSouth Korea 2019\nCertificate 15 132m"}, 132),
        ({"sentence": "It keeps things moving briskly across 125 minutes."}, 125),
        ({"sentence": "That length, 206 minutes, will be the headline for some."}, 206),
        ({"sentence": "Directed by Ana Lima. (109 minutes) In theaters Friday."}, 109),
        ({"sentence": "Contains strong language. 151 minutes."}, 151),
    ],
)
def test_a_runtime_in_the_forms_sites_print_it(kwargs: dict[str, str], minutes: int) -> None:
    assert _runtime(**kwargs) == minutes


@pytest.mark.parametrize(
    "kwargs",
    [
        {"sentence": "The last 25 minutes drag."},
        {"sentence": "Doors open at 7:30 and the film starts at 8:00."},
        {"facts": "Watch the trailer: 2:00"},
    ],
)
def test_no_runtime_from_a_part_of_the_film_or_a_clock(kwargs: dict[str, str]) -> None:
    assert _runtime(**kwargs) is None


def test_a_grade_in_brackets_after_the_review() -> None:
    assert _rating("[A-]") == "A-"
    text = f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3} [B+]\n\nLeave a comment\n"
    assert scraped(text).rating == "B+"
    assert _rating("Read our [A] to [Z] of the year's films") is None


def test_a_link_to_another_review_inside_the_text_is_neither_text_nor_heading() -> None:
    link = "Read Daily Reel's review of The Quiet Season"
    text = f"Harbour Lights review\n\nBy Jane Doe\n\n{LONG}\n\n{link}\n\n{P2}\n\n{P3}\n"
    review = scraped(text)
    assert headings(review) == []
    assert link not in review.body_text()
    assert paragraphs(review) == [LONG, P2, P3]


def _article(inside: str) -> str:
    return (
        "<!doctype html><html><head><title>Harbour Lights review</title></head><body><article>"
        f"<h1>Harbour Lights review</h1><div class='byline'>By Jane Doe</div>{inside}"
        "</article></body></html>"
    )


@pytest.mark.parametrize("engine", ["own", "auto"])
def test_a_sentence_sub_headline_is_the_standfirst_and_a_spoiler_note_no_text(
    engine: str,
) -> None:
    deck = (
        "The Daily Reel's take on the old novel is the best adaptation of the year, and great "
        "television, full stop."
    )
    page = _article(
        f"<h2 class='sub-headline'>{deck}</h2>"
        "<p><em>This review contains full spoilers for all nine episodes.</em></p>"
        f"<p>{LONG}</p><h2>Verdict</h2><p>{P3}</p>"
    )
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
    assert headings(review) == ["Verdict"]
    assert paragraphs(review)[0] == LONG


def test_numbered_sentence_headings_stay_headings() -> None:
    items = "".join(
        f"<h2>{n}. The keeper's makeover is the best thing to happen to the town this year.</h2>"
        f"<p>{LONG}</p>"
        for n in (1, 2)
    )
    review = parse_html(_article(items), path=Path("p.html"), review_id="p", problems=[])
    assert len(headings(review)) == 2


def test_a_section_kicker_in_capitals_over_the_headline_is_no_headline() -> None:
    text = (
        "DAILY REEL\n\nLOGBOOK REVIEW\n\n"
        "The Keeper in the Fog: Ana Lima’s “Harbour Lights”\n\n"
        "Two keepers, one lighthouse and a secret that turns grief into a game.\n\n"
        "Jane Doe\nMar 05, 2021\n\n"
        f"{NAMED}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(text)
    assert review.headline != "LOGBOOK REVIEW"
    assert review.film.title != "LOGBOOK"


def test_a_title_in_capitals_over_review_stays_the_headline() -> None:
    text = f"HARBOUR LIGHTS REVIEW\n\nBy Jane Doe\n\n{NAMED}\n\n{P2}\n\n{P3}\n"
    assert scraped(text).film.title.lower() == "harbour lights"


def test_a_critics_closing_line_of_certificate_and_minutes_is_no_text() -> None:
    facts = "PG-13. At area theaters. Contains some strong language and drug use. 151 minutes."
    text = (
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{facts}\n\n"
        "Jane Doe is a film critic for the Daily Reel.\n\nMore from Culture\n"
    )
    review = scraped(text)
    assert paragraphs(review)[-1] == P3
    assert review.runtime_minutes == 151


def test_a_series_number_in_a_block_of_facts_at_the_end_gives_the_season() -> None:
    text = (
        "Ferry Lights review\n\nBy Jane Critic\n\n"
        "Ferry Lights is the best thing the BBC has made in years, a drama about a strike.\n\n"
        f"{P1}\n\n{P2}\n\n"
        "PRODUCTION DETAILS\nBroadcaster\nBBC One\nSeries\n1\nFirst broadcast\nJune 13, 2022\n"
        "Director\nAna Lima\n\nRelated\n"
    )
    review = scraped(text)
    assert (review.film.kind.value, review.film.season, review.film.year) == ("series", 1, 2022)


@pytest.mark.parametrize(
    "note",
    [
        "How to watch: Premieres in theaters Dec. 15.",
        "‘Harbour Lights’ receives 8 out of 10 stars.",
    ],
)
def test_a_watch_label_or_a_score_sentence_closes_no_review(note: str) -> None:
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}\n"
    )
    assert paragraphs(review)[-1] == P3


@pytest.mark.parametrize(
    "note",
    [
        "Opens Friday at Bay Area theaters.",
        "Showing at Dendy Canberra Centre and Palace Electric New Acton.",
        "Harbour Lights is now playing at SIFF Cinema Egyptian and the Grand Illusion.",
    ],
)
def test_where_it_is_showing_closes_no_review(note: str) -> None:
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}\n"
    )
    assert paragraphs(review)[-1] == P3


def test_a_last_sentence_that_plays_at_something_is_the_reviews() -> None:
    last = "Playing at being grown-ups, the kids in this film are a delight and never too cute."
    review = scraped(
        f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{last}\n"
    )
    assert paragraphs(review)[-1] == last
