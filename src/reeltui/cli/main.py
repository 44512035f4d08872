"""The command line: the TUI by default, plus scriptable sub-commands.

Thin by design: each command resolves paths, asks the library (or the bookmark store) and
prints what comes back; `common` holds the exit codes and the one-sentence errors. Nothing here
imports Textual unless the TUI is opened.

The library answers from its catalog in the cache folder, with queries: no command loads the
whole library. Before it answers, a command checks the folder quickly (the times of its
folders: files added, removed or renamed are picked up); `check` reads every file's stamp,
and so also sees files written over in place.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, TextIO

from reeltui import __version__
from reeltui.bookmarks import BookmarkError, BookmarkStore
from reeltui.cli import bookmarks as bookmarks_cli
from reeltui.cli.common import (
    EXIT_DATA,
    EXIT_OK,
    ON_ERROR,
    Context,
    DataError,
    Handler,
    UsageError,
    add_global_options,
    print_json,
    print_json_array,
    run_command,
)
from reeltui.cli.serialize import review_json, write_review_text
from reeltui.library import Entry, Library, SortKey
from reeltui.model import FileProblem, Review
from reeltui.paths import resolve
from reeltui.search import run_search
from reeltui.text import display_path

if TYPE_CHECKING:
    from reeltui.parallel import WorkerPool

__all__ = ["build_parser", "main"]

# A command's own modules (a film's merged reviews, a person's page, the corrections and their
# TOML editing) are imported by the command: `reeltui` alone opens the reader, which needs none
# of them, and each costs the start of the reader as much as they cost a command.


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def _command(
    commands: Any, name: str, summary: str, description: str | None = None
) -> argparse.ArgumentParser:
    """A command's parser, with the global options; its help is `summary`, its description
    `description` (else `summary` too)."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=summary, description=description or summary
    )
    add_global_options(parser)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for `reeltui` and all its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="reeltui",
        description="A terminal reader for film reviews. Without a command, opens the reader.",
        epilog="--data and --bookmarks may also follow the command.",
    )
    parser.add_argument("--version", action="version", version=f"reeltui {__version__}")
    add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _command(commands, "list", "list the films of the library")
    _add_json(p)
    p.add_argument("--bookmarked", action="store_true", help="only bookmarked films")
    p.add_argument(
        "--sort",
        choices=[k.value for k in SortKey],
        default=SortKey.TITLE.value,
        help="the order (default: title)",
    )
    p.add_argument(
        "--limit", metavar="N", type=_count, help="at most N reviews (default: every one)"
    )
    p.add_argument(
        "--offset",
        metavar="N",
        type=_count,
        default=0,
        help="skip the first N reviews (--offset 50 --limit 50: the second page of 50)",
    )
    p.set_defaults(handler=cmd_list)

    p = _command(
        commands,
        "show",
        "show one review, or every review of a film",
        "Show a review in full. A film key of a film with several reviews shows all of them, "
        "after what they say of the film merged (cast, directors, every rating and their "
        "average).",
    )
    p.add_argument("review", metavar="REVIEW", help="a review id, film key or path")
    _add_json(p)
    p.set_defaults(handler=cmd_show)

    p = _command(commands, "search", "find reviews by words, actor, director or reviewer")
    p.add_argument("text", metavar="TEXT", nargs="?", default="", help="words to look for")
    p.add_argument("--actor", metavar="NAME", help="reviews of films this actor is in")
    p.add_argument("--director", metavar="NAME", help="reviews of films by this director")
    p.add_argument("--reviewer", metavar="NAME", help="reviews by this reviewer")
    p.add_argument("--limit", metavar="N", type=int, default=50, help="at most N results (50)")
    _add_json(p)
    p.set_defaults(handler=cmd_search)

    p = _command(
        commands,
        "person",
        "an actor's, director's or reviewer's films, reviews and mentions",
        "Show what the library holds about a person: the films they acted in or directed "
        "(with their characters), the reviews they wrote (with ratings and bio), and the "
        "sentences of reviews that name them. Case and accents do not matter; a name that fits "
        "several people lists them (exit 1).",
    )
    p.add_argument("name", metavar="NAME", help="the person's name, or enough of it")
    _add_json(p)
    p.set_defaults(handler=cmd_person)

    p = _command(commands, "fix", "correct a review's facts in your editor ($VISUAL or $EDITOR)")
    p.description = (
        "Open the review's sidecar (NAME.toml beside the document) in $VISUAL or $EDITOR, "
        "filled in with what was read from the review when there is none yet, and save it "
        "when it can be used: what it says overrides the extraction. A text with an error "
        "opens again with the error at its top; quit without saving to give up (the text "
        "is then kept in NAME.toml.rejected). Exit 0 when saved or unchanged, 1 when "
        "nothing could be saved, 2 for bad usage or no editor."
    )
    p.add_argument("review", metavar="REVIEW", help="a review id, film key or path")
    p.set_defaults(handler=cmd_fix, **{ON_ERROR: "nothing was saved"})

    p = _command(commands, "check", "every file's problems and notes; exit 1 if one is unreadable")
    _add_json(p)
    p.set_defaults(handler=cmd_check)

    bookmarks_cli.add_subparser(commands)
    return parser


