"""Finding names to highlight, and keeping control and invisible characters off the terminal."""

from __future__ import annotations

import tomllib

import tomli_w

from reeltui.bookmarks.export import terminal_safe_toml
from reeltui.search.terms import find_terms
from reeltui.text import INVISIBLE, clean
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


def test_the_invisible_characters_are_one_set_for_clean_the_tui_and_toml_output() -> None:
    candidates = [chr(code) for code in (*range(0xA0, 0x10000), *range(0xE0000, 0xE0080))]
    invisible = [ch for ch in candidates if INVISIBLE.fullmatch(ch)]
    assert {"\u200b", "\u200d", "\u202e", "\u2066", "\u00ad", "\ufeff", "\U000e0041"} <= set(
        invisible
    )
    for ch in invisible:
        assert clean(f"a{ch}b") == "ab"
        assert visible(f"a{ch}b") == "a\ufffdb"
        document = terminal_safe_toml(tomli_w.dumps({"note": f"a{ch}b"}))
        assert ch not in document
        assert tomllib.loads(document)["note"] == f"a{ch}b"
    shown = [ch for ch in candidates if not INVISIBLE.fullmatch(ch)]
    assert visible("".join(shown)) == "".join(shown), "every other character is drawn as it is"
