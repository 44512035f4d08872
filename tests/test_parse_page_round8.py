"""Families of page text that fooled the page rules on sites never seen, found on many sites
at once: the site's appeals under the review (a newsletter "delivered every Thursday", a plea
to support its journalism, its app, its social pages, its comment rules), festival premiere
notes, and bylines in the shapes sites print them ("A movie review by X", "Curated By: X",
"Author of the article: X", "By arts reporter X", a name over its job or outlet). Each page
is made up for the test, with cases where the rule must not fire."""

from __future__ import annotations

import pytest

from reeltui.parse.layout import byline_name, near_byline
from reeltui.parse.scraped import parse_headline

from prose_pages import P1, P2, P3, paragraphs, scraped

LAST = "stays with you long after the lights come up and the credits roll past."


def _page(after: str, *, top: str = "Harbour Lights review\n\nBy Jane Doe\n\n") -> list[str]:
    review = scraped(f"{top}{P1}\n\n{P2}\n\n{P3}\n\n{after}\n")
    return paragraphs(review)


# --- the site's appeals under the review -----------------------------------------------------


@pytest.mark.parametrize(
    "after",
    [
        "Find the best new shows every week. Get The Screen List delivered every Friday.",
        "We think everyone should understand the world around them. Reader support helps keep "
        "our work free.",
        "Catch all the Culture News and Updates on Daily Reel. Download The Daily Reel App to "
        "get the headlines.",
        "Follow Reel Celebs on Snapchat, Instagram, Facebook and Threads.",
        "Love cinema? Join the Daily Reel Film and TV Club on Facebook, a community for fans.",
        "Jo is our horror editor. Find her on Letterboxd and Bluesky @jo_reels.",
        "Thank you for visiting! If you would like to help us make a calm film website:\n"
        "Buy our Reel Monthly print magazines here.",
        "Good journalism costs a lot of money. We ask you to consider making a modest support "
        "to this work.",
        "The Daily Reel is an independent news site. Become a member to support reporting that "
        "matters.",
        "What did you think? Tell us in the comments!",
        "This story has been viewed 1,204 times.\n\nComments will be moderated. Keep them on "
        "the topic of the article.",
        "Register (it's quick and free) or sign in now.",
        # A release note, then the appeal: both go.
        "Harbour Lights is streaming on Netflix.\n\nGet The Screen List delivered every Friday.",
    ],
)
def test_the_sites_appeal_closes_no_review(after: str) -> None:
    found = _page(after)
    assert found[-1].endswith(LAST)


@pytest.mark.parametrize(
    "after",
    [
        "Harbour Lights premiered in competition at the Venice Film Festival.",
        "Harbour Lights made its U.S. premiere in the Spotlight section of the 2024 Sundance "
        "Film Festival.",
        "How to watch: Harbour Lights is now streaming on Netflix.",
    ],
)
def test_a_festival_or_how_to_watch_note_closes_no_review(after: str) -> None:
    assert _page(after)[-1].endswith(LAST)


@pytest.mark.parametrize(
    "last",
    [
        # Paragraphs of a review that use the appeals' words about the film.
        "The paper at its centre is dying, and the film knows that good journalism needs more "
        "than brave reporters: it needs readers who pay for it, and owners who leave it alone.",
        "Its heroine posts every meal on Instagram and every quarrel on Facebook, and the film "
        "is at its best when it lets her phone ring unanswered through a whole long scene.",
    ],
)
def test_a_review_paragraph_with_such_words_stays(last: str) -> None:
    found = _page(last)
    assert found[-1] == last


# --- bylines in the sites' own shapes --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("A movie review by Jane Doe", "Jane Doe"),
        ("Curated By: Jane Doe", "Jane Doe"),
        ("Author of the article: Jane Doe-Lima", "Jane Doe-Lima"),
        ("WRITER: Jane Doe", "Jane Doe"),
        ("By arts reporter Jane Doe", "Jane Doe"),
        ("By film critic Jane Doe", "Jane Doe"),
        ("Reviewed by Thomas B. Hale", "Thomas B. Hale"),
        ("Reviewed by Jane Doe on 21 March 2024", "Jane Doe"),
        (
            "By Jane Doe-Lima Globe Correspondent, Updated April 25, 2024, 2:36 p.m.",
            "Jane Doe-Lima",
        ),
        ("By Jane Doe-LimaSpecial to the Star", "Jane Doe-Lima"),
        ("Posted by u/night_owl_42", "u/night_owl_42"),
    ],
)
def test_a_byline_in_a_sites_shape(line: str, name: str) -> None:
    assert byline_name(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "Writer Tom Hale has never been shy of melodrama",  # a sentence, no colon
        "By the reporter's own account",
        "A movie review by nobody in particular",
    ],
)
def test_no_byline(line: str) -> None:
    assert byline_name(line) is None


