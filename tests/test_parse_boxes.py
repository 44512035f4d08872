"""Boxes of a review page: one that closes it (a short heading, a line or two of summary,
labelled facts under them), one of facts under a title of its own among the paragraphs, and a
summary box above the review. They are the page's, not the review's: no section heading, no text
of it, while their facts are still read. A section of the review under its own heading stays.
The pages are made up for the test."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from prose_pages import headings, paragraphs, scraped

HEAD = "The Tide review – a quiet study of grief\n\nBy Jane Mercer | 12 March 2024\n\n"
# Paragraphs of some length, as a review's are (the box's summary is shorter).
P1 = (
    "The film opens on a quiet morning in a small coastal town, where a fisherman mends his "
    "nets and watches the tide come in with a patience that the rest of the story will test "
    "again and again, as his daughter returns from the city with news she cannot tell him."
)
P2 = (
    "What follows is a slow and careful study of grief, told with restraint and with a sense "
    "of place that few directors manage, and the lead performance carries every scene without "
    "ever raising its voice, even when the script asks for a loud confrontation."
)
P3 = (
    "By the final act the film has earned its quiet ending, and the last image stays with you "
    "long after the credits roll, which is more than most dramas of this kind can say for "
    "themselves, and it confirms its director as a patient and humane storyteller."
)
REVIEW = f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n"
FACTS = "Director: Tom Hale\nRuntime: 104 minutes\nRating: 4/5\n\nShare this article\n"


@pytest.mark.parametrize(
    "summary",
    [
        "A patient, moving drama with a superb lead performance.",
        "The Tide is a patient, moving drama with a superb lead performance and a quietly "
        "devastating ending.",
        "A patient, moving drama.\nA superb lead performance.",
    ],
)
def test_a_summary_box_after_the_review_is_neither_heading_nor_text(summary: str) -> None:
    review = scraped(f"{REVIEW}Review Summary\n\n{summary}\n\n{FACTS}")
    assert paragraphs(review) == [P1, P2, P3]
    assert headings(review) == []
    assert review.rating == "4/5"
    assert review.runtime_minutes == 104


def test_the_reviews_own_closing_section_stays() -> None:
    # A heading over a paragraph of the review's length: a section of the review, though
    # facts follow it.
    review = scraped(f"{REVIEW}Verdict\n\n{P1}\n\n{FACTS}")
    assert headings(review) == ["Verdict"]
    assert paragraphs(review)[-1] == P1


def test_a_short_verdict_over_the_readers_rating_widget_stays() -> None:
    # The widget under it is the readers' (empty stars to click), not the box's facts.
    verdict = "A patient, moving drama with a superb lead performance and a quiet ending."
    review = scraped(f"{REVIEW}Verdict\n\n{verdict}\n\nYour rating\n☆☆☆☆☆\nRate this film\n")
    assert headings(review) == ["Verdict"]
    assert paragraphs(review)[-1] == verdict


def test_the_short_last_section_of_a_review_in_sections_stays() -> None:
    # "Performances", "The craft", then "Verdict" over a line and the rating: the review's own.
    verdict = "Watch it for the two lead performances."
    review = scraped(
        f"{HEAD}{P1}\n\nPerformances\n\n{P2}\n\nThe craft\n\n{P3}\n\n"
        f"Verdict\n\n{verdict}\n\nRating: 3/5\n\nLeave a comment\n"
    )
    assert headings(review) == ["Performances", "The craft", "Verdict"]
    assert paragraphs(review)[-1] == verdict
    assert review.rating == "3/5"


def test_a_short_closing_section_with_no_facts_under_it_stays() -> None:
    closing = "Go and see it, and bring a handkerchief."
    review = scraped(f"{REVIEW}Final thoughts\n\n{closing}\n\nLeave a comment\n")
    assert headings(review) == ["Final thoughts"]
    assert paragraphs(review)[-1] == closing


def test_without_a_heading_the_closing_line_is_the_reviews() -> None:
    closing = "A patient, moving drama with a superb lead performance."
    review = scraped(f"{REVIEW}{closing}\n\n{FACTS}")
    assert paragraphs(review)[-1] == closing


# A box of facts in the middle of the review, under a title of its own.
P4 = (
    "Ana Reyes is extraordinary as the daughter, all held breath and sideways glances, and Luis "
    "Ortega matches her as the father who has spent his life saying less than he means, until "
    "the night of the storm."
)


@pytest.mark.parametrize(
    "box",
    [
        "At a glance\nDirector: Tom Hale\nRuntime: 104 minutes\nRating: 4/5",
        "The Tide (2024)\nDirector: Tom Hale\nCast: Ana Reyes, Luis Ortega",
        "Key facts\n\nDirector: Tom Hale\n\nRuntime: 104 minutes",
    ],
)
def test_the_title_of_a_box_of_facts_is_no_heading_of_the_review(box: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P4}\n\n{box}\n\n{P2}\n\n{P3}\n\nLeave a comment\n")
    assert headings(review) == []
    assert paragraphs(review) == [P1, P4, P2, P3]
    assert review.runtime_minutes == 104 or review.directors == ("Tom Hale",)


def test_a_heading_over_paragraphs_run_in_after_their_labels_stays() -> None:
    # "Music: the songs …": labelled paragraphs of the review, not a box's facts.
    music = "Music: the songs by Tom Hale are lovely, and the score swells at just the right times."
    camera = "Camera: the photography by Ana Reyes finds the sea in every shade of grey there is."
    review = scraped(
        f"{HEAD}{P1}\n\n{P4}\n\nTechnical aspects\n{music}\n{camera}\n\n{P3}\n\nLeave a comment\n"
    )
    assert "Technical aspects" in headings(review)


def test_a_heading_over_one_labelled_score_and_its_paragraph_stays() -> None:
    # One score under a heading is the section's verdict, not a box of facts.
    review = scraped(f"{HEAD}{P1}\n\n{P4}\n\nVerdict\nRating: 4/5\n\n{P3}\n\nLeave a comment\n")
    assert headings(review) == ["Verdict"]
    assert review.rating == "4/5"


# A box above the review: a title, a line or two of summary, then the box's facts or links.
SUMMARY = (
    "The Tide is a patient and moving drama that earns its quiet ending.\n"
    "Ana Reyes gives a superb lead performance as a grieving daughter."
)


@pytest.mark.parametrize(
    "under", ["Where to watch\nNetflix", "Director: Tom Hale\nRuntime: 104 minutes"]
)
def test_a_summary_box_above_the_review_is_not_its_start(under: str) -> None:
    review = scraped(f"{HEAD}The Big Picture\n\n{SUMMARY}\n\n{under}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review) == [P1, P2, P3]
    assert headings(review) == []


def test_a_first_section_of_short_paragraphs_stays() -> None:
    # The same lines with nothing of a box under them: the review's first section.
    review = scraped(f"{HEAD}The Big Picture\n\n{SUMMARY}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == SUMMARY.split("\n")[0]


_WORDS = st.sampled_from(
    ["quiet", "Tide", "summary", "glance", "the", "Verdict", "moving", "drama", "sea", "Our"]
)
_FACTS = st.sampled_from(
    ["Director: Tom Hale", "Runtime: 104 minutes", "Rating: 4/5", "Cast: Ana Reyes", "Genre: Drama"]
)


_SUMMARY = "quiet tide the moving drama sea quiet tide the moving glance"


@settings(max_examples=120, deadline=None)
@example(title="Our glance", summary=[_SUMMARY], facts=["Director: Tom Hale"], where="before")
@example(title="Our glance", summary=[_SUMMARY], facts=["Rating: 4/5"], where="after")
@example(
    title="Our glance", summary=[], facts=["Director: Tom Hale", "Genre: Drama"], where="among"
)
@given(
    title=st.lists(_WORDS, min_size=1, max_size=6).map(" ".join),
    summary=st.lists(st.lists(_WORDS, min_size=8, max_size=34).map(" ".join), max_size=3),
    facts=st.lists(_FACTS, max_size=4),
    where=st.sampled_from(["before", "among", "after"]),
)
def test_a_box_anywhere_never_takes_the_reviews_paragraphs(
    title: str, summary: list[str], facts: list[str], where: str
) -> None:
    box = "\n\n".join([title.capitalize(), *(s.capitalize() + "." for s in summary)])
    box += "\n\n" + "\n".join(facts)
    parts = {"before": [box, P1, P2, P3], "among": [P1, box, P2, P3], "after": [P1, P2, P3, box]}
    review = scraped(HEAD + "\n\n".join(parts[where]) + "\n\nLeave a comment\n")
    kept = [p for p in paragraphs(review) if p in (P1, P2, P3)]
    assert kept == [P1, P2, P3]
