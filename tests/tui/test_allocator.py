"""The allocator gives back what the app's threads freed (glibc only)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reeltui.tui import allocator


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(allocator._LIBC is None, reason="not glibc")
def test_memory_a_thread_freed_is_given_back() -> None:
    assert allocator.limit_arenas()
    held: list[bytes] = []

    def fill() -> None:
        # Blocks of 2 KiB come from the C allocator (Python keeps smaller ones itself).
        held.extend(bytes(2048) for _ in range(30_000))

    thread = threading.Thread(target=fill)
    thread.start()
    thread.join()
    # The last block kept: the thread's heap cannot shrink from its top by itself.
    last = held[-1]
    full = resident_mb()
    del held[:]
    assert resident_mb() > full - 5, "freed, but still held"
    allocator.give_back()
    assert resident_mb() < full - 40
    assert len(last) == 2048
