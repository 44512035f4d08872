"""The catalog behind `Library`: what a scan keeps, how the next one checks the folder, and
what survives a crash or a broken cache."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reeltui.library import Library
from reeltui.library import refresh as refresh_module
from reeltui.library.catalog import FILM_TITLED, SCHEMA_VERSION
from reeltui.search import Searcher

from sample_paths import SAMPLES


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reviews"
    shutil.copytree(SAMPLES, root)
    return root


def _fingerprints(library: Library) -> list[tuple[object, ...]]:
    cards = [library.card(entry) for entry in library]
    return [
        (r.id, r.path, r.film, r.directors, r.cast, r.runtime_minutes, r.platform, r.rating,
         r.reviewer, r.word_count, r.problems, library.open(e).sections)
        for r, e in zip(cards, library, strict=True) if r is not None
    ]  # fmt: skip


def _catalog_file(cache: Path) -> Path:
    [db] = cache.glob("catalog-*.sqlite3")
    return db


def test_warm_scan_gives_the_same_reviews_without_parsing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cold = Library.scan(folder, cache_dir=cache)

    def no_parsing(*args: object, **kwargs: object) -> object:
        raise AssertionError("a cached file was parsed again")

    monkeypatch.setattr(refresh_module, "parse_safely", no_parsing)
    warm = Library.scan(folder, cache_dir=cache)
    assert _fingerprints(warm) == _fingerprints(cold)
    assert len(warm) == len(cold) >= 13
    loaded = Library.load(folder, cache)  # the warm start: no file looked at
    assert [e.id for e in loaded] == [e.id for e in cold]


def test_a_changed_file_or_sidecar_is_parsed_again(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    seed = folder / "a-million-miles-away-2023.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("120 minutes", "121 minutes"), encoding="utf-8"
    )
    (folder / "us-2019.toml").write_text('platform = "Hulu"\n', encoding="utf-8")
    again = Library.scan(folder, cache_dir=cache)
    assert again.card(again.get("a-million-miles-away-2023")).runtime_minutes == 121  # type: ignore[arg-type,union-attr]
    assert again.card(again.get("us-2019")).platform == "Hulu"  # type: ignore[arg-type,union-attr]


def test_deleted_files_leave_the_catalog(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    (folder / "roma-2018.txt").unlink()
    library = Library.scan(folder, cache_dir=cache, full=False)
    assert library.get("roma-2018") is None
    db = sqlite3.connect(_catalog_file(cache))
    keys = {k.decode() for (k,) in db.execute("SELECT key FROM docs")}
    assert "roma-2018.txt" not in keys and "us-2019.txt" in keys
    assert "roma-2018" not in {hit.review.id for hit in Searcher(library).text("Cuarón")}


def test_the_quick_check_sees_files_added_removed_and_renamed(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    (folder / "more").mkdir()
    shutil.copy(folder / "us-2019.txt", folder / "more" / "us-again.txt")
    (folder / "roma-2018.txt").rename(folder / "roma-renamed.txt")
    (folder / "saltburn-2023.txt").unlink()
    library = Library.open_folder(folder, cache)
    changes = library.refresh()
    assert not changes.full
    ids = {e.id for e in library}
    assert {"more/us-again", "roma-renamed"} <= ids
    assert not ids & {"roma-2018", "saltburn-2023"}
    assert library.refresh().removed == []  # nothing more to do
    assert _fingerprints(library) == _fingerprints(Library.scan(folder))


def test_a_file_written_over_in_place_needs_the_full_check(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    seed = folder / "a-million-miles-away-2023.txt"
    before = os.stat(folder).st_mtime_ns
    with open(seed, "r+b") as handle:  # the same file, new bytes: the folder's time stays
        data = handle.read().replace(b"120 minutes", b"121 minutes")
        handle.seek(0)
        handle.write(data)
    os.utime(folder, ns=(before, before))
    library = Library.open_folder(folder, cache)
    library.refresh()
    card = library.card(library.get("a-million-miles-away-2023"))  # type: ignore[arg-type]
    assert card is not None and card.runtime_minutes == 120  # the quick check cannot see it
    library.refresh(full=True)
    card = library.card(library.get("a-million-miles-away-2023"))  # type: ignore[arg-type]
    assert card is not None and card.runtime_minutes == 121


def test_ids_stay_those_of_a_clean_scan_as_files_come_and_go(tmp_path: Path) -> None:
    root, cache = tmp_path / "reviews", tmp_path / "cache"
    root.mkdir()
    seed = SAMPLES / "us-2019.txt"
    shutil.copy(seed, root / "film.txt")
    Library.scan(root, cache_dir=cache)
    shutil.copy(seed, root / "film.md")  # sorts before film.txt: takes the plain id
    library = Library.open_folder(root, cache)
    changes = library.refresh()
    assert sorted(e.id for e in library) == ["film", "film-txt"]
    assert library.get("film") is not None and library.get("film").key == "film.md"  # type: ignore[union-attr]
    assert changes.changed  # film.txt was renamed
    (root / "film.md").unlink()
    library.refresh()
    assert [e.id for e in library] == ["film"]


def test_a_corrupt_catalog_is_rebuilt(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    db = _catalog_file(cache)
    for extra in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        extra.unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    library = Library.scan(folder, cache_dir=cache)
    assert len(library) >= 13
    assert Library.scan(folder, cache_dir=cache).problems == ()


def test_a_catalog_of_another_version_is_made_anew(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    db = sqlite3.connect(_catalog_file(cache))
    with db:
        db.execute("UPDATE meta SET value = 'old' WHERE key = 'schema'")
        db.execute("DELETE FROM docs")
    db.close()
    library = Library.load(folder, cache)
    assert len(library) == 0  # nothing kept from the old tables
    library = Library.scan(folder, cache_dir=cache, full=False)
    assert len(library) >= 13
    version = sqlite3.connect(_catalog_file(cache)).execute(
        "SELECT value FROM meta WHERE key = 'schema'"
    )
    assert version.fetchone() == (SCHEMA_VERSION,)


def test_a_cache_folder_that_cannot_be_made_is_ignored(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    library = Library.scan(folder, cache_dir=blocker / "cache")
    assert len(library) >= 13
    assert not library.catalog.persistent


def test_parallel_parsing_matches_sequential(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sequential = Library.scan(folder, workers=1)
    monkeypatch.setattr(refresh_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(refresh_module, "_CHUNK", 4)
    seen: list[tuple[int, int]] = []
    parallel = Library.scan(folder, workers=2, progress=lambda d, t: seen.append((d, t)))
    assert _fingerprints(parallel) == _fingerprints(sequential)
    assert seen[-1] == (len(sequential), len(sequential))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_scan_lets_each_job_go_once_its_document_is_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The keys and stamps of a first scan's files are held only until each is written (at
    # 100,000 files they took 23 MB, held to the scan's end), and the walk's table not at all.
    monkeypatch.setattr(refresh_module, "_FIRST_CHUNKS", (1, 2))
    monkeypatch.setattr(refresh_module, "_CHUNK", 3)
    monkeypatch.setattr(refresh_module, "_WRITE_MOST", 1)
    held: list[list[tuple[str, str, int | None]]] = []
    walks: list[refresh_module.Walk] = []

    class Chunks(refresh_module._Chunks):
        def __init__(self, jobs: list[tuple[str, str, int | None]], root: Path) -> None:
            held.append(jobs)
            super().__init__(jobs, root)

    real_apply = refresh_module._apply

    def apply(catalog: object, root: Path, found: refresh_module.Walk, *rest: object,
              **named: object) -> None:  # fmt: skip
        walks.append(found)
        real_apply(catalog, root, found, *rest, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(refresh_module, "_Chunks", Chunks)
    monkeypatch.setattr(refresh_module, "_apply", apply)
    written: list[int] = []
    left: list[int] = []

    def on_batch(numbers: list[int]) -> None:
        [jobs] = held
        assert not walks[0].documents
        written.extend(numbers)
        # Every job up to the last written is let go; those after it are still there.
        assert all(job == ("", "", None) for job in jobs[: len(written)])
        left.append(sum(job != ("", "", None) for job in jobs))

    library = Library.scan(folder, workers=1, on_batch=on_batch)
    assert len(written) == len(library) >= 13
    assert left[0] > 0 and left[-1] == 0 and left == sorted(left, reverse=True)


def test_the_first_chunks_are_small_so_the_first_rows_come_soon(tmp_path: Path) -> None:
    jobs: list[tuple[str, str, int | None]] = [(f"missing-{n}.txt", "?", None) for n in range(200)]
    notes: list[str] = []
    pairs = list(refresh_module._parse_many(jobs, tmp_path, 1, notes))
    chunks = [chunk for _, chunk in pairs]
    assert [len(chunk) for chunk in chunks] == [8, 16, 32, 64, 64, 16]
    # Every file is answered, in the order of the jobs, with its id.
    paths = [(str(tmp_path / key), key.removesuffix(".txt")) for key, _, _ in jobs]
    assert [rid for ids, _ in pairs for rid in ids] == [rid for _, rid in paths]
    assert [result for chunk in chunks for result in chunk] == refresh_module.parse_chunk(
        (paths, str(tmp_path))
    )
    made = refresh_module._Chunks(jobs, tmp_path)
    assert len(made) == 6 and made[5] == (paths[184:], str(tmp_path))
    # The ids of a chunk made are taken once; asked again, they are made again, the same.
    assert made.ids(5) == made.ids(5) == [rid for _, rid in paths[184:]]
    with pytest.raises(IndexError):
        made[6]


def test_parallel_scan_reports_bad_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    os.symlink(folder / "nowhere", folder / "dangling.txt")
    monkeypatch.setattr(refresh_module, "PARALLEL_MIN", 1)
    library = Library.scan(folder, workers=2)
    names = {p.path.name for p in library.report.unreadable}
    assert names == {"binary.txt", "dangling.txt"}


_SLOW_SCAN = """
import sys, time
from pathlib import Path
from reeltui.library import Library
from reeltui.library import refresh

