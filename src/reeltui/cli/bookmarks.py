"""`reeltui bookmarks …`: the bookmark list from the command line.

    reeltui bookmarks list [--status S] [--json]
    reeltui bookmarks add FILM [--note TEXT]
    reeltui bookmarks remove FILM
    reeltui bookmarks watched FILM [--undo]      (or: to-watch FILM)
    reeltui bookmarks note FILM TEXT             ("" removes the note)
    reeltui bookmarks import letterboxd FILE... [--as watchlist|watched] [--dry-run]
    reeltui bookmarks export [--format toml|csv|letterboxd|json] [--status S] [--json]
                             [--output PATH]
    reeltui bookmarks repair                     move a broken file aside, keep what it held

FILM is a film key, a review id, a review's path, or a title that names one film (case and
accents do not matter; "Title (2023)" picks a year). Exit codes as everywhere (`common`): 1 for
a broken bookmarks file, a folder that cannot be written or a file that cannot be imported, 2
for an unknown or ambiguous FILM.
"""

from __future__ import annotations

import argparse
import difflib
import io
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from reeltui.bookmarks import (
    Bookmark,
    BookmarkStore,
    NewerBookmarks,
    Status,
    film_title,
)
from reeltui.bookmarks.export import terminal_safe_toml, write_csv
from reeltui.bookmarks.letterboxd import (
    PART_ROWS,
    ListKind,
    UnclearKind,
    import_letterboxd,
    write_letterboxd,
    write_parts,
)
from reeltui.cli.common import (
    EXIT_OK,
    ON_ERROR,
    Context,
    DataError,
    UsageError,
    add_global_options,
    print_json,
    run_command,
)
from reeltui.library import Entry, Library
from reeltui.model import Film, Review
from reeltui.paths import Paths
from reeltui.storage import write_atomic
from reeltui.text import clean_line, display_path, fold
from reeltui.words import counted

__all__ = ["add_subparser", "lookup", "lookup_in", "resolve_film", "run"]

#: How many candidates an "ambiguous film" message names before "and N more".
MAX_CANDIDATES = 8

#: What the failure of a command that changes the bookmarks leaves undone.
NOT_SAVED = "nothing was saved"

#: The names `export --format letterboxd --output FOLDER` gives its files, by status.
LETTERBOXD_NAMES = {
    Status.WATCHED: "letterboxd-watched.csv",
    Status.TO_WATCH: "letterboxd-watchlist.csv",
}
#: The name `export --output FOLDER` gives the file of the other formats.
EXPORT_NAMES = {f: f"bookmarks-export.{f}" for f in ("toml", "csv", "json")}


