"""Watching the data folder: files added, written over and deleted while the app runs are
picked up, by events or, where there are none, by polling."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reeltui.library import Library
from reeltui.library.watch import Batch, watch

from sample_paths import SAMPLES


class Watched:
    """A library kept up to date by `watch` in a thread, as the TUI's worker does."""

    def __init__(self, root: Path, cache: Path, *, force_polling: bool) -> None:
        self.polling = force_polling
        self.library = Library.scan(root, cache_dir=cache)
        self.stop = threading.Event()
        self.batches: list[Batch] = []
        self.lock = threading.Lock()
        self.how = ""

        def changed(batch: Batch) -> None:
            with self.lock:
                self.batches.append(batch)
                self.library.refresh(full=batch.full, touched=batch.keys or ())

        def run() -> None:
            self.how = watch(
                root, self.stop, changed, poll=0.2, full_every=10, force_polling=force_polling
            )

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        # The watch is set up once it sees a change: a file put in at once, while the watch is
        # still being set up (it must be seen all the same), and taken out again.
        probe = root / "probe-the-watch.txt"
        probe.write_bytes((root / "us-2019.txt").read_bytes())
        self.wait_for(lambda: self.library.get("probe-the-watch") is not None)
        probe.unlink()
        self.wait_for(lambda: self.library.get("probe-the-watch") is None)
        self.batches.clear()

    def wait_for(self, check: object, seconds: float = 20.0) -> float:
        """Seconds until `check()` holds (fails after `seconds`). The bound is generous: how
        fast changes show is a benchmark's matter (`bench/bench_watch.py`, bar 2 s); a test
        that timed it would fail on a loaded machine."""
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            with self.lock:
                if check():  # type: ignore[operator]
                    return time.monotonic() - started
            time.sleep(0.02)
        raise AssertionError(f"not seen within {seconds} s")

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)
        assert not self.thread.is_alive()


@pytest.fixture(params=["events", "polling"])
def watched(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Watched]:
    root = tmp_path / "reviews"
    shutil.copytree(SAMPLES, root)
    running = Watched(root, tmp_path / "cache", force_polling=request.param == "polling")
    yield running
    running.close()
    assert running.how.startswith(request.param)


def _runtime(watched: Watched, review_id: str) -> int | None:
    entry = watched.library.get(review_id)
    card = watched.library.card(entry) if entry is not None else None
    return card.runtime_minutes if card is not None else None


def test_a_file_added_while_watching_is_picked_up(watched: Watched) -> None:
    root = watched.library.root
    shutil.copy(root / "us-2019.txt", root / "us-again.txt")
    watched.wait_for(lambda: watched.library.get("us-again") is not None)
    (root / "more").mkdir()
    shutil.copy(root / "roma-2018.txt", root / "more" / "roma-again.txt")
    watched.wait_for(lambda: watched.library.get("more/roma-again") is not None)


def test_a_file_deleted_while_watching_is_dropped(watched: Watched) -> None:
    (watched.library.root / "saltburn-2023.txt").unlink()
    watched.wait_for(lambda: "saltburn-2023" not in {e.id for e in watched.library})


def test_a_file_written_over_in_place_is_read_again(watched: Watched) -> None:
    path = watched.library.root / "a-million-miles-away-2023.txt"
    assert _runtime(watched, "a-million-miles-away-2023") == 120
    data = path.read_bytes().replace(b"120 minutes", b"121 minutes")
    with open(path, "r+b") as handle:  # same file, same folder time
        handle.write(data)
        handle.truncate()
    # Events name the file; polling sees it at its next full check (every 10 polls, 2 s here).
    watched.wait_for(lambda: _runtime(watched, "a-million-miles-away-2023") == 121)


def test_many_changes_at_once_come_as_few_batches(watched: Watched) -> None:
    root = watched.library.root
    before = len(watched.library)
    (root / "unzipped").mkdir()
    seed = (root / "us-2019.txt").read_bytes()
    for n in range(300):
        (root / "unzipped" / f"copy-{n:03}.txt").write_bytes(seed)
    watched.wait_for(lambda: len(watched.library) == before + 300)
    assert len(watched.batches) < 30
