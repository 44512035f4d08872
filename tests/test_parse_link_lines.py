"""A line that links to more of the site ("Click here for all our coverage from the 2018 Cannes
Film Festival.") is furniture wherever it stands, never the review's first paragraph. Small
made-up pages."""

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
