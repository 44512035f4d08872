"""What every command shares: its context, the exit codes, errors as one sentence, JSON output.

Exit codes: 0 ok, 1 a problem with the data (reported), 2 bad usage. A command raises
`UsageError` or `DataError` with one sentence; `run_command` prints it on stderr after
"reeltui: " and returns the code, and turns the other failures a command can meet (a
bookmarks file that cannot be used, an OS error, a closed pipe) into the same shape.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from reeltui.bookmarks import BookmarkError, BrokenBookmarks
from reeltui.paths import Paths
from reeltui.storage import os_reason
from reeltui.text import display_path

__all__ = [
    "EXIT_DATA",
    "EXIT_OK",
    "EXIT_USAGE",
    "Context",
    "DataError",
    "Handler",
    "UsageError",
    "add_data_option",
    "print_json",
    "run_command",
]

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
#: The exit code of a command stopped by ctrl+c, as a shell reports it.
_EXIT_INTERRUPTED = 130


class UsageError(Exception):
    """A command was asked for something that cannot be; exit 2 with this sentence."""


class DataError(Exception):
    """The data could not be used; exit 1 with this sentence."""


@dataclass(frozen=True, slots=True)
class Context:
    """What every command gets: its parsed options, the resolved paths and the output."""

    args: argparse.Namespace
    paths: Paths
    out: TextIO


#: A command: given its context, it does its work and returns the exit code.
Handler = Callable[[Context], int]


def add_data_option(parser: argparse.ArgumentParser) -> None:
    """Give a parser the `--data DIR` option (before or after the command: both work)."""
    parser.add_argument(
        "--data",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the folder of reviews (default: $REELTUI_DATA, ./data/reviews, or the samples)",
    )


def print_json(ctx: Context, value: object) -> None:
    """Write a JSON value to the command's output, indented, with text as it is."""
    json.dump(value, ctx.out, ensure_ascii=False, indent=2)
    ctx.out.write("\n")


def _fail(code: int, message: str) -> int:
    """Print one sentence on stderr and return the exit code."""
    print(f"reeltui: {message}", file=sys.stderr)
    return code


def run_command(handler: Handler, ctx: Context) -> int:
    """Run a command and return its exit code; every failure it can meet becomes a sentence."""
    try:
        return handler(ctx)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except BrokenBookmarks as exc:
        return _fail(EXIT_DATA, f"{exc} (run `reeltui bookmarks repair`)")
    except (DataError, BookmarkError) as exc:
        return _fail(EXIT_DATA, str(exc))
    except BrokenPipeError:
        # The reader of our output went away (`reeltui list | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except OSError as exc:
        where = f" ({display_path(exc.filename)})" if exc.filename else ""
        return _fail(EXIT_DATA, f"{os_reason(exc)}{where}")
