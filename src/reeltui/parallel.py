"""Running many small tasks in worker processes, one per core.

A first scan of a large folder parses thousands of files, and one process per core does it in
a fraction of the time. The workers are plain child processes started with `subprocess`. They
receive tasks on their standard input and answer on their standard output (length-prefixed
pickles); their standard error goes to a temporary file. That makes them independent of
everything the parent process is doing with its own streams:

- A Textual app replaces `sys.stderr` with an object whose `fileno()` is -1. The process pools
  of `multiprocessing` start a helper process (the resource tracker) that inherits the
  parent's `sys.stderr.fileno()`, and that start fails with "bad value(s) in fds_to_keep":
  a pool started under a running TUI never ran. These workers never look at `sys.stderr`.
- Nothing they print reaches the terminal, which the TUI owns; the tail of their error output
  is kept to explain a worker that stopped.
- They are started afresh (not forked from a process that runs threads) and they end when the
  parent goes away, even after `kill -9`: their input reaches its end and they exit.

When no worker can be started, or a worker stops, its tasks run in this process instead and
`notes` says so in a sentence: workers make a scan faster, never make it fail.

All workers but the first run at a lower scheduling priority than this process (`_lower`): on
a machine with few cores they compete with it, and this process is the one a user waits on (the
TUI answering a key, the parent writing what they parsed). While it needs a core, it takes one
from them; while it waits, they have the cores. Workers started ahead of the first task (`start`
with `first`) keep this process's priority until one of them has answered: they load the
parsers while this process loads its own modules, and the first rows wait for them.

Linux shares the processor between sessions first (the kernel's automatic grouping: each
session is one group), and only then between the processes of a session by their niceness. So
the workers of lower priority stay in the parent's session (in a process group of their own,
out of reach of the terminal's interrupts): in sessions of their own, their niceness changed
nothing against the app (a worker at niceness 10 still took half a core from it), and with
their groups lowered instead, other programs' sessions starved them. The first worker keeps a
session of its own and this process's priority: the app, which uses about one core, leaves
one core to it, and while other programs keep the machine busy it gets the share of a program
of its own (all the workers in the app's session made a first scan beside a busy machine's
other work three to five times slower).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import IO, Any, Protocol, TypeVar

__all__ = ["WorkerPool", "child_environment"]

Arg = TypeVar("Arg")
Result = TypeVar("Result")

Item = TypeVar("Item", covariant=True)


class Tasks(Protocol[Item]):
    """The arguments of `WorkerPool.map`: a sequence, or anything that makes each argument
    when it is asked for by its place (so that they need not all be held at once)."""

    def __len__(self) -> int: ...

    def __getitem__(self, index: int, /) -> Item: ...


_HEADER = struct.Struct("!Q")
#: Tasks sent ahead to each worker, so that it never waits for the next one.
_AHEAD = 2
#: How much of a stopped worker's error output is kept to explain it.
_ERROR_TAIL = 2000
#: How long to wait for a worker that stopped answering to exit, to tell its exit code.
_REAP_WAIT = 0.5
#: How much lower a worker's scheduling priority is than this process's (a niceness added).
LOWER_BY = 10
#: The highest niceness there is.
_NICEST = 19


def _write_frame(stream: IO[bytes], payload: object) -> None:
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _read_exactly(stream: IO[bytes], size: int) -> bytes | None:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: IO[bytes]) -> Any:
    """The next message on a stream; None at its end (also when cut off mid-message)."""
    header = _read_exactly(stream, _HEADER.size)
    if header is None:
        return None
    body = _read_exactly(stream, _HEADER.unpack(header)[0])
    return None if body is None else pickle.loads(body)


def task_name(fn: Callable[..., object]) -> str:
    """The "module:function" a worker imports to run `fn` (a module-level function)."""
    module, name = getattr(fn, "__module__", None), getattr(fn, "__qualname__", "")
    if not module or module == "__main__" or not name or "<" in name or "." in name:
        raise ValueError(f"{fn!r} is not a module-level function a worker can import")
    return f"{module}:{name}"


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """A worker's loop: run each task read from `stdin`, answer on `stdout`, until input ends.

    A task is (number, "module:function", argument); the answer is (number, True, result), or
    (number, False, message) when the function raised.
    """
    functions: dict[str, Callable[[Any], Any]] = {}
    while (task := _read_frame(stdin)) is not None:
        number, name, argument = task
        try:
            fn = functions.get(name)
            if fn is None:
                module, _, attribute = name.partition(":")
                fn = functions[name] = getattr(import_module(module), attribute)
            answer = (number, True, fn(argument))
        except Exception as exc:  # reported to the parent, which runs the task itself
            answer = (number, False, f"{type(exc).__name__}: {exc}")
        _write_frame(stdout, answer)


def _niceness(pid: int) -> int | None:
    """A process's niceness, if the platform tells it."""
    getpriority = getattr(os, "getpriority", None)
    if getpriority is None:
        return None
    try:
        return int(getpriority(os.PRIO_PROCESS, pid))
    except OSError:
        return None


