"""Scanning folders into a library: lookups, sorting, per-file problems, and keeping up with
changes to the folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from reeltui.library import Entry, Library, SortKey
from reeltui.search import Searcher

from sample_paths import SAMPLES, SEED


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "reviews"
    root.mkdir()
    shutil.copy(SEED, root / SEED.name)
    (root / "nested" / "deeper").mkdir(parents=True)
    (root / "nested" / "deeper" / "Heat Review.txt").write_text(
        "Heat (1995) Review\n\nDirected by Michael Mann and starring Al Pacino and Robert De "
        "Niro, it runs 170 minutes.\n\nJane Doe\nJane writes about crime films.\n",
        encoding="utf-8",
    )
    (root / "notes.pdf").write_bytes(b"%PDF-1.4 not a review")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (root / "empty.txt").write_bytes(b"")
    return root


def test_scan_loads_good_files_and_reports_bad_ones(folder: Path) -> None:
    library = Library.scan(folder)
    assert [r.film.title for r in library] == ["A Million Miles Away", "Heat"]
    unreadable = {p.path.name: p.message for p in library.report.unreadable}
    assert set(unreadable) == {"broken.txt", "empty.txt"}
    assert "NUL" in unreadable["broken.txt"]
    assert library.report.files_seen == 4


def test_entries_hold_no_body_and_open_reads_it_from_the_catalog(folder: Path) -> None:
    library = Library.scan(folder)
    entry = library.get("a-million-miles-away-2023")
    assert entry is not None and not hasattr(entry, "sections")
    card = library.card(entry)
    assert card is not None and not card.has_body and card.sections == ()
    assert card.cast[0].actor == "Michael Pena"
    (folder / SEED.name).write_bytes(b"")  # not read again: the body comes from the catalog
    full = library.open(entry)
    assert full.has_body
    assert full.sections[1].heading == "What’s the Movie About?"


def test_get_by_id_film_key_and_path(folder: Path) -> None:
    library = Library.scan(folder)
    heat = library.get("nested/deeper/heat-review")
    assert heat is not None and heat.film_key == "heat-1995"
    assert library.get("heat-1995") is heat
    assert library.get(str(folder / "nested/deeper/Heat Review.txt")) is heat
    assert library.get("nested/deeper/Heat Review.txt") is heat
    assert library.get("no-such-film") is None


def test_lookups_by_person_ignore_case_and_accents(folder: Path) -> None:
    # People are looked up through the search index, built once from the library's cards.
    with Searcher(Library.scan(folder)) as index:
        [actor] = index.people("PEÑA", "actor")
        [(review, credit)] = actor.films
        assert review.film.title == "A Million Miles Away"
        assert credit is not None and credit.role == "Jose M. Hernandez"
        [director] = index.people("michael mann", "director")
        assert [r.film.title for r, _ in director.films] == ["Heat"]
        [reviewer] = index.people("indrayudh", "reviewer")
        assert [r.film.title for r, _ in reviewer.films] == ["A Million Miles Away"]


def test_a_file_deleted_after_the_scan_still_opens_until_the_next_check(folder: Path) -> None:
    library = Library.scan(folder)
    entry = library.get("heat-1995")
    assert entry is not None
    (folder / "nested/deeper/Heat Review.txt").unlink()
    assert library.open(entry).has_body
    changes = library.refresh()
    assert changes.removed == [entry.docno]
    assert library.get("heat-1995") is None
    assert [r.film.title for r in library] == ["A Million Miles Away"]


def test_symlink_loop_ends(folder: Path) -> None:
    os.symlink(folder, folder / "nested" / "loop")
    os.symlink(folder / "self-link", folder / "self-link")
    library = Library.scan(folder)
    assert len(library) == 2
    assert any(p.path.name == "self-link" for p in library.report.problems)


def test_missing_folder_is_a_problem(tmp_path: Path) -> None:
    library = Library.scan(tmp_path / "nope")
    assert len(library) == 0
    assert "does not exist" in library.report.problems[0].message


def test_duplicate_ids_get_unique_suffixes(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "film.txt")
    (tmp_path / "film.md").write_text("# Heat (1995) Review\n\nGood.\n", encoding="utf-8")
    library = Library.scan(tmp_path)
    assert sorted(r.id for r in library) == ["film", "film-txt"]  # sorted by name: .md first


def test_sorts(folder: Path) -> None:
    library = Library.scan(folder)
    assert [r.film.year for r in library.sorted(SortKey.YEAR)] == [2023, 1995]
    by_reviewer = [r.reviewer for r in library.sorted(SortKey.REVIEWER) if r.reviewer]
    assert by_reviewer == ["Indrayudh Talukdar", "Jane Doe"]


def test_progress_is_reported(folder: Path) -> None:
    seen: list[tuple[int, int]] = []
    Library.scan(folder, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (4, 4)


def test_shipped_samples_have_no_problems() -> None:
    library = Library.scan(SAMPLES)
    assert len(library) >= 13
    assert library.problems == ()


def test_reviews_of_one_title_and_year_go_in_path_order(tmp_path: Path) -> None:
    # "a b/x" sorts after "a/x" by path (folder "a" before "a b"), before it as a string.
    for folder in ("a b", "a", "a-c"):
        (tmp_path / folder).mkdir()
        shutil.copy(SEED, tmp_path / folder / "x.txt")
    library = Library.scan(tmp_path)
    assert [e.key for e in library] == ["a/x.txt", "a b/x.txt", "a-c/x.txt"]
    assert [e.key for e in library.entries_of(e.docno for e in reversed(library.entries))] == [
        "a/x.txt",
        "a b/x.txt",
        "a-c/x.txt",
    ]


def test_loading_again_keeps_the_entries_still_right(folder: Path, tmp_path: Path) -> None:
    """A check that changed files loads the entries again: those unchanged are the very
    objects already loaded (the list holds them: made again, all would be held twice), a
    changed one is new, and one the caller made of a document written meanwhile is taken."""
    library = Library.scan(folder, cache_dir=tmp_path / "cache")
    before = {entry.docno: entry for entry in library.entries}
    heat = folder / "nested" / "deeper" / "Heat Review.txt"
    heat.write_text(heat.read_text(encoding="utf-8").replace("1995", "1996"), encoding="utf-8")
    os.utime(heat, ns=(1_800_000_000_000_000_000, 1_800_000_000_000_000_000))
    (folder / "more.txt").write_text(
        "Ronin (1998) Review\n\nDirected by John Frankenheimer.\n\nJo Roe\nJo reviews.\n",
        encoding="utf-8",
    )
    made: dict[int, Entry] = {}

    def on_batch(numbers: list[int]) -> None:
        for entry in library.catalog.entries_of(numbers):
            made[entry.docno] = entry

    changes = library.refresh(full=True, on_batch=on_batch, known=made.get)
    assert len(changes.added) == 1 and len(changes.changed) == 1
    after = {entry.docno: entry for entry in library.entries}
    (added,) = changes.added
    (changed,) = changes.changed
    assert after[added] is made[added]
    assert after[changed] is made[changed] and after[changed].year == 1996
    assert after[changed] is not before[changed]
    assert all(after[d] is before[d] for d in before if d != changed)
    library.close()


def test_the_end_of_a_first_scan_with_no_ids_to_change_makes_no_set_of_its_documents() -> None:
    """Ids are made unique again when documents came; the sets of what came (8 MB for a first
    scan of 100,000, at its peak) are made only when some id did change."""
    import tracemalloc

    from reeltui.library.refresh import Changes, _settled

    class Catalog:
        def __init__(self, renamed: list[int]) -> None:
            self.renamed = renamed

        def assign_ids(self) -> list[int]:
            return list(self.renamed)

    changes = Changes(added=list(range(100_000)))
    tracemalloc.start()
    try:
        _settled(Catalog([]), changes)  # type: ignore[arg-type]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 500_000, peak
    assert changes.changed == []
    _settled(Catalog([5, 100_001, 100_002]), changes)  # type: ignore[arg-type]
    assert changes.changed == [100_001, 100_002]  # 5 came: reported as added only
