"""Lines over the review that are not its text: one that links to more of the site ("Click here
for all our coverage from the 2018 Cannes Film Festival."), and a photo's caption over its
source ("SUPPLIED", "Getty Images"). Small made-up pages."""

from __future__ import annotations

import pytest

from prose_pages import P1, P2, P3, paragraphs, scraped


@pytest.mark.parametrize(
    "line",
    [
        "Click here for all our coverage from the 2018 Cannes Film Festival.",
        "Click here to read our interview with the director.",
    ],
)
def test_a_link_line_over_the_review(line: str) -> None:
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{line}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review) == [P1, P2, P3]


def test_click_in_a_sentence_of_the_review_stays() -> None:
    # The twin: "click" as the review uses it, not a link.
    sentence = "Click here, click there: the sound design is a symphony of switches and locks."
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{P1}\n\n{sentence}\n\n{P2}\n")
    assert sentence in paragraphs(review)


@pytest.mark.parametrize("source", ["SUPPLIED", "Getty Images"])
def test_a_caption_over_its_photos_source_is_no_first_paragraph(source: str) -> None:
    caption = "Lia Sand and Hal Mercer go bush in Harbour Lights."
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Critic\n\n{caption}\n{source}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert paragraphs(review)[0] == P1


def test_a_first_paragraph_over_another_stays() -> None:
    # The twin: the same sentence over a paragraph of the review, not over a photo's source.
    sentence = "Lia Sand and Hal Mercer go bush in Harbour Lights."
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{sentence}\n\n{P1}\n\n{P2}\n")
    assert paragraphs(review)[0] == sentence


@pytest.mark.parametrize(
    "facts",
    [
        "Harbour Lights (PG, 101 mins) Directed by Ana Lima ★★★★★",
        "Harbour Lights (M, 96 minutes) Written and directed by Ana Lima",
    ],
)
def test_a_line_of_facts_with_the_running_time_in_brackets(facts: str) -> None:
    review = scraped(
        f"Harbour Lights review\n\nBy Jane Critic\n\n{facts}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert paragraphs(review)[0] == P1


def test_a_sentence_with_minutes_in_brackets_stays() -> None:
    # The twin: brackets in a sentence of the review, not a listing's facts.
    sentence = "Harbour Lights (all 101 mins of it) is worth it. Directed by a debutant, it glows."
    review = scraped(f"Harbour Lights review\n\nBy Jane Critic\n\n{sentence}\n\n{P1}\n\n{P2}\n")
    assert paragraphs(review)[0] == sentence