def test_a_desk_is_no_reviewer() -> None:
    assert byline_name("Metro Correspondent", "Published 7 Dec 2023 6:41 PM IST") is None
    assert byline_name("Jane Doe", "Published 7 Dec 2023 6:41 PM IST") == "Jane Doe"


@pytest.mark.parametrize(
    ("following", "named"),
    [
        ("Features correspondent", True),
        ("What's On Reporter", True),
        ("Follow", True),
        ("DAILY REEL", True),
        ("Harbour Lights opens on a quiet street at dawn.", False),
    ],
)
def test_a_name_over_its_job_or_outlet(following: str, named: bool) -> None:
    assert (near_byline("Jane Doe-Lima", None, following) == "Jane Doe-Lima") is named


def test_a_name_with_its_outlet_after_a_dash() -> None:
    assert near_byline("Jane Doe - The Daily Reel") == "Jane Doe"


def test_a_movie_review_byline_is_no_headline() -> None:
    review = scraped(
        "Reel Views\nReviews\nAbout\n\nHarbour Lights\n\n★★★\n\n"
        "Cast: Ana Lima, Tom Hale\nDirector: Rosa Vale\n\n"
        f"A movie review by Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert review.film.title == "Harbour Lights"
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"


def test_a_directed_by_sentence_before_the_cast_names_the_director() -> None:
    review = scraped(
        "Harbour Lights (2021)\n\n"
        "Directed by Rosa Vale. Ana Lima, Tom Hale, Ben Ward. North Films.\n\n"
        f"Reviewed by Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert list(review.directors) == ["Rosa Vale"]


# --- titles by evidence: a tagline headline, the title elsewhere on the page ------------------

BODY = (
    "Harbour Lights follows a lighthouse keeper through one long winter, and for a long while "
    "it is content to watch her work without explaining who she is or why she came.\n\n"
    "Later Harbour Lights widens into a portrait of the whole village, each household given its "
    "own small drama, and the performances hold steady through every one of them.\n\n"
    "By the end the film has earned its quiet ending, a closing scene that lands softly but "
    "stays with you long after the lights come up and the credits roll past.\n"
)


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Lima and Tom Hale in Harbour Lights. PHOTO: SUPPLIED",
        "Ana Lima plays a young Rosa Vale in Harbour Lights. (Supplied)",
        "Ana Lima, left, and Tom Hale in a scene from 'Harbour Lights'. NFS",
    ],
)
def test_a_tagline_headline_yields_to_the_caption_that_names_the_film(caption: str) -> None:
    review = scraped(
        f"The Daily Reel\n\nThe long winter of the heart\n\nBy Jane Doe\n\n{caption}\n\n{BODY}"
    )
    assert review.film.title == "Harbour Lights"


def test_a_tagline_headline_yields_to_the_release_note_under_the_review() -> None:
    review = scraped(
        "The Daily Reel\n\nThe long winter of the heart\n\nBy Jane Doe\n\n"
        f"{BODY}\nHarbour Lights is now showing in cinemas nationwide.\n\nLeave a comment\n"
    )
    assert review.film.title == "Harbour Lights"


def test_a_title_line_over_the_starring_line_names_the_film() -> None:
    review = scraped(
        "The Daily Reel\n\nThe long winter of the heart\n\nBy Jane Doe\n\n"
        "Harbour Lights\nStarring Ana Lima, Tom Hale\n90 minutes\n\n"
        f"{BODY}"
    )
    assert review.film.title == "Harbour Lights"