refresh._CHUNK = 1
real = refresh.parse_chunk

def slow(chunk):
    time.sleep(0.05)
    return real(chunk)

refresh.parse_chunk = slow
Library.scan(Path(sys.argv[1]), cache_dir=Path(sys.argv[2]), workers=1,
             progress=lambda done, total: print(done, flush=True))
"""


def test_a_scan_killed_half_way_loses_nothing(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    process = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SCAN, str(folder), str(cache)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if line and int(line) >= 5:
            break
    process.send_signal(signal.SIGKILL)
    process.wait()
    half = sqlite3.connect(_catalog_file(cache)).execute("SELECT count(*) FROM docs")
    assert 0 < half.fetchone()[0] < 15  # killed in the middle
    again = Library.scan(folder, cache_dir=cache, full=False)
    clean = Library.scan(folder)
    assert _fingerprints(again) == _fingerprints(clean)
    with Searcher(again) as warm, Searcher(clean) as fresh:
        for words in ("astronaut", "pena", "director"):
            assert [h.review.id for h in warm.text(words)] == [
                h.review.id for h in fresh.text(words)
            ]
        assert [p.name for p in warm.people("mich")] == [p.name for p in fresh.people("mich")]


def test_a_batch_is_stored_as_one_document_at_a_time_would_be(folder: Path) -> None:
    """`put_many` (a scan's batches) and `put`/`put_problem` (one document) store the same rows,
    new documents and documents written over alike."""
    from reeltui.library.catalog import Catalog
    from reeltui.library.refresh import parse_chunk

    paths = sorted(str(p) for p in folder.glob("*.txt"))[:6]
    rows = parse_chunk(([(p, f"id{i}") for i, p in enumerate(paths)], str(folder)))
    rows[2] = "could not be read: a test"
    items = [(None, f"k{i}.txt", f"id{i}", f"{i}:1:-", row) for i, row in enumerate(rows)]

    def dump(catalog: Catalog) -> list[list[tuple[object, ...]]]:
        with catalog.text_reader() as db:
            return [
                sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in ("docs", "sections", "credits", "dirty")
            ]

    one, many = Catalog.open(None, folder), Catalog.open(None, folder)
    for _ in range(2):  # new documents, then the same keys written over
        with one.writing() as writer:
            singly = [
                writer.put(d, k, b, s, r) if not isinstance(r, str)
                else writer.put_problem(d, k, b, s, r)
                for d, k, b, s, r in items
            ]  # fmt: skip
        with many.writing() as writer:
            batched = writer.put_many(items)
        assert batched == singly
        assert sorted(batched) == list(range(1, len(items) + 1))
        assert dump(many) == dump(one)
        assert len(dump(many)[1]) > len(items)  # every section stored
        items.reverse()
    one.close()
    many.close()


def _titled_the_old_way(library: Library, folded: str, year: int | None) -> set[str]:
    """What `film_titled` answers, by comparing the joined title of every row."""
    catalog = library.catalog
    rows = catalog._reader.execute(
        "SELECT id FROM docs WHERE problem IS NULL AND year IS ? AND sort_title"
        " || CASE WHEN season IS NULL THEN '' ELSE ' season ' || season END = ?",
        (year, folded),
    ).fetchall()
    return {rid for (rid,) in rows}


def test_a_film_is_found_by_its_folded_title_and_season_through_the_index() -> None:
    from reeltui.model import Film, Format, Kind, Review
    from reeltui.text import fold

    films = [
        Film("Fargo", 2014, Kind.SERIES, 2),
        Film("Fargo", 1996),
        Film("Fargo Season 2", 2014),
        Film("Slow Horses", None, Kind.SERIES, 10),
        Film("Slow Horses", None, Kind.SERIES, 1),
        Film("Season 3", 2020),
    ]
    reviews = [
        Review(f"r{i}", Path(f"r{i}.txt"), Format.SCRAPED, film.label, film)
        for i, film in enumerate(films)
    ]
    library = Library.from_reviews(Path("."), reviews)
    asked = [
        ("fargo season 2", 2014), ("fargo", 1996), ("fargo", 2014), ("slow horses season 10", None),
        ("slow horses season 1", None), ("slow horses season 01", None), ("season 3", 2020),
        (fold("Fargo Season 2"), 2014), ("slow horses", None),
    ]  # fmt: skip
    for folded, year in asked:
        found = library.catalog.film_titled(folded, year)
        old = _titled_the_old_way(library, folded, year)
        assert ({found.id} if found else set()) <= old
        assert (found is None) == (not old), (folded, year)
    assert library.catalog.film_titled("fargo season 2", 2014) is not None
    assert library.catalog.film_titled("slow horses season 01", None) is None
    plan = " ".join(
        str(row)
        for row in library.catalog._reader.execute(
            f"EXPLAIN QUERY PLAN {FILM_TITLED}",
            ("fargo season 2", "fargo", 2014, "fargo season 2", "fargo", 2),
        )
    )
    assert "USING INDEX" in plan and "SCAN docs" not in plan, plan
    library.close()


def _sqlite_memory() -> int | None:
    """The bytes SQLite holds in this process (its `sqlite3_memory_used`), if it can be asked."""
    import ctypes

    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = [line.split()[-1] for line in maps if "libsqlite3" in line]
    except OSError:
        return None
    if not paths:
        return None
    library = ctypes.CDLL(paths[0])
    library.sqlite3_memory_used.restype = ctypes.c_int64
    return int(library.sqlite3_memory_used())


def test_release_memory_lets_the_writers_page_cache_go(tmp_path: Path) -> None:
    from reeltui.library.catalog import Catalog

    catalog = Catalog.open(tmp_path / "cache", tmp_path)
    if _sqlite_memory() is None:
        catalog.close()
        pytest.skip("SQLite's memory cannot be read here")
    writer = catalog._writer
    writer.execute("CREATE TABLE filler(n INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    writer.execute("BEGIN")
    writer.executemany("INSERT INTO filler VALUES (?, ?)", ((n, "x" * 900) for n in range(12_000)))
    writer.execute("COMMIT")
    full = _sqlite_memory()
    catalog.release_memory()
    released = _sqlite_memory()
    assert full is not None and released is not None
    # About 11 MB of pages were written through the writer's cache (16 MB at most).
    assert full - released > 8_000_000, (full, released)
    # It still writes and reads afterwards.
    with catalog.text_writer() as db:
        db.execute("INSERT INTO filler VALUES (12000, 'y')")
    assert writer.execute("SELECT count(*) FROM filler").fetchone() == (12_001,)
    catalog.close()


def test_a_scan_that_wrote_lets_the_writers_pages_go_one_that_did_not_keeps_them(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reeltui.library.catalog import Catalog

    released: list[Path | None] = []
    real = Catalog.release_memory

    def release(self: Catalog) -> None:
        released.append(self.path)
        real(self)

    monkeypatch.setattr(Catalog, "release_memory", release)
    cache = tmp_path / "cache"
    library = Library.scan(folder, cache_dir=cache)
    assert released == [_catalog_file(cache)]
    library.refresh(full=True)  # nothing changed: nothing written, nothing to let go
    assert released == [_catalog_file(cache)]
    (folder / "new-review.txt").write_text("A New Film (2020)\n\nA fine film.\n")
    library.refresh(full=True)
    assert len(released) == 2
    library.close()


def test_name_words_come_in_ranking_order_a_slice_at_a_time(tmp_path: Path) -> None:
    import random

    from reeltui.library.catalog import Catalog

    catalog = Catalog.open(tmp_path / "cache", tmp_path)
    rng = random.Random(7)
    rows = []
    for nid in range(1, 1_300):
        kind = nid % 2
        words = "" if nid % 97 == 0 else " ".join(rng.sample(["ana", "bo", "cy", "dee"], 2))
        rows.append(
            (nid, kind, f"k{nid}", words, f"D{rng.randrange(5)}-{nid}", rng.randrange(4), "[]")
        )
    with catalog.text_writer() as db:
        db.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    for kind in (0, 1):
        expected = catalog._reader.execute(
            "SELECT nid, tokens FROM names WHERE kind = ? AND tokens != ''"
            " ORDER BY weight DESC, tokens, display",
            (kind,),
        ).fetchall()
        assert len(expected) > 600  # more than one slice of 500
        assert list(catalog.name_words(kind)) == expected
    catalog.close()