def _load(ctx: Context, *, full: bool = False) -> Library:
    """The library of the data folder, its catalog brought up to date (quickly unless `full`);
    a missing folder is a data error naming it."""
    if not ctx.paths.data.is_dir():
        raise DataError(
            f"the data folder {display_path(ctx.paths.data)} does not exist; "
            "point reeltui at one with --data DIR or REELTUI_DATA"
        )
    library = Library.open_folder(ctx.paths.data, ctx.paths.cache)
    library.refresh(full=full)
    _say_notes(library)
    return library


def _say_notes(library: Library) -> None:
    """Remarks on how the scan went (not about any file), one line each on stderr."""
    for note in library.notes:
        print(f"reeltui: note: {note}", file=sys.stderr)


def _bookmark_lookup(
    ctx: Context, library: Library
) -> Callable[[Review | Entry], dict[str, Any] | None]:
    """A function giving the bookmark JSON of a review's film (None when not bookmarked)."""
    return bookmarks_cli.lookup(ctx.paths, library)


#: How many cards `list --json` reads in one query.
_CARDS_AT_ONCE = 500


def _count(text: str) -> int:
    """A number of reviews given on the command line: a whole number, 0 or more."""
    try:
        number = int(text)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of 0 or more")
    return number


def _row(entry: Entry) -> str:
    """One line about a review for the text listings."""
    return f"{entry.film.label:<45}  {entry.reviewer or '-':<24}  {entry.id}"


def _card(library: Library, entry: Entry) -> Review:
    """A review's card from the catalog (it is there: the entry was just read from it)."""
    card = library.card(entry)
    if card is None:
        raise DataError(f"{entry.id} went away while it was being read; run the command again")
    return card


def cmd_list(ctx: Context) -> int:
    """`reeltui list`: the library's reviews in one order (`--bookmarked`: of bookmarked films
    only; `--offset`, `--limit`: one page of them), read from the catalog's index of that
    order and printed as they come."""
    library = _load(ctx)
    store = BookmarkStore.open(ctx.paths.bookmarks)
    bookmark_of = bookmarks_cli.lookup_in(store, library)
    film_keys = None
    if ctx.args.bookmarked:
        film_keys = [*store.keys(), *bookmarks_cli.bookmarked_films(store, library)]
    offset, limit = ctx.args.offset, ctx.args.limit
    entries = library.catalog.ordered(SortKey(ctx.args.sort), film_keys)
    try:
        page = islice(entries, offset, None if limit is None else offset + limit)
        if ctx.args.json:
            print_json_array(
                ctx,
                (
                    review_json(card, bookmark=bookmark_of(card), with_sections=False)
                    for card in _cards(library, page)
                ),
            )
        else:
            for entry in page:
                mark = "*" if bookmark_of(entry) is not None else " "
                print(f"{mark} {_row(entry)}", file=ctx.out)
    finally:
        entries.close()
    return EXIT_OK


