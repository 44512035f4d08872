"""Whether a folder's scan will be its first, and its workers started early: kept apart from
the catalog and the scan (SQLite, the entries, the parsers), so that the `reeltui` command can
start the workers before it imports those (`reeltui.cli.start`)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reeltui.parallel import WorkerPool

__all__ = ["PARSERS", "PARSING", "catalog_file", "first_scan_workers", "folder_digest"]

#: The module whose `parse_chunk` a scan's workers run.
PARSING = "reeltui.library.parsing"
#: The modules `parse_bytes` imports when first called: workers started early load them first.
PARSERS = ("reeltui.parse.scraped", "reeltui.parse.html", "reeltui.parse.markdown")


def folder_digest(root: Path) -> str:
    """A short stable name for a data folder, used to name its catalog file."""
    try:
        resolved = Path(root).resolve()
    except (OSError, RuntimeError):
        resolved = Path(os.path.abspath(root))
    return hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]


def catalog_file(cache_dir: Path, root: Path) -> Path:
    """The file in `cache_dir` that holds the catalog of `root` (once made)."""
    return Path(cache_dir) / f"catalog-{folder_digest(root)}.sqlite3"


def first_scan_workers(
    root: Path, cache_dir: Path | None, workers: int | None = None
) -> WorkerPool | None:
    """Worker processes for a folder's first scan, started now if it is one (no catalog of the
    folder was ever made): the first of them loads the parsers while the caller loads the rest
    (the TUI: Textual and its first screen), so that the first files are parsed as soon as the
    scan has found them. Give them to `refresh` (`started`), which closes them. None on one
    core, or when the folder has a catalog (its entries come from it, and a check decides what
    to parse)."""
    count = workers or os.cpu_count() or 1
    root = Path(root)
    if count <= 1 or not root.is_dir():
        return None
    if cache_dir is not None and catalog_file(cache_dir, root).exists():
        return None
    from reeltui.parallel import WorkerPool

    pool = WorkerPool(count)
    # By name: importing `parsing` here would load the model and the parsers' package, which
    # the workers load while this process goes on.
    pool.start(f"{PARSING}:parse_chunk", *PARSERS, first=1)
    return pool