def _lower(pid: int, by: int = LOWER_BY) -> None:
    """Lower a worker's scheduling priority below this process's, where the platform can (not
    on Windows, which has no `os.setpriority`; a refusal is ignored: the worker runs as is)."""
    setpriority = getattr(os, "setpriority", None)
    own = _niceness(0)
    if setpriority is None or own is None:
        return
    with contextlib.suppress(OSError):
        setpriority(os.PRIO_PROCESS, pid, min(_NICEST, own + by))


def _package_root(module: str) -> str:
    """The folder to put on a worker's import path so that it finds `module`'s package."""
    top = sys.modules[module.partition(".")[0]]
    location = getattr(top, "__file__", None)
    if location is None:
        return ""
    path = Path(location).resolve().parent
    return str(path.parent if path.name == module.partition(".")[0] else path)


def child_environment(module: str) -> dict[str, str]:
    """The environment of a child process that runs `python -m` a module of this package: this
    one's, with the package findable (it may not be installed, as in a checkout)."""
    env = dict(os.environ)
    root = _package_root(module)
    if root:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    return env


@dataclass(eq=False)
class _Worker:
    """One child process and what it has been sent."""

    number: int
    process: subprocess.Popen[bytes]
    errors: IO[bytes]
    sent: list[int] = field(default_factory=list)
    alive: bool = True
    #: Whether its scheduling priority is settled: lowered (`_lower`), or kept (the first).
    lowered: bool = False

    def error_tail(self) -> str:
        """The last line the worker wrote to its standard error, if any."""
        with contextlib.suppress(OSError, ValueError):
            self.errors.seek(0, os.SEEK_END)
            size = self.errors.tell()
            self.errors.seek(max(0, size - _ERROR_TAIL))
            lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
            return lines[-1].strip() if lines else ""
        return ""


