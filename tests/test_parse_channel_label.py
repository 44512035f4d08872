"""A channel labelled by name with "TV" as its last word ("Channel: Hum TV", "Network: Geo TV")
is the platform; "TV" alone, or with other words of a site's menu, is not. Small made-up
pages."""

from __future__ import annotations

import pytest

from prose_pages import P1, P2, P3, scraped


def _page(label: str) -> str:
    return f"Harbour Lights review\n\nBy Jane Critic\n\n{label}\n\n{P1}\n\n{P2}\n\n{P3}\n"


@pytest.mark.parametrize(
    ("label", "platform"), [("Channel: Hum TV", "Hum TV"), ("Network: Geo TV", "Geo TV")]
)
def test_a_channel_named_with_tv(label: str, platform: str) -> None:
    assert scraped(_page(label)).platform == platform


@pytest.mark.parametrize("label", ["Channel: TV", "Channel: Movies TV"])
def test_menu_words_are_no_channel(label: str) -> None:
    # The twins: "TV" alone, or after a word of the site's menu.
    assert scraped(_page(label)).platform is None