def _cards(library: Library, entries: Iterable[Entry]) -> Iterator[Review]:
    """The cards of these reviews, in their order, read a few hundred at a time (a review
    gone from the catalog meanwhile is left out)."""
    iterator = iter(entries)
    while chunk := list(islice(iterator, _CARDS_AT_ONCE)):
        cards = library.catalog.cards([entry.docno for entry in chunk])
        yield from (cards[entry.docno] for entry in chunk if entry.docno in cards)


def cmd_show(ctx: Context) -> int:
    """`reeltui show REVIEW`: one review in full; a film key of a film with several reviews
    shows them all, with what they say of the film merged."""
    library = _load(ctx)
    reviews = library.reviews_of(ctx.args.review)
    if len(reviews) > 1:
        from reeltui.cli.film import show_film

        return show_film(ctx, [library.open(e) for e in reviews], _bookmark_lookup(ctx, library))
    docno = library.catalog.find(ctx.args.review)
    if docno is None:
        raise UsageError(
            f"no review matches {ctx.args.review!r}; `reeltui list` shows the ids and film keys"
        )
    review = library.open(docno)
    if ctx.args.json:
        print_json(ctx, review_json(review, bookmark=_bookmark_lookup(ctx, library)(review)))
    else:
        write_review_text(ctx.out, review)
    return EXIT_OK


def cmd_fix(ctx: Context) -> int:
    """`reeltui fix REVIEW`: correct a review's facts in the user's editor, then say what
    changed."""
    from reeltui.corrections import Outcome, changes, edit_in_editor, editor_command

    command = editor_command(os.environ)
    if command is None:
        raise UsageError(
            "no editor is set: set VISUAL or EDITOR to the editor to use, "
            "for example `EDITOR=nano reeltui fix REVIEW`"
        )
    library = _load(ctx)
    entry = library.get(ctx.args.review)
    if entry is None:
        raise UsageError(
            f"no review matches {ctx.args.review!r}; `reeltui list` shows the ids and film keys"
        )
    card = _card(library, entry)
    result = edit_in_editor(card, command)
    if result.outcome is Outcome.NO_EDITOR:
        why = _lower_first(result.sentence().rstrip("."))
        raise UsageError(f"{why}; set VISUAL or EDITOR to one that is installed")
    if result.outcome is Outcome.CANCELLED:
        raise DataError(_lower_first(result.why()))
    print(result.sentence(), file=ctx.out)
    if not result.changed:
        return EXIT_OK
    after = library.reread(card)
    if isinstance(after, FileProblem):
        why = f"{display_path(after.path)} could not be read again: {after.message}"
        print(f"reeltui: {why}", file=sys.stderr)
        return EXIT_DATA
    for change in changes(card, after):
        print(
            f"  {change.fact}: {change.before or 'none'} → {change.after or 'none'}", file=ctx.out
        )
    try:
        moved = bookmarks_cli.follow_correction(ctx.paths, library, card, after)
    except BookmarkError as exc:
        print(f"reeltui: the bookmark was not moved: {exc}", file=sys.stderr)
        return EXIT_OK
    if moved is not None:
        print(moved, file=ctx.out)
    return EXIT_OK


def _lower_first(sentence: str) -> str:
    """A sentence to follow "reeltui: " as the other errors do."""
    return sentence[:1].lower() + sentence[1:]


