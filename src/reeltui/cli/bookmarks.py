"""`reeltui bookmarks …`: the bookmark list from the command line.

    reeltui bookmarks list [--status S] [--json]
    reeltui bookmarks add FILM [--note TEXT]
    reeltui bookmarks remove FILM
    reeltui bookmarks watched FILM [--undo]      (or: to-watch FILM)
    reeltui bookmarks note FILM TEXT             ("" removes the note)
    reeltui bookmarks export [--format toml|csv|letterboxd|json] [--status S] [--json]
    reeltui bookmarks repair                     move a broken file aside, keep what it held

FILM is a film key, a review id, a review's path, or a title that names one film (case and
accents do not matter; "Title (2023)" picks a year). Exit codes as everywhere (`common`): 1 for
a broken bookmarks file or a folder that cannot be written, 2 for an unknown or ambiguous FILM.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from reeltui.bookmarks import (
    Bookmark,
    BookmarkStore,
    NewerBookmarks,
    Status,
    film_title,
)
from reeltui.bookmarks.export import terminal_safe_toml, write_csv, write_letterboxd
from reeltui.cli.common import (
    EXIT_OK,
    Context,
    DataError,
    UsageError,
    add_data_option,
    print_json,
    run_command,
)
from reeltui.library import Library
from reeltui.model import Film, Review
from reeltui.paths import Paths
from reeltui.text import clean_line, fold

__all__ = ["add_subparser", "lookup", "resolve_film", "run"]

#: How many candidates an "ambiguous film" message names before "and N more".
MAX_CANDIDATES = 8


def add_subparser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `bookmarks` and its actions to the main parser's sub-commands; returns its parser.

    Each action takes `--data DIR` too, so that FILM can be looked up in the folder given after
    the command. The parser's `handler` default takes the main CLI's context; `run` is the
    same without it.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "bookmarks",
        help="list, add, remove, mark watched and export bookmarked films",
        description="The films you mean to watch. FILM is a film key, a review id or a title.",
    )
    parser.add_argument(
        "--bookmarks",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the bookmarks file (default: $REELTUI_BOOKMARKS or the user data folder)",
    )
    actions = parser.add_subparsers(dest="bookmarks_action", metavar="ACTION", required=True)

    def action(name: str, help_: str, film: bool = True) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_, description=help_)
        if film:
            sub.add_argument("film", metavar="FILM", help="a film key, review id or title")
        add_data_option(sub)
        return sub

    def statuses(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--status", choices=[s.value for s in Status], help="only films with this status"
        )

    sub = action("list", "list the bookmarked films", film=False)
    statuses(sub)
    sub.add_argument("--json", action="store_true", help="print JSON instead of text")

    sub = action("add", "bookmark a film to watch")
    sub.add_argument("--note", metavar="TEXT", help="a note to keep with the bookmark")

    action("remove", "remove a film's bookmark")

    sub = action("watched", "mark a film watched (bookmarking it if need be)")
    sub.add_argument("--undo", action="store_true", help="mark it to-watch again")

    action("to-watch", "mark a film to-watch (bookmarking it if need be)")

    sub = action("note", "set the note of a bookmarked film")
    sub.add_argument("text", metavar="TEXT", help='the note; "" removes it')

    sub = action("export", "print the bookmarks as TOML, CSV, Letterboxd CSV or JSON", film=False)
    sub.add_argument(
        "--format",
        choices=["toml", "csv", "letterboxd", "json"],
        default="toml",
        help="toml (default), csv, letterboxd (its import CSV) or json",
    )
    sub.add_argument("--json", action="store_true", help="the same as --format json")
    statuses(sub)

    action("repair", "move a broken bookmarks file aside and keep what it held", film=False)

    parser.set_defaults(handler=_handle)
    return parser


def _handle(ctx: Context) -> int:
    """Run the action the arguments name (the main CLI turns its errors into sentences)."""
    return _COMMANDS[ctx.args.bookmarks_action](ctx)


def run(args: argparse.Namespace, paths: Paths, out: TextIO | None = None) -> int:
    """Run one `reeltui bookmarks` action and return its exit code; never raises.

    Output goes to `out` (stdout by default); errors are one sentence on stderr.
    """
    return run_command(_handle, Context(args, paths, out if out is not None else sys.stdout))


def lookup(paths: Paths) -> Callable[[Review], dict[str, Any] | None]:
    """A function giving the bookmark JSON of a review's film, or None (for `--json` output).

    Never raises: a broken or unreadable bookmarks file gives what could be read of it.
    """
    store = BookmarkStore.open(paths.bookmarks)

    def bookmark_of(review: Review) -> dict[str, Any] | None:
        bookmark = store.get(review.film_key)
        return bookmark.to_json() if bookmark is not None else None

    return bookmark_of


# --------------------------------------------------------------------------------------------
# FILM


@dataclass(frozen=True, slots=True)
class FilmRef:
    """A film that FILM named: its key, the title a bookmark stores, its year."""

    key: str
    title: str
    year: int | None

    @property
    def label(self) -> str:
        """ "Title (2023)"."""
        return Film(self.title, self.year).label


def _from_review(review: Review) -> FilmRef:
    return FilmRef(review.film_key, film_title(review), review.film.year)


def _from_bookmark(bookmark: Bookmark) -> FilmRef:
    return FilmRef(bookmark.film_key, bookmark.title, bookmark.year)


def resolve_film(ref: str, library: Library | None, store: BookmarkStore) -> FilmRef:
    """The film FILM names: a review id, film key or path, else one title. Raises `UsageError`.

    Titles are compared folded (case, accents and quote styles do not matter), as "Title" or
    "Title (2023)"; an exact title wins over titles that merely contain FILM. Bookmarked films
    count too, so a film whose review was deleted can still be removed.
    """
    text = ref.strip()
    if not text:
        raise UsageError("FILM is empty; give a film key, review id or title")
    if library is not None:
        review = library.get(text)
        if review is not None:
            return _from_review(review)
    bookmark = store.get(text)
    if bookmark is not None:
        return _from_bookmark(bookmark)

    films: dict[str, FilmRef] = {}
    if library is not None:
        for review in library:
            films.setdefault(review.film_key, _from_review(review))
    for bookmark in store.all():
        films.setdefault(bookmark.film_key, _from_bookmark(bookmark))

    query = fold(text)
    exact = [f for f in films.values() if query in (fold(f.title), fold(f.label))]
    if len(exact) == 1:
        return exact[0]
    if exact:
        raise UsageError(_ambiguous(text, exact))
    partial = [f for f in films.values() if query in fold(f.label)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise UsageError(_ambiguous(text, partial))

    where = f" in {library.root}" if library is not None else ""
    close = difflib.get_close_matches(query, [fold(f.title) for f in films.values()], n=3)
    titles = {fold(f.title): f.title for f in films.values()}
    hint = f"; did you mean {' or '.join(repr(titles[c]) for c in close)}?" if close else ""
    raise UsageError(f"no film{where} matches {clean_line(text)!r}{hint}")


def _ambiguous(text: str, films: list[FilmRef]) -> str:
    """One sentence naming the films an ambiguous FILM matched."""
    films = sorted(films, key=lambda f: (fold(f.title), f.year or 0))
    named = ", ".join(f"{f.label} [{f.key}]" for f in films[:MAX_CANDIDATES])
    more = f" and {len(films) - MAX_CANDIDATES} more" if len(films) > MAX_CANDIDATES else ""
    return (
        f"{clean_line(text)!r} matches {len(films)} films: {named}{more}; give the film key "
        "in brackets"
    )


def _library(paths: Paths) -> Library | None:
    """The library of the data folder, or None when the folder does not exist."""
    if not paths.data.is_dir():
        return None
    return Library.scan(paths.data, cache_dir=paths.cache)


def _find(args: argparse.Namespace, paths: Paths, store: BookmarkStore) -> FilmRef:
    """Resolve FILM, reading the library only when the bookmarks do not already name it."""
    ref = str(args.film).strip()
    bookmark = store.get(ref)
    if bookmark is not None:
        return _from_bookmark(bookmark)
    library = _library(paths)
    if library is None and not store.all():
        raise DataError(
            f"the data folder {paths.data} does not exist, so no film can be looked up; "
            "point reeltui at one with --data DIR or REELTUI_DATA"
        )
    return resolve_film(ref, library, store)


def _open(paths: Paths) -> BookmarkStore:
    """The store, loaded; a file that cannot be read at all is an error (exit 1)."""
    store = BookmarkStore.open(paths.bookmarks)
    if store.problem is not None and not isinstance(store.problem, NewerBookmarks):
        raise store.problem
    return store


# --------------------------------------------------------------------------------------------
# Actions


def _list(ctx: Context) -> int:
    """`bookmarks list`: every bookmark, oldest first."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    bookmarks = _filtered(store, args.status)
    if args.json:
        print_json(ctx, [b.to_json() for b in bookmarks])
        return EXIT_OK
    if not bookmarks:
        print("no bookmarks yet" if not args.status else f"no {args.status} bookmarks", file=out)
        return EXIT_OK
    width = min(max(len(b.label) for b in bookmarks), 50)
    for b in bookmarks:
        added = b.added.date().isoformat() if b.added else "          "
        label = clean_line(b.label)
        line = f"{b.status.value:<8}  {added}  {label:<{width}}  {clean_line(b.film_key)}"
        if b.note:
            line += f"  — {clean_line(b.note)}"
        print(line, file=out)
    return EXIT_OK