class WorkerPool:
    """Runs a module-level function over many arguments in `size` worker processes.

    Use it as a context manager; `map` yields the results in the order of the arguments.
    `python` is the interpreter to start (this one by default).
    """

    def __init__(self, size: int, *, python: str | None = None) -> None:
        self.size = max(1, size)
        self.python = python if python is not None else sys.executable
        self.notes: list[str] = []
        self._workers: list[_Worker] = []
        self._answers: queue.Queue[tuple[int, Any]] = queue.Queue()
        #: The module a worker imports first, and the command that starts one (`_start`).
        self._module = ""
        self._command: list[str] = []
        #: Set once a worker could not be started (no more are tried).
        self._refused = False
        #: Set once a worker has answered a task (the workers held back may start).
        self._answered = False

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- starting and stopping ---------------------------------------------------------------

    def _start(self, module: str, *preload: str, count: int | None = None) -> None:
        """Start `count` workers (all of them by default; each importing `module` and
        `preload` first); a worker that cannot be started is noted, not raised. The command
        is kept, so that `grow` starts the others alike."""
        if not self._workers:
            self._answers = queue.Queue()
        self._module = module
        self._command = [self.python, "-u", "-m", __name__, module, *preload]
        self._spawn(self.size if count is None else min(self.size, max(1, count)), early=True)

    def _spawn(self, count: int, early: bool = False) -> None:
        """Start `count` more workers with the command kept by `_start`; all but the first at a
        lower priority than this process (those started `early`, before any answer, once one
        has come)."""
        env = child_environment(self._module)
        command = self._command
        for number in range(len(self._workers), len(self._workers) + count):
            errors = tempfile.TemporaryFile()  # noqa: SIM115 (kept open for the worker's life)
            try:
                if not self.python:
                    raise OSError("this Python does not know where its interpreter is")
                process = subprocess.Popen(
                    command,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=errors,
                    env=env,
                    close_fds=True,
                    # Out of reach of the terminal's interrupts (they are the parent's to
                    # handle): the first worker in a session of its own, the others in a
                    # process group of their own in the parent's session (the module's notes).
                    start_new_session=number == 0,
                    process_group=None if number == 0 else 0,
                )
            except (OSError, ValueError, subprocess.SubprocessError) as exc:
                errors.close()
                self._refused = True
                self.notes.append(
                    "Worker processes could not be started "
                    f"({_reason(exc)}), so files were read in this process instead."
                )
                return
            worker = _Worker(number, process, errors, lowered=number == 0)
            self._workers.append(worker)
            if not early or self._answered:
                self._lower(worker)
            threading.Thread(
                target=self._listen, args=(worker,), name=f"worker-{number}-answers", daemon=True
            ).start()

    def _lower(self, worker: _Worker) -> None:
        """Lower a worker's priority (once)."""
        if not worker.lowered:
            worker.lowered = True
            _lower(worker.process.pid)

    def _listen(self, worker: _Worker) -> None:
        """Read a worker's answers into the queue; (number, None) when it has stopped."""
        stdout = worker.process.stdout
        assert stdout is not None
        try:
            while (answer := _read_frame(stdout)) is not None:
                self._answers.put((worker.number, answer))
        except (OSError, ValueError, EOFError, pickle.UnpicklingError):
            pass
        self._answers.put((worker.number, None))

    def close(self) -> None:
        """Stop the workers: end their input, then make sure they are gone."""
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                if worker.process.stdin is not None:
                    worker.process.stdin.close()
        for worker in self._workers:
            try:
                worker.process.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    worker.process.wait(timeout=1.0)
            with contextlib.suppress(OSError, ValueError):
                if worker.process.stdout is not None:
                    worker.process.stdout.close()
            worker.errors.close()
        self._workers.clear()

    def start(
        self, fn: Callable[..., object] | str, *preload: str, first: int | None = None
    ) -> None:
        """Start the workers for `fn` (or its "module:function") now, if not yet (else `map`
        starts them): each imports `fn`'s module, and the modules `preload` names (those `fn`
        imports when first called), as it starts, before any task comes, while the caller goes
        on with something else (a scan's walk of the folder).

        With `first`, only that many start now, and the others once one of them has answered
        a task and more are waiting to be sent: on a machine with few cores, workers loading
        their modules at once share them, and each is ready later than one alone would be;
        the first answer (a scan's first rows) waits for the first workers only."""
        if not self._workers:
            name = fn if isinstance(fn, str) else task_name(fn)
            self._start(name.partition(":")[0], *preload, count=first)

    def grow(self) -> list[_Worker]:
        """Start the workers `start` held back, if any (none, once one failed to start): a
        caller that has had an answer and knows more tasks are coming; the workers started."""
        known = len(self._workers)
        if known and known < self.size and not self._refused:
            self._spawn(self.size - known)
        return self._workers[known:]

    # -- running -----------------------------------------------------------------------------

    def _send(self, worker: _Worker, number: int, name: str, argument: object) -> bool:
        stdin = worker.process.stdin
        try:
            assert stdin is not None
            _write_frame(stdin, (number, name, argument))
        except (OSError, ValueError):
            return False
        worker.sent.append(number)
        return True

    def _lost(self, worker: _Worker) -> list[int]:
        """Mark a worker stopped; the tasks it had not answered."""
        if not worker.alive:
            return []
        worker.alive = False
        try:
            # A worker that closed its end has usually exited, but may not be reaped yet.
            code: int | None = worker.process.wait(timeout=_REAP_WAIT)
        except subprocess.TimeoutExpired:
            code = None
        detail = worker.error_tail()
        how = f"it ended with code {code}" if code is not None else "it stopped answering"
        self.notes.append(
            f"A worker process stopped ({how}{': ' + detail if detail else ''}); "
            "its files were read in this process instead."
        )
        lost, worker.sent = worker.sent, []
        return lost

    def map(self, fn: Callable[[Arg], Result], arguments: Tasks[Arg]) -> Iterator[Result]:
        """`fn(argument)` for each argument, in order, computed in the workers.

        Tasks of a worker that stopped, or that raised there, are run in this process, so a
        result (or the exception `fn` raises) is the same as without workers.
        """
        name = task_name(fn)
        total = len(arguments)
        if total == 0:
            return
        if not self._workers:
            self._start(name.partition(":")[0])
        results: dict[int, Result] = {}
        here: set[int] = set()  # tasks to run in this process
        queued = 0  # the next task not yet sent

        def feed(worker: _Worker) -> None:
            nonlocal queued
            while worker.alive and len(worker.sent) < _AHEAD and queued < total:
                if not self._send(worker, queued, name, arguments[queued]):
                    here.update(self._lost(worker))
                    return
                queued += 1

        def more_workers() -> None:
            if self._answered and queued < total:
                for started in self.grow():
                    feed(started)

        for worker in self._workers:
            feed(worker)
        more_workers()
        for position in range(total):
            while position not in results:
                alive = [w for w in self._workers if w.alive]
                if position in here or (position >= queued and not alive):
                    here.discard(position)
                    results[position] = fn(arguments[position])
                    continue
                number, answer = self._answers.get()
                worker = self._workers[number]
                if answer is None:
                    here.update(self._lost(worker))
                    continue
                task, ok, value = answer
                if task in worker.sent:
                    worker.sent.remove(task)
                if ok:
                    results[task] = value
                else:
                    here.add(task)
                if not self._answered:
                    self._answered = True
                    for early in self._workers:
                        self._lower(early)
                feed(worker)
                more_workers()
            yield results.pop(position)


def _reason(exc: BaseException) -> str:
    """An exception as a short lower-case reason: "resource temporarily unavailable"."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def _main() -> None:
    """The worker process: import the modules named on the command line (those of the tasks to
    come), then serve tasks until the parent closes our input."""
    # Interrupts are the parent's to handle: it ends our input, and we end.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Answers go out on a copy of the original standard output; anything else printed there
    # (a warning, a stray print) goes to standard error, so it cannot corrupt an answer.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    for module in sys.argv[1:]:
        with contextlib.suppress(Exception):  # a task of it will fail, and say why
            import_module(module)
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    _main()
