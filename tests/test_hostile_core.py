"""Hostile and messy input through the core: decoding, parsing, scanning, opening.

The corpus comes from `hostile.make_hostile_corpus`. Every good file must load, every bad one
must be named with one clear problem, and no text from a file may reach the model with an
escape sequence, a control character or an invisible character in it.
"""

from __future__ import annotations

import errno
import os
import sys
import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reeltui.cli.serialize import review_json
from reeltui.library import Library, find_documents
from reeltui.model import FileProblem, Format, Review
from reeltui.parse import MAX_BYTES, NotAReview, _cut_at_char_boundary, parse_bytes, parse_file
from reeltui.parse.scraped import parse_scraped
from reeltui.text import (
    MAX_LINE,
    MAX_PARAGRAPH,
    NotText,
    clean,
    clip,
    decode,
    display_path,
    fold,
    split_long,
)

from hostile import HUGE_BYTES, HostileFile, Outcome, good_review, make_hostile_corpus

# One worker of `pytest -n` runs the whole module (`make test`: --dist loadgroup), so that its
# module's fixtures are made once.
pytestmark = pytest.mark.xdist_group("hostile-core")

# Characters that must never survive into a review: C0/C1 controls (newline aside, and only in
# multi-line fields), and the invisible and bidi characters that `clean` removes.
_FORBIDDEN = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} | set(
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff\u2028\u2029"
)


