"""Settling a catalog's names and indexing its full text in a process of their own.

After a first scan, two one-off jobs stand between the catalog and a whole search: deriving the
names (`Catalog.settle_names`: every person of each role and every film, from the credits) and
indexing the bodies (`FullTextIndex.index`). At 100,000 reviews both are heavy: the names go
through Python tables of every spelling and SQLite sorts in memory, and indexing makes FTS5
merge its segments through the writer's page cache. Done in the TUI's process, that memory
raised its peak by about a hundred megabytes, and most of it stayed for the rest of the
session (the allocator seldom gives memory back to the system).

So the TUI has them done by a child process (`python -m reeltui.search.apart PATH ROOT
FINGERPRINT`), which opens the same catalog file and writes it (SQLite's WAL lets the TUI read
meanwhile) and says how far it has got on its standard output, one line at a time: `names`
once the names are settled, `text DONE TOTAL` after each batch of bodies indexed, `done` at the
end. It ends when its standard input does, so it never outlives the TUI (even one killed with
`kill -9`); what it committed is kept, as a scan's batches are.

Whatever the child did not finish (it could not be started, it failed, it was stopped) is left
for the caller to do itself (`settle_names` and `index` do only what is left), so the child
makes the search's memory smaller, never its answers different.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO

from reeltui.library.catalog import Catalog
from reeltui.parallel import child_environment
from reeltui.search.fulltext.store import FullTextIndex, Progress

__all__ = ["Apart"]

#: How long a stopped child is given to exit before it is killed.
_STOP_WAIT = 1.0


class Apart:
    """A child process settling the names and indexing the full text of one catalog."""

    def __init__(self, process: subprocess.Popen[bytes], errors: IO[bytes]) -> None:
        self._process = process
        self._errors = errors
        self._lock = threading.Lock()
        self._stopped = False

    @classmethod
    def start(cls, catalog: Catalog) -> Apart | None:
        """Start the child for `catalog` (None: a catalog in memory, which another process
        cannot open, or a child that could not be started)."""
        if catalog.path is None or not sys.executable:
            return None
        errors = tempfile.TemporaryFile()  # noqa: SIM115 (kept open for the child's life)
        command = [
            sys.executable,
            "-u",
            "-m",
            __name__,
            str(catalog.path),
            str(catalog.root),
            catalog.fingerprint,
        ]
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=errors,
                env=child_environment(__name__),
                close_fds=True,
                start_new_session=True,
            )
        except (OSError, ValueError, subprocess.SubprocessError):
            errors.close()
            return None
        return cls(process, errors)

    def follow(self, on_names: Callable[[], None], progress: Progress | None = None) -> bool:
        """Read the child's lines until it ends: `on_names()` once the names are settled,
        `progress(done, total)` as the text is indexed. Whether it did all of it."""
        stdout = self._process.stdout
        assert stdout is not None
        finished = named = False
        try:
            for raw in stdout:
                words = raw.decode("ascii", "replace").split()
                if words == ["names"] and not named:
                    named = True
                    on_names()
                elif len(words) == 3 and words[0] == "text" and words[1].isdigit():
                    if progress is not None and words[2].isdigit():
                        progress(int(words[1]), int(words[2]))
                elif words == ["done"]:
                    finished = True
        except (OSError, ValueError):
            pass  # the child was stopped, or its output closed
        finally:
            self.stop()
        return finished and named

    def stop(self) -> None:
        """End the child (what it committed is kept) and wait for it to be gone."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        process = self._process
        with contextlib.suppress(OSError, ValueError):
            if process.stdin is not None:
                process.stdin.close()
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=_STOP_WAIT)
            except subprocess.TimeoutExpired:
                process.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=_STOP_WAIT)
        with contextlib.suppress(OSError, ValueError):
            if process.stdout is not None:
                process.stdout.close()
        self._errors.close()

    @property
    def pid(self) -> int:
        """The child's process id."""
        return self._process.pid


def _end_with_input() -> None:
    """End this process once its standard input ends (the parent closed it, or is gone)."""
    with contextlib.suppress(OSError, ValueError):
        while sys.stdin.buffer.read(4096):
            pass
    os._exit(0)


def build(path: Path, root: Path, fingerprint: str, say: Callable[[str], None]) -> None:
    """Settle the names of the catalog at `path` and index its full text, saying how far it
    has got (`say`: one line)."""
    catalog = Catalog.open(path.parent, root, fingerprint=fingerprint)
    try:
        if catalog.path != path:
            raise SystemExit(f"{path} is not the catalog of {root}")
        catalog.settle_names()
        say("names")
        FullTextIndex(catalog).index(lambda done, total: say(f"text {done} {total}"))
        say("done")
    finally:
        catalog.close()


def _main() -> None:
    path, root, fingerprint = sys.argv[1:4]
    threading.Thread(target=_end_with_input, name="input", daemon=True).start()
    out = sys.stdout

    def say(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    build(Path(path), Path(root), fingerprint, say)


if __name__ == "__main__":
    _main()
