"""The bookmark store: the file format, merging, read-only cases, errors and round trips."""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reeltui.bookmarks import (
    Bookmark,
    BookmarksBusy,
    BookmarkStore,
    BookmarksWriteError,
    BrokenBookmarks,
    NewerBookmarks,
    NotBookmarked,
    Status,
    UnreadableBookmarks,
)
from reeltui.model import Film, Format, Kind, Review
from reeltui.text import clean, clean_line

SRC = Path(__file__).resolve().parents[1] / "src"
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=UTC)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "bookmarks.toml"


@pytest.fixture
def store(path: Path) -> BookmarkStore:
    return BookmarkStore.open(path, clock=fixed_clock)


def raw(path: Path) -> dict[str, Any]:
    """The file as TOML, parsed strictly."""
    return tomllib.loads(path.read_text(encoding="utf-8"))


def keys_on_disk(path: Path) -> list[str]:
    return [t.get("film_key", "") for t in raw(path).get("bookmark", [])]


# -- the format ------------------------------------------------------------------------------


def test_missing_file_is_an_empty_writable_list(store: BookmarkStore, path: Path) -> None:
    assert store.all() == []
    assert not store.read_only and store.problem is None
    assert not path.exists()


def test_add_writes_the_documented_format(store: BookmarkStore, path: Path) -> None:
    store.add("a-million-miles-away-2023", "A Million Miles Away", 2023, note="From Ana")
    data = raw(path)
    assert data["version"] == 1
    assert data["bookmark"] == [
        {
            "film_key": "a-million-miles-away-2023",
            "title": "A Million Miles Away",
            "year": 2023,
            "status": "to-watch",
            "added": NOW,
            "note": "From Ana",
        }
    ]
    assert data["bookmark"][0]["added"].tzinfo is not None


def test_bookmark_json_shape(store: BookmarkStore) -> None:
    store.add("heat-1995", "Heat", 1995)
    store.set_status("heat-1995", Status.WATCHED)
    bookmark = store.get("heat-1995")
    assert bookmark is not None
    assert bookmark.to_json() == {
        "film_key": "heat-1995",
        "title": "Heat",
        "year": 1995,
        "status": "watched",
        "added": "2026-11-27T09:30:00Z",
        "watched_at": "2026-11-27T09:30:00Z",
        "note": None,
        "letterboxd_uri": None,
        "rating": None,
        "tags": [],
        "rewatch": False,
    }


def test_add_keeps_order_and_an_existing_bookmark(store: BookmarkStore, path: Path) -> None:
    store.add("b-2001", "B", 2001)
    store.add("a-2002", "A", 2002, note="first")
    again = store.add("b-2001", "Other title", 1999, note="ignored")
    assert again.title == "B" and again.note is None
    assert [b.film_key for b in store.all()] == ["b-2001", "a-2002"]
    assert keys_on_disk(path) == ["b-2001", "a-2002"]


def test_lookups_for_the_ui(store: BookmarkStore) -> None:
    store.add("x-2000", "X", 2000)
    assert store.is_bookmarked("x-2000") and "x-2000" in store
    assert not store.is_bookmarked("y-2000")
    assert store.status_of("x-2000") is Status.TO_WATCH
    assert store.status_of("y-2000") is None
    assert store.keys() == frozenset({"x-2000"}) and len(store) == 1


def test_status_note_and_toggles(store: BookmarkStore, path: Path) -> None:
    store.add("x-2000", "X", 2000)
    assert store.toggle_watched("x-2000").status is Status.WATCHED
    assert raw(path)["bookmark"][0]["watched_at"] == NOW
    assert store.toggle_watched("x-2000").status is Status.TO_WATCH
    assert "watched_at" not in raw(path)["bookmark"][0]
    assert store.set_note("x-2000", 'say "hi" ]]\n[[bookmark]]').note == 'say "hi" ]]\n[[bookmark]]'
    assert raw(path)["bookmark"][0]["note"] == 'say "hi" ]]\n[[bookmark]]'
    assert store.set_note("x-2000", "").note is None
    assert "note" not in raw(path)["bookmark"][0]
    assert store.remove("x-2000") is True
    assert keys_on_disk(path) == []