def add_subparser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `bookmarks` and its actions to the main parser's sub-commands; returns its parser.

    The bookmarks parser and each action take the global options too (`--data DIR`,
    `--bookmarks FILE`), so they work wherever they are given. The parser's `handler` default
    takes the main CLI's context; `run` is the same without it.
    """
    summary = "list, add, mark watched, import, export and repair bookmarked films"
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "bookmarks",
        help=summary,
        description="The films you mean to watch, and those you watched. "
        "FILM is a film key, a review id or a title.",
    )
    add_global_options(parser)
    actions = parser.add_subparsers(dest="bookmarks_action", metavar="ACTION", required=True)

    def action(
        name: str, help_: str, film: bool = True, changes: bool = True
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = actions.add_parser(name, help=help_, description=help_)
        if film:
            sub.add_argument("film", metavar="FILM", help="a film key, review id or title")
        add_global_options(sub)
        if changes:
            sub.set_defaults(**{ON_ERROR: NOT_SAVED})
        return sub

    def statuses(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--status", choices=[s.value for s in Status], help="only films with this status"
        )

    sub = action("list", "list the bookmarked films", film=False, changes=False)
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

    _add_import(actions)

    sub = action(
        "export",
        "print or write the bookmarks as TOML, CSV, Letterboxd's import CSV or JSON",
        film=False,
        changes=False,
    )
    sub.add_argument(
        "--format",
        choices=["toml", "csv", "letterboxd", "json"],
        default="toml",
        help="toml (default), csv, letterboxd (its import CSV: watched films, or with "
        "--status to-watch the watchlist) or json",
    )
    sub.add_argument("--json", action="store_true", help="the same as --format json")
    statuses(sub)
    sub.add_argument(
        "--output",
        metavar="PATH",
        type=Path,
        help="write to this file, or into this folder, instead of printing; Letterboxd files "
        f"of more than {PART_ROWS:,} films are split into parts (NAME-1-of-2.csv...), and "
        "into a folder both the watched films and the watchlist are written",
    )
    sub.set_defaults(**{ON_ERROR: "nothing was written"})

    action("repair", "move a broken bookmarks file aside and keep what it held", film=False)

    parser.set_defaults(handler=_handle)
    return parser


def _add_import(actions: Any) -> None:
    """`bookmarks import letterboxd FILE...`."""
    summary = "bookmark the films of files from another service (Letterboxd)"
    sub: argparse.ArgumentParser = actions.add_parser("import", help=summary, description=summary)
    add_global_options(sub)
    sources = sub.add_subparsers(dest="source", metavar="SOURCE", required=True)
    summary = (
        "bookmark the films of Letterboxd's export files: a watchlist's as to watch, those of "
        "watched.csv or diary.csv as watched (with the day watched, the rating and the tags); "
        "films are matched to the library by title and year, and those without a review are "
        "kept too; importing a file again changes nothing"
    )
    letterboxd = sources.add_parser(
        "letterboxd", help="Letterboxd's CSV files", description=summary
    )
    letterboxd.add_argument(
        "files",
        metavar="FILE",
        nargs="+",
        type=Path,
        help="watchlist.csv, watched.csv, diary.csv from Letterboxd's export (or the folder "
        "of the export, unzipped, for all three), or a file `export --format letterboxd` wrote",
    )
    letterboxd.add_argument(
        "--as",
        dest="kind",
        choices=[k.value for k in ListKind],
        help="what the files list (by default their columns, else their names, tell)",
    )
    letterboxd.add_argument(
        "--dry-run", action="store_true", help="say what would be imported, and save nothing"
    )
    add_global_options(letterboxd)
    letterboxd.set_defaults(**{ON_ERROR: "nothing was imported"})


def _handle(ctx: Context) -> int:
    """Run the action the arguments name (the main CLI turns its errors into sentences)."""
    return _COMMANDS[ctx.args.bookmarks_action](ctx)


def run(args: argparse.Namespace, paths: Paths, out: TextIO | None = None) -> int:
    """Run one `reeltui bookmarks` action and return its exit code; never raises.

    Output goes to `out` (stdout by default); errors are one sentence on stderr.
    """
    return run_command(_handle, Context(args, paths, out if out is not None else sys.stdout))


def lookup(
    paths: Paths, library: Library | None = None
) -> Callable[[Review | Entry], dict[str, Any] | None]:
    """A function giving the bookmark JSON of a review's film, or None (for `--json` output).

    Never raises: a broken or unreadable bookmarks file gives what could be read of it.
    """
    return lookup_in(BookmarkStore.open(paths.bookmarks), library)


def lookup_in(
    store: BookmarkStore, library: Library | None = None
) -> Callable[[Review | Entry], dict[str, Any] | None]:
    """`lookup` in a store already open. With the `library`, a film not bookmarked under its
    own key has the bookmark made on its reviews without a year before it had one
    (`bookmarked_films`)."""
    films = bookmarked_films(store, library) if library is not None else {}

    def bookmark_of(review: Review | Entry) -> dict[str, Any] | None:
        key = review.film_key
        bookmark = store.get(key) or store.get(films.get(key, key))
        return bookmark.to_json() if bookmark is not None else None

    return bookmark_of


def bookmarked_films(store: BookmarkStore, library: Library) -> dict[str, str]:
    """The films bookmarked under a key without their year (made before a dated review of
    the film came, `Catalog.films_of`), by their key, with the bookmark's key; a film that
    is bookmarked under its own key too keeps that one."""
    keys = store.keys()
    return {
        film: key for key, film in library.catalog.films_of(keys).items() if store.get(film) is None
    }


def follow_correction(paths: Paths, library: Library, before: Review, after: Review) -> str | None:
    """After `reeltui fix` made a review another film: move the old film's bookmark with it
    when no other review is still about the old film (as the TUI does). Returns what to tell
    the user, or None when the film had no bookmark. Raises `BookmarkError` when the file
    cannot be read or written."""
    store = BookmarkStore.open(paths.bookmarks)
    bookmark = store.get(before.film_key)
    if before.film_key == after.film_key or bookmark is None:
        return None
    if store.problem is not None:
        raise store.problem
    others = len(library.reviews_of(before.film_key))
    if others:
        still = counted(others, "other review is", "other reviews are")
        return f"Your bookmark stays with {bookmark.label}: {still} still about it."
    if store.move(before.film_key, after) is None:
        return f"{after.film.label} was bookmarked already; the bookmark of {bookmark.label} stays."
    return f"Your bookmark of {bookmark.label} moved to {after.film.label} ({after.film_key})."


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


def _from_review(review: Review | Entry) -> FilmRef:
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

    query = fold(text)
    bookmarked = [_from_bookmark(b) for b in store.all()]
    for partial in (False, True):
        films: dict[str, FilmRef] = {}
        if library is not None:
            for key, title, year in library.catalog.films_named(query, partial=partial):
                films.setdefault(key, FilmRef(key, title, year))
        for film in bookmarked:
            names = (fold(film.label),) if partial else (fold(film.title), fold(film.label))
            if any((query in name) if partial else (query == name) for name in names):
                films.setdefault(film.key, film)
        if len(films) == 1:
            return next(iter(films.values()))
        if films:
            raise UsageError(_ambiguous(text, list(films.values())))

    where = f" in {library.root}" if library is not None else ""
    titles = {fold(f.title): f.title for f in bookmarked}
    if library is not None:
        titles.update((fold(title), title) for title in library.catalog.titles())
    close = difflib.get_close_matches(query, list(titles), n=3)
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
    """The library of the data folder (its catalog checked quickly), or None when the folder
    does not exist."""
    if not paths.data.is_dir():
        return None
    library = Library.open_folder(paths.data, paths.cache)
    library.refresh()
    return library


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
    """`bookmarks list`: every bookmark, oldest first; films with no review are marked."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    bookmarks = _filtered(store, args.status)
    reviewed = _reviewed(paths, bookmarks) if bookmarks else frozenset()
    if args.json:
        print_json(ctx, [_json(b, reviewed) for b in bookmarks])
        return EXIT_OK
    if not bookmarks:
        print("no bookmarks yet" if not args.status else f"no {args.status} bookmarks", file=out)
        return EXIT_OK
    width = min(max(len(b.label) for b in bookmarks), 50)
    more = any(b.note or b.film_key not in reviewed for b in bookmarks)
    key_width = min(max(len(b.film_key) for b in bookmarks), 40) if more else 0
    for b in bookmarks:
        added = b.added_date.isoformat() if b.added_date else "          "
        label = clean_line(b.label)
        key = clean_line(b.film_key)
        line = f"{b.status.value:<8}  {added}  {label:<{width}}  {key:<{key_width}}"
        if b.film_key not in reviewed:
            line += "  (no review)"
        if b.note:
            line += f"  — {clean_line(b.note)}"
        print(line.rstrip(), file=out)
    return EXIT_OK


