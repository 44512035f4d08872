"""What every command shares: its context, the global options, the exit codes, errors as one
sentence, JSON output.

Exit codes: 0 ok, 1 a problem with the data (reported), 2 bad usage. A command raises
`UsageError` or `DataError` with one sentence; `run_command` prints it on stderr after
"reeltui: " and returns the code, and turns the other failures a command can meet (a
bookmarks file that cannot be used, an OS error, a closed pipe) into the same shape. A command
that changes or writes something says what a failure leaves undone (`ON_ERROR`): "nothing was
saved: …". The process is about to exit, so a change the bookmark store keeps in memory is lost,
and the sentence says so instead of what the store would say.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from reeltui.bookmarks import BookmarkError, BookmarksWriteError, BrokenBookmarks
from reeltui.paths import Paths
from reeltui.storage import os_reason
from reeltui.text import display_path

__all__ = [
    "EXIT_DATA",
    "EXIT_OK",
    "EXIT_USAGE",
    "ON_ERROR",
    "Context",
    "DataError",
    "Handler",
    "UsageError",
    "add_global_options",
    "print_json",
    "print_json_array",
    "run_command",
]

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
#: The parser default naming what a failure of a command leaves undone ("nothing was saved").
ON_ERROR = "on_error"
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


def add_global_options(parser: argparse.ArgumentParser) -> None:
    """Give a parser the global options `--data DIR` and `--bookmarks FILE`.

    Every parser on the way to a command has them, so they work before or after the command
    (`reeltui --data D list`, `reeltui list --data D`, `reeltui bookmarks list --data D`); the
    last one given wins.
    """
    parser.add_argument(
        "--data",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="the folder of reviews (default: $REELTUI_DATA, ./data/reviews, or the samples)",
    )
    parser.add_argument(
        "--bookmarks",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the bookmarks file (default: $REELTUI_BOOKMARKS or the user data folder)",
    )


def print_json(ctx: Context, value: object) -> None:
    """Write a JSON value to the command's output, indented, with text as it is."""
    json.dump(value, ctx.out, ensure_ascii=False, indent=2)
    ctx.out.write("\n")


def print_json_array(ctx: Context, values: Iterable[object]) -> None:
    """Write a JSON array to the command's output as each value comes, exactly as `print_json`
    writes the list of them (a long list is never held whole)."""
    write = ctx.out.write
    opening = "[\n  "
    for value in values:
        # Line ends inside a JSON text are only between its tokens (a string's are escaped).
        write(opening + json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        opening = ",\n  "
    write("[]\n" if opening == "[\n  " else "\n]\n")


def _fail(code: int, message: str) -> int:
    """Print one sentence on stderr and return the exit code."""
    print(f"reeltui: {message}", file=sys.stderr)
    return code


def run_command(handler: Handler, ctx: Context) -> int:
    """Run a command and return its exit code; every failure it can meet becomes a sentence."""
    undone: str | None = getattr(ctx.args, ON_ERROR, None)

    def failed(why: str) -> int:
        return _fail(EXIT_DATA, f"{undone}: {why}" if undone else why)

    try:
        return handler(ctx)
    except UsageError as exc:
        return _fail(EXIT_USAGE, str(exc))
    except BookmarksWriteError as exc:
        return failed(exc.cause)
    except BrokenBookmarks as exc:
        return failed(f"{exc} (run `reeltui bookmarks repair`)")
    except (DataError, BookmarkError) as exc:
        return failed(str(exc))
    except BrokenPipeError:
        # The reader of our output went away (`reeltui list | head`): not an error.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return _EXIT_INTERRUPTED
    except OSError as exc:
        where = f" ({display_path(exc.filename)})" if exc.filename else ""
        return failed(f"{os_reason(exc)}{where}")
