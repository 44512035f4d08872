"""Review pages from sites the parser has never seen: the chrome around the article, titles by
evidence, credits from labels and prose, and the notes that say where the reading is unsure.
The pages here are small and made up; `tests/corpus/` holds the full ones."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reeltui.model import Kind, Review
from reeltui.parse.html import parse_html
from reeltui.parse.scraped import parse_headline

from prose_pages import scraped

BODY = (
    "This is the opening paragraph of the review, and it runs long enough to read as text. "
    "It says what the film is about and how it sets out its stall in the first few minutes."
)


def actors(review: Review) -> dict[str, str | None]:
    return {c.actor: c.role for c in review.cast}


def test_the_headline_stands_below_the_chrome() -> None:
    review = scraped(
        "Site Name\nHome | Reviews | Movies | TV | Contact\nHome > Reviews > Movies\n"
        "Friday, 07 October 2022\nFeatured\n×\n(0 votes)\n\n"
        "Quiet Harbour Movie Review: A Gentle Film About Fishermen\n\n"
        f"By Jane Doe\n\n{BODY}\n\n{BODY}\n"
    )
    assert review.film.title == "Quiet Harbour"
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"
    assert review.sections[0].paragraphs[0] == BODY
    for chrome in ("Site Name", "Featured", "(0 votes)", "Home > Reviews"):
        assert chrome not in review.body_text()


def test_headline_shapes() -> None:
    cases = {
        "Movie Review ~ Quiet Harbour (2023)": ("Quiet Harbour", 2023, None),
        "Quiet Harbour review – a gentle film about fishermen": ("Quiet Harbour", None, None),
        "Quiet Harbour (Tamil) Movie Review": ("Quiet Harbour", None, None),
        "Quiet Harbour Season 2 Review": ("Quiet Harbour", None, 2),
        "QUIET HARBOUR: SEASON TWO": ("QUIET HARBOUR", None, 2),
        "Quiet Harbour (2021–) Netflix": ("Quiet Harbour", 2021, None),
    }
    for headline, (title, year, season) in cases.items():
        info = parse_headline(headline)
        assert (info.title, info.year, info.season) == (title, year, season), headline
    assert parse_headline("Quiet Harbour (2021–) Netflix").kind is Kind.SERIES


def test_labels_anywhere_and_both_orders_of_parentheses() -> None:
    review = scraped(
        "Quiet Harbour Movie Review: Salt and Silence\n\n"
        "Star Cast: Ana Lima, Tom Baker,Rosa Vale\nDirector: Kim Ode\n"
        "Running Length: 2h 21m\nCritic's Rating: 3.5/5\nAvg. Users' Rating: 4.8/5\n"
        "Available On: Netflix\n\n"
        f"{BODY}\n\nMarta (Ana Lima) mends nets while her brother Jon (Tom Baker) drinks. "
        "Rosa Vale plays the harbour master, Edda Lind, with a dry wit that steadies the film.\n"
    )
    assert actors(review) == {"Ana Lima": "Marta", "Tom Baker": "Jon", "Rosa Vale": "Edda Lind"}
    assert review.directors == ("Kim Ode",)
    assert (review.runtime_minutes, review.rating, review.platform) == (141, "3.5/5", "Netflix")


def test_no_actor_is_invented_from_negations_related_lines_or_other_films() -> None:
    review = scraped(
        "Quiet Harbour (2023) Review: Salt and Silence\n\n"
        f"{BODY}\n\nAna Lima stars as Marta. None of Tom Baker, Rosa Vale or Jon Fry would have "
        "played it so still. It recalls the 1998 version, with Lew Ayres as Paul.\n\n"
        "Also Read: Storm Coast review – Ben Hale stars as a lighthouse keeper\n\n"
        f"{BODY}\n\nRelated posts\n\nGrey Tide review: Kim Ode stars as a diver\n"
    )
    assert list(actors(review)) == ["Ana Lima"]


def test_created_by_is_not_direction_and_series_are_seen() -> None:
    review = scraped(
        "TV Reviews\n\nQuiet Harbour: Season Three\n\nCreated by: Kim Ode\n\n"
        f"{BODY} The first episode is slow. The second episode is worse.\n"
    )
    assert review.film.kind is Kind.SERIES and review.film.season == 3
    assert review.directors == ()


def test_the_year_is_never_the_publish_date_or_the_setting() -> None:
    review = scraped(
        "Published: June 27, 2024\n\nQuiet Harbour review: salt and silence\n\n"
        f"The story is set in 1962, on a small island. {BODY}\n"
    )
    assert review.film.year is None
    assert "no year stated" in review.notes


def test_notes_say_where_the_reading_is_unsure() -> None:
    review = scraped(f"Quiet Harbour\n\n{BODY}\n")
    assert "title taken from the first line" in review.notes
    assert "no cast found" in review.notes
    assert review.problems == ()


def test_comment_forms_and_cookie_notices_end_the_article() -> None:
    review = scraped(
        "Quiet Harbour (2023) Review\n\n"
        f"{BODY}\n\n{BODY}\n\nLeave a Reply\n\nYour email address will not be published.\n\n"
        "We use cookies to improve your experience.\n"
    )
    text = review.body_text()
    assert "Leave a Reply" not in text and "cookies" not in text
    assert text.endswith("first few minutes.")


def test_a_saved_page_uses_its_metadata_and_json_ld_rating() -> None:
    paragraphs = "".join(f"<p>{BODY} Paragraph {n}.</p>" for n in range(6))
    page = (
        "<!DOCTYPE html><html><head><title>Quiet Harbour review | Site</title>"
        '<meta name="author" content="Jane Doe">'
        '<script type="application/ld+json">{"@type":"Review","reviewRating":'
        '{"@type":"Rating","ratingValue":"3.5","bestRating":"4"}}</script></head><body>'
        "<nav>Home | Reviews</nav><article><h1>Quiet Harbour review: salt and silence</h1>"
        f'<p class="byline">By Jane Doe</p>{paragraphs}</article>'
        "<footer>© Site</footer></body></html>"
    )
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[])
    assert review.film.title == "Quiet Harbour"
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"
    assert review.rating == "3.5/4"
    assert "Home | Reviews" not in review.body_text()


def test_importing_the_parsers_does_not_load_trafilatura() -> None:
    code = "import sys, reeltui.parse; print('trafilatura' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_closing_release_notes_are_not_review_text() -> None:
    notes = [
        "Quiet Harbour is in UK and Irish cinemas.",
        "Quiet Harbour is currently running in theatres",
        "The series streams on Netflix from 3 May.",
        "In theaters Friday.",
        "Quiet Harbour’s second season premieres March 26 on HBO.",
        "The first three episodes premiere April 22 on Disney+.",
    ]
    for note in notes:
        review = scraped(f"Quiet Harbour review\n\n{BODY}\n\n{BODY} The end.\n\n{note}\n")
        assert review.body_text().endswith("The end."), note


def test_a_sentence_about_streaming_inside_the_review_stays() -> None:
    last = (
        "It arrives on Netflix next week. Watch it twice, because the second time you will "
        "notice how carefully the whole thing was put together."
    )
    review = scraped(f"Quiet Harbour review\n\n{BODY}\n\n{BODY}\n\n{last}\n")
    assert review.body_text().endswith("put together.")


def test_a_block_of_sub_scores_gives_the_final_one_and_is_not_the_review() -> None:
    review = scraped(
        "Quiet Harbour review\n\nBy Jane Doe\n\nAnticipation.\nThe trailer promised little.\n3"
        "\n\nEnjoyment.\nSlow, then all at once.\n4\n\nIn Retrospect.\nIt grows on you.\n5\n\n"
        f"{BODY}\n\n{BODY}\n\nComments\n0\n"
    )
    assert review.rating == "5/5"
    assert review.sections[0].paragraphs[0] == BODY


def test_counts_under_a_label_are_not_scores() -> None:
    review = scraped(
        f"Quiet Harbour review\n\n{BODY}\n\n{BODY}\n\nSeasons\n2\n\nEpisodes\n8\n\nComments\n0\n"
    )
    assert review.rating is None


def test_a_user_reviews_heading_is_not_a_user_rating_widget() -> None:
    review = scraped(
        "Quiet Harbour\nTV Mini Series\n2025\n\nUser Reviews\n\nharbour_fan's Review\n\n9/10\n"
        f"Not one wasted second\n\nharbour_fan\n13 March 2025\n\n{BODY}\n\n{BODY}\n\n"
        "IMDb RATING\n8.1/10\n"
    )
    assert review.rating == "9/10"


def test_series_pages_told_by_their_headline_or_standfirst() -> None:
    for headline, standfirst in (
        ("Quiet Harbour says goodbye with a sixth season as warm as ever", "It ends well."),
        ("Quiet Harbour review: a furious drama", "A superb ensemble in a four-part account."),
    ):
        review = scraped(f"{headline}\n\n{standfirst}\n\nBy Jane Doe\n\n{BODY}\n\n{BODY}\n")
        assert review.film.kind is Kind.SERIES, headline
    review = scraped(
        "Quiet Harbour review\n\n"
        f"{BODY} The jatara episode is the film's highlight, and the interval episode too. The "
        "film runs long, and the film's sequel is promised.\n\n{BODY}\n"
    )
    assert review.film.kind is Kind.FILM