def _json(bookmark: Bookmark, reviewed: frozenset[str]) -> dict[str, Any]:
    """A bookmark's JSON for `list` and `export`: with whether the library has a review of it."""
    return {**bookmark.to_json(), "has_review": bookmark.film_key in reviewed}


def _reviewed(paths: Paths, bookmarks: Iterable[Bookmark]) -> frozenset[str]:
    """Which of the bookmarked films the library has a review of (a query of the catalog;
    none when the data folder does not exist)."""
    library = _library(paths)
    if library is None:
        print(
            f"reeltui: note: the data folder {display_path(paths.data)} does not exist, so no "
            "film has a review",
            file=sys.stderr,
        )
        return frozenset()
    return library.catalog.reviewed(b.film_key for b in bookmarks)


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


# -- import and export -----------------------------------------------------------------------


def _import(ctx: Context) -> int:
    """`bookmarks import letterboxd FILE...`: bookmark the films of Letterboxd's files."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    library = _library(paths)
    if library is None:
        print(
            f"reeltui: note: the data folder {display_path(paths.data)} does not exist, so "
            "every film is kept without a review",
            file=sys.stderr,
        )
    kind = ListKind(args.kind) if args.kind else None
    try:
        report = import_letterboxd(
            store,
            args.files,
            library.catalog.film_titled if library is not None else None,
            kind=kind,
            dry_run=args.dry_run,
        )
    except UnclearKind as exc:
        raise UsageError(
            f"nothing was imported: {exc}; say which with --as watchlist or --as watched"
        ) from None
    for file in report.files:
        print(
            f"{display_path(file.path)}: {file.kind.described} ({file.decided_by}), "
            f"{counted(len(file.rows), 'row')}",
            file=out,
        )
    print(report.sentence(), file=out)
    return EXIT_OK


def _export(ctx: Context) -> int:
    """`bookmarks export`: the bookmarks as TOML, CSV, Letterboxd's import CSV or JSON."""
    args, paths, out = ctx.args, ctx.paths, ctx.out
    store = _open(paths)
    fmt = "json" if args.json else args.format
    status: str | None = args.status
    output: Path | None = args.output
    if output is not None:
        _check_output(output, paths)
    if fmt == "letterboxd":
        return _export_letterboxd(store, paths, out, status, output)
    bookmarks = _filtered(store, status)
    text = io.StringIO()
    if fmt == "json":
        reviewed = _reviewed(paths, bookmarks) if bookmarks else frozenset()
        print_json(Context(args, paths, text), [_json(b, reviewed) for b in bookmarks])
    elif fmt == "csv":
        write_csv(bookmarks, text)
    else:
        text.write(terminal_safe_toml(store.to_toml({b.film_key for b in bookmarks})))
    if output is None:
        out.write(text.getvalue())
        return EXIT_OK
    target = output / EXPORT_NAMES[fmt] if output.is_dir() else output
    write_atomic(target, text.getvalue().encode("utf-8"), mode=0o644)
    print(f"wrote {counted(len(bookmarks), 'bookmark')} to {display_path(target)}", file=out)
    return EXIT_OK