def test_a_caption_of_another_film_after_the_review_is_no_title() -> None:
    review = scraped(
        "The Daily Reel\n\nHarbour Lights: the long winter of the heart\n\nBy Jane Doe\n\n"
        f"{BODY}\nSophie Lane in Other Film. Credit: Supplied\n\nLeave a comment\n"
    )
    assert review.film.title == "Harbour Lights"


@pytest.mark.parametrize(
    "headline",
    [
        "In Harbour Lights, Ana Lima plays a keeper who cannot stop counting the ships",
        "In 'Harbour Lights,' a keeper builds a life out of small rituals",
    ],
)
def test_a_headline_that_opens_on_the_film(headline: str) -> None:
    review = scraped(f"The Daily Reel\n\n{headline}\n\nBy Jane Doe\n\n{BODY}")
    assert review.film.title == "Harbour Lights"


@pytest.mark.parametrize(
    ("headline", "title", "year"),
    [
        ("Harbour Lights (United States/United Kingdom, 2023)", "Harbour Lights", 2023),
        (
            "[Review] Harbour Lights (Netflix, 2023) - the best thing I watched",
            "Harbour Lights",
            2023,
        ),
        ("Harbour Lights (항구의 불빛) (2024) Review", "Harbour Lights", 2024),
        ("Home » Entertainment » Harbour Lights review: a keeper's winter", "Harbour Lights", None),
    ],
)
def test_headline_shapes(headline: str, title: str, year: int | None) -> None:
    info = parse_headline(headline)
    assert (info.title, info.year) == (title, year)


def test_a_title_in_brackets_with_latin_letters_stays() -> None:
    assert parse_headline("Harbour Lights (Redux) review").title == "Harbour Lights (Redux)"


def test_a_where_to_watch_sentence_inside_a_paragraph_stays() -> None:
    last = (
        "Harbour Lights was nominated for the big prize at the spring festival, and it deserved "
        "to win. It opens in select theaters this week."
    )
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{BODY}\n{last}\n\nLeave a comment\n")
    assert paragraphs(review)[-1] == last


# --- a photo caption where the review starts ----------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Lima and Tom Hale return as Rosa Vale and Ben Ward in Harbour Lights. NFS",
        "Ana Lima as Rosa Vale in Harbour Lights. Photo by Jo Bloggs /Studio North",
        "Ana Lima stars as Rosa Vale in “Harbour Lights.” (Jo Bloggs/Studio North/North Films)",
        "Rosa (Ana Lima, left) and Ben (Tom Hale) share a quiet winter in “Harbour Lights.”",
        "Ana Lima in Harbour Lights season 2. Courtesy North Films.",
        '(Ana Lima and Tom Hale in "Harbour Lights")',
    ],
)
def test_a_caption_over_the_review_is_not_its_start(caption: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{caption}\n\n{BODY}")
    assert paragraphs(review)[0].startswith("Harbour Lights follows")
    assert all(caption not in p for p in paragraphs(review))


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Lima and Tom Hale return as Rosa Vale and Ben Ward in Harbour Lights. NFS",
        "Ana Lima in Harbour Lights season 2. Courtesy North Films.",
    ],
)
def test_a_caption_over_the_review_still_credits_the_cast(caption: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{caption}\n\n{BODY}")
    assert "Ana Lima" in [c.actor for c in review.cast]


@pytest.mark.parametrize(
    "first",
    [
        "There is a word that keeps coming back in Harbour Lights. Patience.",
        "Ana Lima is wonderful in Harbour Lights, and so is everyone around her.",
    ],
)
def test_a_short_first_paragraph_is_no_caption(first: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{first}\n\n{BODY}")
    assert paragraphs(review)[0] == first


def test_a_lone_small_word_is_never_the_title() -> None:
    review = scraped(
        "The Daily Reel\n\nThis was published 2 years ago\n\nBy Jane Doe\n\n"
        "Ana Lima and Tom Hale in Harbour Lights. NFS\n\n"
        f"This is a quiet film. {BODY}\nHarbour Lights is streaming on Netflix.\n"
    )
    assert review.film.title == "Harbour Lights"


def test_a_network_and_its_streaming_service_named_together() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{BODY}\n"
        "Harbour Lights is on ABC TV and ABC iview.\n\nLeave a comment\n"
    )
    assert review.platform == "ABC TV and ABC iview"
