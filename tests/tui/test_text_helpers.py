"""Finding names to highlight, and keeping control characters off the terminal."""

from __future__ import annotations

from reeltui.tui.highlight import find_terms
from reeltui.tui.safe import visible


def spans_text(text: str, terms: list[str]) -> list[str]:
    return [text[start:end] for start, end in find_terms(text, terms)]


def test_names_match_without_case_or_accents() -> None:
    text = "Michael Peña stars; later MICHAEL PENA returns."
    assert spans_text(text, ["michael pena"]) == ["Michael Peña", "MICHAEL PENA"]


def test_names_match_whole_words_only() -> None:
    assert spans_text("Penalty for Pena", ["pena"]) == ["Pena"]


def test_curly_quotes_and_line_breaks_match_plain_ones() -> None:
    assert spans_text("Jose’s wife, Rosa\nSalazar", ["jose's", "rosa salazar"]) == [
        "Jose’s",
        "Rosa\nSalazar",
    ]


def test_no_terms_no_spans() -> None:
    assert find_terms("anything", []) == []
    assert find_terms("anything", ["", "  "]) == []


def test_visible_draws_control_characters_as_symbols() -> None:
    assert visible("a\x1b[31mb") == "a␛[31mb"
    assert visible("tab\there\n") == "tab␉here␊"
    assert visible("\x9b") == "\ufffd"
    assert visible("[bold]plain[/]") == "[bold]plain[/]"
    assert len(visible("\x00\x07\x7f")) == 3