def test_changes_to_a_film_that_is_not_bookmarked(store: BookmarkStore, path: Path) -> None:
    with pytest.raises(NotBookmarked):
        store.set_status("nope-2000", Status.WATCHED)
    with pytest.raises(NotBookmarked):
        store.set_note("nope-2000", "x")
    assert store.remove("nope-2000") is False
    assert not path.exists()


def test_add_review_uses_the_film_key_and_season(store: BookmarkStore) -> None:
    review = Review(
        id="tv/severance",
        path=Path("tv/severance.txt"),
        format=Format.SCRAPED,
        headline="Severance Season 2 Review",
        film=Film("Severance", 2025, Kind.SERIES, season=2),
    )
    bookmark = store.add_review(review, note="n")
    assert bookmark.film_key == "severance-season-2-2025"
    assert bookmark.title == "Severance Season 2" and bookmark.year == 2025
    assert store.remove(bookmark.film_key) is True and len(store) == 0


def _about(title: str, year: int | None) -> Review:
    return Review(f"r-{title}", Path("r.txt"), Format.SCRAPED, title, Film(title, year))


def test_move_follows_a_corrected_film_and_keeps_the_rest(store: BookmarkStore, path: Path) -> None:
    store.add("trending-now", "Trending Now", note="from Ana")
    store.toggle_watched("trending-now")
    store.add("heat-1995", "Heat", 1995)
    moved = store.move("trending-now", _about("Red Planet", 2015))
    assert moved is not None and moved.film_key == "red-planet-2015"
    assert (moved.title, moved.year, moved.note) == ("Red Planet", 2015, "from Ana")
    assert moved.status is Status.WATCHED
    [first, second] = raw(path)["bookmark"]
    assert first["film_key"] == "red-planet-2015" and first["watched_at"] == NOW
    assert second["film_key"] == "heat-1995"  # the order of the file is kept
    # Without a year now: the year goes too.
    again = store.move("red-planet-2015", _about("Red Planet", None))
    assert again is not None and again.year is None and "year" not in raw(path)["bookmark"][0]
    # Onto a film bookmarked already: nothing moves.
    assert store.move("red-planet", _about("Heat", 1995)) is None
    assert keys_on_disk(path) == ["red-planet", "heat-1995"]
    with pytest.raises(NotBookmarked):
        store.move("nope-2000", _about("Nope", 2022))


def test_move_onto_a_film_another_copy_just_bookmarked_changes_nothing(path: Path) -> None:
    mine = BookmarkStore.open(path, clock=fixed_clock)
    mine.add("trending-now", "Trending Now")
    BookmarkStore.open(path, clock=fixed_clock).add("red-planet-2015", "Red Planet", 2015)
    assert mine.move("trending-now", _about("Red Planet", 2015)) is None
    assert keys_on_disk(path) == ["trending-now", "red-planet-2015"]


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "bookmarks.toml"
    BookmarkStore.open(path).add("x", "X")
    assert keys_on_disk(path) == ["x"]


def test_file_mode_is_kept(store: BookmarkStore, path: Path) -> None:
    store.add("x", "X")
    path.chmod(0o600)
    store.add("y", "Y")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# -- unknown and odd content -----------------------------------------------------------------

HAND_WRITTEN = """\
# my films
version = 1
theme = "dark"
future_list = ["a", "b"]

[sync]
service = "elsewhere"
last = 2026-01-01T00:00:00Z

[[bookmark]]
film_key = "heat-1995"
title = "Heat"
year = 1995
status = "watched"
added = 2026-01-02T03:04:05Z
score = 9
labels = ["crime", "la"]
source = { app = "other", id = 7 }

[[bookmark]]
title = "No key here"
status = "to-watch"

[[bookmark]]
film_key = "odd-2020"
title = "Odd"
year = "twenty"
status = "maybe"
added = 2020-05-06

[[bookmark]]
film_key = "heat-1995"
title = "Heat, again"
"""