def _filtered(store: BookmarkStore, status: str | None) -> list[Bookmark]:
    """The bookmarks, only those of one status when asked."""
    return [b for b in store.all() if status is None or b.status.value == status]


def _add(ctx: Context) -> int:
    """`bookmarks add FILM [--note TEXT]`."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    film = _find(args, paths, store)
    if store.is_bookmarked(film.key):
        if args.note is not None:
            store.set_note(film.key, args.note)
            print(f"already bookmarked, note updated: {clean_line(film.label)}", file=out)
        else:
            print(f"already bookmarked: {clean_line(film.label)}", file=out)
        return EXIT_OK
    store.add(film.key, film.title, film.year, note=args.note)
    print(f"bookmarked: {clean_line(film.label)} [{film.key}]", file=out)
    return EXIT_OK


def _remove(ctx: Context) -> int:
    """`bookmarks remove FILM`: removing a film that is not bookmarked is not an error."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    film = _find(args, paths, store)
    if store.remove(film.key):
        print(f"removed: {clean_line(film.label)}", file=out)
    else:
        print(f"not bookmarked: {clean_line(film.label)}", file=out)
    return EXIT_OK


def _set_status(ctx: Context, status: Status) -> int:
    """Mark a film watched or to-watch, bookmarking it first when it is not."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    film = _find(args, paths, store)
    if store.status_of(film.key) is status:
        print(f"already {status.value}: {clean_line(film.label)}", file=out)
        return EXIT_OK
    if store.is_bookmarked(film.key):
        store.set_status(film.key, status)
    else:
        store.add(film.key, film.title, film.year, status=status)
    print(f"{status.value}: {clean_line(film.label)}", file=out)
    return EXIT_OK


def _watched(ctx: Context) -> int:
    """`bookmarks watched FILM [--undo]`."""
    return _set_status(ctx, Status.TO_WATCH if ctx.args.undo else Status.WATCHED)


def _to_watch(ctx: Context) -> int:
    """`bookmarks to-watch FILM`."""
    return _set_status(ctx, Status.TO_WATCH)


def _note(ctx: Context) -> int:
    """`bookmarks note FILM TEXT`: set or (with "") remove a note; bookmarks the film if need be."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    film = _find(args, paths, store)
    note = args.text or None
    if store.is_bookmarked(film.key):
        store.set_note(film.key, note)
    elif note is not None:
        store.add(film.key, film.title, film.year, note=note)
    else:
        print(f"not bookmarked: {clean_line(film.label)}", file=out)
        return EXIT_OK
    print(f"{'note set' if note else 'note removed'}: {clean_line(film.label)}", file=out)
    return EXIT_OK


