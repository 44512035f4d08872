"""Corrections: the sidecar text a user starts from, its check, merging a form's values, saving,
the editor's rounds (with editors made of Python functions), and the form's fields."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui import corrections
from reeltui.corrections import (
    Outcome,
    Problem,
    Saved,
    changes,
    check,
    draft,
    edit_in_editor,
    editor_command,
    form_updates,
    form_values,
    keep_rejected,
    merge,
    save,
    save_updates,
    sidecar_path,
)
from reeltui.corrections.document import strip_banner, with_banner
from reeltui.corrections.fields import parse_runtime
from reeltui.library import Library
from reeltui.model import Credit, Film, Format, Kind, Review, Reviewer
from reeltui.parse import parse_file
from reeltui.parse.sidecar import apply_overrides

from corrections_support import CHROME_PAGE
from sample_paths import SAMPLES


@pytest.fixture
def page(tmp_path: Path) -> Review:
    """A scraped page whose first line (site chrome) was taken for the title."""
    (tmp_path / "martian.txt").write_text(CHROME_PAGE, encoding="utf-8")
    return parse_file(tmp_path / "martian.txt", tmp_path)


def _facts(review: Review) -> tuple[object, ...]:
    return (
        review.film,
        review.directors,
        review.cast,
        review.runtime_minutes,
        review.platform,
        review.rating,
        review.reviewer,
    )


# -- the text to start from ---------------------------------------------------------------


def test_a_new_sidecar_says_what_it_is_and_holds_what_was_found(page: Review) -> None:
    text = draft(page)
    assert text.startswith("# Corrections to the facts of martian.txt, which reeltui read as\n")
    assert "overrides what was read from the review" in text
    assert "#   - title taken from the first line\n#   - no year stated\n" in text
    assert 'title = "Trending Now"\n' in text
    assert "# year = 2023\n" in text  # missing: commented out, as an example
    assert 'directors = ["Ridley Scott"]\n' in text
    assert '{actor = "Matt Damon", role = "Watney"},\n' in text
    assert 'rating = "4/5"\n' in text
    assert '# platform = "Netflix"\n' in text
    assert check(text, page) is None


@pytest.mark.parametrize("path", sorted(SAMPLES.iterdir()), ids=lambda p: p.name)
def test_a_new_sidecar_changes_nothing_until_it_is_edited(path: Path) -> None:
    review = parse_file(path, SAMPLES)
    text = draft(review)
    assert check(text, review) is None
    again = apply_overrides(review, tomllib.loads(text), source="s")
    assert _facts(again) == _facts(review)
    assert again.problems == review.problems


def test_a_series_and_a_reviewer_with_a_bio_are_written_out() -> None:
    review = Review(
        id="s",
        path=Path("/r/s.md"),
        format=Format.MARKDOWN,
        headline="H",
        film=Film('Say "Hi"', 2024, Kind.SERIES, 3),
        cast=(Credit("A \\ B"),),
        reviewer=Reviewer("Ann", 'She said "no".'),
    )
    text = draft(review)
    assert 'kind = "series"\nseason = 3\n' in text
    assert 'title = "Say \\"Hi\\""' in text
    assert 'reviewer = {name = "Ann", bio = "She said \\"no\\"."}' in text
    assert _facts(apply_overrides(review, tomllib.loads(text), source="s")) == _facts(review)


def test_editing_starts_from_the_sidecar_there(page: Review) -> None:
    sidecar_path(page).write_text("# mine\ntitle = 'The Martian'\n", encoding="utf-8")
    text, existing = corrections.starting_text(page)
    assert text == existing == "# mine\ntitle = 'The Martian'\n"


# -- the check ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "# c\ntitle = The Martian\n",
            "Line 2: this is not valid TOML: invalid value (column 9); text goes in double "
            'quotes, such as title = "Heat".',
        ),
        (
            'title = "x"\ntitel = "y"\n',
            "Line 2: 'titel' is not a key reeltui reads (it reads title, year, kind, season, "
            "directors, cast, runtime_minutes, platform, rating, reviewer).",
        ),
        ('\n\nyear = "2015"\n', "Line 3: 'year' should be a year such as 2023."),
        (
            "runtime_minutes = 2h\n",
            "Line 1: this is not valid TOML: expected newline or end of document after a "
            "statement (column 20); write a number, such as runtime_minutes = 120.",
        ),
        ("[reviewer]\nbio = 'x'\n", "Line 1: 'reviewer' should be a table {name = …, bio = …}."),
        (
            "cast = [\n  'A',\n",
            "The file ends too early: invalid value (a quote or a bracket is not closed).",
        ),
    ],
)
def test_what_is_wrong_is_one_sentence_naming_the_line(
    page: Review, text: str, sentence: str
) -> None:
    problem = check(text, page)
    assert problem is not None and problem.sentence() == sentence


def test_the_banner_counts_its_own_lines(page: Review) -> None:
    text = 'title = "ok"\nyear = twenty\n'
    problem = check(text, page)
    assert problem == Problem(
        "this is not valid TOML: invalid value (column 8); write a number, such as year = 2023",
        2,
    )
    shown = with_banner(text, problem, "quit to give up.")
    assert shown.splitlines()[1].startswith("#! Line 6: ")  # line 2 below four banner lines
    assert shown.splitlines()[5] == "year = twenty"
    assert strip_banner(shown) == text
    # The banner is replaced, not stacked, when the text is shown again.
    assert with_banner(shown, problem, "quit.").count("#! reeltui") == 1


# -- merging and saving --------------------------------------------------------------------


def test_merge_keeps_comments_and_other_keys() -> None:
    text = '# mine\ntitle = "A"  # keep this\n# year = 2023\nrating = "1/5"\n'
    merged = merge(text, {"title": "A", "year": 2015, "rating": None, "platform": "Max"})
    assert merged == '# mine\ntitle = "A"  # keep this\nyear = 2015\nplatform = "Max"\n'


def test_merge_writes_cast_one_credit_a_line() -> None:
    merged = merge("", {"cast": [{"actor": "A", "role": "B"}, {"actor": "C"}]})
    assert merged == 'cast = [\n    {actor = "A", role = "B"},\n    {actor = "C"},\n]\n'
    with pytest.raises(ValueError):
        merge("title = \n", {"year": 1})


def test_save_is_atomic_keeps_the_mode_and_an_empty_text_removes(page: Review) -> None:
    path = sidecar_path(page)
    assert save(page, "#! old error\ntitle = 'X'") is Saved.WRITTEN
    assert path.read_text(encoding="utf-8") == "title = 'X'\n"
    assert path.stat().st_mode & 0o777 == 0o644
    path.chmod(0o600)
    save(page, "title = 'Y'\n")
    assert path.stat().st_mode & 0o777 == 0o600
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]
    assert save(page, "  \n") is Saved.REMOVED and not path.exists()
    assert save(page, "") is Saved.UNCHANGED


def test_rejected_text_is_kept_beside_without_overwriting(
    page: Review, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = keep_rejected(page, "#! banner\ntitle = broken\n")
    second = keep_rejected(page, "two")
    assert (first.name, second.name) == ("martian.toml.rejected", "martian.toml.rejected-2")
    assert first.read_text(encoding="utf-8") == "title = broken\n"

    def refuse(path: Path, data: bytes, *, mode: int | None = None) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("reeltui.corrections.document.write_atomic", refuse)
    elsewhere = keep_rejected(page, "three")
    try:
        assert elsewhere.parent != page.path.parent
        assert elsewhere.read_text(encoding="utf-8") == "three"
    finally:
        elsewhere.unlink()


# -- the editor's rounds -------------------------------------------------------------------

#: An editor: given the file's text, the text it saves (None: quit without saving), or an
#: exception to raise instead of starting.
Step = Callable[[str], str | None] | BaseException


def editor(*steps: Step) -> tuple[Callable[[Sequence[str]], int], list[str]]:
    """An editor that takes `steps` in turn; it records every text it was shown."""
    shown: list[str] = []
    queue = list(steps)

    def run(argv: Sequence[str]) -> int:
        step = queue.pop(0)
        if isinstance(step, BaseException):
            raise step
        path = Path(argv[-1])
        text = path.read_text(encoding="utf-8")
        shown.append(text)
        assert argv[:-1] == ["ed", "-x"] and path.name == "martian.toml"
        result = step(text)
        if result is not None:
            path.write_text(result, encoding="utf-8")
        return 0

    return run, shown


def _title(title: str) -> Callable[[str], str]:
    return lambda text: text.replace('title = "Trending Now"', f'title = "{title}"')


def test_quitting_without_saving_changes_nothing(page: Review) -> None:
    run, shown = editor(lambda text: None)
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert result.outcome is Outcome.UNCHANGED and result.sentence() == "Nothing changed."
    assert shown == [draft(page)] and not sidecar_path(page).exists()


def test_a_correction_is_saved(page: Review) -> None:
    run, _ = editor(_title("The Martian"))
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert result.outcome is Outcome.SAVED and result.changed
    assert result.sentence() == "Saved the corrections in martian.toml."
    assert parse_file(page.path, page.path.parent).film.title == "The Martian"


def test_a_broken_text_comes_back_with_the_error_until_it_is_right(page: Review) -> None:
    run, shown = editor(
        lambda text: text.replace('title = "Trending Now"', "title = The Martian"),
        lambda text: text.replace("title = The Martian", 'title = "The Martian"'),
    )
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert result.outcome is Outcome.SAVED
    second = shown[1]
    assert second.startswith("#! reeltui could not use this file:\n#! Line ")
    line = int(second.split("\n")[1].split()[2].rstrip(":"))
    assert second.split("\n")[line - 1] == "title = The Martian"
    saved = sidecar_path(page).read_text(encoding="utf-8")
    assert "#!" not in saved and 'title = "The Martian"' in saved


def test_giving_up_keeps_the_users_text_beside(page: Review) -> None:
    run, _ = editor(lambda text: text + "year = twenty\n", lambda text: None)
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert result.outcome is Outcome.CANCELLED and not sidecar_path(page).exists()
    assert result.kept == page.path.with_name("martian.toml.rejected")
    assert result.kept.read_text(encoding="utf-8").endswith("year = twenty\n")
    assert result.sentence().startswith("Nothing was saved. Line ")
    assert result.sentence().endswith("Your text is kept in " + str(result.kept) + ".")


def test_an_editor_that_fails_keeps_the_text(page: Review) -> None:
    def failing(argv: Sequence[str]) -> int:
        Path(argv[-1]).write_text('title = "Half typed', encoding="utf-8")
        return 1

    result = edit_in_editor(page, ["ed"], failing)
    assert result.outcome is Outcome.CANCELLED
    assert result.reason == "The editor ed stopped with status 1."
    assert result.kept is not None
    assert result.kept.read_text(encoding="utf-8") == 'title = "Half typed'


def test_an_editor_that_cannot_start_is_said(page: Review) -> None:
    run, _ = editor(FileNotFoundError(2, "No such file or directory"))
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert result.outcome is Outcome.NO_EDITOR
    assert result.sentence() == ("The editor ed could not be started (no such file or directory).")


def test_an_editor_saving_broken_text_for_ever_is_stopped(page: Review) -> None:
    run, shown = editor(*[lambda text: text + "\nbroken"] * 3)
    result = edit_in_editor(page, ["ed", "-x"], run, max_rounds=3)
    assert result.outcome is Outcome.CANCELLED and len(shown) == 3
    assert result.kept is not None


def test_an_empty_text_removes_the_sidecar(page: Review) -> None:
    sidecar_path(page).write_text("title = 'X'\n", encoding="utf-8")
    run, shown = editor(lambda text: "")
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert shown == ["title = 'X'\n"]
    assert result.outcome is Outcome.REMOVED and not sidecar_path(page).exists()


def test_a_broken_sidecar_opens_with_its_error(page: Review) -> None:
    sidecar_path(page).write_text("# mine\ntitle = \n", encoding="utf-8")
    run, shown = editor(lambda text: None)
    result = edit_in_editor(page, ["ed", "-x"], run)
    assert shown[0].startswith("#! reeltui could not use this file:\n#! Line 6: ")
    # Quitting leaves the sidecar as it was: nothing to keep, nothing lost.
    assert result.outcome is Outcome.CANCELLED and result.kept is None
    assert sidecar_path(page).read_text(encoding="utf-8") == "# mine\ntitle = \n"


def test_the_editor_comes_from_visual_then_editor() -> None:
    assert editor_command({"VISUAL": "code --wait", "EDITOR": "vi"}) == ["code", "--wait"]
    assert editor_command({"VISUAL": "  ", "EDITOR": "emacs -nw"}) == ["emacs", "-nw"]
    assert editor_command({"EDITOR": "'my editor' -f"}) == ["my editor", "-f"]
    assert editor_command({"EDITOR": 'vi "unclosed'}) == ['vi "unclosed']
    assert editor_command({}) is None


# -- the form's fields ---------------------------------------------------------------------


def test_the_form_starts_from_the_review(page: Review) -> None:
    values = form_values(page)
    assert values.title == "Trending Now" and values.year == ""
    assert values.directors == "Ridley Scott"
    assert values.cast == (
        "Matt Damon as Watney\nJessica Chastain as Commander Lewis\n"
        "Chiwetel Ejiofor as Vincent Kapoor"
    )
    assert form_updates(values, values) == ({}, [])


def test_only_changed_fields_become_keys_and_empty_ones_are_removed(page: Review) -> None:
    initial = form_values(page)
    values = replace(
        initial,
        title=" The Martian ",
        year="2015",
        cast="Matt Damon as Mark Watney\n\nKristen Wiig",
        runtime="2h 21m",
        rating="",
        reviewer="Jane",
        bio="Writes.",
    )
    updates, errors = form_updates(values, initial)
    assert errors == []
    assert updates == {
        "title": "The Martian",
        "year": 2015,
        "cast": [{"actor": "Matt Damon", "role": "Mark Watney"}, {"actor": "Kristen Wiig"}],
        "runtime_minutes": 141,
        "rating": None,
        "reviewer": {"name": "Jane", "bio": "Writes."},
    }


def test_what_the_form_cannot_take_is_said_in_words(page: Review) -> None:
    initial = form_values(page)
    values = replace(
        initial, title=" ", year="20x5", season="2", runtime="long", bio="A bio", cast="as X"
    )
    _, errors = form_updates(values, initial)
    assert [(e.field, e.message) for e in errors] == [
        ("title", "Give the film's title."),
        ("year", "Write the year as four digits, such as 2023."),
        ("season", "Only a series has seasons: choose series, or clear it."),
        ("cast", "Each line needs an actor before “as”."),
        ("runtime", "Write the runtime in minutes, such as 120 or 2h 10m."),
        ("reviewer", "Give the reviewer's name to go with the bio."),
    ]
    series = replace(initial, kind="series", season="two")
    assert [e.field for e in form_updates(series, initial)[1]] == ["season"]
    assert form_updates(replace(initial, kind="series", season="2"), initial)[0] == {
        "season": 2,
        "kind": "series",
    }


@given(st.integers(1, 99_999))
def test_runtimes_read_as_minutes(minutes: int) -> None:
    hours, rest = divmod(minutes, 60)
    assert parse_runtime(str(minutes)) == minutes
    assert parse_runtime(f"{minutes} min") == minutes
    if hours < 1000:
        assert parse_runtime(f"{hours}h {rest}m" if hours else f"{rest}m") == minutes


def test_runtimes_that_are_not_runtimes() -> None:
    assert parse_runtime("2:10") == 130 and parse_runtime("2 hours") == 120
    for text in ("", "long", "0", "h", "2h 10x", "-5", "100000"):
        assert parse_runtime(text) is None, text


def test_a_form_makes_a_new_sidecar_from_the_draft(page: Review) -> None:
    result = save_updates(page, {"title": "The Martian", "year": 2015})
    assert result.outcome is Outcome.SAVED and result.kept is None
    text = sidecar_path(page).read_text(encoding="utf-8")
    assert text.startswith("# Corrections to the facts of martian.txt")
    assert 'title = "The Martian"\nyear = 2015\n' in text and "# year = 2023" not in text
    review = parse_file(page.path, page.path.parent)
    assert (review.film.label, review.notes) == ("The Martian (2015)", ())


def test_a_form_keeps_the_comments_of_the_sidecar_there(page: Review) -> None:
    sidecar_path(page).write_text("# checked on IMDb\nyear = 2015\n", encoding="utf-8")
    save_updates(page, {"platform": "Disney+"})
    assert sidecar_path(page).read_text(encoding="utf-8") == (
        '# checked on IMDb\nyear = 2015\nplatform = "Disney+"\n'
    )


def test_a_form_replaces_a_broken_sidecar_and_keeps_its_text(page: Review) -> None:
    sidecar_path(page).write_text("year = 2015\ntitle = \n", encoding="utf-8")
    result = save_updates(page, {"title": "The Martian"})
    assert result.outcome is Outcome.SAVED
    assert result.kept is not None
    assert result.kept.read_text(encoding="utf-8") == "year = 2015\ntitle = \n"
    assert "Its old text is kept in" in result.sentence()
    assert check(sidecar_path(page).read_text(encoding="utf-8"), page) is None


def test_a_form_that_cannot_be_written_says_why(
    page: Review, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: Path, data: bytes, *, mode: int | None = None) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("reeltui.corrections.document.write_atomic", refuse)
    result = save_updates(page, {"year": 2015})
    assert result.outcome is Outcome.CANCELLED
    assert result.sentence() == (
        "Nothing was saved. martian.toml could not be written (the file system is read-only)."
    )


# -- what changed, and the library read again in place ------------------------------------


def test_changes_name_each_fact(page: Review) -> None:
    after = apply_overrides(page, {"title": "The Martian", "year": 2015}, source="s")
    assert [(c.fact, c.before, c.after) for c in changes(page, after)] == [
        ("title", "Trending Now", "The Martian"),
        ("year", "", "2015"),
        ("film key", "trending-now", "the-martian-2015"),
    ]


def test_the_library_rereads_one_review_in_place(tmp_path: Path) -> None:
    for name in ("alpha", "zulu"):
        (tmp_path / f"{name}.md").write_text(f"# {name.title()} (2001)\n\nText.\n", "utf-8")
    (tmp_path / "martian.txt").write_text(CHROME_PAGE, encoding="utf-8")
    library = Library.scan(tmp_path)
    entry = library.get("martian")
    assert entry is not None
    assert [r.film.title for r in library] == ["Alpha", "Trending Now", "Zulu"]
    assert library.get(str(tmp_path / "martian.txt")) == entry
    card = library.card(entry)
    assert card is not None
    (tmp_path / "martian.toml").write_text('title = "Bravo"\nyear = 2015\n', encoding="utf-8")
    after = library.reread(card)
    assert isinstance(after, Review) and after.has_body and after.sections
    assert [r.film.title for r in library] == ["Alpha", "Bravo", "Zulu"]
    assert library.get("trending-now") is None
    new = library.get("bravo-2015")
    assert new is not None and new.id == "martian"
    new_card = library.card(new)
    assert new_card is not None and not new_card.has_body and new_card.film.title == "Bravo"
    assert library.get("martian") == new and library.get(str(tmp_path / "martian.txt")) == new
    assert library.reviews_of("bravo-2015") == [new]
    os.unlink(tmp_path / "martian.txt")
    gone = library.reread(new_card)
    assert not isinstance(gone, Review) and "deleted or moved" in gone.message
    assert library.get("martian") == new  # the old card stays
