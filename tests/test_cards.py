"""The card cache and parallel parsing behind `Library.scan`."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reeltui.library import Library
from reeltui.library import scan as library_module

from sample_paths import SAMPLES


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reviews"
    shutil.copytree(SAMPLES, root)
    return root


def _fingerprints(library: Library) -> list[tuple[object, ...]]:
    return [
        (r.id, r.film, r.directors, r.cast, r.runtime_minutes, r.platform, r.rating, r.reviewer,
         r.word_count, r.problems, r.notes, r.has_body)
        for r in library
    ]  # fmt: skip


def test_warm_scan_gives_the_same_cards_without_parsing(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cold = Library.scan(folder, cache_dir=cache)

    def no_parsing(*args: object, **kwargs: object) -> object:
        raise AssertionError("a cached file was parsed again")

    monkeypatch.setattr(library_module, "_parse_safely", no_parsing)
    warm = Library.scan(folder, cache_dir=cache)
    assert _fingerprints(warm) == _fingerprints(cold)
    assert len(warm) == len(cold) >= 13


def test_a_changed_file_or_sidecar_is_parsed_again(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    seed = folder / "a-million-miles-away-2023.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8").replace("120 minutes", "121 minutes"), encoding="utf-8"
    )
    (folder / "us-2019.toml").write_text('platform = "Hulu"\n', encoding="utf-8")
    again = Library.scan(folder, cache_dir=cache)
    assert again.get("a-million-miles-away-2023").runtime_minutes == 121  # type: ignore[union-attr]
    assert again.get("us-2019").platform == "Hulu"  # type: ignore[union-attr]


def test_deleted_files_leave_the_cache(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    (folder / "roma-2018.txt").unlink()
    library = Library.scan(folder, cache_dir=cache)
    assert library.get("roma-2018") is None
    [db] = cache.glob("cards-*.sqlite3")
    keys = {k.decode() for (k,) in sqlite3.connect(db).execute("SELECT key FROM cards")}
    assert "roma-2018.txt" not in keys and "us-2019.txt" in keys


def test_a_corrupt_cache_is_rebuilt(folder: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Library.scan(folder, cache_dir=cache)
    [db] = cache.glob("cards-*.sqlite3")
    db.write_bytes(b"this is not a database" * 100)
    library = Library.scan(folder, cache_dir=cache)
    assert len(library) >= 13
    assert Library.scan(folder, cache_dir=cache).problems == ()


def test_a_cache_folder_that_cannot_be_made_is_ignored(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    library = Library.scan(folder, cache_dir=blocker / "cache")
    assert len(library) >= 13


def test_parallel_parsing_matches_sequential(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sequential = Library.scan(folder, workers=1)
    monkeypatch.setattr(library_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(library_module, "_CHUNK", 4)
    seen: list[tuple[int, int]] = []
    parallel = Library.scan(folder, workers=2, progress=lambda d, t: seen.append((d, t)))
    assert _fingerprints(parallel) == _fingerprints(sequential)
    assert seen[-1] == (len(sequential), len(sequential))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_parallel_scan_reports_bad_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    os.symlink(folder / "nowhere", folder / "dangling.txt")
    monkeypatch.setattr(library_module, "PARALLEL_MIN", 1)
    library = Library.scan(folder, workers=2)
    names = {p.path.name for p in library.report.unreadable}
    assert names == {"binary.txt", "dangling.txt"}


def test_notes_survive_the_cache(tmp_path: Path) -> None:
    root = tmp_path / "reviews"
    root.mkdir()
    (root / "untitled.txt").write_text("Some Picture Review\n\nIt is fine.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    cold = Library.scan(root, cache_dir=cache)
    warm = Library.scan(root, cache_dir=cache)
    [cold_card], [warm_card] = list(cold), list(warm)
    assert "no year stated" in cold_card.notes
    assert warm_card.notes == cold_card.notes
    assert not any("year" in p for p in warm_card.problems)
