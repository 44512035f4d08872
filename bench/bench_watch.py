"""The live folder: how long a file added, written over or deleted takes to reach the library.

A library of COUNT generated reviews (`bench/make_corpus.py`) is scanned into an empty cache,
then watched as the TUI watches it: `library.watch.watch` in a thread, each batch read into the
catalog with `Library.refresh`. The benchmark then changes one file at a time, waiting for each
to show before the next: a new file, a file written over in place (same folder, new text), a
file deleted. Each change's latency is the time from the write to the library holding it. Last,
an "unzip": `--burst` new files written at once, timed until all are in, with the number of
batches they came in.

It runs with events (watchfiles) and again with polling forced (the fallback where the file
system sends no events). Polling sees a file written over in place only at its next full check
(every 30 polls, a minute by default), so that change is left out of the polling run.

The bar: every single change is in the library within 2 s, with events and with polling (added
and deleted files); the exit status is 1 when one is not.

    python -m bench.bench_watch [--count 10000] [--changes 10] [--burst 1000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from bench.make_corpus import write_corpus
from reeltui.library import Library
from reeltui.library.watch import Batch, watch

#: Each single change must be in the library within this many seconds.
BAR_SECONDS = 2.0

#: How long to wait for one change before calling it lost.
GIVE_UP = 60.0


class Watching:
    """A library kept up to date by `watch` in a thread, as the TUI's worker keeps it."""

    def __init__(self, library: Library, *, force_polling: bool) -> None:
        self.library = library
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.batches = 0
        self.how = ""

        def changed(batch: Batch) -> None:
            with self.lock:
                self.batches += 1
                library.refresh(full=batch.full, touched=batch.keys or ())

        def run() -> None:
            self.how = watch(library.root, self.stop, changed, force_polling=force_polling)

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        time.sleep(1.0)  # the watch is set up (events) or has taken its first look (polling)

    def until(self, holds: Callable[[], bool]) -> float:
        """Seconds until `holds()` is true of the library (GIVE_UP if never)."""
        started = time.perf_counter()
        while time.perf_counter() - started < GIVE_UP:
            with self.lock:
                if holds():
                    return time.perf_counter() - started
            time.sleep(0.005)
        return GIVE_UP

    def close(self) -> None:
        self.stop.set()
        self.thread.join(10)


def _shows(library: Library, name: str, old_mtime: float | None) -> bool:
    """The review is in the library (with another file time than `old_mtime`, if given)."""
    entry = library.get(name)
    return entry is not None and (old_mtime is None or entry.mtime != old_mtime)


def _gone(library: Library, name: str) -> bool:
    """The review is no longer in the library."""
    return library.get(name) is None


def _run(
    library: Library, sample: bytes, changes: int, burst: int, *, polling: bool
) -> dict[str, list[float]]:
    """The latencies of each kind of change, and the burst's time and batch count."""
    root = library.root
    watching = Watching(library, force_polling=polling)
    mode = "polling" if polling else "events"
    found: dict[str, list[float]] = {"added": [], "written over": [], "deleted": []}
    for n in range(changes):
        name = f"bench-watch-{mode}-{n}"
        path = root / f"{name}.txt"
        path.write_bytes(sample)
        found["added"].append(watching.until(partial(_shows, library, name, None)))
        if not polling:
            before = library.get(name)
            time.sleep(0.01)  # a later file time than the write above
            path.write_bytes(sample.replace(b" Review", f" {n} Review".encode(), 1))
            old = before.mtime if before is not None else None
            found["written over"].append(watching.until(partial(_shows, library, name, old)))
        path.unlink()
        found["deleted"].append(watching.until(partial(_gone, library, name)))
    before_burst, batches_before = len(library), watching.batches
    unzipped = root / f"unzipped-{mode}"
    unzipped.mkdir()
    for n in range(burst):
        (unzipped / f"copy-{n:05}.txt").write_bytes(sample)
    seconds = watching.until(lambda: len(library) >= before_burst + burst)
    found["burst"] = [seconds, float(watching.batches - batches_before)]
    shutil.rmtree(unzipped)
    watching.until(lambda: len(library) == before_burst)
    watching.close()
    print(f"  {mode}: watched by {watching.how}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="reviews in the library")
    parser.add_argument("--changes", type=int, default=10, help="changes of each kind")
    parser.add_argument("--burst", type=int, default=1_000, help="files written at once")
    args = parser.parse_args(argv)
    source = write_corpus(args.count)
    ok = True
    with tempfile.TemporaryDirectory(prefix="reeltui-watch-") as scratch:
        root = Path(scratch) / "reviews"
        shutil.copytree(source, root)
        started = time.perf_counter()
        library = Library.scan(root, cache_dir=Path(scratch) / "cache")
        print(f"{len(library):,} reviews scanned in {time.perf_counter() - started:.1f} s")
        sample = next(iter(sorted(root.iterdir()))).read_bytes()
        for polling in (False, True):
            results = _run(library, sample, args.changes, args.burst, polling=polling)
            for kind, seconds in results.items():
                if kind == "burst":
                    took, batches = seconds
                    print(
                        f"    {args.burst:,} files at once: {took:.2f} s in {batches:.0f} batches"
                    )
                    continue
                if not seconds:
                    continue
                worst = max(seconds)
                missed = worst > BAR_SECONDS
                ok = ok and not missed
                print(
                    f"    {kind:>12}: median {statistics.median(seconds) * 1000:.0f} ms, "
                    f"max {worst * 1000:.0f} ms over {len(seconds)}"
                    + ("  MISSED (bar 2 s)" if missed else "")
                )
    load = os.getloadavg()
    print(f"load average {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
