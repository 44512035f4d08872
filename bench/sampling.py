"""A sampling profiler for the benchmarks: where the CPU of a run goes, function by function.

cProfile times every call, which about doubles the parse's time and weighs most on what is
called thousands of times a review (the rules' cheap cue tests, `len`, dictionary looks), so
its shares are not the shares of a plain run. `Sampler` instead interrupts the process after
every `interval` seconds of its own CPU time (`SIGPROF`, POSIX only) and notes the Python stack
it was in; a function's share of the samples is its share of the CPU. The kernel rounds the
interval to its tick (often 4 ms), so a few seconds of work give a few hundred samples: enough
for shares of a few per cent, not for small differences.

    with Sampler() as sampler:
        work()
    print(sampler.report())

Each function is counted once per sample in "inclusive" (it was on the stack) and the function
running at the time in "self"; "lines" are the lines running at the time, which points at the
test or expression that costs (a C function, such as a regular expression's search, is counted
on the Python line that called it).
"""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path
from types import FrameType, TracebackType

__all__ = ["Sampler", "available"]


def available() -> bool:
    """True where the CPU-time timer exists (not on Windows)."""
    return hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")


def _where(frame: FrameType) -> str:
    code = frame.f_code
    path = Path(code.co_filename)
    place = "/".join(path.parts[-2:]) if path.parent.name in ("parse", "library") else path.name
    name = code.co_name
    if name.startswith("<"):  # a comprehension: which one
        name = f"{name}@{code.co_firstlineno}"
    return f"{place}:{name}"


class Sampler:
    """Samples the stack of the main thread every `interval` seconds of CPU time."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.samples = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()
        self._previous: object = None

    def _sample(self, signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        self.samples += 1
        top = _where(frame)
        self.own[top] += 1
        self.lines[f"{top}:{frame.f_lineno}"] += 1
        seen: set[str] = set()
        current: FrameType | None = frame
        while current is not None:
            where = _where(current)
            if where not in seen:
                seen.add(where)
                self.inclusive[where] += 1
            current = current.f_back

    def __enter__(self) -> Sampler:
        if not available():
            raise RuntimeError("sampling needs a CPU-time timer (SIGPROF), which this OS lacks")
        self._previous = signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, self._previous)  # type: ignore[arg-type]

    def share(self, where: str, *, own: bool = False) -> float:
        """The share (0 to 1) of the samples in which `where` ("file.py:function") ran itself
        (`own`) or was on the stack."""
        counts = self.own if own else self.inclusive
        return counts[where] / self.samples if self.samples else 0.0

    def report(self, top: int = 30, within: str = "") -> str:
        """The most sampled functions (inclusive and self) and lines, as text; `within` keeps
        only the names that contain it ("parse/", say)."""
        total = self.samples or 1
        out = [f"{self.samples} samples (one per {self.interval * 1000:g} ms of CPU, or the tick)"]
        for title, counts in (
            ("on the stack (inclusive)", self.inclusive),
            ("running (self)", self.own),
            ("lines running", self.lines),
        ):
            out.append(f"-- {title}")
            rows = [(k, n) for k, n in counts.most_common() if within in k][:top]
            out.extend(f"{n / total * 100:6.1f} %  {k}" for k, n in rows)
        return "\n".join(out)