@pytest.fixture(scope="session")
def corpus_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The full corpus (with the 30 MB file), generated once per session."""
    return tmp_path_factory.mktemp("hostile") / "reviews"


@pytest.fixture(scope="session")
def corpus(corpus_root: Path) -> dict[str, HostileFile]:
    return make_hostile_corpus(corpus_root)


@pytest.fixture(scope="session")
def library(corpus_root: Path, corpus: dict[str, HostileFile]) -> Library:
    return Library.scan(corpus_root)


def _relative(path: Path, root: Path) -> str:
    return os.fsdecode(path.relative_to(root))


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a JSON-like value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _shown_text(review: Review) -> list[str]:
    """Every string of a review that a reader or a command could show, except its path."""
    data = review_json(review)
    data.pop("path")
    return [*_strings(data), review.film.label, review.body_text()]


def _assert_clean(strings: list[str]) -> None:
    for text in strings:
        bad = {ch for ch in text if ch in _FORBIDDEN and ch != "\n"}
        assert not bad, f"{sorted(map(hex, map(ord, bad)))} in {text[:80]!r}"


# --- the corpus -----------------------------------------------------------------------------


def test_every_good_file_loads_and_every_bad_one_is_named(
    corpus_root: Path, corpus: dict[str, HostileFile], library: Library
) -> None:
    loaded = {_relative(library.path_of(r), corpus_root) for r in library}
    unreadable = {_relative(p.path, corpus_root): p.message for p in library.report.unreadable}
    for name, entry in corpus.items():
        if entry.outcome is Outcome.LOADS:
            assert name in loaded, f"{entry.description}: {unreadable.get(name)}"
        elif entry.outcome in (Outcome.UNREADABLE, Outcome.LINK):
            assert name in unreadable, entry.description
            assert name not in loaded
        else:
            assert name not in loaded and name not in unreadable, entry.description
    assert loaded == {n for n, e in corpus.items() if e.outcome is Outcome.LOADS}
    assert set(unreadable) == {
        n for n, e in corpus.items() if e.outcome in (Outcome.UNREADABLE, Outcome.LINK)
    }


def test_each_problem_says_what_is_wrong(
    corpus_root: Path, corpus: dict[str, HostileFile], library: Library
) -> None:
    by_file: dict[str, list[str]] = {}
    for problem in library.problems:
        by_file.setdefault(_relative(problem.path, corpus_root), []).append(problem.message)
    for name, entry in corpus.items():
        if entry.problem is not None:
            messages = by_file.get(name, [])
            assert any(entry.problem in m for m in messages), (entry.description, messages)
    for messages in by_file.values():
        for message in messages:
            assert message and "\n" not in message and "Traceback" not in message
            _assert_clean([message])


def test_titles_are_found_and_kept_literally(
    corpus_root: Path, corpus: dict[str, HostileFile], library: Library
) -> None:
    titles = {_relative(library.path_of(r), corpus_root): r.film.title for r in library}
    for name, entry in corpus.items():
        if entry.title is not None:
            assert titles[name] == entry.title, entry.description


def test_opened_reviews_show_text_literally_and_nothing_that_acts(
    corpus_root: Path, corpus: dict[str, HostileFile], library: Library
) -> None:
    for review in library:
        entry = corpus[_relative(library.path_of(review), corpus_root)]
        full = library.open(review)
        assert full.has_body, entry.description
        shown = _shown_text(full)
        _assert_clean(shown)
        everything = "\n".join(shown)
        for literal in entry.shows:
            assert literal in everything, (entry.description, literal)
        for hidden in entry.never:
            assert hidden not in everything, (entry.description, hidden)


def test_markup_and_actions_reach_the_model_unchanged(corpus_root: Path, library: Library) -> None:
    review = library.open(next(r for r in library if r.key == "markup-2020.txt"))
    assert review.film.title == "[bold red]Not Bold[/] [@click=app.quit]Quit[/]"
    paragraphs = [p for s in review.sections for p in s.paragraphs]
    assert "[@click=app.quit]Click here to quit[/] and [@click=app.bell]ring[/]" in paragraphs
    assert "[on red]\\[escaped][/on red] and a lone [ bracket and ] closing one." in paragraphs


def test_a_huge_file_is_read_up_to_the_cap_with_a_notice(
    corpus_root: Path, library: Library
) -> None:
    entry = next(r for r in library if r.key == "huge-30mb.txt")
    card = library.card(entry)
    assert card is not None
    assert (corpus_root / "huge-30mb.txt").stat().st_size == HUGE_BYTES
    assert any("30.0 MiB, too large for a review" in p for p in card.problems)
    full = library.open(entry)
    assert len(full.body_text()) <= MAX_BYTES
    assert full.film.title == "The Long Night"


def test_a_five_megabyte_line_is_split_into_readable_pieces(library: Library) -> None:
    full = library.open(next(r for r in library if r.key == "one-line-5mb.txt"))
    assert len(full.headline) <= MAX_LINE
    assert full.film.title == "One Endless Line" and full.film.year == 2022
    paragraphs = [p for s in full.sections for p in s.paragraphs]
    assert len(paragraphs) > 50
    assert all(len(p) <= MAX_PARAGRAPH for p in paragraphs)
    assert any("too long to be a headline" in p for p in full.problems)


def test_problem_paths_are_displayed_without_escapes(corpus_root: Path, library: Library) -> None:
    for problem in library.problems:
        shown = display_path(problem.path)
        assert "\x1b" not in shown and "\u202e" not in shown
        shown.encode("utf-8")  # no surrogates left: printable on any UTF-8 stream


# --- unreadable files and folders -------------------------------------------------------------


@pytest.fixture
def small(tmp_path: Path) -> Path:
    """A folder of three good reviews, one of them in a subfolder."""
    root = tmp_path / "reviews"
    (root / "sub").mkdir(parents=True)
    (root / "one-2001.txt").write_text(good_review("One", 2001), encoding="utf-8")
    (root / "two-2002.txt").write_text(good_review("Two", 2002), encoding="utf-8")
    (root / "sub" / "three-2003.txt").write_text(good_review("Three", 2003), encoding="utf-8")
    return root


def _failing_os_open(monkeypatch: pytest.MonkeyPatch, victim: Path, error: OSError) -> None:
    """Make `os.open` raise `error` for one path and behave normally for every other."""
    real_open = os.open

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == os.fspath(victim):
            raise error
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


def test_an_unreadable_file_is_a_problem_and_the_rest_loads(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = small / "two-2002.txt"
    _failing_os_open(
        monkeypatch, victim, PermissionError(errno.EACCES, "Permission denied", str(victim))
    )
    library = Library.scan(small)
    assert sorted(r.film.title for r in library) == ["One", "Three"]
    [problem] = library.report.unreadable
    assert problem.path == victim
    assert problem.message == "could not be read: permission denied"


def test_an_unreadable_folder_is_a_problem_and_the_rest_loads(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_scandir = os.scandir

    def fake_scandir(path: Any = ".") -> Any:
        if Path(path) == small / "sub":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", fake_scandir)
    library = Library.scan(small)
    assert sorted(r.film.title for r in library) == ["One", "Two"]
    [problem] = library.report.unreadable
    assert problem.path == small / "sub" and "permission denied" in problem.message


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads files whatever the mode"
)
def test_a_file_and_a_folder_with_mode_000(small: Path) -> None:
    (small / "two-2002.txt").chmod(0)
    (small / "sub").chmod(0)
    try:
        library = Library.scan(small)
    finally:
        (small / "two-2002.txt").chmod(0o644)
        (small / "sub").chmod(0o755)
    assert [r.film.title for r in library] == ["One"]
    messages = {p.path.name: p.message for p in library.report.unreadable}
    assert messages == {
        "two-2002.txt": "could not be read: permission denied",
        "sub": "could not be read: permission denied",
    }


def test_a_read_error_midway_is_a_problem(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An I/O error while the bytes are read (a failing disk, a network share going away)."""
    victim = small / "one-2001.txt"
    real_read = os.read

    def failing_read(fd: int, size: int) -> bytes:
        if os.path.samefile(f"/proc/self/fd/{fd}", victim):
            raise OSError(errno.EIO, "Input/output error")
        return real_read(fd, size)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell which file a descriptor is")
    monkeypatch.setattr(os, "read", failing_read)
    library = Library.scan(small)
    assert sorted(r.film.title for r in library) == ["Three", "Two"]
    [problem] = library.report.unreadable
    assert problem.path == victim and problem.message == "could not be read: input/output error"


