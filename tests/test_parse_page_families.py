"""Families of page furniture that fooled the page rules on sites never seen: photo captions
that end with their credit, icon labels glued to text, the labels a site slots between
paragraphs, headings in capitals that read as names, where-to-watch lines over the review,
bylines glued to the site's name, and headlines whose title hides behind a tagline or a first
person. Each page is made up for the test, with cases where the rule must not fire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui.parse.layout import byline_name, is_caption_line, near_byline

from prose_pages import P1, P2, P3, headings, paragraphs, scraped

P4 = (
    "Nothing in it is hurried and nothing is wasted, and the last shot of the harbour at "
    "night is as lovely a thing as any film has given us in a long while."
)


# --- captions that end with their credit ------------------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Lima plays a lighthouse keeper in Harbour Lights Credit: Netflix",
        "Ana Lima returns as Rosa Vale in Harbour Lights. Image: BBC/Two Cities Television",
        "Ana Lima and Tom Hale in “Harbour Lights” | © 2023 Studio North / Film Co",
        "Ana Lima, left, and Tom Hale play rivals in Harbour Lights. (North Films/Elevation)",
        'Ana Lima and Tom Hale in "Harbour Lights" Season 2. FX',
        "Ana Lima in Harbour Lights | Photo: A24",
    ],
)
def test_a_caption_with_its_credit_is_no_text(caption: str) -> None:
    assert is_caption_line(caption)
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{caption}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0].startswith("Harbour Lights opens")
    assert all(caption not in p for p in paragraphs(review))
    assert caption not in headings(review)


@pytest.mark.parametrize(
    "line",
    [
        # A sentence of the review that happens to end in brackets or a label.
        "The film was shot over two summers. Its producers are two small companies (North/South)",
        "Lima said it best in an interview last year: the sea decides everything.",
        "Harbour Lights is the best film of the year, and that is no small claim.",
    ],
)
def test_text_is_no_credited_caption(line: str) -> None:
    assert not is_caption_line(line)


# --- an icon's label glued to a caption ------------------------------------------------------


def test_an_icon_label_glued_to_a_caption_makes_no_actor() -> None:
    review = scraped(
        "Harbour Lights review\n\nBy Jane Doe\n\n"
        "Camera IconAna Lima as Rosa Vale in Harbour Lights. Credit: Netflix\n\n"
        f"{P1}\n\n{P2}\n\nAna Lima plays Rosa Vale with great warmth and no vanity at all, "
        f"and the film is better for it in every scene she has.\n\n{P3}\n"
    )
    actors = [c.actor for c in review.cast]
    assert "Ana Lima" in actors
    assert not any("Icon" in a for a in actors)


# --- labels slotted between paragraphs ---------------------------------------------------------


def test_a_label_printed_between_paragraphs_again_and_again_is_furniture() -> None:
    review = scraped(
        "Harbour Lights review\n\nBy Jane Doe\n\n"
        f"{P1}\n\nArticle content\n\n{P2}\n\nArticle content\n\nThe cast\n\n{P3}\n\n"
        f"Article content\n\n{P4}\n"
    )
    assert headings(review) == ["The cast"]
    assert not any("Article content" in p for p in paragraphs(review))


def test_a_heading_printed_twice_stays_a_heading() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\nThe cast\n\n{P1}\n\n{P2}\n\nThe cast\n\n{P3}\n"
    )
    assert headings(review).count("The cast") == 2


# --- headings in capitals --------------------------------------------------------------------


def test_a_capital_heading_that_reads_as_a_name_is_a_heading_beside_others() -> None:
    review = scraped(
        "Harbour Lights review\n\nBy Jane Doe\n\n"
        f"{P1}\n\nROYAL FLUSH\n\n{P2}\n\nBULLETS AND BOWLER HATS\n\n{P3}\n"
    )
    assert headings(review) == ["ROYAL FLUSH", "BULLETS AND BOWLER HATS"]


def test_a_name_in_capitals_alone_is_not_made_a_heading() -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\nROYAL FLUSH\n\n{P2}\n")
    assert "ROYAL FLUSH" not in headings(review)


# --- where to watch, over the review -----------------------------------------------------------


@pytest.mark.parametrize(
    "note", ["Streaming on Netflix from Thursday", "In cinemas from Friday", "Now showing on MUBI"]
)
def test_a_where_to_watch_line_is_not_a_heading(note: str) -> None:
    review = scraped(
        "Harbour Lights review\n\nBy Jane Doe\n\nRating: 4/5\n\nHarbour Lights\n"
        f"{note}\n\n{P1}\n\n{P2}\n\nThe cast\n\n{P3}\n"
    )
    assert headings(review) == ["The cast"]


def test_a_heading_about_streaming_stays_a_heading() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\nStreaming wars\n\n{P2}\n\n{P3}\n"
    )
    assert "Streaming wars" in headings(review)


# --- bylines glued to the site's name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jane WhitfieldThe Daily Reel", "Jane Whitfield"),
        ("Clare RigdenSTM", "Clare Rigden"),
        ("Kate McKinnon", None),
        ("Leonardo DiCaprio", None),
        ("Ryan McDonagh The Daily", None),
        ("Jane FitzGerald", None),
    ],
)
def test_a_byline_glued_to_the_site(line: str, name: str | None) -> None:
    assert near_byline(line) == name


def test_a_glued_byline_under_the_headline_names_the_reviewer() -> None:
    review = scraped(
        "Harbour Lights: the year's first great drama\n\nJane WhitfieldThe Daily Reel\n"
        f"Comments\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert review.reviewer is not None and review.reviewer.name == "Jane Whitfield"


# --- titles behind taglines ------------------------------------------------------------------
# (The review's paragraphs never name the film, as on the pages that showed the families: the
# title must come from the headline alone.)


def test_one_word_after_a_colon_is_the_taglines_subject() -> None:
    review = scraped(
        "Harbour Lights: Netflix turns a coastal bestseller into the year's best drama\n\n"
        f"By Jane Doe\n\n{P2}\n\n{P3}\n\n{P4}\n"
    )
    assert review.film.title == "Harbour Lights"


def test_a_subtitle_after_a_colon_is_kept() -> None:
    review = scraped(
        "Harbour Lights: Part Two is a triumph\n\nBy Jane Doe\n\n"
        "Harbour Lights: Part Two picks up where the first film left off, and it is better in "
        f"every way, bigger and bolder and stranger.\n\n{P2}\n\n{P3}\n"
    )
    assert review.film.title == "Harbour Lights: Part Two"


@pytest.mark.parametrize(
    "headline",
    [
        "I’ve watched Jane Doe’s Harbour Lights on Netflix and it’s the best thing this year",
        "I watched Harbour Lights and it’s a proper laugh",
        "I've binged Harbour Lights on Prime Video and it's brilliant",
    ],
)
def test_a_first_person_headline_names_what_was_watched(headline: str) -> None:
    review = scraped(
        f"TV › TV Reviews\n\nPOSH AND PROPER\n{headline}\n\n"
        "The drama turns a fishing town into a battlefield\n\n"
        f"Tom Hale, TV Critic\nPublished: 12:01, 7 Mar 2024\n\n{P2}\n\n{P3}\n\n{P4}\n"
    )
    assert review.film.title == "Harbour Lights"


@given(
    st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=80)
)
def test_captions_and_glued_bylines_never_raise(line: str) -> None:
    is_caption_line(line)
    near_byline(line)


# --- furniture that closes an article -------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "Disclaimer: This review was not paid for by anyone associated with the film.",
        "Click to join us on Facebook, Twitter, Youtube and Instagram.",
        "The comments below have not been moderated.",
        "As explained in The Daily Reel's review score policy, a score of 8 equates to Great.",
        "This is AI generated summarization, which may have errors.",
    ],
)
def test_a_closing_line_of_the_site_is_no_text(footer: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n{footer}\n")
    assert paragraphs(review)[-1] == P3


def test_a_comment_count_ends_the_article() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\nComments 12\n"
        "Share what you think\n\nA reader wrote that this was the best film of the year.\n"
    )
    assert paragraphs(review)[-1] == P3
    assert headings(review) == []


def test_a_closing_line_of_certificate_and_running_time_is_no_text() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "“Harbour Lights” is rated 15 and runs 134 minutes.\n"
    )
    assert paragraphs(review)[-1] == P3
    assert review.runtime_minutes == 134


# --- boxes over the review --------------------------------------------------------------------


# Paragraphs of a full review's length.
MORE = " It is the kind of scene a lesser film would rush, and this one lets it breathe."
P1L, P2L, P3L = P1 + MORE, P2 + MORE, P3 + MORE


@pytest.mark.parametrize("label", ["SUMMARY", "Key highlights", "SYNOPSIS:"])
def test_a_box_of_summary_lines_is_not_the_review(label: str) -> None:
    review = scraped(
        "Harbour Lights review: a quiet triumph\n\nBy Jane Doe\n\n"
        f"{label}\nA fishing town waits for a storm.\nThe cast is superb.\n\n"
        f"{P1L}\n\n{P2L}\n\n{P3L}\n"
    )
    assert paragraphs(review)[0] == P1L
    assert label.rstrip(":") not in headings(review)


def test_a_summary_label_over_long_paragraphs_moves_nothing() -> None:
    review = scraped(
        "Harbour Lights review: a quiet triumph\n\nBy Jane Doe\n\n"
        f"SUMMARY\n{P1L}\n\n{P2L}\n\n{P3L}\n"
    )
    assert paragraphs(review)[0] == P1L


def test_a_heading_under_a_caption_opens_the_review_when_another_heading_follows() -> None:
    review = scraped(
        "Harbour Lights is a quiet triumph\n\nBy Jane Doe\nPublished 23 May 2024\n\n"
        "Ana Lima in Harbour Lights. (North Films)\n\nWhat it's about\n\n"
        f"{P1}\n\nWhat we thought\n\n{P2}\n\n{P3}\n"
    )
    assert headings(review) == ["What it's about", "What we thought"]


def test_a_paragraph_opening_with_the_review_label_is_the_review() -> None:
    opening = (
        "Harbour Lights review: There is no filmmaker who loves a harbour quite as much as this "
        "one, and every frame of the film shows it, from the first dawn to the last storm at sea "
        "that closes the story, the boats rocking under a sky the colour of slate while the "
        "whole town watches from the quay."
    )
    review = scraped(
        "Harbour Lights review: a lavish spectacle\n\nA standfirst about the film's star.\n\n"
        f"Edited By: Jane Doe | Updated: May 01, 2024, 12:30 AM IST\n\n{opening}\n\n{P2}\n\n{P3}\n"
    )
    assert paragraphs(review)[0] == opening
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"


def test_a_year_in_a_trending_box_is_not_the_films() -> None:
    review = scraped(
        "Harbour Lights review: a lavish spectacle\n\nBy Jane Doe\n\nTRENDING NOW\n"
        "Another star's next film to release in 2026? Here's what we know\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert review.film.year is None


# --- bylines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "following", "name"),
    [
        ("By JANE DOE FOR THE DAILY REEL", None, "JANE DOE"),
        ("Posted by Jane Doe at 9:00 AM", None, "Jane Doe"),
        ("Edited By: Jane Doe | Source: Web Team | Updated: May 01, 2024", None, "Jane Doe"),
        ("Jane Doe", "Today at 02:30", "Jane Doe"),
        ("Jane Doe", "5 hours ago", "Jane Doe"),
        ("By Jane Fortune", None, "Jane Fortune"),
    ],
)
def test_bylines_in_more_forms(line: str, following: str | None, name: str) -> None:
    assert byline_name(line, following) == name


# --- film or series ------------------------------------------------------------------------------


def test_a_menu_with_tv_in_it_does_not_make_a_film_a_series() -> None:
    review = scraped(
        "Entertainment\nMovies\nCelebrity\nTV\nMedia\n"
        "Harbour Lights turns a storm into a fable\n\nReview by Jane Doe\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert str(review.film.kind) == "film"


def test_a_tv_kicker_alone_still_makes_a_series() -> None:
    review = scraped(
        f"TV\nHarbour Lights turns a storm into a fable\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n"
    )
    assert str(review.film.kind) == "series"


def test_a_review_that_only_calls_it_a_show_is_of_a_series() -> None:
    show = (
        "The show belongs to Ana Lima, and the series trusts its viewers with long silences; "
        "by the end the show has earned every one of them and more."
    )
    review = scraped(f"Harbour Lights Is the Rare Epic\n\nBy Jane Doe\n\n{P1}\n\n{show}\n\n{P2}\n")
    assert str(review.film.kind) == "series"


# --- where to watch ------------------------------------------------------------------------------


def test_a_service_named_for_another_work_is_not_the_platform() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\nTom Hale, best known from the Netflix "
        f"series “The Glory,” makes a fine foil as the harbour master's son.\n\n{P2}\n\n{P3}\n"
    )
    assert review.platform is None


def test_a_release_note_after_a_link_box_gives_the_platform() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\nRead more: The best shows this autumn\n"
        f"\n{P2}\n\n{P3}\n\nHarbour Lights season 2 is on Apple TV+, with new episodes weekly.\n"
    )
    assert review.platform == "Apple TV+"


def test_a_service_in_the_facts_after_the_review() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\nHarbour Lights\n"
        "Starring: Ana Lima, Tom Hale\nDirected by: Jane Roe\nDuration: 2 hours\n"
        "Country: Canada\nLanguage: English\n"
        "Harbour Lights opens in theatres Oct. 20. It will stream on Apple TV+ at a later date.\n"
    )
    assert review.platform == "Apple TV+"


def test_abc_iview_is_one_service() -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "Harbour Lights is streaming on ABC iview.\n"
    )
    assert review.platform == "ABC iview"
