"""The bookmarks screen: every bookmarked film with its status, the date it was added and its note.

A dialog over the main screen. The table lists the bookmarks in the order they were added; a
film the data folder has no review of (one imported from Letterboxd, say) is dimmed and says
"(no review)". The lines under the table tell the whole note and dates of the highlighted one.
`enter` closes the dialog with the highlighted film's review, for the main screen to open. The
keys that change bookmarks (mark watched, edit the note, remove, undo, repair) post messages
(`ToggleWatched`, `EditNote`…) that the app hands to the bookmarks controller. What the screen
shows it reads from the app's bookmarks, and it draws itself again whenever the app's
`bookmarks_changed_signal` fires (a change made here, or in another running copy).

Titles and notes come from a file anyone may edit: they are drawn as `Text`, never as markup.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import ClassVar

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import DataTable, Static

from reeltui.bookmarks import Bookmark
from reeltui.library import Entry
from reeltui.tui.base import reel_app
from reeltui.tui.bookmarks.marks import mark_of, status_word
from reeltui.tui.bookmarks.note import one_line
from reeltui.tui.bookmarks.state import Bookmarks
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible
from reeltui.words import counted

__all__ = ["NO_REVIEW", "BookmarkTable", "BookmarksScreen", "describe", "short_date"]

#: Fixed column widths (cells); the note takes what is left.
_MARK, _TITLE, _YEAR, _STATUS, _ADDED = 1, 34, 4, 8, 10
#: The least width of the note column.
_NOTE_MIN = 12


#: What the title cell of a film without a review ends with.
NO_REVIEW = "(no review)"


def short_date(day: date | None) -> str:
    """A day as the table shows it: "2026-11-24" ("" when unknown); a moment (a datetime) in
    local time."""
    if isinstance(day, datetime):
        day = day.astimezone().date()
    return day.isoformat() if day is not None else ""


def describe(bookmarks: list[Bookmark], without_review: int = 0) -> str:
    """The dialog's title: "Bookmarks · 3 films · 1 watched · 1 without a review"."""
    count = len(bookmarks)
    films = counted(count, "film")
    watched = sum(1 for bookmark in bookmarks if bookmark.watched)
    missing = f" · {without_review:,} without a review" if without_review else ""
    return f"Bookmarks · {films} · {watched:,} watched{missing}" if count else "Bookmarks"


def _cell(text: str, width: int, style: str = "") -> Text:
    """Untrusted text as one table cell: one line, control characters visible, cut to fit."""
    cell = Text(visible(one_line(text)), style=style, no_wrap=True, overflow="ellipsis")
    cell.truncate(width, overflow="ellipsis")
    return cell


def _title_cell(title: str, has_review: bool, width: int) -> Text:
    """A bookmark's title; dimmed and ending in "(no review)" when the data folder has none."""
    if has_review:
        return _cell(title, width)
    cell = _cell(title, width - len(NO_REVIEW) - 1, "dim")
    cell.append(f" {NO_REVIEW}", style="dim italic")
    return cell


class BookmarkAction(Message):
    """The user asked for something to be done to one bookmarked film (or to all of them)."""

    def __init__(self, film_key: str | None = None) -> None:
        super().__init__()
        self.film_key = film_key


class BookmarkTable(DataTable[Text], inherit_bindings=False):
    """The table of bookmarks; its keys are the screen's (from the one bindings table)."""

    BINDINGS: ClassVar[list[BindingType]] = []