def test_unknown_keys_and_odd_entries_survive_writes(store: BookmarkStore, path: Path) -> None:
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    store.load()
    assert not store.read_only
    odd = store.get("odd-2020")
    assert odd is not None and odd.status is Status.TO_WATCH and odd.year is None
    assert odd.added == datetime(2020, 5, 6, tzinfo=UTC)
    heat = store.get("heat-1995")
    assert heat is not None and heat.title == "Heat"
    assert heat.extra == {
        "score": 9,
        "labels": ["crime", "la"],
        "source": {"app": "other", "id": 7},
    }
    assert any("maybe" in w for w in store.warnings)
    assert any("no film_key" in w for w in store.warnings)

    before = raw(path)
    store.add("new-2026", "New", 2026)
    store.set_status("odd-2020", Status.WATCHED)
    store.set_note("heat-1995", "still great")
    after = raw(path)

    for key in ("theme", "future_list", "sync"):
        assert after[key] == before[key]
    tables = after["bookmark"]
    assert tables[0] == {**before["bookmark"][0], "note": "still great"}
    assert tables[1] == before["bookmark"][1]  # the entry without a key is kept as it was
    assert tables[2]["year"] == "twenty" and tables[2]["status"] == "watched"
    assert tables[3] == before["bookmark"][3]  # the duplicate is kept too
    assert tables[4]["film_key"] == "new-2026"

    store.remove("heat-1995")  # removes the duplicate as well
    assert "heat-1995" not in keys_on_disk(path)
    assert raw(path)["sync"] == before["sync"]


def test_view_is_cleaned_but_the_file_keeps_its_bytes(store: BookmarkStore, path: Path) -> None:
    path.write_text(
        'version = 1\n[[bookmark]]\nfilm_key = "x"\ntitle = "Bad\\u001b[31mRed\\nTitle"\n'
        'note = "\\u001b]0;owned\\u0007keep\\u202e"\n',
        encoding="utf-8",
    )
    store.load()
    bookmark = store.get("x")
    assert bookmark is not None
    assert bookmark.title == "BadRed Title" and bookmark.note == "keep"
    store.add("y", "Y")
    assert raw(path)["bookmark"][0]["note"] == "\x1b]0;owned\x07keep\u202e"


# -- read-only files -------------------------------------------------------------------------


def test_newer_version_is_read_but_never_written(store: BookmarkStore, path: Path) -> None:
    text = 'version = 2\nshape = "new"\n[[bookmark]]\nfilm_key = "x-2000"\ntitle = "X"\n'
    path.write_text(text, encoding="utf-8")
    store.load()
    assert isinstance(store.problem, NewerBookmarks)
    assert str(path) in str(store.problem) and "version 2" in str(store.problem)
    assert [b.film_key for b in store.all()] == ["x-2000"]
    with pytest.raises(NewerBookmarks):
        store.add("y-2001", "Y", 2001)
    with pytest.raises(NewerBookmarks):
        store.remove("x-2000")
    assert path.read_text(encoding="utf-8") == text
    assert store.is_bookmarked("y-2001") and store.unsaved == 2  # kept in memory


BROKEN = b"""version = 1

[[bookmark]]
film_key = "good-one-2001"
title = "Good One"
note = "with ]] and \\"quotes\\""

[[bookmark]]
film_key = "broken-2002"
title = "Broken
status = "to-watch"

[[ bookmark ]]  # the last one
film_key = "good-two-2003"
title = "Good Two"
year = 2003
status = "watched"
extra_key = "kept"
"""


