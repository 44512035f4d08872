"""The learned score of a review's closing paragraphs (`parse/zones.py`), on pages made up for
the test: a line that stands apart from the review and reads as the site's is dropped; a short
closing line right under the last paragraph, or one that reads as the review's, stays."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui.parse import zone_weights, zones

from prose_pages import P1, P2, P3, paragraphs, scraped

PAGE = f"Harbour Lights review: a quiet wonder\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
BLURB = (
    "The Weekly Reel is a regular column on films we think deserve your time, from our "
    "editors at Northlight Media."
)


def test_a_blurb_in_the_sites_voice_after_a_share_line_is_not_the_review() -> None:
    review = scraped(PAGE + f"Share\n\n{BLURB}\n")
    assert paragraphs(review)[-1] == P3


def test_without_the_model_the_rules_keep_that_blurb(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zone_weights, "WEIGHTS", {})
    review = scraped(PAGE + f"Share\n\n{BLURB}\n")
    assert paragraphs(review)[-1] == BLURB


def test_a_short_closing_line_right_under_the_last_paragraph_stays() -> None:
    review = scraped(PAGE + "Go and see it with someone you love.\n")
    assert paragraphs(review)[-1] == "Go and see it with someone you love."


def _prose(units: list[str]) -> Callable[[int], bool]:
    return lambda i: units[i].count(" ") >= 9


def _never(i: int) -> bool:
    return False


def test_a_paragraph_apart_that_reads_as_the_reviews_stays() -> None:
    closing = (
        "In the end the story of the keeper and her neighbourhood is told with such patience "
        "that the quiet ending lands, and the performances stay with you long after the lights "
        "come up."
    )
    units = ["Harbour Lights review", P1, P2, P3, "Advertisement", closing]
    kept = [1, 2, 3, 5]
    assert zones.trim_tail(units, kept, _prose(units), _never) == kept


def test_the_review_keeps_its_first_paragraphs_whatever_the_model_says() -> None:
    units = ["Headline", P1, "Share", BLURB]
    kept = [1, 3]
    assert zones.trim_tail(units, kept, _prose(units), _never) == kept


def test_with_no_weights_nothing_is_dropped() -> None:
    units = ["Headline", P1, P2, P3, "Share", BLURB]
    kept = [1, 2, 3, 5]
    assert zones.trim_tail(units, kept, _prose(units), _never, weights={}) == kept
    assert zones.trim_tail(units, kept, _prose(units), _never) == [1, 2, 3]


def test_a_line_of_the_opening_does_not_vouch_for_itself() -> None:
    units = [
        "Headline",
        "The lighthouse keeper walks the harbour at dawn, watching the boats return slowly.",
        "Her brother, another lighthouse keeper, watches the harbour from his kitchen window.",
        "Zanzibar quokkas wrangle marmalade xylophones beneath thundering cliffs.",
    ]
    ctx = zones.context(units, [1, 2, 3], lambda i: i > 0, _never)
    assert zones.features(ctx, 1)["shared_words"] > 0.3  # "lighthouse", "keeper", "harbour"
    assert zones.features(ctx, 3)["shared_words"] == 0.0  # its words are its own alone


_LINE = st.one_of(
    st.sampled_from([P1, P2, P3, BLURB, "Share", "Advertisement", "Go and see it."]),
    st.text(max_size=200),
)


@given(st.lists(_LINE, min_size=1, max_size=12), st.data())
def test_the_model_only_ever_cuts_the_end_and_keeps_two_paragraphs(
    units: list[str], data: st.DataObject
) -> None:
    kept = sorted(data.draw(st.sets(st.integers(0, len(units) - 1))))
    prose = _prose(units)
    out = zones.trim_tail(units, kept, prose, _never, "Harbour Lights")
    assert out == kept[: len(out)]
    paragraphs = sum(1 for i in kept if prose(i))
    assert sum(1 for i in out if prose(i)) >= min(paragraphs, zones.MIN_KEPT)