class BookmarksScreen(ModalScreen[Entry | None]):
    """Lists the bookmarks; `enter` closes it with the highlighted film's review, `esc`, `m` or
    `q` with None."""

    BINDINGS = bindings(Scope.BOOKMARKS)

    COMPONENT_CLASSES: ClassVar[set[str]] = {"bookmarks--mark", "bookmarks--watched"}

    DEFAULT_CSS = """
    BookmarksScreen > .bookmarks--mark {
        color: $text-warning;
    }
    BookmarksScreen > .bookmarks--watched {
        color: $text-success;
    }
    BookmarksScreen {
        align: center middle;
        background: $background 60%;
    }
    #bookmarks-dialog {
        width: 95%;
        max-width: 130;
        height: 90%;
        max-height: 90%;
        padding: 0 1;
    }
    #bookmarks-problem {
        display: none;
        color: $text-error;
        margin-bottom: 1;
    }
    #bookmarks-problem.-shown {
        display: block;
    }
    #bookmarks-table {
        height: 1fr;
        background: transparent;
    }
    #bookmarks-empty {
        display: none;
        height: 1fr;
        color: $text-muted;
        padding: 1 2;
    }
    BookmarksScreen.-empty #bookmarks-empty {
        display: block;
    }
    BookmarksScreen.-empty #bookmarks-table, BookmarksScreen.-empty #bookmarks-detail {
        display: none;
    }
    #bookmarks-detail {
        height: auto;
        max-height: 8;
        border-top: solid $foreground 20%;
        padding: 0 1;
    }
    """

    class ToggleWatched(BookmarkAction):
        """Mark the film watched, or to-watch again."""

    class EditNote(BookmarkAction):
        """Open the note editor for the film."""

    class Remove(BookmarkAction):
        """Remove the film's bookmark."""

    class UndoRemove(BookmarkAction):
        """Put back the bookmark removed last."""

    class Repair(BookmarkAction):
        """Move a broken file aside, or try again to save."""

    def __init__(self) -> None:
        super().__init__()
        self._keys: list[str] = []
        self._width = 0

    # -- composition -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        """The problem line (if any), the table, the highlighted bookmark's details."""
        keys = reel_app(self.app).user_keys
        with Vertical(id="bookmarks-dialog", classes="dialog") as dialog:
            dialog.border_subtitle = (
                f"{keys.label('bookmarks.open')} to read · {keys.label('bookmarks.close')} to close"
            )
            yield Static(Content(""), id="bookmarks-problem")
            yield BookmarkTable(id="bookmarks-table", cursor_type="row", zebra_stripes=False)
            yield Static(
                Content(
                    f"No bookmarks yet. In the film list, press {keys.label('bookmark')} on a "
                    "film to bookmark it: it shows here with its status, the date you added it "
                    f"and your note. Or press {keys.label('bookmarks.import')} to import your "
                    "watchlist, watched films or diary from Letterboxd."
                ),
                id="bookmarks-empty",
            )
            yield Static(Content(""), id="bookmarks-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        """Fill the table, give it the focus, and follow the bookmarks as they change."""
        reel_app(self.app).bookmarks_changed_signal.subscribe(self, self._bookmarks_changed)
        self.refresh_rows()
        self.table.focus()

    def _bookmarks_changed(self, bookmarks: Bookmarks) -> None:
        """The bookmarks changed (here or in another copy): show them as they are now."""
        self.refresh_rows()

    def on_resize(self, event: events.Resize) -> None:
        """A new width changes how much of the notes fits: lay the table out again."""
        if self.is_mounted and self._note_width() != self._width:
            self.refresh_rows()

    @property
    def _bookmarks(self) -> Bookmarks:
        """The app's bookmarks."""
        return reel_app(self.app).bookmarks

    @property
    def table(self) -> BookmarkTable:
        """The table of bookmarks."""
        return self.query_one(BookmarkTable)

    @property
    def film_keys(self) -> list[str]:
        """The film keys of the rows, in order."""
        return list(self._keys)

    @property
    def selected(self) -> Bookmark | None:
        """The bookmark under the cursor, if any."""
        if not self._keys:
            return None
        index = min(max(self.table.cursor_row, 0), len(self._keys) - 1)
        return self._bookmarks.store.get(self._keys[index])

    # -- drawing ---------------------------------------------------------------------------

    def _note_width(self) -> int:
        """How many cells the note column gets at the dialog's present width."""
        inner = self.query_one("#bookmarks-dialog").content_region.width
        fixed = _MARK + _TITLE + _YEAR + _STATUS + _ADDED + 2 * 6 + 1
        return max(_NOTE_MIN, inner - fixed)

    def refresh_rows(self) -> None:
        """Show the bookmarks as they are now, keeping the cursor on the same film."""
        bookmarks = self._bookmarks.store.all()
        app = reel_app(self.app)
        reviewed = [app.review_of(bookmark.film_key) is not None for bookmark in bookmarks]
        without_review = reviewed.count(False)
        table = self.table
        previous = self.selected
        index = table.cursor_row
        self._width = self._note_width()
        # "(no review)" takes the room the notes leave, so that the titles keep theirs.
        longest = max((len(one_line(b.note)) for b in bookmarks if b.note), default=0)
        spare = self._width - max(longest, _NOTE_MIN)
        extra = min(len(NO_REVIEW) + 1, max(0, spare)) if without_review else 0
        table.clear(columns=True)
        table.add_column(Text(" "), width=_MARK, key="mark")
        table.add_column(Text("Title"), width=_TITLE + extra, key="title")
        table.add_column(Text("Year"), width=_YEAR, key="year")
        table.add_column(Text("Status"), width=_STATUS, key="status")
        table.add_column(Text("Added"), width=_ADDED, key="added")
        table.add_column(Text("Note"), width=self._width - extra, key="note")
        self._keys = []
        mark_style = self.get_component_rich_style("bookmarks--mark", partial=True)
        watched_style = self.get_component_rich_style("bookmarks--watched", partial=True)
        for bookmark, has_review in zip(bookmarks, reviewed, strict=True):
            table.add_row(
                Text(
                    mark_of(bookmark.status),
                    style=watched_style if bookmark.watched else mark_style,
                ),
                _title_cell(bookmark.title, has_review, _TITLE + extra),
                Text(str(bookmark.year) if bookmark.year is not None else ""),
                Text(status_word(bookmark.status), style="dim" if bookmark.watched else ""),
                Text(short_date(bookmark.added_date)),
                _cell(bookmark.note or "", self._width - extra, "italic"),
                key=bookmark.film_key,
            )
            self._keys.append(bookmark.film_key)
        self.set_class(not bookmarks, "-empty")
        if previous is not None and previous.film_key in self._keys:
            table.move_cursor(row=self._keys.index(previous.film_key), animate=False)
        elif self._keys:
            table.move_cursor(row=min(max(index, 0), len(self._keys) - 1), animate=False)
        dialog = self.query_one("#bookmarks-dialog")
        dialog.border_title = Content(describe(bookmarks, without_review))
        problem = self._bookmarks.problem_text(
            reel_app(self.app).user_keys.label("bookmarks.repair")
        )
        banner = self.query_one("#bookmarks-problem", Static)
        banner.update(Content(visible(f"⚠ {problem}") if problem else ""))
        banner.set_class(problem is not None, "-shown")
        self._show_detail()
        self.refresh_bindings()

    def _show_detail(self) -> None:
        """The highlighted bookmark in full: label, status, dates, and the whole note."""
        bookmark = self.selected
        detail = self.query_one("#bookmarks-detail", Static)
        if bookmark is None:
            detail.update(Content(""))
            return
        text = Text(visible(bookmark.label), style="bold")
        text.append(f" · {status_word(bookmark.status)}")
        if bookmark.added_date is not None:
            text.append(f" · added {short_date(bookmark.added_date)}")
        if bookmark.watched_date is not None:
            text.append(f" · watched {short_date(bookmark.watched_date)}")
        if bookmark.rating is not None:
            text.append(f" · rated {bookmark.rating:g} of 5")
        if reel_app(self.app).review_of(bookmark.film_key) is None:
            text.append("\nNo review of this film in the data folder.", style="dim")
        if bookmark.note:
            text.append("\nNote: ", style="bold")
            text.append("\n".join(visible(line) for line in bookmark.note.splitlines()))
        else:
            note_key = reel_app(self.app).user_keys.label("bookmarks.note")
            text.append(f"\nNo note: press {note_key} to write one.", style="dim")
        detail.update(text)

    @on(DataTable.RowHighlighted, "#bookmarks-table")
    def _on_highlighted(self, event: DataTable.RowHighlighted) -> None:
        """The cursor moved: tell the new bookmark's details."""
        event.stop()
        self._show_detail()

    @on(DataTable.RowSelected, "#bookmarks-table")
    def _on_selected(self, event: DataTable.RowSelected) -> None:
        """A click on the highlighted row opens the film."""
        event.stop()
        self.action_open()

    # -- actions ---------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer only the keys that have something to act on."""
        if action in ("open", "toggle_watched", "edit_note", "remove"):
            return bool(self._keys)
        if action == "undo_remove":
            return self._bookmarks.can_undo
        if action == "repair":
            return self._bookmarks.needs_repair
        return True

    def _ask(self, message: BookmarkAction) -> None:
        """Post a request about the highlighted film (or, without one, about all)."""
        self.post_message(message)

    def action_open(self) -> None:
        """Close this screen with the highlighted film's review (or say the folder has none)."""
        bookmark = self.selected
        if bookmark is None:
            return
        app = reel_app(self.app)
        review = app.review_of(bookmark.film_key)
        if review is None:
            library = app.library
            self.app.notify(
                f"{visible(bookmark.label)} has no review in "
                f"{library.root if library else 'the data'}.",
                severity="warning",
                timeout=5,
                markup=False,
            )
            return
        self.dismiss(review)

    def action_toggle_watched(self) -> None:
        """Mark the highlighted film watched, or to-watch again."""
        bookmark = self.selected
        if bookmark is not None:
            self._ask(self.ToggleWatched(bookmark.film_key))

    def action_edit_note(self) -> None:
        """Edit the highlighted film's note."""
        bookmark = self.selected
        if bookmark is not None:
            self._ask(self.EditNote(bookmark.film_key))

    def action_remove(self) -> None:
        """Remove the highlighted bookmark (`u` puts it back)."""
        bookmark = self.selected
        if bookmark is not None:
            self._ask(self.Remove(bookmark.film_key))

    def action_undo_remove(self) -> None:
        """Put back the bookmark removed last."""
        self._ask(self.UndoRemove())

    def action_repair(self) -> None:
        """Move a broken file aside, or try again to save."""
        self._ask(self.Repair())

    def action_cursor_down(self) -> None:
        """Highlight the next bookmark."""
        self.table.action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous bookmark."""
        self.table.action_cursor_up()

    def action_page_down(self) -> None:
        """Move a screenful down."""
        self.table.action_page_down()

    def action_page_up(self) -> None:
        """Move a screenful up."""
        self.table.action_page_up()

    def action_first(self) -> None:
        """Highlight the first bookmark."""
        self.table.move_cursor(row=0, animate=False)

    def action_last(self) -> None:
        """Highlight the last bookmark."""
        self.table.move_cursor(row=max(0, len(self._keys) - 1), animate=False)

    def action_close(self) -> None:
        """Back to the film list."""
        self.dismiss(None)
