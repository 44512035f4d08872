"""Command-line benchmark: whole `reeltui` processes at 1,000 and at 100,000 reviews.

Each command answers from the folder's catalog (one quick check of the folders' times, then
SQL queries), so what it costs should barely depend on the size of the library. For each
size, the corpus of `bench/make_corpus.py` is written to disk and scanned once into the
benchmark's own cache (its full text indexed, as after a session of the TUI); then each
command is run `--runs` times as a fresh process, sizes alternating, and the medians compared.

    python -m bench.bench_cli [--sizes 1000,100000] [--runs 7] [--only list,bookmarks]

Bar: each `search`, and each page of `list` (`--limit`), at 100,000 costs at most 50 ms more
than at 1,000. The whole `list` prints every review, so it grows with the library; it is
measured (its output thrown away) but has no bar. The bookmarks file holds 60 films: 25 of
each corpus and 10 of none, so `bookmarks list` asks the catalog which have a review.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.make_corpus import CORPUS_DIR, TOPICS, write_corpus

#: What a search may cost more at the largest size than at the smallest, in seconds.
BAR_S = 0.050


def cache_of(size: int) -> Path:
    """The benchmark's cache folder for one corpus size (never the user's cache)."""
    return CORPUS_DIR / f"cli-cache-{size}"


def prepare(size: int, seed: int) -> Path:
    """The corpus of `size` reviews on disk, scanned into its cache with the full text indexed
    and the names derived (as a session of the TUI leaves them)."""
    from reeltui.library import Library
    from reeltui.search import Searcher

    corpus = write_corpus(size, seed)
    started = time.perf_counter()
    library = Library.scan(corpus, cache_dir=cache_of(size), full=False)
    with Searcher(library) as searcher:
        indexed = searcher.prepare_text()
    library.catalog.settle_names()
    took = time.perf_counter() - started
    print(f"{size:,} reviews ready in {corpus} ({took:.1f} s, {indexed:,} bodies indexed)")
    library.close()
    return corpus


def _top_actor(size: int) -> str:
    """The actor in most films of the smallest corpus (present at every size: same seed)."""
    [db] = cache_of(size).glob("catalog-*.sqlite3")
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT display FROM names WHERE kind = 0 ORDER BY weight DESC, key LIMIT 1"
        ).fetchone()
    return str(row[0])


def _first_id(size: int) -> str:
    [db] = cache_of(size).glob("catalog-*.sqlite3")
    with sqlite3.connect(db) as connection:
        row = connection.execute(
            "SELECT id FROM docs WHERE problem IS NULL ORDER BY docno LIMIT 1"
        ).fetchone()
    return str(row[0])


def _concrete(command: list[str], size: int) -> list[str]:
    """The command with ID made the id of a review of that corpus."""
    return [_first_id(size) if part == "ID" else part for part in command]


def _film_keys(size: int, count: int) -> list[str]:
    """The film keys of the first `count` reviews of a corpus (by document number)."""
    [db] = cache_of(size).glob("catalog-*.sqlite3")
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT film_key FROM docs WHERE problem IS NULL ORDER BY docno LIMIT ?", (count,)
        ).fetchall()
    return [str(key) for (key,) in rows]


def _bookmarks(sizes: list[int]) -> str:
    """A bookmarks file of 25 films of each corpus and 10 films of none."""
    keys = [key for size in sizes for key in _film_keys(size, 25)]
    keys += [f"no-such-film-{number}-1999" for number in range(10)]
    lines = ["version = 1", ""]
    for number, key in enumerate(dict.fromkeys(keys)):
        lines += [
            "[[bookmark]]",
            f'film_key = "{key}"',
            f'title = "{key}"',
            'status = "to-watch"',
            f"added = 2026-11-{1 + number % 28:02d}T12:00:00Z",
            "",
        ]
    return "\n".join(lines)


#: The processor time (user and system) of each run, by command and size: on a busy machine
#: the wall-clock time is mostly waiting for a core, and this says what the process itself did.
CPU: dict[tuple[str, int], list[float]] = {}


def _run(args: list[str], corpus: Path, size: int, env: dict[str, str]) -> float:
    """Seconds from starting `reeltui ARGS` until it exits (its output thrown away); its
    processor time is added to `CPU`."""
    command = [sys.executable, "-m", "reeltui", *args, "--data", str(corpus)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        command,
        env={**env, "REELTUI_CACHE": str(cache_of(size))},
        check=True,
        stdout=subprocess.DEVNULL,
    )
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault((" ".join(args), size), []).append(cpu)
    return took


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the figures; exit 1 if a search misses the bar."""
    parser = argparse.ArgumentParser(prog="bench_cli")
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--only", default="", help="run only the commands starting with these words (a,b)"
    )
    args, _ = parser.parse_known_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    corpora = {size: prepare(size, args.seed) for size in sizes}
    print(f"load average at the start: {' '.join(f'{v:.1f}' for v in os.getloadavg())}")
    actor = _top_actor(sizes[0])
    words = f"{TOPICS[0]} {TOPICS[1]}"
    commands: dict[str, list[str]] = {
        f"search --actor {actor!r}": ["search", "--actor", actor],
        f"search {words!r}": ["search", words],
        f"search --actor {actor!r} --json": ["search", "--actor", actor, "--json"],
        "show ID --json": ["show", "ID", "--json"],
        "bookmarks list": ["bookmarks", "list"],
        "bookmarks list --json": ["bookmarks", "list", "--json"],
        "list (all, to /dev/null)": ["list"],
        "list --limit 50": ["list", "--limit", "50"],
        "list --sort reviewer --limit 50": ["list", "--sort", "reviewer", "--limit", "50"],
        "list --sort added --offset 500 --limit 50": [
            "list", "--sort", "added", "--offset", "500", "--limit", "50",
        ],
        "list --json --limit 50": ["list", "--json", "--limit", "50"],
        "list --bookmarked": ["list", "--bookmarked"],
    }  # fmt: skip
    if args.only:
        commands = {
            label: command
            for label, command in commands.items()
            if label.startswith(tuple(args.only.split(",")))
        }
    with_tmp = CORPUS_DIR / "cli-bench-home"
    shutil.rmtree(with_tmp, ignore_errors=True)
    with_tmp.mkdir(parents=True)
    (with_tmp / "bookmarks.toml").write_text(_bookmarks(sizes), encoding="utf-8")
    env = dict(os.environ)
    env.update(
        REELTUI_CONFIG=str(with_tmp / "config.toml"),
        REELTUI_BOOKMARKS=str(with_tmp / "bookmarks.toml"),
    )
    times: dict[tuple[str, int], list[float]] = {}
    for label, command in commands.items():
        for size in sizes:
            _run(_concrete(command, size), corpora[size], size, env)  # to warm the file cache
        for _ in range(args.runs):
            for size in sizes:
                took = _run(_concrete(command, size), corpora[size], size, env)
                times.setdefault((label, size), []).append(took)
    print(f"\nwhole processes, median of {args.runs} (load average {os.getloadavg()[0]:.1f}):")
    header = " | ".join(f"{size:,}" for size in sizes)
    print(f"| command | {header} | difference |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    worst = 0.0
    for label in commands:
        medians = [statistics.median(times[(label, size)]) for size in sizes]
        difference = medians[-1] - medians[0]
        if label.startswith("search") or "--limit" in label:
            worst = max(worst, difference)
        cells = " | ".join(f"{m * 1000:.0f} ms" for m in medians)
        print(f"| `{label}` | {cells} | {difference * 1000:+.0f} ms |")
    print(f"\nprocessor time (user + system) of the same processes, median of {args.runs}:")
    print(f"| command | {header} | difference |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    for label, command in commands.items():
        cpus = [
            statistics.median(CPU[(" ".join(_concrete(command, size)), size)][1:]) for size in sizes
        ]
        cells = " | ".join(f"{c * 1000:.0f} ms" for c in cpus)
        print(f"| `{label}` | {cells} | {(cpus[-1] - cpus[0]) * 1000:+.0f} ms |")
    print(
        f"\nworst difference of a search or a page: {worst * 1000:+.0f} ms "
        f"(bar: +{BAR_S * 1000:.0f} ms; load average now {os.getloadavg()[0]:.1f})"
    )
    return 0 if worst <= BAR_S else 1


if __name__ == "__main__":
    sys.exit(main())
