"""A saved page's head matter: the blocks between the headline and the article's text, where
pages put a running time, a dateline or a note on where a series premieres. The main-text
extractor leaves them out; the facts in them count, and they are never the review's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reeltui.model import Review
from reeltui.parse.html import parse_html

from prose_pages import P1, P2, P3, paragraphs

PAGE = (
    "<!doctype html><html><head><title>{title}</title></head><body><main>"
    "<h1>{title}</h1><div class='byline'>By Jane Doe</div>{head}"
    "<div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{P3}</p>"
    "<p>{P1} {P2}</p><p>{P3} {P2}</p></div></main></body></html>"
)


def _parse(title: str, head: str, engine: str = "auto") -> Review:
    page = PAGE.format(title=title, head=head, P1=P1, P2=P2, P3=P3)
    return parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)


@pytest.mark.parametrize(
    ("note", "platform"),
    [
        (
            "<div class='note'><em>This spoiler-free review covers the first season of Harbour "
            "Lights, which premieres on Apple TV+ on Friday with two episodes.</em></div>",
            "Apple TV+",
        ),
        (
            "<div class='note'>Harbour Lights begins streaming on Netflix on March 3; critics "
            "saw all six episodes.</div>",
            "Netflix",
        ),
    ],
)
def test_a_premiere_note_over_the_text_gives_the_platform_and_is_not_the_text(
    note: str, platform: str
) -> None:
    review = _parse("Harbour Lights Season 1 Review", note)
    assert review.platform == platform
    assert paragraphs(review)[0] == P1


@pytest.mark.parametrize(
    "facts",
    [
        "<div class='facts'><span>PG</span> <span>Drama, Family</span> <span>2h 5m</span></div>",
        "<p class='meta'>Drama · 125 minutes · 12A</p>",
    ],
)
def test_a_running_time_in_a_facts_line_over_the_text_counts(facts: str) -> None:
    review = _parse("Harbour Lights review: a patient drama", facts)
    assert review.runtime_minutes == 125
    assert paragraphs(review)[0] == P1


def test_a_heading_over_the_text_is_not_taken_as_head_matter() -> None:
    review = _parse("Harbour Lights review: a patient drama", "<h3>WIRED</h3><p>Ana Lima.</p>")
    assert paragraphs(review)[0] == P1
    assert "WIRED" not in "\n".join(paragraphs(review))


OWN_HEADER = (
    "<!doctype html><html><head><title>Harbour Lights review</title></head><body>"
    "<header class='site'><nav><a href='/'>Home</a> <a href='/films'>Films</a></nav></header>"
    "<main><article><header class='entry-header'><h1>Harbour Lights review</h1>"
    "<div class='entry-meta'><span class='byline'>{byline}</span></div></header>"
    "<div class='entry-content'><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P1} {P2}</p></div>"
    "<div class='author-info'><h2 class='author-title'>{box}</h2>"
    "<p class='author-bio'>Jane Doe writes about film for a living.</p></div>"
    "</article></main></body></html>"
)


@pytest.mark.parametrize(
    ("byline", "box"),
    [
        ("Written by <a href='/a/jd'>Jane Doe</a>", "About the author"),
        ("By <a href='/a/jd'>Jane Doe</a> · 3 March 2021", "More from this author"),
    ],
)
@pytest.mark.parametrize("engine", ["own", "auto"])
def test_the_articles_own_header_gives_the_byline_and_an_author_box_heading_does_not(
    byline: str, box: str, engine: str
) -> None:
    page = OWN_HEADER.format(byline=byline, box=box, P1=P1, P2=P2, P3=P3)
    review = parse_html(page, path=Path("p.html"), review_id="p", problems=[], engine=engine)
    assert review.reviewer is not None
    assert review.reviewer.name == "Jane Doe"
    assert paragraphs(review)[0] == P1
    assert "Home" not in "\n".join(paragraphs(review))
