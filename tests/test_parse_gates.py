"""The parser's short cuts give its plain answers: the line tests that remember their answers
for short lines, and the cheap tests that skip a rule where its words are absent."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.parse import layout

#: The line tests that remember their answers for short lines.
REMEMBERED: list[Callable[[str], object]] = [
    layout.is_footer,
    layout.is_date_line,
    layout.photo_caption,
    layout.is_caption_line,
    layout.is_soft_chrome,
    layout.is_hard_stop,
    layout.is_chrome,
    layout.loose_key,
]

#: Lines each of the tests above says something of, short and long.
LINES = [
    "Share this:",
    "Facebook",
    "Latest articles",
    "Leave a comment",
    "Related Posts",
    "March 3, 2024",
    "Photo: Jane Doe/Netflix",
    "Michael Pena in A Million Miles Away (Photo: Amazon)",
    "Home | Movies | Reviews",
    "© 2024 Film Weekly. All rights reserved.",
    "The Story",
    "Final Verdict",
    "Yuki Sharma stars as Margot Grillo, a cricket who dreams of drummers.",
    "Comments (12)",
    "Follow me on Bluesky. Check out my website.",
    "Got a tip? Send it to The Daily Reel here.",
    "Ann Bell (left) and Tom Hale in 'Harbour Lights'.",
    "x" * 159,
    "Share this: " + "word " * 40,
    "A long paragraph of running text, " * 12,
    "",
]


def _plain(test: Callable[[str], object]) -> Callable[[str], object]:
    plain = getattr(test, "__wrapped__", None)
    assert callable(plain), f"{test} remembers nothing"
    return plain


@pytest.mark.parametrize("test", REMEMBERED, ids=lambda t: getattr(t, "__name__", "?"))
def test_remembered_answers_are_the_plain_ones(test: Callable[[str], object]) -> None:
    plain = _plain(test)
    answers = [plain(line) for line in LINES]
    assert [test(line) for line in LINES] == answers
    assert [test(line) for line in LINES] == answers  # asked again: remembered
    # The lines do tell the tests apart: not every answer is the same.
    assert len({repr(a) for a in answers}) > 1


def test_remembered_furniture_is_still_furniture() -> None:
    for _ in range(2):
        assert layout.is_hard_stop("Leave a comment")
        assert layout.is_chrome("Facebook")
        assert layout.is_footer("Follow me on Bluesky. Check out my website.")
        assert layout.photo_caption("Ann Bell (left) and Tom Hale in 'Harbour Lights'.") == (
            "Harbour Lights"
        )
        assert not layout.is_chrome("The film is a quiet, patient study of grief and its cost.")
        assert layout.loose_key("Share  THIS: now!") == "share this now"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.sampled_from(REMEMBERED))
def test_remembered_on_any_text(text: str, test: Callable[[str], object]) -> None:
    plain = _plain(test)
    assert test(text) == plain(text)
    assert test(text) == plain(text)
