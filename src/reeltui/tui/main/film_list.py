"""The film list: a Line API widget that draws only the rows on screen.

A `DataTable` or `OptionList` builds every row up front, which takes seconds at 100,000 films
(see `docs/architecture.md`). This list holds a plain sequence of `FilmRow`s, sets its virtual
height to their count, and renders a row only when Textual asks for that line.

Each row is a film: a bar marking the film open in the reader, a one-cell mark (a bookmark's,
looked up by film key in `marks` when the row is drawn, so marks change without rebuilding rows),
the title with an optional detail (an actor's role…) and the number of its reviews when it has
several ("3 reviews"), and the year at the right.

What it shows is reactive state its screen binds (`rows`, `marks`, `open_review`); the cursor is
its own, moved by the keys and kept on the same film when the rows change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reeltui.library import Entry
from reeltui.library.listing import FilmRow, FirstRows, Rows
from reeltui.model import Review
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible
from reeltui.tui.segments import text_segments
from reeltui.words import counted

__all__ = ["FilmList"]

_YEAR_WIDTH = 4
#: The most rows' lines kept drawn (a few screens of them).
_STRIPS = 512


class FilmList(ScrollView, can_focus=True, inherit_bindings=False):
    """A cursor over film rows; `enter`, `l` or a click asks for the row's review to open."""

    BINDINGS = bindings(Scope.LIST)

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "film-list--row",
        "film-list--cursor",
        "film-list--open",
        "film-list--mark",
        "film-list--detail",
        "film-list--year",
        "film-list--empty",
    }

    rows: reactive[Sequence[FilmRow]] = reactive((), always_update=True, init=False)
    """The rows shown, in order (set whole; never compared, a list may hold 100,000 rows)."""

    marks: reactive[Mapping[str, str]] = reactive(dict, init=False)
    """A one-cell mark per film key (films without one get a space)."""

    open_review: reactive[Review | None] = reactive(None, init=False)
    """The review the reader shows (its row carries a bar)."""

    empty_text: reactive[str] = reactive("", init=False)
    """What the list says when it has no rows."""

    cursor: reactive[int] = reactive(0, always_update=True, init=False)
    """The index of the selected row."""

    class Selected(Message):
        """The user chose a row to read (enter, `l`, or a click)."""

        def __init__(self, film_list: FilmList, row: FilmRow, by_mouse: bool = False) -> None:
            super().__init__()
            self.film_list = film_list
            self.row = row
            self.by_mouse = by_mouse

        @property
        def control(self) -> FilmList:
            """The list the row was chosen in."""
            return self.film_list

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._open_key: str | None = None
        #: The rows' styles while the lines of one pass are drawn (`render_lines`), by whether
        #: the row is the cursor's and which part of it: the same for every line of a pass.
        self._pass_styles: dict[tuple[bool, str | None], Style] | None = None
        #: The top row shown before a smaller height scrolled the list to keep the cursor in
        #: view; shown again when the height comes back (a passing row above the list, such as
        #: the progress bar for a moment, leaves the list where it was). A cursor move forgets it.
        self._top_before_resize: int | None = None
        #: Rows' lines drawn, by what they show (the review by identity, kept beside) and their
        #: styles, with the part styles of their pass (`_render_row`).
        self._strips: dict[tuple[object, ...], tuple[Strip, object, tuple[Style, ...]]] = {}

    # -- state ---------------------------------------------------------------------------

    @property
    def current(self) -> FilmRow | None:
        """The row under the cursor, if the list has any."""
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    @property
    def open_id(self) -> str | None:
        """The id of the review the reader shows."""
        return self.open_review.id if self.open_review is not None else None

    def watch_open_review(self, review: Review | None) -> None:
        """Another review is open: remember its film's key (its row carries the bar)."""
        self._open_key = review.film_key if review is not None else None

    def watch_rows(self, old: Sequence[FilmRow], rows: Sequence[FilmRow]) -> None:
        """New rows: the cursor stays on the film it was on if it is still shown, else goes to
        the first row. A cursor that was in view stays on the same line of the screen, so
        rows arriving above it (a scan, a sort) do not move the film under the reader's eye."""
        wanted = old[self.cursor].film_key if 0 <= self.cursor < len(old) else None
        line = self.cursor - round(self.scroll_y)
        self._set_height(len(rows))
        index = self.index_of(wanted) if wanted is not None else None
        self.cursor = index if index is not None else 0
        if index is not None and 0 <= line < self.scrollable_content_region.height:
            self.scroll_to(y=max(0, index - line), animate=False, immediate=True, force=True)

    def _set_height(self, count: int) -> None:
        """The list is `count` rows long. Only its scroll bar needs telling: the reactive
        `virtual_size` would lay the whole screen out again, at every batch of rows of a scan
        (about 10 ms each at 100,000, on the event loop). A scroll bar that appears or goes
        changes the list's width, and lays the screen out itself. The bar's showing is decided
        here, too (Textual's own rule), so the first frame of a start lays out and draws the
        list once, with its bar, rather than once more for the bar a column narrower."""
        size = Size(0, count)
        if size == self.virtual_size:
            return
        self.set_reactive(FilmList.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    def index_of(self, film_key: str) -> int | None:
        """The row index of a film, or None when it is not shown."""
        rows = self.rows
        if isinstance(rows, Rows):  # a table made once per set of rows, not a row per step
            return rows.index_of_film(film_key)
        for index, row in enumerate(rows):
            if row.film_key == film_key:
                return index
        return None

    def select_film(self, film_key: str) -> bool:
        """Move the cursor to a film's row; False when the list does not show it."""
        index = self.index_of(film_key)
        if index is None:
            return False
        self.cursor = index
        return True

    def validate_cursor(self, cursor: int) -> int:
        """Keep the cursor on a row."""
        return max(0, min(cursor, self.known_rows - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        """Redraw the two rows that changed and keep the new one in view."""
        self.refresh_line(old)
        self.refresh_line(new)
        self._top_before_resize = None
        self._scroll_cursor_into_view()

    def _scroll_cursor_into_view(self) -> None:
        """Scroll just enough that the cursor row is visible."""
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True, force=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True, force=True)

    def on_resize(self, event: events.Resize) -> None:
        """A new height may hide the cursor: bring it back. When the height comes back and the
        rows shown before fit the cursor again, show those rows again."""
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        before = self._top_before_resize
        if before is not None and before <= self.cursor < before + height:
            self._top_before_resize = None
            self.scroll_to(y=before, animate=False, immediate=True, force=True)
            return
        top = round(self.scroll_y)
        if not top <= self.cursor < top + height and before is None:
            self._top_before_resize = top
        self._scroll_cursor_into_view()

    # -- actions -------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        """Select the next film."""
        self.cursor += 1

    def action_cursor_up(self) -> None:
        """Select the previous film."""
        self.cursor -= 1

    def action_page_down(self) -> None:
        """Move the cursor a screenful down."""
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_page_up(self) -> None:
        """Move the cursor a screenful up."""
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        """Select the first film."""
        self.cursor = 0

    def action_last(self) -> None:
        """Select the last film."""
        self.cursor = len(self.rows) - 1

    def action_open(self) -> None:
        """Ask for the selected film's review to be opened."""
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self, row))

    # -- mouse ---------------------------------------------------------------------------

    def on_click(self, event: events.Click) -> None:
        """Select the clicked row and open it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = round(self.scroll_y) + offset.y
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.post_message(self.Selected(self, self.rows[index], by_mouse=True))

    # -- drawing -------------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines of `crop`, working out the rows' styles once for all of them."""
        self._pass_styles = {}
        try:
            return super().render_lines(crop)
        finally:
            self._pass_styles = None

    def render_line(self, y: int) -> Strip:
        """Draw one visible line: a film row, or the empty text on the first line."""
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self._row_style(False)
        if not self.rows:
            if y == 0 and self.empty_text:
                style = self._row_style(False, "film-list--empty")
                text = Text(" " + self.empty_text, style=style, no_wrap=True)
                text.truncate(width, overflow="ellipsis", pad=True)
                return Strip(text_segments(text, self.app.console), width)
            return Strip.blank(width, base)
        if index >= len(self.rows) or index >= self.known_rows:
            return Strip.blank(width, base)
        return self._render_row(index, width, base)

    @property
    def known_rows(self) -> int:
        """How many rows can be shown now: all, but for the first screen of a start
        (`FirstRows`), which has only the first."""
        rows = self.rows
        return rows.known if isinstance(rows, FirstRows) else len(rows)

    def _part(self, component: str) -> Style:
        """A component's own style (colours and text style), to lay over the row's."""
        return self.get_component_rich_style(component, partial=True)

    def _row_style(self, cursor: bool, part: str | None = None) -> Style:
        """The style of a row (the cursor's, if `cursor`), or of one `part` of it (a component
        class laid over it); the same for a whole pass of `render_lines`."""
        styles = self._pass_styles
        key = (cursor, part)
        if styles is not None and key in styles:
            return styles[key]
        if part is not None:
            style = self._row_style(cursor) + self._part(part)
        elif cursor:
            # The full style: its background may be translucent, blended over the pane's.
            style = self._row_style(False) + self.get_component_rich_style("film-list--cursor")
        else:
            style = self.rich_style + self._part("film-list--row")
        if styles is not None:
            styles[key] = style
        return style

    def _render_row(self, index: int, width: int, base: Style) -> Strip:
        """One film row, exactly `width` cells wide."""
        row = self.rows[index]
        review = row.review
        cursor = index == self.cursor
        if cursor:
            base = self._row_style(True)
        is_open = row.film_key == self._open_key
        mark_char = self.marks.get(review.film_key) or " "
        # A row drawn before with the same text and styles is not made again: a frame draws
        # every row on the screen, and during a scan the list's frames (new rows, the progress,
        # the keys) mostly show rows already drawn, at other lines.
        key = (
            id(review),
            review.film,
            row.detail,
            row.reviews,
            mark_char,
            is_open,
            cursor,
            width,
            base,
        )
        drawn = self._strips.get(key)
        styles = self._pass_key()
        if drawn is not None and drawn[1] is review and drawn[2] == styles:
            return drawn[0]
        made = self._make_row(row, review, cursor, is_open, mark_char, width, base)
        if len(self._strips) >= _STRIPS:
            self._strips.clear()
        self._strips[key] = (made, review, styles)
        return made

    def _pass_key(self) -> tuple[Style, ...]:
        """The part styles of this pass's rows (a row drawn with others is drawn again)."""
        return tuple(
            self._row_style(cursor, part)
            for cursor in (False, True)
            for part in (
                "film-list--open",
                "film-list--mark",
                "film-list--year",
                "film-list--detail",
            )
        )

    def _make_row(
        self,
        row: FilmRow,
        review: Entry,
        cursor: bool,
        is_open: bool,
        mark_char: str,
        width: int,
        base: Style,
    ) -> Strip:
        bar = Segment("▌" if is_open else " ", self._row_style(cursor, "film-list--open"))
        mark_text = Text(visible(mark_char)[:1], no_wrap=True)
        mark_text.truncate(1, pad=True)
        mark = Segment(mark_text.plain, self._row_style(cursor, "film-list--mark"))
        year = str(review.film.year) if review.film.year is not None else ""
        year_segment = Segment(
            year.rjust(_YEAR_WIDTH)[-_YEAR_WIDTH:] + " ",
            self._row_style(cursor, "film-list--year"),
        )
        title_width = max(0, width - 3 - (_YEAR_WIDTH + 1) - 1)
        details = [row.detail] if row.detail else []
        if row.reviews > 1:
            details.append(counted(row.reviews, "review"))
        if is_open or details:
            title = Text(_title_of(review), style=base)
            if is_open:
                title.stylize(Style(bold=True))
            if details:
                detail = "  " + " · ".join(details)
                title.append(detail, self._row_style(cursor, "film-list--detail"))
            title.no_wrap = True
            title.truncate(title_width, overflow="ellipsis", pad=True)
            title_segments = text_segments(title, self.app.console)
        else:
            # A title in one style: the segment the `Text` above would give, without making
            # and rendering one (most rows of a frame).
            title_segments = [Segment(_fitted(_title_of(review), title_width), base or None)]
        segments = [
            bar,
            mark,
            Segment(" ", base),
            *title_segments,
            Segment(" ", base),
            year_segment,
        ]
        return Strip(segments).adjust_cell_length(width, base)


def _fitted(text: str, width: int) -> str:
    """Plain text made exactly `width` cells wide, as `Text.truncate(width, overflow="ellipsis",
    pad=True)` makes it: cut with an ellipsis, or padded with spaces."""
    length = cell_len(text)
    if length > width:
        return set_cell_size(text, width - 1) + "…"
    return text + " " * (width - length)


def _title_of(review: Entry) -> str:
    """The title as the list shows it: the film's title, with the season for a series."""
    film = review.film
    if film.season is not None:
        return visible(f"{film.title} · Season {film.season}")
    return visible(film.title)