def test_broken_file_is_never_overwritten(store: BookmarkStore, path: Path) -> None:
    path.write_bytes(BROKEN)
    store.load()
    problem = store.problem
    assert isinstance(problem, BrokenBookmarks)
    message = str(problem)
    assert str(path) in message and "line 10" in message and "\n" not in message
    assert problem.salvaged == 2
    assert [b.film_key for b in store.all()] == ["good-one-2001", "good-two-2003"]
    with pytest.raises(BrokenBookmarks):
        store.add("new-2026", "New", 2026)
    with pytest.raises(BrokenBookmarks):
        store.save()
    assert path.read_bytes() == BROKEN
    assert store.is_bookmarked("new-2026") and store.unsaved == 1


def test_move_aside_keeps_the_broken_bytes_and_the_salvage(
    store: BookmarkStore, path: Path
) -> None:
    path.write_bytes(BROKEN)
    store.load()
    with pytest.raises(BrokenBookmarks):
        store.add("new-2026", "New", 2026)
    aside = store.move_aside()
    assert aside is not None and aside.name == "bookmarks.toml.broken-20261127T093000Z"
    assert aside.read_bytes() == BROKEN
    assert keys_on_disk(path) == ["good-one-2001", "good-two-2003", "new-2026"]
    assert raw(path)["bookmark"][1]["extra_key"] == "kept"
    assert not store.read_only and store.unsaved == 0
    assert store.move_aside() is None  # nothing broken any more
    path.write_bytes(BROKEN)
    second = BookmarkStore.open(path, clock=fixed_clock).move_aside()
    assert second is not None and second.name.endswith("-2") and second.read_bytes() == BROKEN
    assert aside.read_bytes() == BROKEN


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'version = 1\n[[bookmark]]\nfilm_key = "caf\xe9"\n', "not UTF-8"),
        (b'version = 1\nbookmark = "everything"\n', "not a list"),
        (b'version = "one"\n', "not a format version"),
        (b"version = 0\n", "not a format version"),
        (b"[[bookmark]]\nfilm_key = 3\n[bookmark]\n", "bookmark"),
    ],
)
def test_other_broken_shapes(path: Path, content: bytes, reason: str) -> None:
    path.write_bytes(content)
    store = BookmarkStore.open(path)
    assert isinstance(store.problem, BrokenBookmarks)
    assert reason in str(store.problem)
    with pytest.raises(BrokenBookmarks):
        store.add("x", "X")
    assert path.read_bytes() == content


def test_a_folder_in_the_way_is_unreadable(path: Path) -> None:
    path.mkdir()
    store = BookmarkStore.open(path)
    assert isinstance(store.problem, UnreadableBookmarks)
    assert "is a folder" in str(store.problem)


# -- write errors ----------------------------------------------------------------------------


def os_error(code: int) -> Any:
    def fail(*args: object, **kwargs: object) -> Any:
        raise OSError(code, os.strerror(code))

    return fail


