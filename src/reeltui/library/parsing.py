"""Parsing a scan's files into the catalog's rows: what its worker processes run.

Kept apart from the check of the folder (`refresh.py`) and from the catalog: a worker imports
this module, the parsers and the rows' format, and nothing it does not use (SQLite, the
catalog's queries, the entries), so that it is ready for its first files sooner.
"""

from __future__ import annotations

from pathlib import Path

from reeltui.library.first_scan import PARSERS
from reeltui.library.rows import DocRow, doc_row
from reeltui.model import FileProblem, Review
from reeltui.parse import NotAReview, parse_file
from reeltui.storage import os_reason

__all__ = ["PARSERS", "os_message", "parse_chunk", "parse_safely"]


def os_message(exc: OSError) -> str:
    """One sentence for an OS error met reading a file or folder."""
    return f"could not be read: {os_reason(exc, missing='it has been deleted or moved')}"


def parse_safely(path: Path, root: Path, rid: str) -> Review | FileProblem:
    """Parse one file; whatever goes wrong becomes a `FileProblem` instead of an exception.

    Besides the expected failures (not a review, an OS error), an exception from a bug in a
    parser is reported too, so that one strange file can never stop a scan or an open.
    """
    try:
        return parse_file(path, root, rid)
    except NotAReview as exc:
        return FileProblem(path, str(exc))
    except OSError as exc:
        return FileProblem(path, os_message(exc))
    except RecursionError:
        return FileProblem(path, "the file is nested too deeply to read")
    except MemoryError:
        return FileProblem(path, "the file is too large to read in the memory available")
    except Exception as exc:  # a parser bug must not take the whole folder down
        return FileProblem(
            path, f"reeltui failed on this file ({type(exc).__name__}); please report it"
        )


def parse_chunk(chunk: tuple[list[tuple[str, str]], str]) -> list[DocRow | str]:
    """Parse (path, id) pairs under a root into the catalog's rows, or the problem of each
    file that could not be read (run in worker processes)."""
    items, root = chunk
    out: list[DocRow | str] = []
    for path, rid in items:
        result = parse_safely(Path(path), Path(root), rid)
        out.append(doc_row(result) if isinstance(result, Review) else result.message)
    return out
