"""Cold scan: where the CPU of a first scan goes, on two cores.

A cold `Library.scan` (empty cache) of the synthetic corpus of `bench/make_corpus.py`, written
to disk, with the CPU time of this process (the walk, the catalog's writes, the hand-off of the
workers' results) and of the worker processes (reading and parsing) counted apart, per review.
Then the full-text index is built from the catalog, as the TUI does in the background once the
list is complete, and timed the same way. CPU figures, unlike wall-clock ones, hold on a machine
that other work keeps busy; reviews/s is what two cores would give if the scan had them to
itself: reviews / max(all the CPU / 2, this process's CPU), beside the wall-clock rate (the
budget for 1,500 reviews/s is 1.33 ms of CPU per review in all).

    python -m bench.bench_scan [--count 10000] [--runs 1] [--profile FILE]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.make_corpus import write_corpus
from reeltui.library import Library
from reeltui.search.fulltext.store import FullTextIndex

#: Reviews a second a first scan must reach on two cores.
COLD_BAR = 1_500


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_once(corpus: Path, cache: Path, profile: cProfile.Profile | None) -> dict[str, float]:
    """One cold scan and the full-text index after it; the figures."""
    shutil.rmtree(cache, ignore_errors=True)
    wall, own, children = time.perf_counter(), _own_cpu(), _children_cpu()
    if profile is not None:
        profile.enable()
    library = Library.scan(corpus, cache_dir=cache)
    if profile is not None:
        profile.disable()
    wall = time.perf_counter() - wall
    own = _own_cpu() - own
    children = _children_cpu() - children
    count = len(library)
    text_wall, text_cpu = time.perf_counter(), _own_cpu()
    indexed = FullTextIndex(library.catalog).index()
    text_wall = time.perf_counter() - text_wall
    text_cpu = _own_cpu() - text_cpu
    library.close()
    return {
        "reviews": count,
        "wall": wall,
        "main_ms": own / count * 1000,
        "workers_ms": children / count * 1000,
        "cpu_rate": count / max((own + children) / 2, own),
        "wall_rate": count / wall,
        "text_wall": text_wall,
        "text_cpu": text_cpu,
        "indexed": indexed,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the cold scans and print the figures; exit 1 when the CPU rate misses the bar."""
    parser = argparse.ArgumentParser(prog="python -m bench.bench_scan", description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--profile", type=Path, default=None, help="cProfile of the main process")
    args, _ = parser.parse_known_args(argv)
    corpus = write_corpus(args.count)
    profile = cProfile.Profile(time.process_time) if args.profile is not None else None
    rates: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):
            f = run_once(corpus, Path(folder) / "cache", profile)
            rates.append(f["cpu_rate"])
            print(
                f"cold scan of {f['reviews']:,.0f} files on {os.cpu_count()} cores: "
                f"CPU per review: main {f['main_ms']:.3f} ms, workers {f['workers_ms']:.3f} ms; "
                f"{f['cpu_rate']:,.0f} reviews/s by CPU (bar {COLD_BAR:,}), "
                f"{f['wall_rate']:,.0f} by the clock ({f['wall']:.1f} s); full text after: "
                f"{f['indexed']:,.0f} reviews in {f['text_wall']:.1f} s "
                f"({f['text_cpu']:.1f} s CPU); load {os.getloadavg()[0]:.1f}",
                flush=True,
            )
    if profile is not None:
        profile.dump_stats(args.profile)
    return 0 if max(rates) >= COLD_BAR else 1


if __name__ == "__main__":
    sys.exit(main())
