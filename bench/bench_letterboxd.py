"""Letterboxd import and export benchmark: time and memory at the sizes a user could give.

A synthetic diary (`Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date`, CRLF,
a third of the titles quoted with a comma, every tenth film logged twice) of each size is
imported into an empty bookmarks file against a library of 10,000 generated reviews (a tenth of
the diary's films have one), imported again (nothing changes, nothing written), and exported in
Letterboxd's import format, split into files of 1,900 films. The largest size is `MAX_ROWS`, the
most rows one file may have. Last, a file of one 64 MiB line is refused, which must take
bounded time and memory.

Each step runs twice from the same start: once timed (wall clock, with the process's CPU time
beside it, since the machine is shared), once for the peak of Python allocations
(`tracemalloc`, which slows a run down and leaves out the interpreter itself).

    python -m bench.bench_letterboxd [--rows 10000,100000]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from reeltui.bookmarks import BookmarkStore
from reeltui.bookmarks.letterboxd import (
    MAX_ROWS,
    FindFilm,
    ImportReport,
    LetterboxdError,
    import_letterboxd,
    read_letterboxd,
    write_parts,
)
from reeltui.library import Library
from reeltui.model import Film, Format, Review

T = TypeVar("T")

LIBRARY_SIZE = 10_000


def title(n: int) -> str:
    """A made-up title; a third have a comma, some a quote or an accent."""
    words = ("Night", "Lighthouse", "Mañana", "River", "Crème", "Ghost", "Summer", "Dog")
    base = f"{words[n % 8]} {words[(n // 8) % 8]} {n}"
    if n % 3 == 0:
        base += ", Part Two"
    if n % 11 == 0:
        base = f'The "{base}"'
    return base


def write_diary(path: Path, rows: int) -> int:
    """A diary of `rows` rows (every tenth film twice); returns how many films it lists."""
    rng = random.Random(7)
    films = 0
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(
            ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"]
        )
        n = 0
        while n < rows:
            day = f"20{10 + films % 15:02d}-{1 + films % 12:02d}-{1 + films % 28:02d}"
            for again in range(2 if films % 10 == 0 else 1):
                if n >= rows:
                    break
                stars = rng.choice(["", "0.5", "2", "3.5", "4", "5"])
                writer.writerow(
                    [
                        day,
                        title(films),
                        1950 + films % 75,
                        f"https://boxd.it/e{n:x}",
                        stars,
                        "Yes" if again else "",
                        "bench, synthetic" if films % 4 == 0 else "",
                        day,
                    ]
                )
                n += 1
            films += 1
    return films


def library(root: Path) -> Library:
    """10,000 reviews; those of the diary's films every tenth film."""
    reviews = []
    for i in range(LIBRARY_SIZE):
        n = i * 10
        film = Film(title(n), 1950 + n % 75)
        reviews.append(Review(f"r{i}", Path(f"r{i}.txt"), Format.SCRAPED, film.label, film))
    return Library.from_reviews(root, reviews)


def measure(step: Callable[[], Callable[[], T]]) -> tuple[T, float, float, float]:
    """Run a step twice, each time from a fresh start that `step()` sets up and returns: once
    timed, once under `tracemalloc` (which slows it). Returns the timed run's result, its wall
    and CPU seconds, and the peak MiB of Python allocations."""
    run = step()
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    run = step()
    tracemalloc.start()
    try:
        run()
        peak = tracemalloc.get_traced_memory()[1] / (1 << 20)
    finally:
        tracemalloc.stop()
    return result, wall, cpu, peak


def row(what: str, wall: float, cpu: float, peak: float, note: str = "") -> None:
    print(f"| {what} | {wall:.2f} s | {cpu:.2f} s | {peak:.1f} MiB | {note} |", flush=True)


def bench_size(folder: Path, rows: int, find: FindFilm) -> None:
    diary = folder / f"diary-{rows}.csv"
    films = write_diary(diary, rows)
    size = diary.stat().st_size / (1 << 20)
    print(f"\n{rows:,} rows, {films:,} films, {size:.1f} MiB:\n", flush=True)
    print("| step | wall | CPU | peak Python memory | |\n|---|---:|---:|---:|---|")
    read, wall, cpu, peak = measure(lambda: lambda: read_letterboxd(diary))
    row("read and check the file", wall, cpu, peak, f"{len(read.rows):,} rows")

    marks = folder / f"bookmarks-{rows}.toml"

    def empty() -> Callable[[], ImportReport]:
        marks.unlink(missing_ok=True)
        store = BookmarkStore.open(marks)
        return lambda: import_letterboxd(store, [diary], find)

    report, wall, cpu, peak = measure(empty)
    kib = marks.stat().st_size / 1024
    row("import into an empty file", wall, cpu, peak, f"{report.sentence()} {kib:,.0f} KiB")
    before = marks.stat().st_mtime_ns

    def full() -> Callable[[], ImportReport]:
        store = BookmarkStore.open(marks)
        return lambda: import_letterboxd(store, [diary], find)

    again, wall, cpu, peak = measure(full)
    unchanged = "file untouched" if marks.stat().st_mtime_ns == before else "FILE REWRITTEN"
    row("import again", wall, cpu, peak, f"{again.counts.updated} updated, {unchanged}")
    loaded, wall, cpu, peak = measure(lambda: lambda: BookmarkStore.open(marks))
    row("load the bookmarks file", wall, cpu, peak, f"{len(loaded):,} bookmarks")
    watched = [b for b in loaded.all() if b.watched]
    out = folder / f"export-{rows}"
    out.mkdir()
    parts, wall, cpu, peak = measure(
        lambda: lambda: write_parts(watched, {}, out / "letterboxd-watched.csv", watched=True)
    )
    row("export in parts of 1,900", wall, cpu, peak, f"{len(parts)} files")


def bench_huge_line(folder: Path) -> None:
    huge = folder / "watchlist.csv"
    with open(huge, "wb") as out:
        out.write(b"Date,Name,Year,Letterboxd URI\r\n2024-01-01,")
        chunk = b"x" * (1 << 20)
        for _ in range(64):
            out.write(chunk)

    def refuse() -> str:
        try:
            read_letterboxd(huge)
        except LetterboxdError as exc:
            return str(exc)
        return "ACCEPTED"

    said, wall, cpu, peak = measure(lambda: refuse)
    print("\nA 64 MiB file of one line:\n")
    print("| step | wall | CPU | peak Python memory | |\n|---|---:|---:|---:|---|")
    row("refused", wall, cpu, peak, said.split(": ", 1)[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows",
        default=f"10000,{MAX_ROWS}",
        help=f"diary sizes, comma-separated (default: 10000,{MAX_ROWS})",
    )
    args, _ = parser.parse_known_args(argv)
    with tempfile.TemporaryDirectory(prefix="reeltui-bench-lb-") as tmp:
        folder = Path(tmp)
        films = library(folder / "library")
        try:
            for rows in (int(n) for n in args.rows.split(",")):
                bench_size(folder, rows, films.catalog.film_titled)
            bench_huge_line(folder)
        finally:
            films.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