def cmd_search(ctx: Context) -> int:
    """`reeltui search`: reviews matching words and/or a person, best first."""
    args = ctx.args
    if not (args.text.strip() or args.actor or args.director or args.reviewer):
        raise UsageError("give words to search for, or --actor, --director or --reviewer")
    library = _load(ctx)
    results = run_search(
        library,
        args.text,
        actor=args.actor,
        director=args.director,
        reviewer=args.reviewer,
        limit=args.limit,
    )
    bookmark_of = _bookmark_lookup(ctx, library)
    if args.json:
        print_json(
            ctx,
            [
                review_json(
                    _card(library, r.review),
                    bookmark=bookmark_of(r.review),
                    with_sections=False,
                    matched=r.matched,
                )
                for r in results
            ],
        )
    else:
        for result in results:
            print(f"{_row(result.review)}  [{result.describe()}]", file=ctx.out)
        if not results:
            print("no matches", file=sys.stderr)
    return EXIT_OK


def cmd_person(ctx: Context) -> int:
    """`reeltui person NAME`: an actor's, director's or reviewer's page."""
    from reeltui.cli.person import show_person

    return show_person(ctx, _load(ctx))


def cmd_check(ctx: Context) -> int:
    """`reeltui check`: every file's problems, then the notes on what the extraction is unsure
    of; exit 1 if any file could not be read (notes alone never fail a check).

    It reads every file's stamp (a full check), so it also picks up files written over in
    place, which the quick check of the other commands cannot see.
    """
    library = Library.open_folder(ctx.paths.data, ctx.paths.cache)
    library.refresh(full=True)
    _say_notes(library)
    problems = sorted(library.problems, key=lambda p: (str(p.path), p.message))
    unreadable = [p for p in problems if p.fatal]
    noted = library.catalog.noted()
    if ctx.args.json:
        print_json(
            ctx,
            {
                "folder": display_path(ctx.paths.data),
                "files": library.report.files_seen,
                "reviews": len(library),
                "scan_notes": list(library.report.notes),
                "problems": [
                    {"path": display_path(p.path), "problem": p.message, "unreadable": p.fatal}
                    for p in problems
                ],
                "notes": [{"path": display_path(r.path), "notes": list(r.notes)} for r in noted],
            },
        )
    else:
        for p in problems:
            kind = "unreadable" if p.fatal else "warning"
            print(f"{display_path(p.path)}: {kind}: {p.message}.", file=ctx.out)
        if noted:
            print("Notes, where the extraction is unsure:", file=ctx.out)
        for review in noted:
            print(f"  {display_path(review.path)}", file=ctx.out)
            for note in review.notes:
                print(f"    - {note}", file=ctx.out)
        print(
            f"{library.report.files_seen} files, {len(library)} reviews loaded, "
            f"{len(unreadable)} unreadable, {len(problems) - len(unreadable)} warnings "
            f"in {display_path(ctx.paths.data)}",
            file=ctx.out,
        )
    return EXIT_DATA if unreadable or not ctx.paths.data.is_dir() else EXIT_OK


def cmd_tui(ctx: Context, workers: WorkerPool | None = None) -> int:
    """`reeltui`: open the reader (with the workers of its folder's first scan, if started
    already: `reeltui.cli.start`)."""
    # On a folder's first start, its workers load the parsers while this process loads
    # Textual: the first files are parsed as soon as the scan has found them.
    if workers is None:
        workers = Library.first_scan_workers(ctx.paths.data, ctx.paths.cache)
    try:
        # Imported here, not above: the other commands must not pay for loading Textual.
        from reeltui.tui.app import run

        return run(ctx.paths, workers=workers)
    finally:
        if workers is not None:
            workers.close()


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    workers: WorkerPool | None = None,
) -> int:
    """Run the command line and return its exit code. `workers`: those of a first scan started
    for the reader already (`reeltui.cli.start`); the reader takes them, and closes them."""
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve(data=getattr(args, "data", None), bookmarks=getattr(args, "bookmarks", None))
    handler: Handler = getattr(args, "handler", None) or partial(cmd_tui, workers=workers)
    ctx = Context(args=args, paths=paths, out=out if out is not None else sys.stdout)
    return run_command(handler, ctx)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