def _repair(ctx: Context) -> int:
    """`bookmarks repair`: move a broken file aside and write the entries it still held."""
    paths, out = ctx.paths, ctx.out
    store = BookmarkStore.open(paths.bookmarks)
    moved = store.move_aside()
    if moved is None:
        print(f"{paths.bookmarks} is fine; nothing to repair", file=out)
    else:
        print(
            f"moved the broken file to {moved} and kept {len(store)} bookmarks in "
            f"{paths.bookmarks}",
            file=out,
        )
    return EXIT_OK


# -- export ----------------------------------------------------------------------------------


def _export(ctx: Context) -> int:
    """`bookmarks export`: the bookmarks as TOML, CSV, Letterboxd's import CSV or JSON."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    fmt = "json" if args.json else args.format
    status: str | None = args.status
    if fmt == "letterboxd":
        return _export_letterboxd(store, paths, out, status)
    bookmarks = _filtered(store, status)
    if fmt == "json":
        print_json(ctx, [b.to_json() for b in bookmarks])
    elif fmt == "csv":
        write_csv(bookmarks, out)
    else:
        out.write(terminal_safe_toml(store.to_toml({b.film_key for b in bookmarks})))
    return EXIT_OK


def _export_letterboxd(store: BookmarkStore, paths: Paths, out: TextIO, status: str | None) -> int:
    """Letterboxd's import CSV: watched films by default, or a watchlist with `--status`."""
    wanted = Status(status) if status else Status.WATCHED
    bookmarks = _filtered(store, wanted.value)
    library = _library(paths)
    directors: dict[str, tuple[str, ...]] = {}
    if library is not None:
        for review in library:
            if review.directors:
                directors.setdefault(review.film_key, review.directors)
    write_letterboxd(bookmarks, directors, out, watched=wanted is Status.WATCHED)
    left_out = len(store) - len(bookmarks)
    if status is None and left_out:
        print(
            f"reeltui: left out {left_out} to-watch films; export them with "
            "`--status to-watch` for Letterboxd's watchlist import",
            file=sys.stderr,
        )
    return EXIT_OK


_COMMANDS: dict[str, Callable[[Context], int]] = {
    "list": _list,
    "add": _add,
    "remove": _remove,
    "watched": _watched,
    "to-watch": _to_watch,
    "note": _note,
    "export": _export,
    "repair": _repair,
}
