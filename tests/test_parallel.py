"""Worker processes: the same results as in-process, in order, whatever happens to them."""

from __future__ import annotations

import errno
import math
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from reeltui import parallel
from reeltui.library import Library
from reeltui.library import refresh as library_module
from reeltui.parallel import WorkerPool, task_name

from sample_paths import SAMPLES


def test_results_come_back_in_order_from_real_workers() -> None:
    numbers = list(range(200))
    with WorkerPool(2) as pool:
        assert list(pool.map(math.factorial, numbers)) == [math.factorial(n) for n in numbers]
        assert pool.notes == []


def test_a_task_that_raises_in_a_worker_raises_here_too() -> None:
    with WorkerPool(2) as pool, pytest.raises(ValueError, match="negative"):
        list(pool.map(math.factorial, [3, 4, -1, 5]))


def test_what_a_worker_prints_does_not_corrupt_its_answers() -> None:
    with WorkerPool(1) as pool:
        assert list(pool.map(print, ["not an answer"] * 5)) == [None] * 5
        assert pool.notes == []


def test_workers_started_ahead_load_the_modules_named_before_any_task() -> None:
    with WorkerPool(1) as pool:
        pool.start(math.factorial, "decimal", "reeltui_no_such_module")
        assert list(pool.map(math.factorial, [5, 6])) == [120, 720]
        assert pool.notes == []  # a module that cannot be loaded costs nothing
        maps = Path(f"/proc/{pool._workers[0].process.pid}/maps")
        if not maps.exists():
            pytest.skip("needs /proc to see what a process has loaded")
        assert "_decimal" in maps.read_text(encoding="utf-8")  # a task never asked for it


def test_a_full_check_starts_its_workers_from_the_walk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, ...]] = []
    real = WorkerPool.start

    def start(pool: WorkerPool, fn: object, *preload: str) -> None:
        started.append(preload)
        real(pool, fn, *preload)  # type: ignore[arg-type]

    monkeypatch.setattr(WorkerPool, "start", start)
    monkeypatch.setattr(library_module, "PARALLEL_MIN", 3)
    early = Library.scan(SAMPLES, workers=2, cache_dir=tmp_path / "cache")
    assert started == [library_module._PARSERS]
    assert early.report.notes == ()
    sequential = Library.scan(SAMPLES, workers=1)
    assert [(r.id, r.film, early.card(r)) for r in early] == [
        (r.id, r.film, sequential.card(r)) for r in sequential
    ]
    Library.scan(SAMPLES, workers=2, cache_dir=tmp_path / "cache")  # nothing to parse
    assert len(started) == 1


