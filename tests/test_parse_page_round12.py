"""Page families of round twelve, each page made up for the test, with a twin the rule must
leave alone: a photo's caption whose credit is worded ("Handout photo from …", "Image
courtesy: …"), …"""

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
