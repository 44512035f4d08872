"""The Markdown parser: TOML front matter, `#` headings as headline and sections, and the
hostile cases (bad front matter, wrong types, links and markup kept as literal text)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reeltui.model import Credit, Format, Kind, Review, Reviewer
from reeltui.parse import parse_bytes
from reeltui.parse.markdown import parse_markdown
from reeltui.text import MAX_LINE

from prose_pages import paragraphs


def md(text: str, name: str = "review.md") -> Review:
    return parse_markdown(text, path=Path(name), review_id="r", problems=[])


FULL = """+++
title = "Past Lives"
year = 2023
directors = ["Celine Song"]
cast = [{actor = "Greta Lee", role = "Nora"}, {actor = "Teo Yoo", role = "Hae Sung"}]
runtime_minutes = 106
platform = "MUBI"
rating = "4.5/5"
reviewer = {name = "Jane Doe", bio = "Jane writes about films."}
+++
# Past Lives (2023) Review: Two Lives, One Evening

An opening paragraph that runs over
two lines.

## What's the Movie About?

Childhood friends meet again.

## Final Verdict ##

See it.
"""


def test_front_matter_and_headings() -> None:
    review = md(FULL)
    assert review.format is Format.MARKDOWN
    assert review.headline == "Past Lives (2023) Review: Two Lives, One Evening"
    assert (review.film.title, review.film.year, review.film.kind) == (
        "Past Lives",
        2023,
        Kind.FILM,
    )
    assert review.directors == ("Celine Song",)
    assert review.cast == (Credit("Greta Lee", "Nora"), Credit("Teo Yoo", "Hae Sung"))
    assert (review.runtime_minutes, review.platform, review.rating) == (106, "MUBI", "4.5/5")
    assert review.reviewer == Reviewer("Jane Doe", "Jane writes about films.")
    assert [s.heading for s in review.sections] == [
        None,
        "What's the Movie About?",
        "Final Verdict",
    ]
    assert review.sections[0].paragraphs == ("An opening paragraph that runs over two lines.",)
    assert review.problems == ()
    assert review.word_count == 14  # the paragraphs; headings are not counted


def test_without_front_matter_the_headline_gives_the_film() -> None:
    review = md("# Heat (1995) Review\n\nMichael Mann directed it.\n")
    assert (review.film.title, review.film.year) == ("Heat", 1995)
    assert paragraphs(review) == ["Michael Mann directed it."]


def test_without_a_headline_the_front_matter_title_stands_in() -> None:
    review = md('+++\ntitle = "Heat"\nyear = 1995\n+++\nJust text.\n')
    assert review.headline == "Heat" and review.film.year == 1995


def test_without_any_title_the_file_name_stands_in_cleaned() -> None:
    review = md("Just text, no heading.\n", name="\x1b]0;owned\x07notes \u202eabc.md")
    assert review.headline == "notes abc"
    assert "\x1b" not in review.film.title and "\u202e" not in review.film.title


def test_fenced_code_keeps_lines_and_hides_headings() -> None:
    review = md("# T (2020)\n\n```\n# not a heading\nline two\n```\n\nAfter.\n")
    assert paragraphs(review) == ["# not a heading\nline two", "After."]
    assert [s.heading for s in review.sections] == [None]


def test_links_images_and_html_stay_literal() -> None:
    text = (
        "# Links (2023)\n\n[notes](file:///etc/passwd) [x](javascript:alert(1)) "
        "![i](data:text/html;base64,PHNjcmlwdD4=) <script>alert(1)</script> [bold]b[/]\n"
    )
    [paragraph] = paragraphs(md(text))
    assert paragraph == text.split("\n\n")[1].strip()


def test_markup_in_headings_is_kept_as_text() -> None:
    review = md("# [bold]T[/bold] (2020)\n\n## [@click=app.quit]Quit[/]\n\nText.\n")
    assert review.headline == "[bold]T[/bold] (2020)"
    assert review.sections[-1].heading == "[@click=app.quit]Quit[/]"


def test_escapes_are_removed_from_front_matter_and_body() -> None:
    review = md(
        '+++\ntitle = "Good\\u001b]0;x\\u0007 Film"\nyear = 2020\n'
        'reviewer = {name = "Ann\\u202e Lee"}\n+++\n'
        "# Good Film\n\nText\x1b[2J here.\n"
    )
    assert review.film.title == "Good Film"
    assert review.reviewer is not None and review.reviewer.name == "Ann Lee"
    assert paragraphs(review) == ["Text here."]


def test_bad_front_matter_is_a_problem_and_the_body_loads() -> None:
    review = md('+++\ntitle = "unterminated\n+++\n# Heat (1995)\n\nText.\n')
    assert any(p.startswith("the front matter is not valid TOML") for p in review.problems)
    assert review.film.title == "Heat" and paragraphs(review) == ["Text."]


def test_front_matter_with_wrong_types() -> None:
    review = md(
        '+++\ntitle = 42\nyear = "soon"\ndirectors = 7\ncast = "x"\nruntime_minutes = -5\n'
        'rating = [1]\nreviewer = 3\nkind = "opera"\nseason = 0\nplatform = true\n+++\n'
        "# Heat (1995) Review\n\nMichael Mann directed it.\n"
    )
    assert (review.film.title, review.film.year, review.film.kind) == ("Heat", 1995, Kind.FILM)
    assert review.cast == () and review.runtime_minutes is None and review.reviewer is None
    keys = {p.split("'")[1] for p in review.problems if "should be" in p}
    assert keys == {
        "title",
        "year",
        "directors",
        "cast",
        "runtime_minutes",
        "rating",
        "reviewer",
        "kind",
        "season",
        "platform",
    }
    assert all(p.startswith("the front matter: ") for p in review.problems if "should be" in p)


def test_a_boolean_is_not_a_year() -> None:
    review = md("+++\nyear = true\n+++\n# Heat\n\nText.\n")
    assert review.film.year is None
    assert "the front matter: 'year' should be a year such as 2023" in review.problems


def test_deeply_nested_front_matter_is_a_problem() -> None:
    review = md("+++\nx = " + "[" * 50_000 + "\n+++\n# Heat (1995)\n\nText.\n")
    assert review.film.title == "Heat"
    assert any("front matter" in p for p in review.problems)


def test_a_huge_heading_is_clipped() -> None:
    review = md("# " + "Very long title " * 10_000 + "\n\nText.\n")
    assert len(review.headline) <= MAX_LINE and review.headline.endswith("…")


def test_a_document_with_only_front_matter_says_so() -> None:
    review = md('+++\ntitle = "Heat"\nyear = 1995\n+++\n')
    assert review.sections == ()
    assert "no review text was found" in review.problems


def test_parse_bytes_dispatches_markdown_and_cleans_first() -> None:
    review = parse_bytes(
        b"# Heat (1995)\r\n\r\nText\x1b[31m red\x1b[0m.\r\n",
        path=Path("x.md"),
        review_id="x",
        fmt=Format.MARKDOWN,
    )
    assert review.format is Format.MARKDOWN and paragraphs(review) == ["Text red."]


_PIECES = st.sampled_from(
    [
        "+++\n",
        'title = "T"\n',
        "year = 2020\n",
        "cast = [{actor = 1}]\n",
        "# ",
        "## ",
        "```\n",
        "\n",
        "\n\n",
        "#",
        "[x](javascript:alert(1))",
        "\x1b]0;",
        "\u202e",
        "[@click=app.quit]",
        "Ana de Armas stars as Marilyn. ",
        "(2023)",
        "Review",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_never_raises_and_keeps_the_model_clean(text: str) -> None:
    review = md(text)
    fields = [review.headline, review.film.title, *review.problems, *paragraphs(review)]
    fields += [s.heading or "" for s in review.sections]
    for field in fields:
        assert "\x1b" not in field and "\u202e" not in field
    assert len(review.headline) <= MAX_LINE