def test_when_no_worker_can_start_the_tasks_run_here(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(errno.EMFILE, "Too many open files")

    monkeypatch.setattr(parallel.subprocess, "Popen", refuse)
    with WorkerPool(2) as pool:
        assert list(pool.map(math.factorial, range(20))) == [math.factorial(n) for n in range(20)]
    assert pool.notes == [
        "Worker processes could not be started (too many open files), so files were read in "
        "this process instead."
    ]


def test_workers_that_stop_leave_their_tasks_to_this_process(tmp_path: Path) -> None:
    dies = tmp_path / "dies"
    dies.write_text("#!/bin/sh\necho 'worker: out of memory' >&2\nexit 3\n", encoding="utf-8")
    dies.chmod(0o755)
    with WorkerPool(2, python=str(dies)) as pool:
        assert list(pool.map(math.factorial, range(30))) == [math.factorial(n) for n in range(30)]
    assert pool.notes
    assert all(
        note == "A worker process stopped (it ended with code 3: worker: out of memory); its "
        "files were read in this process instead."
        for note in pool.notes
    )


def test_only_module_level_functions_can_be_sent() -> None:
    assert task_name(math.factorial) == "math:factorial"
    with pytest.raises(ValueError, match="module-level"):
        task_name(lambda n: n)


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    # A zombie is gone too: it has ended and waits only for its parent to reap it.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return True


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the workers")
def test_workers_end_when_their_parent_is_killed() -> None:
    script = textwrap.dedent(
        """
        import math, sys, time
        from reeltui.parallel import WorkerPool
        pool = WorkerPool(2)
        results = pool.map(math.factorial, range(10))
        next(results)
        print(" ".join(str(w.process.pid) for w in pool._workers), flush=True)
        time.sleep(60)
        """
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(pids) == 2
        assert not any(_gone(pid) for pid in pids)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(_gone(pid) for pid in pids)
    finally:
        parent.kill()
        parent.wait()


def test_a_scan_without_workers_gives_the_same_library_and_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sequential = Library.scan(SAMPLES, workers=1)

    def refuse(*args: object, **kwargs: object) -> object:
        raise OSError(errno.EAGAIN, "Resource temporarily unavailable")

    monkeypatch.setattr(parallel.subprocess, "Popen", refuse)
    monkeypatch.setattr(library_module, "PARALLEL_MIN", 1)
    monkeypatch.setattr(library_module, "_CHUNK", 2)
    fallback = Library.scan(SAMPLES, workers=2, cache_dir=tmp_path / "cache")
    assert [(r.id, r.film, fallback.card(r).cast) for r in fallback] == [  # type: ignore[union-attr]
        (r.id, r.film, sequential.card(r).cast)
        for r in sequential  # type: ignore[union-attr]
    ]
    assert fallback.report.notes == (
        "Worker processes could not be started (resource temporarily unavailable), so files "
        "were read in this process instead.",
    )
    assert sequential.report.notes == ()


def test_workers_held_back_start_once_one_has_answered() -> None:
    numbers = list(range(60))
    with WorkerPool(3) as pool:
        pool.start(math.factorial, first=1)
        assert len(pool._workers) == 1  # the others would share the cores while it loads
        assert list(pool.map(math.factorial, numbers)) == [math.factorial(n) for n in numbers]
        assert len(pool._workers) == 3  # started for the tasks left once it had answered
        assert pool.notes == []


def test_workers_held_back_are_not_started_when_every_task_is_sent() -> None:
    with WorkerPool(3) as pool:
        pool.start(math.factorial, first=1)
        assert list(pool.map(math.factorial, [3, 4])) == [6, 24]  # both went to the first
        assert len(pool._workers) == 1


def test_a_scan_worker_loads_the_parsers_and_not_the_catalog() -> None:
    """A worker imports the module of its task and the parsers: not SQLite, the catalog or
    the check of the folder, which only the parent uses (they cost it time before its first
    answer, a first start's first rows)."""
    assert task_name(library_module.parse_chunk).startswith("reeltui.library.parsing:")
    script = textwrap.dedent(
        """
        import sys
        from importlib import import_module
        from reeltui.library.parsing import PARSERS
        for module in PARSERS:
            import_module(module.partition(":")[0])
        print(" ".join(sorted(sys.modules)))
        """
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    modules = set(run.stdout.split())
    assert {"reeltui.parse.scraped", "reeltui.parse.html", "reeltui.parse.markdown"} <= modules
    assert not modules & {
        "sqlite3",
        "reeltui.library.catalog",
        "reeltui.library.refresh",
        "reeltui.library.scan",
        "reeltui.library.entries",
    }


def test_a_first_scan_starts_one_worker_before_it_is_asked(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert Library.first_scan_workers(SAMPLES, cache, workers=1) is None  # one core: none
    assert Library.first_scan_workers(tmp_path / "missing", cache, workers=2) is None
    pool = Library.first_scan_workers(SAMPLES, cache, workers=2)
    assert pool is not None
    try:
        assert len(pool._workers) == 1  # the other once it has answered
        library = Library.open_folder(SAMPLES, cache)
        library.refresh(full=True, started=pool)
        assert pool._workers == []  # closed by the check that took it
        library.load_entries()
        assert library.report.notes == ()
        sequential = Library.scan(SAMPLES, workers=1)
        assert [(r.id, r.film, library.card(r)) for r in library] == [
            (r.id, r.film, sequential.card(r)) for r in sequential
        ]
    finally:
        pool.close()
    # Its catalog made, the folder's next start is no first scan.
    assert Library.first_scan_workers(SAMPLES, cache, workers=2) is None


def test_a_first_scan_writes_its_first_files_before_it_walks_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Given workers started for it, a first scan parses and writes the first few files its
    walk finds before it walks the whole folder: the first rows never wait for a walk of
    every file."""
    events: list[object] = []
    real_walk = library_module.walk

    def walk(*args: object, **kwargs: object) -> None:
        events.append(f"walk, {len(pool._workers)} workers")
        real_walk(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library_module, "walk", walk)
    cache = tmp_path / "cache"
    pool = Library.first_scan_workers(SAMPLES, cache, workers=2)
    assert pool is not None
    library = Library.open_folder(SAMPLES, cache)
    changes = library.refresh(full=True, started=pool, on_batch=lambda n: events.append(len(n)))
    first = library_module._FIRST_CHUNKS[0]
    # The other worker starts once the first has answered: it loads while the folder is walked.
    assert events[:3] == ["walk, 1 workers", first, "walk, 2 workers"]
    assert sum(n for n in events if isinstance(n, int)) == len(changes.added)  # each once
    assert changes.changed == []
    library.load_entries()
    sequential = Library.scan(SAMPLES, workers=1)
    assert [(r.id, r.film, library.card(r)) for r in library] == [
        (r.id, r.film, sequential.card(r)) for r in sequential
    ]


def test_a_first_scan_of_a_few_files_starts_no_more_workers(tmp_path: Path) -> None:
    folder = tmp_path / "few"
    folder.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        (folder / sample.name).write_bytes(sample.read_bytes())
    pool = Library.first_scan_workers(folder, tmp_path / "cache", workers=2)
    assert pool is not None
    library = Library.open_folder(folder, tmp_path / "cache")
    seen: list[int] = []

    def batch(numbers: list[int]) -> None:
        seen.append(len(pool._workers))

    changes = library.refresh(full=True, started=pool, on_batch=batch)
    assert len(changes.added) == 3
    assert seen == [1]  # its first worker read them all: the other was never needed


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no process priorities here")
def test_workers_but_the_first_run_at_a_lower_priority_than_their_parent() -> None:
    """The parent is what a user waits on (the TUI's keys): it takes a core from the workers
    when it needs one, and the first worker keeps the other. Workers started ahead keep the
    parent's priority until one has answered (the first rows)."""
    own = os.getpriority(os.PRIO_PROCESS, 0)
    lower = min(19, own + parallel.LOWER_BY)
    numbers = list(range(60))
    with WorkerPool(3) as pool:
        pool.start(math.factorial)
        early = [worker.process.pid for worker in pool._workers]
        assert [os.getpriority(os.PRIO_PROCESS, pid) for pid in early] == [own] * 3
        assert list(pool.map(math.factorial, numbers)) == [math.factorial(n) for n in numbers]
        first, *others = [worker.process.pid for worker in pool._workers]
        assert os.getpriority(os.PRIO_PROCESS, first) == own
        assert os.getsid(first) == first  # a session of its own, a program's share of the CPU
        assert len(others) == 2
        for pid in others:
            assert os.getpriority(os.PRIO_PROCESS, pid) == lower
            # In this process's session, where niceness weighs against it (Linux shares the
            # processor between sessions first), but not in its process group.
            assert os.getsid(pid) == os.getsid(0)
            assert os.getpgid(pid) == pid


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no process priorities here")
def test_workers_held_back_start_at_a_lower_priority() -> None:
    own = os.getpriority(os.PRIO_PROCESS, 0)
    numbers = list(range(60))
    with WorkerPool(2) as pool:
        pool.start(math.factorial, first=1)
        assert list(pool.map(math.factorial, numbers)) == [math.factorial(n) for n in numbers]
        first, grown = [worker.process.pid for worker in pool._workers]
        assert os.getpriority(os.PRIO_PROCESS, first) == own
        assert os.getpriority(os.PRIO_PROCESS, grown) == min(19, own + parallel.LOWER_BY)


def test_workers_run_where_priorities_cannot_be_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "setpriority", raising=False)
    monkeypatch.delattr(os, "getpriority", raising=False)
    monkeypatch.delattr(os, "nice", raising=False)
    with WorkerPool(2) as pool:
        assert list(pool.map(math.factorial, range(20))) == [math.factorial(n) for n in range(20)]
        assert pool.notes == []
