"""Decoding, cleaning, folding and slugs."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui import text as text_module
from reeltui.text import NotText, clean, clean_line, decode, fold, literal_alternation, slug


def test_utf8_with_bom_and_crlf() -> None:
    decoded = decode("\ufeffTitle\r\nline two\rline three".encode())
    assert decoded.text == "Title\nline two\nline three"
    assert decoded.encoding == "utf-8-sig"


def test_cp1252_fallback_keeps_smart_quotes() -> None:
    decoded = decode("‘Roma’ – a review".encode("cp1252"))
    assert decoded.text == "‘Roma’ – a review"
    assert decoded.encoding == "cp1252"
    assert decoded.notes


def test_utf16_with_bom() -> None:
    assert decode("Peña (2019)".encode("utf-16")).text == "Peña (2019)"


@pytest.mark.parametrize("data", [b"abc\x00def", bytes(range(1, 32)) * 50])
def test_binary_is_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\x1b[2Jb", "ab"),
        ("a\x1b]0;owned\x07b", "ab"),
        ("a\x1b]52;c;ZXZpbA==\x1b\\b", "ab"),
        ("a\x9b31mb", "ab"),
        ("a\u202eb\u200bc", "abc"),
        ("tab\there", "tab here"),
        ("bell\x07", "bell"),
    ],
)
def test_clean_removes_what_could_act(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_keeps_markup_literally() -> None:
    assert clean("[bold]x[/] [@click=app.quit]q[/]") == "[bold]x[/] [@click=app.quit]q[/]"


def test_clean_line_collapses_space() -> None:
    assert clean_line("  a \n b\t c ") == "a b c"


@pytest.mark.parametrize(
    ("a", "b"),
    [("Peña", "PENA"), ("Zoë Kravitz", "zoe kravitz"), ("Nyong’o", "nyong'o"), ("Søren", "soren")],
)
def test_fold_ignores_case_accents_and_quote_style(a: str, b: str) -> None:
    assert fold(a) == fold(b)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("A Million Miles Away", "a-million-miles-away"),
        ("Ocean’s Eleven", "oceans-eleven"),
        ("Amélie", "amelie"),
        ("Mission: Impossible – Fallout", "mission-impossible-fallout"),
        ("!!!", ""),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


@given(st.binary(max_size=2000))
def test_decode_never_raises_anything_but_not_text(data: bytes) -> None:
    try:
        decoded = decode(data)
    except NotText:
        return
    assert "\r" not in decoded.text


@given(st.text())
def test_clean_output_has_no_controls(text: str) -> None:
    cleaned = clean(text)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in cleaned)
    assert "\x1b" not in cleaned and "\u202e" not in cleaned


@given(st.text())
def test_slug_is_ascii_and_idempotent(text: str) -> None:
    s = slug(text)
    assert s.isascii()
    assert slug(s) == s


@given(
    st.lists(st.text("ab .|(", min_size=1, max_size=4), min_size=1, max_size=6, unique=True),
    st.text("ab .|(x", max_size=30),
)
def test_literal_alternation_finds_what_the_plain_alternation_finds(
    words: list[str], text: str
) -> None:
    longest_first = sorted(words, key=len, reverse=True)
    plain = re.compile("|".join(re.escape(w) for w in longest_first))
    grouped = re.compile(literal_alternation(words))
    assert [(m.start(), m.group()) for m in grouped.finditer(text)] == [
        (m.start(), m.group()) for m in plain.finditer(text)
    ]


def test_a_plain_text_is_found_plain_once_and_cleaned_the_same() -> None:
    plain = decode(b"A quiet film\tabout a storm.\n")
    assert plain.plain
    assert clean(plain.text) == "A quiet film about a storm.\n"
    for dirty in (
        "a quiet \x1b[2Jstorm",
        "a quiet\u200bstorm",
        "a \ufffd quiet storm",
        "a\u2028quiet storm",
    ):
        assert not decode(dirty.encode()).plain, repr(dirty)


def test_every_character_searched_for_before_cleaning_is_unprintable_or_a_replacement() -> None:
    # `decode` skips the search for a text that is printable apart from line ends and tabs.
    searched = text_module._ANY_SUSPECT
    found = [chr(c) for c in range(0x110000) if searched.match(chr(c))]
    assert "\x1b" in found and "\u200b" in found and "\ufffd" in found
    assert all(not c.isprintable() or c == "\ufffd" for c in found)
    assert "\n" not in found and "\t" not in found


@given(st.text())
def test_plain_is_what_the_search_for_suspect_characters_says(text: str) -> None:
    decoded = text.replace("\r\n", "\n").replace("\r", "\n")
    if text_module._printable(decoded):
        assert text_module._ANY_SUSPECT.search(decoded) is None


@given(st.text())
def test_plain_means_clean_changes_nothing_but_tabs(text: str) -> None:
    try:
        decoded = decode(text.encode("utf-8", "surrogatepass"))
    except (NotText, UnicodeError):
        return
    if decoded.plain:
        assert clean(decoded.text) == decoded.text.replace("\t", " ")
