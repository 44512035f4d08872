"""Page shapes of round thirteen, each page made up for the test, with a twin the rule must
leave alone: a photo's caption or a share prompt over the first paragraph, a numbered list's
heads, notes of the printed edition and the writer's tagline after the review, fact and
listing lines over it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reeltui.parse.html import parse_html

from prose_pages import CLOSING, OPENING, P1, P2, P3, headings, paragraphs, scraped

HEADED = (
    "Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n{top}\n\n{P1}\n\n"
    "The keeper\n\n{P2}\n\nThe town\n\n{P3}\n\nLeave a comment\n"
)


def _headed(top: str) -> str:
    return HEADED.format(top=top, P1=P1, P2=P2, P3=P3)


def test_a_credited_caption_over_the_first_paragraph_is_no_heading() -> None:
    review = scraped(_headed("Ana Lima in Harbour Lights (Fenwick)"))
    assert headings(review) == ["The keeper", "The town"]


def test_a_share_prompt_over_the_first_paragraph_is_no_heading() -> None:
    review = scraped(_headed("Kindly share this story:"))
    assert headings(review) == ["The keeper", "The town"]
    assert not any("share" in p for p in paragraphs(review))


def test_a_heading_over_the_first_paragraph_in_the_reviews_style_stays() -> None:
    review = scraped(_headed("The story"))
    assert headings(review) == ["The story", "The keeper", "The town"]


def _numbered(top: str, last: str) -> str:
    items = [
        ("1. Ana Lima As The Keeper", P1),
        ("2. That Lighthouse", P2),
        ("3. The Town Itself", P3),
        (last, P1.replace("Harbour Lights", "The ending")),
    ]
    body = "\n\n".join(f"{head}\n\n{text}" for head, text in items)
    return (
        "Harbour Lights: 3 Things That Work And 1 That Doesn't\n\nBy Jane Doe\n\n"
        f"{top}\n\nThe first series of Harbour Lights has just ended, and it is the best thing "
        "on television this year, though it is not flawless, so here is what works.\n\n"
        f"{body}\n\nLeave a comment\n"
    )


def test_a_numbered_lists_last_head_ending_in_a_bang_is_a_heading() -> None:
    review = scraped(_numbered("Hexagon TV", "4. Far Too Short!"))
    assert headings(review) == [
        "1. Ana Lima As The Keeper",
        "2. That Lighthouse",
        "3. The Town Itself",
        "4. Far Too Short!",
    ]


def test_a_numbered_line_out_of_sequence_stays_text() -> None:
    review = scraped(_numbered("Hexagon TV", "9. Far Too Short!"))
    assert "9. Far Too Short!" not in headings(review)


def test_a_channels_credit_over_a_numbered_list_is_no_heading() -> None:
    review = scraped(_numbered("HTV", "4. The Ending"))
    assert headings(review)[0] == "1. Ana Lima As The Keeper"


def _plain(top: str = "", after: str = "") -> str:
    return (
        f"Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n{top}\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n\n{after}\n\nLeave a comment\n"
    )


def test_a_note_of_the_print_edition_after_the_review_is_no_text() -> None:
    after = (
        "Harbour Lights is playing at the Rialto through June 3.\n\n"
        "Published in the print edition of the May 27, 2024, issue, with the headline "
        "“Keeper of the Light.”\n\nJane Doe is a film critic at the Weekly Lantern."
    )
    assert paragraphs(scraped(_plain(after=after)))[-1] == P3


def test_a_paragraph_about_a_films_print_edition_stays() -> None:
    last = (
        "Published in the print edition of a local paper, the story that inspired Harbour "
        "Lights ran for a single week before anyone noticed it, and the film keeps that modesty."
    )
    assert paragraphs(scraped(_plain(after=last)))[-1] == last


def test_the_writers_tagline_that_names_nobody_ends_the_review() -> None:
    after = "The writer is a Leeds-based journalist who covers film and television."
    assert paragraphs(scraped(_plain(after=after)))[-1] == P3


def test_a_paragraph_on_the_films_writer_is_text() -> None:
    last = "The writer is a former lighthouse keeper, and it shows. Every knot is tied right."
    assert paragraphs(scraped(_plain(after=last)))[-1] == last


def test_a_listings_facts_over_the_review_are_no_text() -> None:
    top = "HARBOUR LIGHTS (Ana Lima). 112 minutes. Opens Friday (March 4). See listing."
    assert paragraphs(scraped(_plain(top=top)))[0] == P1


def test_a_running_time_and_certificate_over_the_review_and_its_stars_are_no_text() -> None:
    top = (
        "Harbour Lights\n\nRunning time: 112 minutes. Rated PG-13 (some peril and mild "
        "language). In theaters.\n\n★★★½ (out of four)"
    )
    assert paragraphs(scraped(_plain(top=top)))[0] == P1


@pytest.mark.parametrize("engine", ["own", "auto"])
def test_a_listings_facts_under_the_review_are_no_text(engine: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    page = (
        "<!doctype html><html><head><title>Harbour Lights review</title></head><body>"
        "<article><h1>Harbour Lights review</h1><div class='byline'>By Jane Doe</div>"
        f"{body}<p><strong>THE KEEPER</strong></p><p>At the Rialto, suburbs. 112 minutes. "
        "PG-13 (some peril).</p></article></body></html>"
    )
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
    assert paragraphs(review)[-1] == P3
    assert headings(review) == []


def test_a_first_paragraph_that_gives_the_running_time_stays() -> None:
    first = (
        "At 112 minutes it runs long. Rated PG-13 for its storms, it is still gentle enough "
        "for a family, and Harbour Lights rewards the patience it asks for."
    )
    assert paragraphs(scraped(_plain(top=first)))[0] == first


def test_a_verdict_in_capitals_over_the_review_is_the_pages_summary() -> None:
    top = "THE SHORT VERDICT: A patient, moving drama of a keeper and her town; a festival gem."
    assert paragraphs(scraped(_plain(top=top)))[0] == P1


def test_a_verdict_in_capitals_over_a_short_line_stays() -> None:
    top = "THE SHORT VERDICT: A patient, moving drama of a keeper and her town.\n\nSee it soon."
    assert paragraphs(scraped(_plain(top=top)))[0].startswith("THE SHORT VERDICT")


def test_the_title_its_year_and_the_kind_of_piece_open_the_sites_summary() -> None:
    top = (
        "Harbour Lights (1974) Film Essay — Ana Lima's second feature turned a lighthouse into "
        "a stage for a whole town. The Lantern revisits the quiet classic."
    )
    assert paragraphs(scraped(_plain(top=top)))[0] == P1


def test_the_title_and_its_year_opening_the_first_paragraph_stay() -> None:
    top = (
        "Harbour Lights (1974) was shot in nine days on a borrowed island, and it looks it, in "
        "the best way: every frame has the salt and the wind of the place in it."
    )
    assert paragraphs(scraped(_plain(top=top)))[0] == top


def _for_parents(headline: str, name: str, grades: str) -> str:
    def named(text: str) -> str:
        return text.replace("Harbour Lights", name)

    return (
        f"{headline}\n\nA gentle drama with a storm or two that may frighten the youngest.\n\n"
        f"{grades}\n\nReviewed by Jane Doe\n\n{named(P1)}\n\n{named(P2)}\n\n{named(P3)}\n\n"
        f"{name} is a kind film, and {name} suits children of eight and older.\n\n"
        "Leave a comment\n"
    )


GRADES = "Overall B+\n\nViolence C\n\nSexual Content A\n\nProfanity B-"


def test_the_grade_labelled_overall_in_a_box_of_content_grades_is_the_rating() -> None:
    review = scraped(_for_parents("Harbour Lights Parent Review", "Harbour Lights", GRADES))
    assert review.rating == "B+"


def test_content_grades_without_an_overall_one_give_no_rating() -> None:
    grades = GRADES.replace("Overall B+\n\n", "")
    review = scraped(_for_parents("Harbour Lights Parent Review", "Harbour Lights", grades))
    assert review.rating is None


def test_parent_between_the_title_and_review_is_no_part_of_the_title() -> None:
    review = scraped(_for_parents("Harbour Lights Parent Review", "Harbour Lights", GRADES))
    assert review.film.title == "Harbour Lights"


def test_a_title_ending_in_parent_that_the_review_names_whole_stays() -> None:
    review = scraped(_for_parents("The Good Parent Review", "The Good Parent", GRADES))
    assert review.film.title == "The Good Parent"


SHOW = (
    "Harbour Lights review: a patient drama of a keeper and her town\n\nBy Jane Doe\n\n"
    "Harbour Lights is the quietest show on television this autumn, and the episodes never "
    "hurry, which is exactly the point of the patient and careful writing on display.\n\n"
    "The series widens into a portrait of a whole neighbourhood, each household given its own "
    "small drama, and the performances hold steady through every one of the episodes.\n\n"
    "The show looks wonderful too, lit by the beam that sweeps across the water at night, and "
    "the sound of the sea is never far away from any scene in it.\n\n"
    "{last}\n\nLeave a comment\n"
)


def _tv(headline: str, last: str = "") -> str:
    return SHOW.replace(
        "Harbour Lights review: a patient drama of a keeper and her town", headline
    ).format(last=last or P3)


def test_a_channel_with_its_number_word_is_the_platform() -> None:
    last = "The first two episodes went out on RTÉ One last Sunday, and they are very fine."
    assert scraped(_tv("Harbour Lights review", last)).platform == "RTÉ One"


def test_the_service_whose_drama_the_headline_says_it_is_is_the_platform() -> None:
    review = scraped(_tv("'Harbour Lights' Season 1: AMC's Seaside Drama Finds Its Feet"))
    assert review.platform == "AMC"


def test_a_service_the_headline_owns_no_drama_of_gives_no_platform() -> None:
    review = scraped(_tv("'Harbour Lights' Season 1: AMC's Loss Is the Sea's Gain"))
    assert review.platform is None


def _essay(top: str, first: str, last: str) -> str:
    return f"{top}\n\nby Jane Doe\n\n{first}\n\n{OPENING}\n\n{CLOSING}\n\n{last}\n\nShare\n"


POSSESSED = (
    "Ana Lima's Harbour Lights (1974) is structured around a promise it cannot keep: a night "
    "of storms that never comes, and a keeper who waits for it all the same."
)


def test_the_makers_name_before_a_title_another_line_gives_is_no_part_of_it() -> None:
    top = "Symposium: The Sea\n\nKeeping Watch\n\nHarbour Lights"
    review = scraped(_essay(top, POSSESSED, "Lima would never make another film like it."))
    assert review.film.title == "Harbour Lights"


def test_a_title_with_a_possessive_no_other_line_cuts_stays_whole() -> None:
    top = "Symposium: The Sea\n\nKeeping Watch\n\nAna Lima's Harbour Lights"
    review = scraped(_essay(top, POSSESSED, "Lima would never make another film like it."))
    assert review.film.title == "Ana Lima's Harbour Lights"


WAITING = (
    "A keeper waits for a storm in a town that has forgotten her, and in Harbour Lights the "
    "waiting is the whole drama, told without a single raised voice."
)


def test_the_title_in_its_own_language_after_it_is_dropped() -> None:
    review = scraped(_essay("Harbour Lights (Faróis do Porto)", WAITING, CLOSING))
    assert review.film.title == "Harbour Lights"


def test_brackets_the_review_writes_with_the_title_stay() -> None:
    last = "Harbour Lights (Reprise) is the better of the two cuts, and the one to see."
    review = scraped(_essay("Harbour Lights (Reprise)", WAITING, last))
    assert review.film.title == "Harbour Lights (Reprise)"


def test_the_kind_of_piece_as_the_label_of_a_score_gives_the_rating() -> None:
    assert scraped(_plain(top="TV REVIEW: 4/5")).rating == "4/5"


def test_the_kind_of_piece_as_a_label_without_a_score_gives_none() -> None:
    assert scraped(_plain(top="TV REVIEW: Kinfolk")).rating is None


def test_a_rating_printed_as_one_letter_repeated_counts_it_out_of_five() -> None:
    assert scraped(_plain(top="Rating: NNN")).rating == "3/5"


def test_a_rating_label_over_one_letter_is_no_count() -> None:
    assert scraped(_plain(top="Rating: R")).rating != "1/5"


CAPSULE = (
    "Harbour Lights (1974)\n\nGenre: Drama\n\nRunning Time: 112 min.\n\n{P1}\n\n{P2}\n\n"
    "{P3}\n\nOur rating: ★★★★☆ (4 out of 5)\n\n-- Reviewed by {by}\n\nOther reviews you may "
    "like:\n\n© 2004 The Lantern\n"
)


def test_a_signature_under_the_score_names_the_reviewer() -> None:
    review = scraped(CAPSULE.format(P1=P1, P2=P2, P3=P3, by="Tom Reed"))
    assert review.reviewer is not None
    assert review.reviewer.name == "Tom Reed"


def test_a_signature_that_names_no_one_gives_no_reviewer() -> None:
    review = scraped(CAPSULE.format(P1=P1, P2=P2, P3=P3, by="the Lantern staff"))
    assert review.reviewer is None


def _qa(heads: tuple[str, str, str]) -> str:
    one, two, three = heads
    return (
        "<!doctype html><html><head><title>Harbour Lights review</title></head><body><article>"
        "<h1>Harbour Lights review</h1><div class='byline'>By Jane Doe</div>"
        f"{one}<p>{P1}</p>{two}<ul><li><strong>Ana Lima</strong> as Nell, the keeper</li>"
        "<li><strong>Tom Reed</strong> as the young, restless harbour master</li></ul>"
        f"<p>{P2}</p>{three}<p>{P3}</p></article></body></html>"
    )


@pytest.mark.parametrize("engine", ["trafilatura"])
def test_a_lists_last_item_over_a_paragraph_is_no_heading_where_the_markup_marks_them(
    engine: str,
) -> None:
    page = _qa(("<h2>What is it about?</h2>", "<h2>Who is in it?</h2>", "<h2>Should you?</h2>"))
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
    assert headings(review) == ["What is it about?", "Who is in it?", "Should you?"]


@pytest.mark.parametrize("engine", ["own", "trafilatura"])
def test_unmarked_headings_still_count_where_the_markup_marks_none(engine: str) -> None:
    page = _qa(("<p>What is it about</p>", "<p>Who is in it</p>", "<p>Should you see it</p>"))
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
    assert "Should you see it" in headings(review)


def test_a_place_and_a_spaced_hyphen_opening_the_review_are_its_dateline() -> None:
    review = scraped(_plain(top=f"LEEDS - {P1}"))
    assert paragraphs(review)[0] == P1


def test_the_title_in_capitals_and_a_spaced_hyphen_stay() -> None:
    first = f"HARBOUR LIGHTS - {P1}"
    assert paragraphs(scraped(_plain(top=first)))[0] == first


LONG_SYNOPSIS = (
    "In a small fishing town on a northern coast, a lighthouse keeper who has lost her husband "
    "to the sea takes in a runaway boy from the city, and when a winter storm cuts the town off "
    "from the mainland the two of them must keep the light burning through the longest night."
)


def test_review_alone_under_a_headed_synopsis_starts_the_review() -> None:
    top = (
        "Director: Ana Lima\n\nRunning time: 112 min\n\n"
        f"WHAT'S IT ABOUT?\n\n{LONG_SYNOPSIS}\n\nREVIEW:"
    )
    assert paragraphs(scraped(_plain(top=top)))[0] == P1


def test_review_alone_under_a_long_paragraph_without_a_synopsis_heading_starts_nothing() -> None:
    top = f"{LONG_SYNOPSIS}\n\nREVIEW:"
    assert paragraphs(scraped(_plain(top=top)))[0] == LONG_SYNOPSIS