def test_read_only_file_system_keeps_the_change_in_memory(
    store: BookmarkStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("kept-2000", "Kept", 2000)
    before = path.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", os_error(errno.EROFS))
    with pytest.raises(BookmarksWriteError) as caught:
        store.add("new-2001", "New", 2001)
    assert str(caught.value).startswith(f"could not save bookmarks to {path}")
    assert "read-only" in str(caught.value) and "\n" not in str(caught.value)
    assert store.is_bookmarked("new-2001") and store.unsaved == 1
    assert path.read_bytes() == before
    monkeypatch.undo()
    store.save()
    assert store.unsaved == 0 and keys_on_disk(path) == ["kept-2000", "new-2001"]


def test_full_disk_leaves_no_temporary_file(
    store: BookmarkStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add("kept-2000", "Kept", 2000)
    monkeypatch.setattr(os, "fsync", os_error(errno.ENOSPC))
    with pytest.raises(BookmarksWriteError, match="disk is full"):
        store.add("new-2001", "New", 2001)
    monkeypatch.undo()
    assert sorted(p.name for p in path.parent.iterdir()) == [
        "bookmarks.toml",
        "bookmarks.toml.lock",
    ]
    assert keys_on_disk(path) == ["kept-2000"]
    assert store.is_bookmarked("new-2001")


READ_ONLY_SCRIPT = """
import json, sys
from reeltui.bookmarks import BookmarkStore, BookmarksWriteError
store = BookmarkStore.open(sys.argv[1])
try:
    store.add("x-2000", "X", 2000)
    outcome = "saved"
except BookmarksWriteError as exc:
    outcome = str(exc)
print(json.dumps({"outcome": outcome, "kept": store.is_bookmarked("x-2000")}))
"""


def test_real_read_only_folder() -> None:
    """A folder the user may not write: as root, the check runs as `nobody` in a subprocess."""
    folder = Path(tempfile.mkdtemp(prefix="reeltui-ro-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv to drop privileges")
        as_user = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}

    def python(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*as_user, sys.executable, *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, cwd="/", timeout=60)

    try:
        folder.chmod(0o555)
        if python("-c", "import reeltui.bookmarks").returncode != 0:
            pytest.skip("an unprivileged user cannot read this checkout")
        result = python("-c", READ_ONLY_SCRIPT, str(folder / "bookmarks.toml"))
        assert result.returncode == 0, result.stderr
        outcome = json.loads(result.stdout)
        path = folder / "bookmarks.toml"
        assert outcome["outcome"] == (
            f"could not save bookmarks to {path} (permission denied); "
            "the change is kept in memory until it can be saved"
        )
        assert outcome["kept"] is True
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("not a folder", encoding="utf-8")
    store = BookmarkStore.open(tmp_path / "blocker" / "bookmarks.toml")
    with pytest.raises(BookmarksWriteError, match="not a folder"):
        store.add("x", "X")
    assert store.is_bookmarked("x") and store.unsaved == 1


def test_a_held_lock_times_out_with_a_clear_error(path: Path) -> None:
    store = BookmarkStore.open(path, lock_timeout=0.05)
    with open(store.lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(BookmarksBusy, match="another reeltui"):
            store.add("x", "X")
    assert store.is_bookmarked("x")
    store.save()
    assert keys_on_disk(path) == ["x"]


def test_leftover_temporary_files_are_removed(store: BookmarkStore, path: Path) -> None:
    leftover = path.parent / ".bookmarks.toml.abc123.tmp"
    leftover.write_text("half a file", encoding="utf-8")
    store.add("x", "X")
    assert not leftover.exists()


# -- two stores, one file --------------------------------------------------------------------


def test_writes_merge_with_what_is_on_disk(path: Path) -> None:
    first = BookmarkStore.open(path)
    second = BookmarkStore.open(path)
    first.add("a", "A")
    second.add("b", "B")  # second never saw "a"
    first.set_note("a", "mine")
    assert keys_on_disk(path) == ["a", "b"]
    assert raw(path)["bookmark"][0]["note"] == "mine"
    assert [b.film_key for b in second.all()] == ["a", "b"]


def test_changes_by_another_process_are_noticed(path: Path) -> None:
    watcher = BookmarkStore.open(path)
    other = BookmarkStore.open(path)
    assert not watcher.changed_on_disk()
    generation = watcher.generation
    other.add("a", "A")
    assert watcher.changed_on_disk()
    assert watcher.reload() is True
    assert watcher.is_bookmarked("a") and watcher.generation > generation
    assert watcher.reload() is False and not watcher.changed_on_disk()
    other.set_status("a", Status.WATCHED)
    assert watcher.reload() and watcher.status_of("a") is Status.WATCHED


def test_change_to_a_film_removed_elsewhere(path: Path) -> None:
    first = BookmarkStore.open(path)
    first.add("a", "A")
    second = BookmarkStore.open(path)
    first.remove("a")
    with pytest.raises(NotBookmarked, match="removed by another"):
        second.set_status("a", Status.WATCHED)
    assert not second.is_bookmarked("a") and keys_on_disk(path) == []


def test_pending_changes_survive_a_reload(
    store: BookmarkStore, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "mkstemp", os_error(errno.EROFS))
    with pytest.raises(BookmarksWriteError):
        store.add("pending", "Pending")
    monkeypatch.undo()
    BookmarkStore.open(path).add("other", "Other")
    store.reload()
    assert store.keys() == {"pending", "other"} and store.unsaved == 1
    store.save()
    assert keys_on_disk(path) == ["other", "pending"]


def test_bookmark_from_table_needs_a_film_key() -> None:
    with pytest.raises(ValueError, match="film_key"):
        Bookmark.from_table({"title": "T"})
    bookmark, notes = Bookmark.from_table({"film_key": "k", "added": datetime(2026, 1, 1, 12)})
    assert bookmark.title == "k" and bookmark.added == datetime(2026, 1, 1, 12, tzinfo=UTC)
    assert notes == []


# -- property: any sequence of changes round-trips through the file ---------------------------

KEYS = st.sampled_from(["heat-1995", "roma-2018", "x", 'odd "key" ]]', "ümlaut-2001"])
TEXT = st.text(max_size=30)
OPS = st.lists(
    st.one_of(
        st.tuples(
            st.just("add"),
            KEYS,
            TEXT,
            st.none() | st.integers(1888, 2100),
            st.none() | TEXT,
            st.sampled_from(list(Status)),
        ),
        st.tuples(st.just("remove"), KEYS),
        st.tuples(st.just("status"), KEYS, st.sampled_from(list(Status))),
        st.tuples(st.just("note"), KEYS, st.none() | TEXT),
    ),
    max_size=10,
)


@contextmanager
def scratch_file() -> Iterator[Path]:
    """A fresh bookmarks path per example (hypothesis cannot use function fixtures)."""
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "bookmarks.toml"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=OPS)
def test_any_changes_round_trip_through_the_file(ops: list[tuple[Any, ...]]) -> None:
    model: dict[str, dict[str, Any]] = {}
    with scratch_file() as path:
        store = BookmarkStore.open(path)
        for op in ops:
            kind, key = op[0], op[1]
            if kind == "add":
                _, _, title, year, note, status = op
                store.add(key, title, year, note=note, status=status)
                if key not in model:
                    model[key] = {"title": title, "year": year, "status": status, "note": note}
                    model[key]["note"] = note or None
            elif kind == "remove":
                assert store.remove(key) is (key in model)
                model.pop(key, None)
            elif kind == "status":
                if key in model:
                    store.set_status(key, op[2])
                    model[key]["status"] = op[2]
                else:
                    with pytest.raises(NotBookmarked):
                        store.set_status(key, op[2])
            else:
                if key in model:
                    store.set_note(key, op[2])
                    model[key]["note"] = op[2] or None
                else:
                    with pytest.raises(NotBookmarked):
                        store.set_note(key, op[2])

        tables = raw(path).get("bookmark", []) if path.exists() else []
        assert [t["film_key"] for t in tables] == list(model)
        for table in tables:
            expected = model[table["film_key"]]
            assert table["title"] == expected["title"]
            assert table.get("year") == expected["year"]
            assert table["status"] == expected["status"].value
            assert table.get("note") == expected["note"]
            assert ("watched_at" in table) is (expected["status"] is Status.WATCHED)

        fresh = BookmarkStore.open(path)
        assert fresh.problem is None
        assert fresh.all() == store.all()
        for bookmark in fresh.all():
            expected = model[bookmark.film_key]
            assert bookmark.title == (clean_line(expected["title"]) or bookmark.film_key)
            assert bookmark.status is expected["status"]
            assert bookmark.note == (
                (clean(expected["note"]).strip() or None) if expected["note"] else None
            )