def _check_output(output: Path, paths: Paths) -> None:
    """An export must not be written over the bookmarks file, nor where no file can be."""
    try:
        same = output.exists() and paths.bookmarks.exists() and output.samefile(paths.bookmarks)
    except OSError:
        same = False
    if same:
        raise UsageError(
            f"{display_path(output)} is the bookmarks file itself; give another --output"
        )
    if not output.is_dir() and not output.parent.is_dir():
        raise UsageError(
            f"the folder of {display_path(output)} does not exist; give --output a file in a "
            "folder that does, or a folder"
        )


def _export_letterboxd(
    store: BookmarkStore, paths: Paths, out: TextIO, status: str | None, output: Path | None
) -> int:
    """Letterboxd's import CSV: watched films by default, or a watchlist with `--status`.

    Into a folder, both go, each to a file of its own (`LETTERBOXD_NAMES`); a list of more
    than `PART_ROWS` films is split into parts, which only files can hold.
    """
    into_folder = output is not None and output.is_dir()
    if status:
        wanted = [Status(status)]
    elif into_folder:
        wanted = [Status.WATCHED, Status.TO_WATCH]
    else:
        wanted = [Status.WATCHED]
    directors = _directors(paths, [b.film_key for b in store.all()])
    left_out = len(store) - sum(len(_filtered(store, s.value)) for s in wanted)
    for which in wanted:
        bookmarks = _filtered(store, which.value)
        watched = which is Status.WATCHED
        if output is None:
            if len(bookmarks) > PART_ROWS:
                raise UsageError(
                    f"{counted(len(bookmarks), which.value + ' film')} are more than Letterboxd "
                    f"takes in one file ({PART_ROWS:,}); give --output FILE.csv (or a folder) "
                    "to have them written in parts"
                )
            write_letterboxd(bookmarks, directors, out, watched=watched)
            continue
        if into_folder and not bookmarks:
            print(f"no {which.value} films, so no {LETTERBOXD_NAMES[which]}", file=out)
            continue
        target = output / LETTERBOXD_NAMES[which] if into_folder else output
        for written, count in write_parts(bookmarks, directors, target, watched=watched):
            print(
                f"wrote {counted(count, which.value + ' film')} to {display_path(written)}",
                file=out,
            )
    if left_out and not status:
        print(
            f"reeltui: left out {counted(left_out, 'to-watch film')}; export them with "
            "`--status to-watch` for Letterboxd's watchlist import",
            file=sys.stderr,
        )
    return EXIT_OK


def _directors(paths: Paths, film_keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The directors of these films, where the library knows them (a query of the catalog)."""
    library = _library(paths)
    directors: dict[str, tuple[str, ...]] = {}
    if library is not None:
        directors = library.catalog.directors(film_keys)
    return directors


_COMMANDS: dict[str, Callable[[Context], int]] = {
    "list": _list,
    "add": _add,
    "remove": _remove,
    "watched": _watched,
    "to-watch": _to_watch,
    "note": _note,
    "import": _import,
    "export": _export,
    "repair": _repair,
}
