"""Page families of round twelve, each page made up for the test, with a twin the rule must
leave alone: a photo's caption whose credit is worded ("Handout photo from …"), a pull quote
over the review, a dateline, a standfirst over a caption, a "Review:" label under a synopsis, a
note on why to trust the site, an article summary, another writer's synopsis, a cast line
("With A, B and C."), ratings by label ("What we say", "8Reel Rating") and by a printed key
("**"), the film's box after the review, a byline under the lead caption, runtimes, seasons and
a service's whole name in the prose."""

from __future__ import annotations

import pytest

from prose_pages import P1, P2, P3, headings, paragraphs, scraped

HEAD = "Harbour Lights review: a quiet wonder of the sea\n\nBy Jane Doe\n\n"


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Lima in a scene from 'Harbour Lights.' Handout photo from Seaview Pictures",
        "Tom Hale in Harbour Lights. Image courtesy: Seaview",
        "Ana Lima and Tom Hale in Harbour Lights. Photo courtesy of Seaview Pictures",
    ],
)
def test_a_caption_with_a_worded_credit_is_no_heading(caption: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{caption}\n\n{P2}\n\nThe keeper\n\n{P3}\n")
    assert headings(review) == ["The keeper"]
    assert caption not in paragraphs(review)


def test_a_heading_that_speaks_of_a_photo_stays_a_heading() -> None:
    review = scraped(f"{HEAD}{P1}\n\nA photo from the archive\n\n{P2}\n\nThe keeper\n\n{P3}\n")
    assert headings(review) == ["A photo from the archive", "The keeper"]


# A page with its title alone as the headline, a site's search box above it, a pull quote over
# the review and a share line after it.
QUOTED_REVIEW = (
    "Reel North\n\nHome\n\nReviews\n\nFeatures\n\nSearch for a film\n\nHarbour Lights\n\n"
    "Reviewed by: Jane Doe\n\n{quote}\n\n"
    "Harbour Lights opens on a quiet street at dawn in a small northern port, and for a long "
    "while nothing much happens, which is exactly the point of the careful direction here.\n\n"
    "Ana Lima, in what may be the finest performance of her long career, is remarkable as the "
    "keeper of the lighthouse, a woman who has not spoken to her brother in twenty years.\n\n"
    f"{P3}\n\nShare this with others on...\n\nFacebook\n\nTwitter\n\n"
    "A lighthouse keeper waits for a ship that never comes.\n\nDirector: Tom Reed\n"
)


def test_a_pull_quote_over_the_review_is_neither_headline_nor_text() -> None:
    quote = '"Ana Lima, in what may be the finest performance of her long career, is remarkable."'
    review = scraped(QUOTED_REVIEW.format(quote=quote))
    assert review.headline == "Harbour Lights"
    assert review.film.title == "Harbour Lights"
    assert paragraphs(review)[0].startswith("Harbour Lights opens on a quiet street")
    assert paragraphs(review)[-1] == P3
    assert headings(review) == []


def test_a_line_of_dialogue_opening_the_review_stays_its_text() -> None:
    quote = '"I have kept this light for forty years, and I will keep it for forty more."'
    review = scraped(QUOTED_REVIEW.format(quote=quote))
    assert review.headline == "Harbour Lights"
    assert paragraphs(review)[0] == quote


@pytest.mark.parametrize(
    ("dateline", "rest"),
    [
        ("PORTLAND -- ", P1),
        ("NEW HAVEN, Conn. — ", P1),
        ("LAGOS (AFP) – ", P1),
        ("HALIFAX: ", P1),
    ],
)
def test_a_dateline_opening_the_review_is_the_pages(dateline: str, rest: str) -> None:
    review = scraped(f"{HEAD}{dateline}{rest}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == rest


@pytest.mark.parametrize("opening", ["HARBOUR LIGHTS — ", "PLOT: ", "VERDICT: "])
def test_the_title_or_a_label_in_capitals_opening_the_review_stays(opening: str) -> None:
    review = scraped(f"{HEAD}{opening}{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0].startswith(opening.strip())


def test_a_place_in_capitals_over_the_first_paragraph_is_no_heading() -> None:
    text = f"{HEAD}HALIFAX:\n\n{P1}\n\nThe keeper\n\n{P2}\n\nThe town\n\n{P3}\n"
    review = scraped(text)
    assert headings(review) == ["The keeper", "The town"]
    assert paragraphs(review)[0] == P1


def test_a_heading_in_capitals_over_the_first_paragraph_in_a_review_so_headed_stays() -> None:
    text = f"{HEAD}THE STORY:\n\n{P1}\n\nTHE KEEPER:\n\n{P2}\n\nTHE TOWN:\n\n{P3}\n"
    assert headings(scraped(text)) == ["THE STORY", "THE KEEPER", "THE TOWN"]


DECK = "Ana Lima's debut is a quiet, funny and aching story of a lighthouse and its keeper."
CAPTION = "Tom Hale in Harbour Lights. Image courtesy: Seaview"


def test_a_standfirst_over_a_credited_caption_is_no_text() -> None:
    review = scraped(f"{HEAD}{DECK}\n\n{CAPTION}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == P1


def test_an_opening_of_two_sentences_over_a_caption_stays_the_text() -> None:
    opening = "It rained all week. " + DECK
    review = scraped(f"{HEAD}{opening}\n\n{CAPTION}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == opening


def test_what_we_say_is_the_reviewers_rating_and_what_you_say_the_readers() -> None:
    box = "What we say: 3.5/5\n\nWhat you say: 4.1/5 (90 votes)\n\n"
    assert scraped(f"{HEAD}{box}{P1}\n\n{P2}\n\n{P3}\n").rating == "3.5/5"


def test_what_readers_say_alone_is_no_rating() -> None:
    box = "What you say: 4.1/5 (90 votes)\n\n"
    assert scraped(f"{HEAD}{box}{P1}\n\n{P2}\n\n{P3}\n").rating is None


SYNOPSIS = "Synopsis: A lighthouse keeper on a northern island waits for a ship that never comes."


def test_the_text_starts_under_a_review_label_under_the_synopsis() -> None:
    review = scraped(f"{HEAD}{SYNOPSIS}\n\nReview:\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == P1
    assert headings(review) == []


def test_a_review_heading_after_a_paragraph_of_the_review_stays() -> None:
    long_opening = f"{P1} {P2}"
    review = scraped(f"{HEAD}{long_opening}\n\nThe review\n\n{P2}\n\nThe keeper\n\n{P3}\n")
    assert paragraphs(review)[0] == long_opening
    assert headings(review) == ["The review", "The keeper"]


TRUST = (
    "Why you can trust Reel North Our critics watch every film in a cinema, on the day it "
    "opens, and never review a film they have not seen to the end. Find out how we review."
)


def test_a_note_on_why_to_trust_the_site_is_no_text() -> None:
    review = scraped(f"{HEAD}Against\n\nThe ending drags a little\n\n{TRUST}\n\n{P1}\n\n{P2}\n")
    assert paragraphs(review)[0] == P1
    assert headings(review) == []


def test_a_paragraph_asking_why_to_trust_a_character_stays() -> None:
    why = (
        "Why trust a man who has lied to everyone he has ever loved? The film never says, and "
        "it is the better for it, leaving the keeper and the audience to decide alone."
    )
    review = scraped(f"{HEAD}{P1}\n\n{why}\n\n{P2}\n")
    assert paragraphs(review) == [P1, why, P2]


BULLETS = (
    "The keeper's story is told with patience and care.\n"
    "Ana Lima finds new depths in a quiet role.\n"
    "The ending will divide audiences."
)


def test_an_article_summary_over_the_review_is_no_text() -> None:
    review = scraped(f"{HEAD}Article Summary\n{BULLETS}\n\n{P1} {P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == f"{P1} {P2}"


def test_a_long_paragraph_under_a_summary_label_stays_the_text() -> None:
    review = scraped(f"{HEAD}Article Summary\n{P1} {P2}\n\n{P3}\n\n{P2}\n")
    assert paragraphs(review)[0] == f"{P1} {P2}"


TEASER = (
    "Somewhere on a northern island, a lighthouse keeper waits for a ship that never comes, and "
    "the town waits with her."
)


def test_another_writers_synopsis_after_the_review_ends_it() -> None:
    text = f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\nSynopsis by Tom Reed\n\n{TEASER}\n"
    review = scraped(text)
    assert paragraphs(review)[-1] == P3
    assert headings(review) == []


def test_a_heading_that_says_by_in_the_review_stays() -> None:
    text = f"{HEAD}{P1}\n\n{P2}\n\nSurvival by design\n\n{P3}\n\n{P2}\n"
    review = scraped(text)
    assert headings(review) == ["Survival by design"]
    assert paragraphs(review)[-1] == P2


def test_a_rating_labelled_with_a_site_name_that_opens_with_figures() -> None:
    box = "9REEL RATING: 4.5/5\n\nReaders' rating: ★★★☆☆ (Vote now!)\n\n"
    assert scraped(f"{HEAD}{box}{P1}\n\n{P2}\n\n{P3}\n").rating == "4.5/5"


def test_readers_stars_alone_under_a_figure_label_are_no_rating() -> None:
    box = "2024 rating round-up\n\nReaders' rating: ★★★☆☆ (Vote now!)\n\n"
    assert scraped(f"{HEAD}{box}{P1}\n\n{P2}\n\n{P3}\n").rating is None


def test_a_credits_line_of_the_cast_over_the_review_is_no_text() -> None:
    credits = (
        "HARBOUR LIGHTS\nDirected by Tom Reed\n"
        "With Ana Lima, Tom Hale, Rosa Diaz, Pedro Alves, and Maria Costa.\n\n"
    )
    review = scraped(f"{HEAD}{credits}{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == P1


def test_a_sentence_opening_with_with_stays_the_text() -> None:
    opening = "With Ana Lima, Tom Hale and a lighthouse, the film has all it needs to work."
    review = scraped(f"{HEAD}{opening}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == opening


KEY = "RATINGS KEY\n**** Classic\n*** Recommended\n** Has its moments\n* Skip it\n"


def test_asterisks_over_the_review_read_by_the_pages_key() -> None:
    box = "HARBOUR LIGHTS\n*** (Recommended)\nDirected by Tom Reed\n\n"
    review = scraped(f"{HEAD}{box}{P1}\n\n{P2}\n\n{P3}\n\n{KEY}")
    assert review.rating == "3/4"


def test_asterisks_without_a_key_or_as_a_break_are_no_rating() -> None:
    box = "HARBOUR LIGHTS\n*** (Recommended)\nDirected by Tom Reed\n\n"
    assert scraped(f"{HEAD}{box}{P1}\n\n{P2}\n\n{P3}\n").rating is None
    sectioned = f"{HEAD}{P1} {P3}\n\n{P2}\n\n***\n\n{P2} {P3}\n\n{P1}\n\n{KEY}"
    assert scraped(sectioned).rating is None


PUN_PAGE = (
    "Film\n\nLights Out\n\nA keeper's vigil becomes the quietest thriller of the year\n\n"
    "by Jane Doe\nMarch 3, 2024\n\n{box}\nDirected by Tom Reed\n"
    "With Ana Lima, Tom Hale, and Rosa Diaz.\n\n"
    f"{P1} {P2}\n\n{P2}\n\n{P3}\n\n"
    'Related\nFilm: "Other Film" is a thinking person\'s thriller about the sea\n'
)


def test_the_title_over_the_stars_over_the_credits_names_the_film() -> None:
    review = scraped(PUN_PAGE.format(box="HARBOUR LIGHTS\n***"))
    assert review.film.title.lower() == "harbour lights"


def test_a_kicker_over_the_stars_that_the_review_never_names_is_no_title() -> None:
    review = scraped(PUN_PAGE.format(box="FILM OF THE WEEK\n***"))
    assert "week" not in review.film.title.lower()


def test_a_film_label_over_a_related_links_headline_after_the_review_is_no_title() -> None:
    # (its twin, a title label over the review, is round nine's `test_a_title_label_…`)
    review = scraped(PUN_PAGE.format(box="FILM OF THE WEEK\n***"))
    assert review.film.title == "Harbour Lights"


BOXED = (
    "In 'Harbour Lights,' a keeper keeps the faith\n\nBy Jane Doe Globe Staff\n\n"
    f"{P1}\n\n{P2}\n\n{{middle}}{P3}\n\n★★★\n\nHARBOUR LIGHTS\n\n"
    "Written and directed by Tom Reed. Starring Ana Lima, Tom Hale, Rosa Diaz, Pedro Alves. At "
    "the Regal Harbourside, the Odeon Quay, the Picturehouse and suburbs. 104 minutes. PG-13 "
    "(some language, a storm at sea).\n\nJane Doe can be reached at jane.doe@example.com.\n"
)


def test_the_films_box_after_the_review_is_neither_heading_nor_text() -> None:
    review = scraped(BOXED.format(middle=""))
    assert headings(review) == []
    assert paragraphs(review)[-1] == P3


def test_a_paragraph_under_the_title_at_the_end_is_no_box() -> None:
    text = BOXED.format(middle="").replace(
        "Written and directed by Tom Reed. Starring", "Told with care by Tom Reed, it stars"
    )
    assert any(p.startswith("Told with care by Tom Reed") for p in paragraphs(scraped(text)))


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("A slow coda stretches the 128-minute running time a little too far.", 128),
        ("Its 97 minute runtime flies by, and not one scene is wasted.", 97),
        ("The film lasts two hours and never once drags or loses its way.", 120),
        ("But the last two hours are among the best the series has produced.", None),
        ("The hour-long finale fills the last two hours of the season well.", None),
    ],
)
def test_a_runtime_named_in_the_prose(sentence: str, minutes: int | None) -> None:
    assert scraped(f"{HEAD}{P1}\n\n{P2} {sentence}\n\n{P3}\n").runtime_minutes == minutes


def _captioned_page(name: str) -> str:
    return (
        "Harbour Lights movie review: a keeper keeps the faith\n\n"
        "Published Oct 5, 2018, 4:08 pm IST\n\n"
        "Ana Lima in a still from Harbour Lights.\n\n"
        f"{name}\n\nRating:\n4 stars\n\nDirector: Tom Reed\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )


def test_a_name_alone_between_the_lead_photos_caption_and_a_label_is_the_byline() -> None:
    review = scraped(_captioned_page("Priya Menon"))
    assert review.reviewer is not None and review.reviewer.name == "Priya Menon"


def test_the_star_the_review_keeps_naming_under_the_caption_is_no_byline() -> None:
    text = _captioned_page("Ana Lima").replace(
        f"{P2}", f"{P2}\n\nAna Lima is superb as the keeper, and Ana Lima alone makes it work."
    )
    review = scraped(text)
    assert review.reviewer is None or review.reviewer.name != "Ana Lima"


SERIES_HEAD = "Harbour Lights is a chilling, funny island mystery: Review\n\nBy Jane Doe\n\n"
SERIES_OPEN = (
    "Harbour Lights, the new series from creator Tom Reed, takes a quiet island and fills it "
    "with dread, one lighthouse keeper's secret at a time, and it rarely lets go."
)


SERIES_MIDDLE = (
    "The show widens into a portrait of the whole island, each household given its own small "
    "drama, and the performances hold steady through every one of the episodes we have seen."
)


@pytest.mark.parametrize(
    ("later", "season"),
    [
        ("The first season takes a few episodes to find its feet, but stick with it.", 1),
        ("Its nine-episode first season ends on a season 1 finale that is hard to bear.", 1),
        ("The show has been renewed, and a second season is in development.", None),
        ("The first season was better, and the season 3 finale drags.", None),
    ],
)
def test_the_one_season_a_series_review_names_in_its_text(later: str, season: int | None) -> None:
    middle = f"{SERIES_MIDDLE}\n\n" * 3
    text = f"{SERIES_HEAD}{SERIES_OPEN}\n\n{middle}{SERIES_MIDDLE} {later}\n"
    review = scraped(text)
    assert review.film.season == season


def test_a_closing_verdict_that_says_dont_miss_it_stays_the_text() -> None:
    closing = "Don't miss it. 'Harbour Lights' is now showing in cinemas, with English subtitles."
    text = f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{closing}\n\nAlso read\nOther Film review: a dud\n"
    assert paragraphs(scraped(text))[-1] == closing


def test_a_dont_miss_box_after_the_review_is_no_text() -> None:
    box = "Don't miss\nOther Film review: a dud\nThe ten best films of the year"
    text = f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{box}\n"
    assert paragraphs(scraped(text))[-1] == P3


def _streamed(note: str) -> str:
    return (
        f"{SERIES_HEAD}{SERIES_OPEN}\n\n{SERIES_MIDDLE} The new season, released all at once on "
        f"Hulu, is its best.\n\n{SERIES_MIDDLE}\n\n{note}\n\nTrailer:\nOfficial Trailer | FX\n\n"
        "Related\nOther Show Review: A Dud\n"
    )


def test_a_closing_note_gives_the_services_whole_name() -> None:
    note = "Where's It Playing? All eight episodes premiere June 22 on FX on Hulu."
    assert scraped(_streamed(note)).platform == "FX on Hulu"


def test_a_closing_note_naming_the_same_service_keeps_it() -> None:
    note = "Where's It Playing? All eight episodes premiere June 22 on Hulu."
    assert scraped(_streamed(note)).platform == "Hulu"