def test_a_file_deleted_between_listing_and_reading(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = small / "one-2001.txt"
    real_open = os.open

    def vanishing_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == os.fspath(victim) and victim.exists():
            victim.unlink()
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", vanishing_open)
    library = Library.scan(small)
    assert sorted(r.film.title for r in library) == ["Three", "Two"]
    [problem] = library.report.unreadable
    assert problem.message == "could not be read: it has been deleted or moved"


def test_a_file_truncated_while_being_read(small: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    victim = small / "one-2001.txt"
    real_open = os.open

    def truncating_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        if os.fspath(path) == os.fspath(victim):
            os.truncate(victim, 0)  # after the open, before the read
        return fd

    monkeypatch.setattr(os, "open", truncating_open)
    library = Library.scan(small)
    assert sorted(r.film.title for r in library) == ["Three", "Two"]
    [problem] = library.report.unreadable
    assert problem.path == victim and problem.message == "the file is empty"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda p: p.unlink(), None),
        (lambda p: p.write_bytes(b""), "the file is empty"),
        (lambda p: p.write_bytes(b"\x00\x01" * 100), "binary, not a review"),
        (lambda p: (p.unlink(), os.mkfifo(p)), None),  # not a file: not listed at all
    ],
    ids=["deleted", "emptied", "now-binary", "now-a-pipe"],
)
def test_a_file_that_broke_after_the_scan_opens_as_read_until_the_next_check(
    small: Path, change: Any, expected: str | None
) -> None:
    library = Library.scan(small)
    entry = library.get("one-2001")
    assert entry is not None
    change(small / "one-2001.txt")
    opened = _finishes(lambda: library.open(entry))
    assert opened.has_body and opened.film.title == "One"
    _finishes(lambda: library.refresh(full=True))
    assert library.get("one-2001") is None
    problems = {p.path.name: p.message for p in library.report.unreadable}
    if expected is None:
        assert "one-2001.txt" not in problems
    else:
        assert expected in problems["one-2001.txt"], problems


