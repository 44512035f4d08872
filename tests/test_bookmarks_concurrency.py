"""Bookmarks under real processes: two writers at once, and writers killed with SIGKILL."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

from reeltui.bookmarks import BookmarkStore, Status

SRC = Path(__file__).resolve().parents[1] / "src"

# Waits for "go" on stdin, then adds COUNT films named PREFIX-i; every fifth is then marked
# watched, so writers also change entries in place while the other process appends.
ADDER = """
import sys
from reeltui.bookmarks import BookmarkStore, Status
path, prefix, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = BookmarkStore.open(path)
sys.stdin.readline()
for i in range(count):
    key = f"{prefix}-{i}"
    store.add(key, f"{prefix.upper()} film {i}", 2000 + i % 25, note=f"note \\"{i}\\" ]]")
    if i % 5 == 4:
        store.set_status(key, Status.WATCHED)
print("done", flush=True)
"""

# Adds films ROUND-0, ROUND-1, ... for ever, marking each previous one watched; prints every
# change once it has returned (so it is on disk), until it is killed.
WRITER = """
import sys
from reeltui.bookmarks import BookmarkStore, Status
path, prefix = sys.argv[1], sys.argv[2]
store = BookmarkStore.open(path)
print("ready", flush=True)
i = 0
while True:
    key = f"{prefix}-{i}"
    store.add(key, f"Film {key}", 2001, note="x" * (i % 7))
    print("add", key, flush=True)
    if i:
        store.set_status(f"{prefix}-{i - 1}", Status.WATCHED)
        print("watched", f"{prefix}-{i - 1}", flush=True)
    i += 1
"""


def python(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_two_processes_adding_at_once_keep_every_entry(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.toml"
    BookmarkStore.open(path).add("already-there", "Already There", 1999)
    writers = [python(ADDER, str(path), prefix, "100") for prefix in ("left", "right")]
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert out.strip() == "done"

    data = tomllib.loads(path.read_text(encoding="utf-8"))
    keys = [t["film_key"] for t in data["bookmark"]]
    assert len(keys) == 201 and len(set(keys)) == 201
    expected = {"already-there"} | {f"{p}-{i}" for p in ("left", "right") for i in range(100)}
    assert set(keys) == expected
    store = BookmarkStore.open(path)
    for prefix in ("left", "right"):
        for i in range(100):
            bookmark = store.get(f"{prefix}-{i}")
            assert bookmark is not None
            assert bookmark.note == f'note "{i}" ]]'
            assert bookmark.watched is (i % 5 == 4)
    # Each writer's entries are in its own order, whatever the interleaving.
    for prefix in ("left", "right"):
        mine = [int(k.rsplit("-", 1)[1]) for k in keys if k.startswith(prefix)]
        assert mine == list(range(100))


def test_writers_killed_at_random_moments_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bookmarks.toml"
    rng = random.Random(20261127)
    added: set[str] = set()
    watched: set[str] = set()
    kills_after_writes = 0
    # A fixed number of rounds, not a time budget: on a loaded machine a writer takes long to
    # start, and a budget would leave too few rounds to mean anything. Every other round is
    # killed only once the writer has confirmed a first change, so kills land mid-stream
    # however slow the machine; the others are killed at any moment, before writing included.
    for rounds in range(1, 13):
        writer = python(WRITER, str(path), f"r{rounds}")
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        first = writer.stdout.readline() if rounds % 2 == 0 else ""
        time.sleep(rng.uniform(0.0, 0.04))
        writer.send_signal(signal.SIGKILL)
        rest, _ = writer.communicate(timeout=30)
        out = first + rest
        assert writer.returncode == -signal.SIGKILL
        for line in out.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == "add":
                added.add(parts[1])
            elif len(parts) == 2 and parts[0] == "watched":
                watched.add(parts[1])
        if out:
            kills_after_writes += 1

        if not path.exists():
            assert not added
            continue
        # The file always parses, strictly, and holds every change that was confirmed.
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        tables = {t["film_key"]: t for t in data.get("bookmark", [])}
        assert len(tables) == len(data.get("bookmark", []))
        assert added <= set(tables)
        assert all(tables[key]["status"] == "watched" for key in watched)
        store = BookmarkStore.open(path)
        assert store.problem is None and added <= store.keys()

    assert kills_after_writes >= 6
    # The next write sweeps away temporary files of writers killed mid-write.
    store = BookmarkStore.open(path)
    store.add("after", "After")
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    assert added | {"after"} <= BookmarkStore.open(path).keys()
    assert all(store.status_of(key) is Status.WATCHED for key in watched)
