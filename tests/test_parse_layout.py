"""Where things stand on a review page: the lines around the article that are not its text
(footers, captions, other articles' headlines, notes above it), told apart by their shape."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from reeltui.parse import layout
from reeltui.parse.credits import is_name
from reeltui.parse.layout import (
    footer_author,
    is_caption_line,
    is_chrome,
    is_footer,
    is_related_headline,
    is_soft_chrome,
    near_byline,
    photo_caption,
)

from prose_pages import paragraphs, scraped

P1 = (
    "The film opens on a quiet street at dawn, and for a long while nothing much happens, "
    "which is exactly the point of the patient and careful direction on display here."
)
P2 = (
    "Later the story widens into a portrait of a whole neighbourhood, each household given "
    "its own small drama, and the performances hold steady through every one of them."
)
P3 = (
    "By the end it has earned its quiet ending, a closing scene that lands softly but stays "
    "with you long after the lights come up and the credits roll past."
)
TOP = "Harbour Lights review: a quiet triumph\n\nBy Jane Doe\n\n"


FOOTERS = [
    "Follow along with all our coverage of the Cannes Film Festival here.",
    "Follow all of our TIFF coverage.",
    "Have you watched Harbour Lights? Let us know in the comments below.",
    "Catch the latest movie reviews and news on The Daily Reel.",
    "If you or someone you know is struggling, call the Samaritans on 116 123.",
    "In the US, the Suicide and Crisis Lifeline is 988.",
    "Support our journalism. Become a member today.",
    "We welcome your comments at letters@reel.example.",
    "Write to Jane Doe at jane.doe@reel.example.",
    "From the February 2020 issue of Reel Monthly.",
    "No MPAA rating. Running time: 179 minutes. Opens Friday at local theaters.",
    "Rated R for language and some violence. Running time: 2 hours 10 minutes.",
    "Got a tip? Send it to The Daily Reel here.",
    "Got a story? Get in touch with our film desk at tips@reel.example.",
    "Follow me on Bluesky. Check out my website.",
    "A note to readers: The Daily Reel has been independent for 30 years. Support us today.",
    "(At The Daily Reel, we are answerable only to our readers. Become a member today.)",
]


def test_footers_close_the_article_and_never_end_the_review() -> None:
    for footer in FOOTERS:
        assert is_footer(footer), footer
        review = scraped(f"{TOP}{P1}\n\n{P2}\n\n{P3}\n\n{footer}\n")
        assert paragraphs(review)[-1] == P3, footer
        assert footer not in review.body_text(), footer


def test_review_sentences_that_start_alike_are_not_footers() -> None:
    for sentence in (
        "Follow the money, the film says, and it follows it all the way to the harbour.",
        "Have you ever seen a harbour at dawn? The film makes you feel you have.",
        "Support comes from unexpected places: a neighbour, a priest, a stray dog.",
        "If you are looking for thrills, look elsewhere; this is a film of small mercies.",
        "Catch it if you can: the film deserves a big screen and a quiet room.",
        "Got a minute? The film needs far fewer than it takes to make its point.",
        "Follow the river, her mother tells her, and you will find the sea.",
    ):
        assert not is_footer(sentence), sentence
        review = scraped(f"{TOP}{P1}\n\n{P2}\n\n{P3}\n\n{sentence}\n")
        assert paragraphs(review)[-1] == sentence


def test_a_footer_names_the_author_when_no_byline_did() -> None:
    assert footer_author("Write to Jane Doe at jane.doe@reel.example") == "Jane Doe"
    assert footer_author("Write to us at letters@reel.example") is None
    review = scraped(f"Harbour Lights review: quiet\n\n{P1}\n\n{P2}\n\n{P3}\n\n{FOOTERS[8]}\n")
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"


def test_another_articles_headline_is_neither_heading_nor_text() -> None:
    related = "‘Premalu’ box office: the romcom crosses Rs 50 crore mark"
    assert is_related_headline(related, "Harbour Lights")
    assert is_related_headline("Storm Coast trailer: Ana Lima returns", "Harbour Lights")
    review = scraped(f"{TOP}{P1}\n\n{related}\n\n{P2}\n\n{P3}\n")
    assert [s.heading for s in review.sections if s.heading] == []
    assert related not in review.body_text()
    assert paragraphs(review) == [P1, P2, P3]


def test_real_headings_are_kept() -> None:
    for heading in ("A town that holds its breath", "‘Harbour Lights’ at its best", "The verdict"):
        assert not is_related_headline(heading, "Harbour Lights"), heading
        review = scraped(f"{TOP}{P1}\n\n{heading}\n\n{P2}\n\n{P3}\n")
        assert [s.heading for s in review.sections if s.heading] == [heading]


def test_photo_captions_with_places_and_plain_quotes() -> None:
    caption = "Ann Bell (left) and Tom Hale in 'Harbour Lights'."
    assert photo_caption(caption) == "Harbour Lights"
    assert (
        photo_caption("Ann Bell as Mary in the film's quiet first half, and she's great.") is None
    )
    review = scraped(f"{TOP}{caption}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == P1


def test_notes_above_the_article_are_not_its_start() -> None:
    for note in (
        "Content warning: this review discusses suicide and self-harm.",
        "Update (June 1, 2024): Harbour Lights is now streaming on Netflix.",
        "Editor's note: this review was first published during the festival.",
        "This review was originally published at the Berlin Film Festival.",
    ):
        review = scraped(f"{TOP}{note}\n\n{P1}\n\n{P2}\n\n{P3}\n")
        assert paragraphs(review)[0] == P1, note
    opening = "Warning signs are everywhere in the first scene, if you know where to look for them."
    review = scraped(f"{TOP}{opening}\n\n{P1}\n\n{P2}\n")
    assert paragraphs(review)[0] == opening


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_NAME = st.builds(lambda a, b: f"{a.title()} {b.title()}", _WORD, _WORD)


@given(_NAME, _NAME, st.lists(_WORD, min_size=1, max_size=4), st.sampled_from(["left", "right"]))
def test_any_caption_of_two_people_gives_its_film(
    first: str, second: str, words: list[str], place: str
) -> None:
    title = " ".join(w.title() for w in words)
    assert photo_caption(f"{first} ({place}) and {second} in '{title}'.") == title
    assert photo_caption(f"{first} and {second} in “{title}.”") == title


@given(st.text(max_size=300))
def test_a_sentence_is_never_another_articles_headline(text: str) -> None:
    line = text.strip() + " and so it ends."
    assert not is_related_headline(line, "Harbour Lights")
    is_footer(text)  # never raises, whatever the text


# --- bylines ---------------------------------------------------------------------------------

BODY = f"{P1}\n\n{P2}\n\n{P3}\n"


def test_bylines_in_other_shapes_right_under_the_headline() -> None:
    for byline in (
        "Jane Doe | The Daily Reel",
        "Jane Doe, Film Critic",
        "Jane Doe, Chief Film Critic",
        "Jane Doe\nContributing Writer",
        "March 3, 2024\nJane Doe",
        "7/09/20 3:00PM\nJane Doe",
        "Jane Doe\n7/09/20 3:00PM",
        "Reviewed by Jane Doe",
    ):
        review = scraped(f"Harbour Lights review: quiet\n\n{byline}\n\n{BODY}")
        assert review.reviewer is not None, byline
        assert review.reviewer.name == "Jane Doe", byline
        assert paragraphs(review)[0] == P1, byline


def test_a_name_the_review_keeps_using_is_no_byline() -> None:
    body = BODY.replace("The film", "Ana Lima").replace("By the end it", "By the end Ana Lima")
    review = scraped(f"Harbour Lights review: quiet\n\nMarch 3, 2024\nAna Lima\n\n{body}")
    assert review.reviewer is None


# --- titles ----------------------------------------------------------------------------------


def named(text: str, title: str) -> str:
    """BODY with the film named twice."""
    return text.replace("The film opens", f"{title} opens").replace("By the end it", title)


def test_titles_past_section_labels_breadcrumbs_and_grades() -> None:
    body = named(BODY, "Harbour Lights")
    for top in (
        "Home » Entertainment » Harbour Lights",
        "Home » Entertainment » Harbour Lights review: a quiet triumph",
        "NOTEBOOK\n\nHarbour Lights review: a quiet triumph",
        "Cannes\n\nHarbour Lights",
        "Television\n\nHarbour Lights\n\nA slow drama about the families of a fishing town.",
        "Review\n\nHarbour Lights",
        "A\n\nHarbour Lights",
        "B+\n\nHarbour Lights",
    ):
        review = scraped(f"{top}\n\nBy Jane Doe\n\n{body}")
        assert review.film.title == "Harbour Lights", top


def test_a_headline_that_is_a_sentence_about_the_film() -> None:
    for headline, title in (
        ("In ‘Perfect Days,’ a Tokyo toilet cleaner finds grace", "Perfect Days"),
        ("Anatomy of a Fall Puts a Marriage on Trial—and Makes Us the Jury", "Anatomy of a Fall"),
        ("Ana Lima Is Extraordinary in the Quietly Shattering Harbour Lights", "Harbour Lights"),
    ):
        review = scraped(f"{headline}\n\nBy Jane Doe\n\n{named(BODY, title)}")
        assert review.film.title == title, headline
    # The film's name only where the review starts: "X review", or in quotes.
    review = scraped(
        f"The cost of lies\n\nBy Jane Doe\n\nHarbour Lights review: {P1}\n\n{P2}\n\n"
        f"{named(P3, 'Harbour Lights')}\n"
    )
    assert review.film.title == "Harbour Lights"
    review = scraped(
        f"The cost of lies\n\nBy Jane Doe\n\nIn “Harbour Lights,” {P1.lower()}\n\n{P2}\n\n"
        f"{named(P3, 'Harbour Lights')}\n"
    )
    assert review.film.title == "Harbour Lights"


def test_a_headline_that_names_the_film_keeps_it_whole() -> None:
    for headline, title in (
        ("Godzilla Minus One review: a monster of grief", "Godzilla Minus One"),
        ("Past Lives", "Past Lives"),
        ("Pushpa 2: The Rule review: louder still", "Pushpa 2: The Rule"),
    ):
        body = named(BODY, title).replace("stays", f"stays, like {title.split()[0]} himself,")
        review = scraped(f"{headline}\n\nBy Jane Doe\n\n{body}")
        assert review.film.title == title, headline


def test_a_season_number_glued_to_a_title() -> None:
    body = named(BODY, "Paatal Lok").replace("Later the story", "The second season")
    review = scraped(f"Paatal Lok 2 review: a darker hunt\n\nBy Jane Doe\n\n{body}")
    assert (review.film.title, review.film.season) == ("Paatal Lok", 2)
    # A sequel keeps its number: no season is stated.
    body = named(BODY, "Pushpa 2").replace("By the end", "Pushpa is back, and by the end")
    review = scraped(f"Pushpa 2 review: louder still\n\nBy Jane Doe\n\n{body}")
    assert review.film.title == "Pushpa 2"


def test_a_year_in_a_title_is_not_the_films_year() -> None:
    review = scraped(
        f"Scam 1992 review: a sharp series\n\nBy Jane Doe\n\n{named(BODY, 'Scam 1992')}"
    )
    assert (review.film.title, review.film.year) == ("Scam 1992", None)


@given(_NAME, st.lists(_WORD, min_size=1, max_size=4), st.sampled_from([" | ", ", "]))
def test_a_name_beside_a_site_or_a_critics_title_is_a_byline(
    name: str, site: list[str], mark: str
) -> None:
    assume(is_name(name))  # a person's name as the parser reads one ("Aa Season" is not)
    if mark == " | ":
        assert near_byline(f"{name}{mark}{' '.join(w.title() for w in site)}") == name
    assert near_byline(f"{name}, Film Critic") == name
    assert near_byline(f"{name}{mark}{' '.join(site)} and more words.") is None


# --- ratings ---------------------------------------------------------------------------------


def test_ratings_in_the_shapes_sites_print_them() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\n\n"
    named_body = named(BODY, "Harbour Lights")
    for page, want in (
        (f"{top}★★★½ out of four\n\n{BODY}", "3.5/4"),
        (f"{top}Rating: ★★★½ (out of 4)\n\n{BODY}", "3.5/4"),
        (f"{top}Grade: A-\n\n{BODY}", "A-"),
        (f"{top}{BODY}\nGrade: B+\n", "B+"),
        (f"A-\n\nHarbour Lights\n\nBy Jane Doe\n\n{named_body}", "A-"),
        (f"Harbour Lights\n\nB\n\nBy Jane Doe\n\n{named_body}", "B"),
        (f"{top}{BODY}\nB-\n", "B-"),
        (f"{top}{BODY}\nScore: 9/10\n", "9/10"),
        (f"{top}{BODY}\nVerdict\n\nA slow, lovely film.\n\n8/10\n", "8/10"),
        (f"{top}4 stars out of 5\n\n{BODY}", "4/5"),
        (f"Harbour Lights\n\nJane Doe\nNovember 3, 2023\n\n3.5/4\n\n{named_body}", "3.5/4"),
    ):
        assert scraped(page).rating == want, page[:80]


def test_letters_that_are_not_grades() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\n\n"
    for page in (
        f"{top}Certificate\nA\n\n{BODY}",
        f"{top}{BODY.replace('past.', 'past. A is for atmosphere, and it has plenty.')}",
        f"{top}{P1}\n\nA\n\n{P2}\n\n{P3}\n\n{P1}\n\n{P2}\n\n{P3}\n",
        f"{top}{BODY}\nAudience rating: 9/10\n",
    ):
        assert scraped(page).rating is None, page[-60:]


# --- platforms -------------------------------------------------------------------------------


def test_platforms_as_the_page_names_them() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\n\n"
    for page, want in (
        (f"{top}Where to watch: HBO and Max\n\n{BODY}", "HBO and Max"),
        (f"{top}Available on: FX and Hulu\n\n{BODY}", "FX and Hulu"),
        (
            f"{top}{BODY}\nHarbour Lights is streaming on Sky Atlantic and NOW TV.\n",
            "Sky Atlantic and NOW TV",
        ),
        (f"{top}Availability: Hulu July 10\n\n{BODY}", "Hulu"),
        (f"{top}Streaming on: Curzon Home Cinema\n\n{BODY}", "Curzon Home Cinema"),
        (f"{top}Platform: Lionsgate Play\n\n{BODY}", "Lionsgate Play"),
        (
            f"{top}{BODY}\nIt premieres Sunday on HBO and will stream on Max.\n",
            "Max",
        ),
        (
            f"{top}{BODY}\nIt premieres Sunday on HBO. Episodes will also stream on Max.\n",
            "HBO",
        ),
        (f"Harbour Lights\n\nHarbour Lights (2024) · Apple TV+ · Season 1\n\n{BODY}", "Apple TV+"),
    ):
        assert scraped(page).platform == want, page[:90]


def test_menus_people_and_cinemas_are_no_platform() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\n\n"
    for page in (
        f"Reel Site\nReviews\nWhere to watch\nGames\nNewsletter\n\n{top}{BODY}",
        f"Reel Site\nReviews\nStreaming\nGreat Movies\nFestivals\n\n{top}{BODY}",
        f"{top}Streaming: Tom Hale\n\n{BODY}",
        f"{top}Available On: Theatrical Release\n\n{BODY}",
        f"Best films on Netflix\n\n{top}{BODY}",
        f"{top}{BODY}\nOTT Review : Storm Coast – a thriller on Netflix\n",
    ):
        assert scraped(page).platform is None, page[:90]


# --- years -----------------------------------------------------------------------------------


def test_the_year_from_a_release_or_festival_line() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\n\n"
    for page, want in (
        (f"{top}{BODY}\nHarbour Lights is in theaters November 22, 2023.\n", 2023),
        (f"{top}{P1} It was released in 2024 to little fanfare.\n\n{P2}\n\n{P3}\n", 2024),
        (f"{top}Streaming from 3 May 2024 on Netflix.\n\n{BODY}", 2024),
        (f"{top}{BODY}\nReviewed at the 2024 Sundance Film Festival.\n", 2024),
        (f"{top}{BODY}\nThis review was filed from the Venice Film Festival 2023.\n", 2023),
        (f"{top}{named(BODY, 'Harbour Lights').replace('opens', '(2022) opens')}", 2022),
    ):
        assert scraped(page).film.year == want, page[-70:]


def test_no_year_from_publish_dates_settings_or_other_films() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\nPublished March 3, 2024\n\n"
    for page in (
        f"{top}{BODY}",
        f"{top}{P1} The original was released in 1984 and nobody remembers it.\n\n{P2}\n",
        f"{top}Set in 1992, {P1.lower()}\n\n{P2}\n\n{P3}\n",
        f"{top}{BODY}\nIn theaters Friday.\n",
        f"{top}{P1} The film opened with the question it had circled since the 2018 pilot.\n",
        f"{top}{BODY}\nUpdated: March 4, 2024 10:02 am\n",
    ):
        assert scraped(page).film.year is None, page[-70:]


@given(st.dates(), st.sampled_from(["Published", "Posted on", "Updated", "Last modified:"]))
def test_a_publish_date_never_gives_the_year(day: object, label: str) -> None:
    page = f"Harbour Lights review: quiet\n\nBy Jane Doe\n{label} {day:%B %d, %Y}\n\n{BODY}"
    assert scraped(page).film.year is None


def test_the_year_by_the_title_in_a_credits_block_or_a_title_line() -> None:
    body = named(BODY, "Harbour Lights")
    review = scraped(
        f"Harbour Lights review: quiet\n\nBy Jane Doe\n\n{body}\nFilm Credits\n\n"
        "Harbour Lights (2019)\n\nRated R for language.\n\n117 minutes\n\nPopular Reviews\n\n"
        "Storm Coast (2021) - a lighthouse thriller\n"
    )
    assert review.film.year == 2019
    review = scraped(f"Review by Jane Doe ★★★½\nHarbour Lights 2022\nWatched 16 Apr 2022\n\n{BODY}")
    assert (review.film.title, review.film.year) == ("Harbour Lights", 2022)


# --- the review's bounds ---------------------------------------------------------------------


def test_a_standfirst_parted_from_the_review_by_furniture() -> None:
    deck = "A fishing town holds its breath in this tender, unhurried drama."
    for furniture in ("March 3, 2024", "Share\nTweet", "Photo: Neon"):
        review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{deck}\n\n{furniture}\n\n{BODY}")
        assert paragraphs(review)[0] == P1, furniture
    # A short opening line that runs straight into the review is its start.
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\nIt is here at last.\n\n{BODY}")
    assert paragraphs(review)[0] == "It is here at last."


def test_the_first_of_the_reviews_headings_over_its_first_paragraph() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\nThe story\n\n{P1}\n\nWhat works\n\n{P2}\n\n"
        f"Final verdict\n\n{P3}\n"
    )
    assert [s.heading for s in review.sections] == ["The story", "What works", "Final verdict"]
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\nRelated Links : Trailer\n\n{P1}\n\n"
        f"What works\n\n{P2}\n\nFinal verdict\n\n{P3}\n"
    )
    assert [s.heading for s in review.sections if s.heading] == ["What works", "Final verdict"]


def test_a_premiere_before_the_title_is_no_closing_note() -> None:
    last = (
        "Shot around the coast, and snapped up after a storming festival premiere, Harbour "
        "Lights is the rare local film with reach. It is also one of the best of the year."
    )
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{BODY}\n{last}\n")
    assert paragraphs(review)[-1] == last
    note = "Harbour Lights premieres on Netflix on 3 May."
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{BODY}\n{note}\n")
    assert paragraphs(review)[-1] == P3


def test_a_tagline_headline_and_the_title_in_the_lines_under_it() -> None:
    body = BODY.replace("The film opens", "The second season of Harbour Lights opens").replace(
        "By the end it", "By the end Harbour Lights"
    )
    review = scraped(
        "TV Review\n\nThe Quiet Season\n\nHarbour Lights goes home again, and finds the tide "
        f"has turned.\n\nBy Jane Doe, TV critic\n\n{body}"
    )
    assert review.film.title == "Harbour Lights"
    # A person the deck names, whom the review calls by the surname, is not the title.
    body = BODY.replace("The film opens", "Ana Lima opens").replace("By the end it", "Lima")
    review = scraped(
        "Past Lives\n\nAna Lima is superb in this tender drama about a fishing town.\n\n"
        f"By Jane Doe\n\n{body.replace('Later the story', 'Later Ana Lima')}"
    )
    assert review.film.title == "Past Lives"


def test_a_blog_signs_its_post_underneath() -> None:
    review = scraped(
        f"Harbour Lights\n\n{named(BODY, 'Harbour Lights')}\nPosted by Dex at 11:42 PM\n"
    )
    assert review.reviewer is not None and review.reviewer.name == "Dex"


def test_links_under_read_more_name_no_platform() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\nRead more:\n\n"
        f"Best family films on Netflix to watch this week\n\n{P2}\n\n{P3}\n"
    )
    assert review.platform is None


def test_captions_and_photo_credits_between_paragraphs_are_neither_headings_nor_text() -> None:
    for caption in (
        "Ana Lima and Tom Hale in Harbour Lights",
        "Ana Lima as Marta in Harbour Lights",
        "Ana Lima in Harbour Lights (Neon)",
        "Ana Lima, left, and Tom Hale",
        "Tom Hale in Storm Coast",
        "Neon",
        "Janus Films/Sideshow",
        "Searchlight Pictures",
    ):
        assert is_caption_line(caption), caption
        review = scraped(f"{TOP}{P1}\n\n{caption}\n\n{P2}\n\n{P3}\n")
        assert [s.heading for s in review.sections if s.heading] == [], caption
        assert caption not in review.body_text(), caption
    for heading in (
        "The verdict",
        "Performances",
        "A town in trouble",
        "Ana Lima in top form",
        "Five Years Later, Jackson Has Become Home",
        "Pedro Pascal & Bella Ramsey Are Even Better This Time",
    ):
        assert not is_caption_line(heading), heading
        review = scraped(f"{TOP}{P1}\n\n{heading}\n\n{P2}\n\n{P3}\n")
        assert [s.heading for s in review.sections if s.heading] == [heading], heading


@given(_NAME, _NAME, st.lists(_WORD, min_size=1, max_size=4))
def test_any_two_people_in_a_titled_film_is_a_caption(
    first: str, second: str, words: list[str]
) -> None:
    assume(is_name(first) and is_name(second))
    title = " ".join(w.title() for w in words)
    assert is_caption_line(f"{first} and {second} in {title}")
    assert not is_caption_line(f"{first} and {second} in {title.lower()} form.")


def test_stars_the_closing_sentence_gives() -> None:
    top = "Harbour Lights review: quiet\n\nBy Jane Doe\n\n"
    for closing, want in (
        ("Harbour Lights gets 4 stars out of 5.", "4/5"),
        ("I give it three and a half stars out of four.", "3.5/4"),
        ("It earns a solid three stars.", "3/5"),
    ):
        review = scraped(f"{top}{P1}\n\n{P2}\n\n{P3} {closing}\n")
        assert review.rating == want, closing
    # Stars someone else gave, or a film's stars, are no rating.
    for sentence in (
        "Critics gave the original four stars back in 1998, and they were right.",
        "Its stars are Ana Lima and Tom Hale, and both are very good.",
    ):
        assert scraped(f"{top}{P1}\n\n{P2}\n\n{P3} {sentence}\n").rating is None, sentence


def test_a_subtitle_printed_under_the_headline() -> None:
    full = "Harbour Lights: A Coastal Story"
    body = named(BODY, "Harbour Lights").replace("past.", f"past. {full} is worth the trip.")
    review = scraped(f"Harbour Lights Review: Quiet and Lovely\n\n{full}\n\nBy Jane Doe\n\n{body}")
    assert review.film.title == full
    # A tagline after the title, which the review never names whole, is no subtitle.
    review = scraped(
        f"Harbour Lights Review: Quiet and Lovely\n\nHarbour Lights: Ana Lima Shines\n\n"
        f"By Jane Doe\n\n{named(BODY, 'Harbour Lights')}"
    )
    assert review.film.title == "Harbour Lights"


def test_a_last_paragraph_that_names_the_film_is_no_release_note_without_where_or_when() -> None:
    last = "Harbour Lights lands softly and arrives at its ending with grace to spare."
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{BODY}\n{last}\n")
    assert paragraphs(review)[-1] == last
    note = "Harbour Lights lands in cinemas on Friday."
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{BODY}\n{note}\n")
    assert paragraphs(review)[-1] == P3


@given(st.text(".!?…\"'’”) ab\n", max_size=12))
def test_a_sentence_end_is_looked_for_at_the_end_only(unit: str) -> None:
    assert layout._ends_sentence(unit) == (layout._SENTENCE.search(unit) is not None)


@pytest.mark.parametrize(
    "line",
    [
        "Share on X · Share on Facebook · Email",
        "Tweet | Email | Print",
        "Share • Copy link • Save",
    ],
)
def test_a_row_of_buttons_is_furniture(line: str) -> None:
    assert is_soft_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Drama · 2023 · 106 min",
        "Share on X · Greta Lee is wonderful in a film about what might have been",
        "Love · Loss · Time",
    ],
)
def test_a_line_with_dots_that_is_not_all_buttons_is_kept(line: str) -> None:
    assert not is_soft_chrome(line)


def test_a_share_bar_under_the_byline_is_not_the_first_heading() -> None:
    page = (
        "REVIEWS\nPast Lives\nby Marguerite Osei-Lindqvist\nJune 2, 2023\n\n"
        "Share on X · Share on Facebook · Email\n\n"
        "Greta Lee plays Nora, who left Seoul at twelve and left behind a boy named Hae Sung.\n\n"
        "The Long Distance\n\n"
        "Song stages their calls in the flat light of laptop screens, and it works.\n"
    )
    review = scraped(page)
    headings = [section.heading for section in review.sections if section.heading]
    assert headings == ["The Long Distance"]


def test_a_comment_prompt_ends_the_article() -> None:
    for prompt in (
        "Share your views in the comments below.",
        "Leave your thoughts in the comments",
    ):
        review = scraped(f"{TOP}{P1}\n\n{P2}\n\n{P3}\n\n{prompt}\n\n{P1}\n")
        assert paragraphs(review) == [P1, P2, P3], prompt


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lima and Tom Hale in Harbour Lights. Studio Pictures",
        "Tom Hale as Jack Moss in “Harbour Lights.” Jane Doe/Reelflix",
        "Ana Lima as Ria Moss. Photo / Universal Pictures",
    ],
)
def test_a_caption_with_its_photo_credit_after_it(line: str) -> None:
    assert is_caption_line(line)
    review = scraped(f"{TOP}{line}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review) == [P1, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "It ends badly. Nobody Wins",
        "The harbour was quiet that year, and the boats stayed in. Then Came Winter",
    ],
)
def test_sentences_with_a_capitalised_tail_are_not_captions(line: str) -> None:
    assert not is_caption_line(line)


def test_a_job_title_is_no_byline_and_the_name_above_it_is() -> None:
    assert layout.byline_name("Senior Entertainment Reporter", "Updated Nov. 17, 2023") is None
    assert layout.byline_name("Review: Harbour Lights") is None  # a headline, not a byline
    assert layout.byline_name("Critic: Jane Doe") == "Jane Doe"
    page = (
        "MOVIES\n\n‘Harbour Lights’ Is a Quiet Triumph\n\nA small film about a big storm.\n\n"
        "Rowan Pettigrew-Sáenz\nSenior Entertainment Reporter\nUpdated Nov. 17, 2023 4:12PM EST"
        f"\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.reviewer is not None
    assert review.reviewer.name == "Rowan Pettigrew-Sáenz"
    assert paragraphs(review)[0] == P1


def test_links_under_a_box_heading_in_the_text_are_neither_headings_nor_text() -> None:
    for box in ("READ MORE AT THE DAILY REEL", "Related Story", "Also Read"):
        page = (
            f"{TOP}{P1}\n\n{box}\nThe Ten Best Harbour Films Ever Made\n"
            f"Why Small Films Keep Winning Big Prizes\n\n{P2}\n\n{P3}\n"
        )
        review = scraped(page)
        assert [s.heading for s in review.sections if s.heading] == [], box
        assert paragraphs(review) == [P1, P2, P3], box


def test_links_under_a_box_heading_before_the_review_do_not_start_it() -> None:
    page = (
        f"{TOP}Related Story\nHarbour Lights director teases a sequel\n"
        f"Jane Doe on why the storm scenes took a year\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert paragraphs(scraped(page)) == [P1, P2, P3]


def test_two_headlines_of_other_articles_in_a_row_are_not_a_heading() -> None:
    page = (
        f"{TOP}{P1}\n\nThe Harbour Film Everyone Is Talking About\n"
        f"Why Streaming Keeps Betting Big On Small Towns\n\n{P2}\n\n"
        f"What Works Best\n\n{P3}\n"
    )
    review = scraped(page)
    assert [s.heading for s in review.sections if s.heading] == ["What Works Best"]


def test_newsletter_box_with_its_consent_line_inside_the_article() -> None:
    page = (
        f"{TOP}{P1}\n\nSign up for Reel Weekly, a guide to what to watch.\nSign Up\n"
        f"By signing up, you agree to our Privacy Policy.\n\n{P2}\n\n{P3}\n"
    )
    assert paragraphs(scraped(page)) == [P1, P2, P3]


def test_furniture_behind_a_label_and_more_lines() -> None:
    assert is_soft_chrome("Harbour Lights Movie Review: Story Continues Below")
    assert is_soft_chrome("MORE : Jane Doe becomes the first to win twice")
    assert not is_soft_chrome("Verdict: Story continues to matter more than spectacle here")


def test_a_standfirst_behind_the_date_is_not_the_review() -> None:
    assert layout.is_dated_deck("22/05/2023 - CANNES 2023: A director returns with a love story")
    assert layout.is_dated_deck("May 22, 2023 — A quiet film about a loud storm")
    assert not layout.is_dated_deck("In May 2023 the film premiered - and nobody came.")
    page = (
        "Review: Harbour Lights\n\nby Jane Doe\n\n"
        "22/05/2023 - CANNES 2023: A director comes out of retirement with a quiet film\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.film.title == "Harbour Lights"
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"
    assert paragraphs(review)[0] == P1


def test_a_credits_line_under_a_bare_title_is_not_the_headline() -> None:
    page = (
        "Screens\nFilm Reviews\n\nHarbour Lights\n\n"
        "Dir. Jane Doe; with Ana Lima, Tom Hale. (R, 112 min.)\n\n"
        "REVIEWED By Priya Castellano-Hunt, Fri., Dec. 22, 2023\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.headline == "Harbour Lights"
    assert review.film.title == "Harbour Lights"


def test_a_credits_line_gives_the_director_the_cast_and_the_runtime() -> None:
    page = (
        "Harbour Lights\n\nDir. Jane Doe; with Ana Lima, Tom Hale, Rui Costa. (R, 112 min.)\n\n"
        f"REVIEWED By Priya Castellano-Hunt, Fri., Dec. 22, 2023\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.directors == ("Jane Doe",)
    assert [c.actor for c in review.cast] == ["Ana Lima", "Tom Hale", "Rui Costa"]
    assert review.runtime_minutes == 112


def test_a_directors_earlier_film_in_brackets_is_no_actor() -> None:
    page = (
        f"{TOP}Director: Sean Durkin\n\n{P1} At its centre is Kevin (Tom Hale), the eldest.\n\n"
        f"Durkin (Martha Marcy May Marlene) shoots the storm in long takes. {P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.directors == ("Sean Durkin",)
    assert [(c.actor, c.role) for c in review.cast] == [("Tom Hale", "Kevin")]


def test_a_newsletter_plug_between_paragraphs_does_not_end_the_review() -> None:
    long_p2 = f"{P2} {P2}"
    page = (
        f"{TOP}{P1}\n\nThanks for reading Reel Notes! Subscribe for free to receive new posts.\n\n"
        f"Subscribe\n\n{long_p2}\n\n{P3} {P1}\n\n48 Likes ∙ 2 Restacks\n\n"
        f"Discussion about this post\n\n{P2}\n"
    )
    assert paragraphs(scraped(page)) == [P1, long_p2, f"{P3} {P1}"]


def test_a_newsletter_plug_at_the_end_still_ends_the_review() -> None:
    page = f"{TOP}{P1}\n\n{P2}\n\n{P3}\n\nSign up for Reel Notes, our weekly newsletter.\n\n{P1}\n"
    assert paragraphs(scraped(page)) == [P1, P2, P3]


def test_credits_headed_by_the_title_close_the_review() -> None:
    page = (
        f"{TOP}{P1}\n\n{P2}\n\n{P3}\n\n"
        "HARBOUR LIGHTS (2023). Directed by Jane Doe. With Ana Lima, Tom Hale. 112 minutes.\n"
    )
    assert paragraphs(scraped(page)) == [P1, P2, P3]


def test_a_long_title_cased_heading_is_not_taken_for_a_name() -> None:
    page = (
        f"{TOP}{P1}\n\nSeven Episodes Isn't Quite Enough\n\n{P2}\n\n"
        f"Talk to Your Kids About ...\n\n{P3}\n"
    )
    headings = [s.heading for s in scraped(page).sections if s.heading]
    assert headings == ["Seven Episodes Isn't Quite Enough", "Talk to Your Kids About ..."]


def test_a_line_ending_in_a_stop_is_still_no_heading() -> None:
    page = f"{TOP}{P1}\n\nIt all ends here...\n\n{P2}\n\n{P3}\n"
    assert [s.heading for s in scraped(page).sections if s.heading] == []


def test_a_title_block_above_a_user_reviews_summary_line() -> None:
    page = (
        "Menu\nSign In\n\nHarbour Lights\nTV Mini Series\n2025\nTV-MA\n\nUser Reviews\n\n"
        "reel_fan's Review\n\n9/10\nFour nights, four storms, and not a wasted second\n\n"
        f"reel_fan\n13 March 2025\nPermalink\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.film.title == "Harbour Lights"
    assert review.film.year == 2025


def test_the_headline_keeps_a_subtitle_after_the_titles_colon_when_the_review_does() -> None:
    page = (
        "Review : Harbour Lights 2: The Return – a one-man storm\n\nBy Jane Doe\n\n"
        f"Two years on, Harbour Lights 2: The Return goes bigger. {P1}\n\n{P2}\n\n{P3}\n"
    )
    assert scraped(page).film.title == "Harbour Lights 2: The Return"


def test_a_heading_over_the_review_after_a_summary_box_opens_it() -> None:
    page = (
        "Harbour Lights Review: A Quiet Triumph\n\nBy Jane Doe\n\n"
        "What's Good: the leads, and a storm that feels real.\n\n"
        "Director: Jane Doe\n\nLanguage: English\n\nRuntime: 112 minutes\n\n"
        "Harbour Lights Review: Script Analysis\n\n"
        f"{P1}\n\n{P2}\n\nHarbour Lights Review: The Last Word\n\n{P3}\n"
    )
    headings = [s.heading for s in scraped(page).sections if s.heading]
    assert headings == [
        "Harbour Lights Review: Script Analysis",
        "Harbour Lights Review: The Last Word",
    ]


LONG1 = f"{P1} {P2}"
LONG2 = f"{P2} {P3}"
LONG3 = f"{P3} {P1}"


@pytest.mark.parametrize(
    "box",
    [
        "Get the app\nDownload the Daily Reel app for the best of film and TV.",
        "Related: The 20 best films of the year so far",
        "Pictured: Ana Lima as Ria.",
        "Open this photo in gallery:\nAna Lima as Ria in Harbour Lights.",
        "Share this article\nFacebook\nTwitter\nEmail",
        "This article was originally published on March 3, 2024.",
    ],
)
def test_furniture_between_paragraphs_is_stepped_over(box: str) -> None:
    review = scraped(f"{TOP}{LONG1}\n\n{box}\n\n{LONG2}\n\n{LONG3}\n")
    assert paragraphs(review) == [LONG1, LONG2, LONG3], box
    assert [s.heading for s in review.sections if s.heading] == [], box


@pytest.mark.parametrize(
    "line",
    [
        "What did you think of Harbour Lights? Let us know in the comments.",
        "Want more? Follow Reel on Instagram and TikTok.",
        "Follow The Daily Reel on Instagram for more.",
    ],
)
def test_calls_to_comment_or_follow_close_the_article(line: str) -> None:
    assert is_footer(line)
    review = scraped(f"{TOP}{P1}\n\n{P2}\n\n{P3}\n\n{line}\n")
    assert paragraphs(review) == [P1, P2, P3]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("Jane Doe, Film Critic", "Jane Doe"),
        ("Jane Doe | Senior Writer", "Jane Doe"),
        ("By Jane Doe and Tom Smith", "Jane Doe and Tom Smith"),
        ("By Jane Doe & Tom Smith", "Jane Doe & Tom Smith"),
    ],
)
def test_more_byline_forms(byline: str, name: str) -> None:
    assert layout.byline_name(byline) == name
    page = f"Harbour Lights review: a quiet triumph\n\n{byline}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    review = scraped(page)
    assert review.reviewer is not None and review.reviewer.name == name


def test_the_author_of_a_page_without_a_byline_from_the_box_or_bio_after_it() -> None:
    head = f"Harbour Lights review: a quiet triumph\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
    for tail in (
        "About the author\nJane Doe\nJane Doe writes about film from Leeds.\n",
        "Jane Doe is a film critic based in Leeds.\n",
    ):
        review = scraped(head + tail)
        assert review.reviewer is not None and review.reviewer.name == "Jane Doe", tail
        assert paragraphs(review) == [P1, P2, P3], tail


def test_a_paragraph_about_a_critic_in_the_review_does_not_end_it() -> None:
    critic = "Ana Lima is a critic of everything in this film, and her character is the best of it."
    page = f"{TOP}{P1}\n\n{P2}\n\n{critic}\n\n{LONG3}\n"
    assert paragraphs(scraped(page)) == [P1, P2, critic, LONG3]


@pytest.mark.parametrize(
    "first",
    [
        "Harbour Lights opens on a quiet street at dawn, and nothing happens for a while.",
        "“Harbour Lights” is a film in no hurry, and nothing happens for a while.",
    ],
)
def test_a_tagline_headline_and_the_title_as_the_first_sentences_subject(first: str) -> None:
    page = (
        "Film review\n\nA quiet triumph about a loud storm\n\nBy Jane Doe\n\n"
        f"{first} {P1}\n\n{P2}\n\n{P3}\n"
    )
    assert scraped(page).film.title == "Harbour Lights"


def test_a_person_opening_the_first_sentence_is_not_the_title() -> None:
    page = (
        "A quiet triumph about a loud storm\n\nBy Jane Doe\n\n"
        f"Ana Lima is a marvel in Harbour Lights, which opens on a quiet street. {P1}\n\n"
        f"Harbour Lights never hurries. {P2}\n\n{P3}\n"
    )
    assert scraped(page).film.title != "Ana Lima"


def test_a_standfirst_without_its_stop_is_not_the_reviews_only_heading() -> None:
    page = f"{TOP}The storm film of the year is also the quietest\n\n{LONG1}\n\n{P2}\n\n{P3}\n"
    review = scraped(page)
    assert [s.heading for s in review.sections if s.heading] == []
    assert paragraphs(review)[0] == LONG1
    # a single heading further down stays a heading
    page = f"{TOP}{LONG1}\n\nThe Town\n\n{P2}\n\n{P3}\n"
    assert [s.heading for s in scraped(page).sections if s.heading] == ["The Town"]


@pytest.mark.parametrize(
    ("unit", "name"),
    [
        ("By Dana Frost / August 8, 2023, 6:00 AM PDT", "Dana Frost"),
        ("December 8, 2023 by Priya Castell", "Priya Castell"),
    ],
)
def test_bylines_with_a_slash_or_a_date_first(unit: str, name: str) -> None:
    assert layout.byline_name(unit) == name


def test_a_messaging_channel_prompt_ends_the_review() -> None:
    assert layout.is_hard_stop("Join ST's Telegram channel and get the latest news delivered.")
    assert layout.is_hard_stop("Click here to join Express Entertainment on WhatsApp")
    assert not layout.is_hard_stop("She joins the choir, and the film finds its heart.")


def test_a_verdict_and_a_release_line_closing_a_box_of_facts_above_the_review() -> None:
    page = (
        f"{TOP}Harbour Lights\nDirected by Jane Roe\nRunning time: 112 minutes\n"
        "In cinemas from July 20\nVerdict: A small film with a big heart.\n\n"
        f"{LONG1}\n\n{P2}\n\nVerdict: A small film with a big heart, and a storm to remember.\n"
    )
    paras = paragraphs(scraped(page))
    assert paras[0] == LONG1
    assert paras[-1].startswith("Verdict: A small film")  # a closing verdict stays review text


def test_a_review_by_line_under_the_headline_is_the_byline_not_the_title() -> None:
    assert layout.byline_name("Film Review by Jane Doe | 18 Oct 2022") == "Jane Doe"
    assert layout.byline_name("Review by night_owl_42 ★★★★½") == "night_owl_42"
    assert layout.byline_name("Review by the numbers: why it works") is None
    page = (
        "Film > Reviews\n\nHarbour Lights\n\nA quiet triumph about a storm and a town.\n\n"
        f"Film Review by Jane Doe | 18 Oct 2022\n\n★★★★☆\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(page)
    assert review.film.title == "Harbour Lights"
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"


def test_a_title_holding_and_is_kept_whole_before_its_verb() -> None:
    body = (
        "The second series from the coast is a very different beast from the first. Where that "
        "show chased spies, this one stays at a school and watches its pupils closely.\n\n"
    )
    for headline in (
        "Review: Salt and Water is a glossy mystery",
        "REVIEW | Salt and Water is a glossy, gripping teen mystery",
    ):
        review = scraped(f"{headline}\n\nJane Doe\n20 May 2020, 16:30\n\n{body * 3}")
        assert review.film.title == "Salt and Water", headline
    two = scraped(
        f"Helen and Dale are the golden couple of the newsroom\n\nJane Doe\n20 May 2020\n\n"
        f"{body * 3}"
    )
    assert two.film.title != "Helen and Dale"  # two people: "are"


def test_a_conjunction_before_a_capitalised_word_makes_no_name() -> None:
    for words in ("If RTÉ", "Unless Netflix", "Because Hollywood", "Whether Marvel"):
        assert not is_name(words), words
    assert is_name("Ana Lima")


@pytest.mark.parametrize(
    "line",
    [
        "8 min read",
        "12-minute read",
        "How would you rate Ferry Lights season 3?",
        "Let us know what you thought of the final season in the comments below.",
        "Osvald at the wheel of the ferry. (Studio North pic)",
    ],
)
def test_reading_times_polls_appeals_and_studio_captions_are_chrome(line: str) -> None:
    assert is_chrome(line)


def test_a_question_in_the_review_is_no_poll() -> None:
    line = "How would you rate a film that makes you cry for two hours? I would rate it highly."
    assert not is_chrome(line)


@pytest.mark.parametrize(
    "line", ["No Comments", "12 comments", "This review covers the first eight episodes."]
)
def test_comment_counts_and_a_screeners_scope_are_chrome(line: str) -> None:
    assert is_chrome(line)
