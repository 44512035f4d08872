"""Ratings on lines of their own: a rating's label and its score with no colon between them
("RATING 4/5"), read when the label names the reviewer's rating, not the readers' or another
site's; and a block of sub-scores one a line ("Story: 3/5", "Acting: 4.5/5", "Overall: 4/5"),
whose overall or last score is the rating; a score split over two lines, or with the word for
it; stars or a bracketed score closing the headline or the last paragraph. The pages are made
up for the test."""

from __future__ import annotations

import pytest

from prose_pages import P1, P2, P3, scraped

PAGE = f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n"


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("RATING 4/5", "4/5"),
        ("Our score 8/10", "8/10"),
        ("Our score ★★★★☆", "4/5"),
        ("Score 3 out of 5", "3/5"),
    ],
)
def test_a_label_and_its_score_without_a_colon(line: str, rating: str) -> None:
    assert scraped(f"{PAGE}{line}\n\nLeave a comment\n").rating == rating


@pytest.mark.parametrize("line", ["IMDb 7.8/10", "Audience score 9/10", "Episode 3/10"])
def test_no_rating_from_the_readers_or_from_a_count(line: str) -> None:
    assert scraped(f"{PAGE}{line}\n\nLeave a comment\n").rating is None


# A block of sub-scores, one a line: the overall or final one is the rating, else the last.
@pytest.mark.parametrize(
    ("block", "rating"),
    [
        ("Story: 3/5\nActing: 4.5/5\nDirection: 4/5\nOverall: 4/5", "4/5"),
        ("Overall: 4/5\nStory: 3/5\nActing: 4.5/5", "4/5"),
        ("Visuals 8/10\nSound 7/10\nTotal 7.5/10", "7.5/10"),
        ("Story ★★★☆☆\nActing ★★★★☆\nOverall ★★★★☆", "4/5"),
        ("Story: 3/5\nActing: 4.5/5", "4.5/5"),
    ],
)
def test_a_block_of_sub_scores_gives_the_overall_one(block: str, rating: str) -> None:
    assert scraped(f"{PAGE}{block}\n\nLeave a comment\n").rating == rating


def test_the_critics_and_the_readers_scores_side_by_side_are_no_block() -> None:
    text = f"{PAGE}Critic's Rating: 4/5\nAudience Rating: 3.5/5\n\nLeave a comment\n"
    assert scraped(text).rating == "4/5"


def test_two_scales_are_no_block() -> None:
    text = f"{PAGE}Story: 3/5\nActing: 9/10\n\nLeave a comment\n"
    assert scraped(text).rating != "9/10"


def test_stars_at_the_end_of_the_headline() -> None:
    text = f"Harbour Lights review – a quiet wonder ★★★★\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert scraped(text).rating == "4/5"


@pytest.mark.parametrize(("score", "scale"), [("7.5", "out of 10"), ("8", "/10"), ("3.5", "/ 5")])
def test_a_score_split_over_two_lines(score: str, scale: str) -> None:
    text = f"{PAGE}{score}\n{scale}\n\nLeave a comment\n"
    assert scraped(text).rating == f"{score}/{scale.split()[-1].lstrip('/')}"


def test_a_score_and_the_word_for_it() -> None:
    assert scraped(f"{PAGE}8.5/10 – Great\n\nLeave a comment\n").rating == "8.5/10"


@pytest.mark.parametrize(("mark", "rating"), [(" ★★★★", "4/5"), (" (4/5)", "4/5")])
def test_a_score_closing_the_last_paragraph(mark: str, rating: str) -> None:
    text = f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}{mark}\n"
    assert scraped(text).rating == rating


def test_a_score_in_brackets_closing_the_headline() -> None:
    text = f"Harbour Lights review: a quiet wonder (4/5)\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert scraped(text).rating == "4/5"


def test_a_fraction_in_brackets_is_no_score() -> None:
    text = f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3} (1/2)\n"
    assert scraped(text).rating is None


@pytest.mark.parametrize(
    ("line", "rating"),
    [
        ("Final Score- [8.5/10]", "8.5/10"),
        ("‘Harbour Lights’ — 3.5 stars (out of 4)", "3.5/4"),
        ("Running time: 126 minutes. Three stars out of four.", "3/4"),
    ],
)
def test_a_score_after_a_dash_a_title_or_another_fact(line: str, rating: str) -> None:
    assert scraped(f"{PAGE}{line}\n\nLeave a comment\n").rating == rating


def test_a_title_and_a_dash_before_words_is_no_score() -> None:
    line = "‘Harbour Lights’ — now showing at the Rialto until Sunday"
    assert scraped(f"{PAGE}{line}\n\nLeave a comment\n").rating is None