def test_a_file_that_grew_huge_is_read_up_to_the_cap_at_the_next_check(small: Path) -> None:
    library = Library.scan(small)
    with open(small / "one-2001.txt", "ab") as handle:
        handle.write(b"More words and more.\n\n" * (MAX_BYTES // 10))
    library.refresh(full=True)
    entry = library.get("one-2001")
    assert entry is not None
    opened = library.open(entry)
    assert opened.has_body and any("too large for a review" in p for p in opened.problems)


def _finishes(function: Any, seconds: float = 20.0) -> Any:
    """Run `function` in a daemon thread; fail (instead of hanging the suite) if it blocks."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:  # handed to the caller below
            outcome["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipes_never_block_a_scan(small: Path) -> None:
    """A pipe named like a review, or like a review's sidecar, has no writer: opening it for
    reading the ordinary way would wait forever."""
    os.mkfifo(small / "pipe.txt")
    os.mkfifo(small / "two-2002.toml")
    library: Library = _finishes(lambda: Library.scan(small))
    assert sorted(r.film.title for r in library) == ["One", "Three", "Two"]
    two = library.card(library.get("two-2002"))  # type: ignore[arg-type]
    assert two is not None
    assert any("sidecar two-2002.toml was ignored" in p for p in two.problems)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_parse_file_refuses_a_pipe_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(NotAReview, match="not a regular file"):
        _finishes(lambda: parse_file(tmp_path / "pipe.txt", tmp_path))


def test_folders_deeper_than_the_recursion_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    depth = sys.getrecursionlimit() + 100
    root = tmp_path / "deep"
    root.mkdir()
    (root / "top-2006.txt").write_text(good_review("Top", 2006), encoding="utf-8")
    # Made and removed one level at a time from inside: Path.mkdir(parents=True) and pytest's
    # clean-up (shutil.rmtree) both recurse, and would fail on this tree themselves.
    monkeypatch.chdir(root)
    for _ in range(depth):
        os.mkdir("d")
        os.chdir("d")
    Path("bottom-2005.txt").write_text(good_review("Bottom", 2005), encoding="utf-8")
    try:
        library = Library.scan(root)
    finally:
        os.unlink("bottom-2005.txt")
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    assert sorted(r.film.title for r in library) == ["Bottom", "Top"]
    assert library.report.problems == ()


def test_documents_are_listed_in_path_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/b/c.md", "c.html", "a.txt", ".hidden.txt", "x.pdf"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    problems: list[FileProblem] = []
    found = [p.relative_to(tmp_path).as_posix() for p in find_documents(tmp_path, problems)]
    assert found == ["a/b/c.md", "a/z.txt", "a.txt", "b.txt", "c.html"]
    assert problems == []


def test_a_parser_bug_on_one_file_does_not_stop_the_scan(
    small: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reeltui.parse.scraped as scraped

    real = scraped.parse_scraped

    def buggy(text: str, **kwargs: Any) -> Review:
        if kwargs["path"].name == "two-2002.txt":
            raise ZeroDivisionError("a bug")
        return real(text, **kwargs)

    monkeypatch.setattr(scraped, "parse_scraped", buggy)
    library = Library.scan(small)
    assert sorted(r.film.title for r in library) == ["One", "Three"]
    [problem] = library.report.unreadable
    assert problem.message == "reeltui failed on this file (ZeroDivisionError); please report it"


def test_get_with_a_nul_in_the_reference(small: Path) -> None:
    library = Library.scan(small)
    assert library.get("one\x002001.txt") is None


# --- decoding and the helpers -----------------------------------------------------------------


def test_mostly_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = ("‘Roma’ (2018) Review\n\n" + "Cuarón’s film. " * 20).encode() + b"\xff end"
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("‘Roma’ (2018) Review")
    assert decoded.notes == ("1 invalid UTF-8 sequence was replaced",)


def test_cp1252_is_still_recognised() -> None:
    decoded = decode("‘Roma’ (2018) – Cuarón’s film, a review.".encode("cp1252"))
    assert decoded.encoding == "cp1252" and decoded.text.startswith("‘Roma’")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark(encoding: str) -> None:
    decoded = decode("Heat (1995) Review\n\nMichael Mann’s film.\n".encode(encoding))
    assert decoded.encoding == encoding
    assert decoded.text == "Heat (1995) Review\n\nMichael Mann’s film.\n"


def test_binary_with_scattered_nuls_is_still_binary() -> None:
    with pytest.raises(NotText, match="NUL"):
        decode(bytes(range(256)) * 4)


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "utf-32-be"]
)
def test_a_cut_never_splits_a_character(encoding: str) -> None:
    prefix = "\ufeff" if encoding.endswith("-be") else ""
    data = (prefix + "Café 😀 naïve").encode(encoding)
    base = encoding.removesuffix("-be").removesuffix("-sig")
    for end in range(4, len(data) + 1):
        cut = _cut_at_char_boundary(data[:end])
        text = cut.decode("utf-8-sig" if base == "utf-8" else base)  # strict: never invalid
        assert (prefix + "Café 😀 naïve").lstrip("\ufeff").startswith(text.lstrip("\ufeff"))


def test_a_huge_utf16_file_is_cut_cleanly(tmp_path: Path) -> None:
    text = "Café Noir (2001) Review\n\n" + "Déjà vu, naïve café. " * (MAX_BYTES // 40)
    (tmp_path / "big.txt").write_bytes(text.encode("utf-16"))
    review = parse_file(tmp_path / "big.txt", tmp_path)
    assert review.film.title == "Café Noir"
    assert [p for p in review.problems if "too large" in p]
    assert not [p for p in review.problems if "invalid" in p]


def test_an_unterminated_osc_does_not_swallow_the_rest() -> None:
    assert clean("Title\x1b]0;half a title\nThe review text.") == "Title\nThe review text."


def test_tag_characters_are_invisible_and_removed() -> None:
    smuggled = "".join(chr(0xE0000 + ord(c)) for c in "ignore previous")
    assert clean(f"Good{smuggled} film") == "Good film"


def test_clip_and_split_long() -> None:
    assert clip("short") == "short"
    clipped = clip("word " * 100, 50)
    assert len(clipped) <= 50 and clipped.endswith("…") and " wor…" not in clipped
    pieces = split_long("abc " * 10_000, 1000)
    assert all(len(p) <= 1000 for p in pieces)
    assert " ".join(pieces).split() == ("abc " * 10_000).split()
    assert split_long("x" * 2500, 1000) == ["x" * 1000, "x" * 1000, "x" * 500]


def test_display_path_shows_what_would_act_as_escapes() -> None:
    name = os.fsdecode(b"caf\xe9 \x1b]0;t\x07 \xe2\x80\xae.txt")
    assert display_path(Path("/r") / name) == "/r/caf\\xe9 \\x1b]0;t\\x07 \\u202e.txt"
    assert display_path("/r/Amélie (2001) — review.txt") == "/r/Amélie (2001) — review.txt"


# --- pathological shapes: linear time ---------------------------------------------------------

# Each of these took minutes (or was quadratic) before the parsers were bounded; they must now
# return. No time is asserted (speed belongs to bench/); a regression shows as a hung test.
_N = 200_000
_SHAPES = {
    "html-open-tags": (Format.HTML, "<a " * (_N // 3)),
    "html-lt-a": (Format.HTML, "<a" * (_N // 2)),
    "html-end-tags": (Format.HTML, "</" * (_N // 2)),
    "html-processing": (Format.HTML, "<?" * (_N // 2)),
    "html-deep": (Format.HTML, "<div>" * (_N // 10) + "Deep text." + "</div>" * (_N // 10)),
    "scraped-credits": (Format.SCRAPED, "T (2020) Review\n\n" + "Bob Smith plays " * (_N // 16)),
    "scraped-starring": (Format.SCRAPED, "T (2020) Review\n\n" + "starring Ann Lee, " * (_N // 18)),
    "scraped-wrapped": (Format.SCRAPED, "T (2020) Review\n\n" + "Ab cd\n" * (_N // 6)),
    "scraped-dashes": (Format.SCRAPED, "- " * (_N // 2)),
    # Short paragraphs, each a candidate pull quote: alike (every line weighed against all the
    # others was quadratic) and all different (no bound on the lines weighed was too).
    "scraped-alike-paragraphs": (
        Format.SCRAPED,
        "T (2020) Review\n\n" + "Ann Lee stars in the directed role of Bob's star.\n\n" * 20_000,
    ),
    "scraped-short-paragraphs": (
        Format.SCRAPED,
        "T (2020) Review\n\n"
        + "".join(f"Ann Lee stars in the role number {n} of the year.\n\n" for n in range(20_000)),
    ),
    "markdown-hashes": (Format.MARKDOWN, "# a" + " " * _N + "#" * _N + "x\n\nText.\n"),
    "markdown-front": (Format.MARKDOWN, "+++\nx = " + "[" * (_N // 10) + "\n+++\n# T\n\nText."),
}


@pytest.mark.parametrize("shape", sorted(_SHAPES))
def test_pathological_shapes_parse(shape: str) -> None:
    fmt, text = _SHAPES[shape]
    review = parse_bytes(text.encode(), path=Path(f"x.{fmt}"), review_id="x", fmt=fmt)
    _assert_clean(_shown_text(review))
    assert len(review.headline) <= MAX_LINE


def test_deep_html_keeps_the_text_after_the_nest() -> None:
    page = (
        "<article><h1>Nest (2020) Review</h1>"
        + "<div>" * 5000
        + "<p>Inside.</p>"
        + "</div>" * 5000
        + "<p>After the nest, still in the article.</p></article><p>Outside.</p>"
    )
    review = parse_bytes(page.encode(), path=Path("x.html"), review_id="x", fmt=Format.HTML)
    paragraphs = [p for s in review.sections for p in s.paragraphs]
    assert paragraphs == ["Inside.", "After the nest, still in the article."]


# --- properties -----------------------------------------------------------------------------

_MESSY = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(
            [
                "\n",
                "\n\n",
                "\r",
                "\x1b",
                "\x1b[2J",
                "\x1b]0;",
                "\x07",
                "\u202e",
                "\u200b",
                "[bold]",
                "[/]",
                "[@click=app.quit]",
                "(2023)",
                "Review",
                "‘",
                "’",
                " stars as ",
                " plays ",
                "directed by ",
                "Jane Doe",
                "Ana de Armas",
                "Final Verdict",
                "Latest articles",
            ]
        ),
    ),
    max_size=120,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(_MESSY)
def test_scraped_parser_never_raises_and_keeps_the_model_clean(text: str) -> None:
    review = parse_scraped(text, path=Path("x.txt"), review_id="x", problems=[])
    _assert_clean(_shown_text(review))
    assert review.film.title
    assert len(review.headline) <= MAX_LINE


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(list(Format)))
def test_parse_bytes_raises_only_not_a_review(data: bytes, fmt: Format) -> None:
    try:
        review = parse_bytes(data, path=Path("x"), review_id="x", fmt=fmt)
    except NotAReview as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    _assert_clean(_shown_text(review))


@settings(max_examples=150, deadline=None)
@given(st.text())
@example("Ǽ")  # "Æ" with an accent: "Æ" is only made "ae" after decomposing
def test_fold_never_raises_and_is_idempotent(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert folded == " ".join(folded.split())


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(categories=("Lu", "Ll"), max_codepoint=0x17F), max_size=40))
def test_fold_ignores_case_and_latin_accents(text: str) -> None:
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    assert fold(text.upper()) == fold(text.lower()) or not text.isascii()
    assert fold(stripped) == fold(text)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_clean_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once
