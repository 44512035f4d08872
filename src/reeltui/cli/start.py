"""The `reeltui` command's entry: on a folder's first start of the reader, its scan's workers are
started before the command line's modules are imported.

The workers load the parsers while this process loads the rest (the command line, then Textual
and the first screen). `main` looks at the arguments without `argparse`: only a start of the
reader (no command; `--data` and `--bookmarks` alone) whose folder has no catalog yet starts
them here. Anything else (a command, `--help`, an option spelled otherwise) goes to
`reeltui.cli.main` as it came, and the reader, when it opens, starts them there as before.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reeltui.parallel import WorkerPool

__all__ = ["main", "reader_options"]

#: The options a start of the reader may have (each with a value).
_OPTIONS = ("--data", "--bookmarks")


def reader_options(argv: Sequence[str]) -> dict[str, str] | None:
    """The options of a start of the reader (the last of each wins, as for `argparse`), or
    None when `argv` may be anything else."""
    options: dict[str, str] = {}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name not in _OPTIONS:
            return None
        if not equals:
            following = next(words, None)
            if following is None or following.startswith("-"):
                return None
            value = following
        options[name] = value
    return options


def _first_scan_workers(argv: Sequence[str]) -> WorkerPool | None:
    options = reader_options(argv)
    if options is None:
        return None
    from reeltui.library.first_scan import first_scan_workers
    from reeltui.paths import resolve

    paths = resolve(data=options.get("--data"), bookmarks=options.get("--bookmarks"))
    return first_scan_workers(paths.data, paths.cache, os.cpu_count())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `reeltui` command (`reeltui.cli.main.main`), its first scan's workers started
    first when it opens the reader on a folder never scanned."""
    args = list(sys.argv[1:] if argv is None else argv)
    workers = _first_scan_workers(args)
    try:
        from reeltui.cli.main import main as run

        return run(args, workers=workers)
    finally:
        if workers is not None:
            workers.close()
