"""The one table of key bindings.

Every key reeltui answers to is a row of `KEYS`. Widgets and screens take their `BINDINGS`
from `bindings(scope)`, and the help screen is drawn from `help_sections()`, so the footer, the
help and the behaviour cannot drift apart. To add a key (bookmarks, the command bar), add a row
here and an `action_…` method on the widget or screen of that scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from textual.binding import Binding, BindingType

__all__ = ["KEYS", "KeySpec", "Scope", "bindings", "help_sections"]


class Scope(StrEnum):
    """Where a key applies: the whole main screen, one pane, or one overlay."""

    MAIN = "Everywhere"
    LIST = "Film list"
    FILTER = "Title filter"
    READER = "Reader"
    FIND = "Find in review"
    SIDE = "Film facts panel"
    CONTENTS = "Table of contents"
    HELP = "Help"
    PROBLEMS = "Problems"
    EMPTY = "No reviews"
    BOOKMARKS = "Bookmarks"
    NOTE = "Bookmark note"
    REPAIR = "Broken bookmarks file"


#: Footer groups: consecutive keys of one group are shown together under one label.
_SECTION = Binding.Group("Section")
_ENDS = Binding.Group("Top/end")
_MOVE = Binding.Group("Move")


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One binding: the keys (Textual names, comma separated), the action and its words.

    `display` is how the footer and help write the keys; `footer` says whether the footer shows
    it (the help always does); `group` joins it with its neighbours in the footer; `explain`
    replaces the footer's short description on the help screen.
    """

    keys: str
    action: str
    description: str
    scope: Scope
    display: str | None = None
    footer: bool = True
    group: Binding.Group | None = None
    priority: bool = False
    explain: str | None = None

    def binding(self) -> Binding:
        """This row as a Textual `Binding` (its id is `scope.action`, for user keymaps)."""
        return Binding(
            self.keys,
            self.action,
            self.description,
            show=self.footer,
            key_display=self.display,
            priority=self.priority,
            id=f"{self.scope.name.lower()}.{self.action}",
            group=self.group,
        )

    @property
    def help_text(self) -> str:
        """What the help screen says the key does."""
        return self.explain or self.description

    @property
    def help_keys(self) -> str:
        """The keys as the help screen writes them: "j ↓", "space pgdn"."""
        if self.display is not None and "," not in self.keys:
            return self.display
        return " ".join(_KEY_NAMES.get(key, key) for key in self.keys.split(","))


#: How the help screen writes Textual key names.
_KEY_NAMES: dict[str, str] = {
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "escape": "esc",
    "shift+tab": "shift+tab",
    "question_mark": "?",
    "slash": "/",
    "exclamation_mark": "!",
    "colon": ":",
    "ctrl+p": "ctrl+p",
}

KEYS: tuple[KeySpec, ...] = (
    # The main screen, whichever pane has the focus. Help and Quit come first so that a
    # narrow footer still shows them.
    KeySpec("question_mark", "help", "Help", Scope.MAIN, "?"),
    KeySpec("q", "app.quit", "Quit", Scope.MAIN),
    KeySpec("tab", "next_pane", "Pane", Scope.MAIN, explain="Next pane: list, reader, facts"),
    KeySpec("shift+tab", "previous_pane", "Previous pane", Scope.MAIN, footer=False),
    KeySpec("t", "contents", "Contents", Scope.MAIN, explain="Contents of the open review"),
    KeySpec("ctrl+f", "find", "Find", Scope.MAIN, footer=False, explain="Find in review"),
    KeySpec("slash", "filter", "Filter", Scope.MAIN, "/", explain="Filter the list by title"),
    KeySpec(
        "colon",
        "app.command_palette",
        "Search",
        Scope.MAIN,
        ":",
        explain="Search: films, people, text, commands",
    ),
    KeySpec("s", "cycle_sort", "Sort", Scope.MAIN, explain="Sort by title, year, reviewer, recent"),
    KeySpec(
        "exclamation_mark",
        "app.problems",
        "Problems",
        Scope.MAIN,
        "!",
        explain="Files with problems",
    ),
    # Bookmarks (changes are the app's actions, so the command bar and every screen share
    # them; the list of bookmarked films and the bookmarks screen are the main screen's).
    KeySpec(
        "b",
        "app.toggle_bookmark",
        "Bookmark",
        Scope.MAIN,
        explain="Bookmark / un-bookmark the film",
    ),
    KeySpec(
        "w",
        "app.toggle_watched",
        "Watched",
        Scope.MAIN,
        footer=False,
        explain="Bookmarked film: watched / to-watch",
    ),
    KeySpec(
        "B",
        "bookmarks_only",
        "Bookmarked",
        Scope.MAIN,
        explain="Only bookmarked films (again: all)",
    ),
    KeySpec(
        "m",
        "show_bookmarks",
        "My list",
        Scope.MAIN,
        explain="Your bookmarks: status, date, note",
    ),
    KeySpec("u", "app.undo_remove", "Undo", Scope.MAIN, explain="Undo removing a bookmark"),
    # The film list.
    KeySpec("enter,l", "open", "Open", Scope.LIST, "enter"),
    KeySpec("j,down", "cursor_down", "Next film", Scope.LIST, "j", group=_MOVE),
    KeySpec("k,up", "cursor_up", "Previous film", Scope.LIST, "k", group=_MOVE),
    KeySpec("pagedown", "page_down", "Page down", Scope.LIST, "pgdn", footer=False),
    KeySpec("space", "screen.read_on", "Page the reader", Scope.LIST, footer=False),
    KeySpec("pageup", "page_up", "Page up", Scope.LIST, "pgup", footer=False),
    KeySpec("g,home", "first", "First film", Scope.LIST, "g", footer=False),
    KeySpec("G,end", "last", "Last film", Scope.LIST, "G", footer=False),
    KeySpec("escape", "screen.clear_filter", "Clear filter", Scope.LIST, "esc"),
    # The title filter box.
    KeySpec("down,enter", "screen.leave_filter", "To the list", Scope.FILTER, "enter"),
    KeySpec("escape", "screen.clear_filter", "Clear filter", Scope.FILTER, "esc"),
    # The reader.
    KeySpec("space,pagedown", "page_down", "Page", Scope.READER, "space", explain="Page down"),
    KeySpec("pageup", "page_up", "Page up", Scope.READER, "pgup", footer=False),
    KeySpec("n", "next_heading", "Next section", Scope.READER, group=_SECTION),
    KeySpec("p", "previous_heading", "Previous section", Scope.READER, group=_SECTION),
    KeySpec("j,down", "line_down", "Scroll down", Scope.READER, "j", footer=False),
    KeySpec("k,up", "line_up", "Scroll up", Scope.READER, "k", footer=False),
    KeySpec("g,home", "top", "Top", Scope.READER, "g", footer=False, group=_ENDS),
    KeySpec("G,end", "bottom", "End", Scope.READER, "G", footer=False, group=_ENDS),
    KeySpec(
        "escape",
        "screen.leave_reader",
        "Back",
        Scope.READER,
        "esc",
        explain="Close the find bar, else back to the list",
    ),
    # The find bar under the reader (ctrl+f). Many terminals send shift+enter as enter, so
    # the arrows step too.
    KeySpec("enter,down", "next_match", "Next", Scope.FIND, "enter", explain="Next match"),
    KeySpec(
        "shift+enter,up", "previous_match", "Previous", Scope.FIND, "↑", explain="Previous match"
    ),
    KeySpec(
        "escape",
        "close_find",
        "Close",
        Scope.FIND,
        "esc",
        explain="Close the find bar and clear the marks",
    ),
    # The side panel (film facts and the reviewer's bio).
    KeySpec("j,down", "scroll_down", "Scroll down", Scope.SIDE, "j", footer=False),
    KeySpec("k,up", "scroll_up", "Scroll up", Scope.SIDE, "k", footer=False),
    KeySpec("pagedown,space", "page_down", "Page down", Scope.SIDE, "pgdn", footer=False),
    KeySpec("pageup", "page_up", "Page up", Scope.SIDE, "pgup", footer=False),
    KeySpec("g,home", "scroll_home", "Top", Scope.SIDE, "g", footer=False),
    KeySpec("G,end", "scroll_end", "End", Scope.SIDE, "G", footer=False),
    KeySpec("escape", "screen.back", "Back", Scope.SIDE, "esc", explain="Back to the list"),
    # The table of contents.
    KeySpec("enter,l", "jump", "Go to section", Scope.CONTENTS, "enter"),
    KeySpec("j,down", "cursor_down", "Next", Scope.CONTENTS, "j", footer=False),
    KeySpec("k,up", "cursor_up", "Previous", Scope.CONTENTS, "k", footer=False),
    KeySpec("escape,t,q", "close", "Close", Scope.CONTENTS, "esc"),
    # The help screen.
    KeySpec("j,down", "scroll_down", "Scroll down", Scope.HELP, "j", footer=False),
    KeySpec("k,up", "scroll_up", "Scroll up", Scope.HELP, "k", footer=False),
    KeySpec("escape,question_mark,q", "close", "Close", Scope.HELP, "esc"),
    # The problems screen.
    KeySpec("j,down", "scroll_down", "Scroll down", Scope.PROBLEMS, "j", footer=False),
    KeySpec("k,up", "scroll_up", "Scroll up", Scope.PROBLEMS, "k", footer=False),
    KeySpec("escape,exclamation_mark,q", "close", "Close", Scope.PROBLEMS, "esc"),
    # The screen shown when the data folder has no reviews.
    KeySpec("r", "app.reload", "Look again", Scope.EMPTY),
    KeySpec("exclamation_mark", "app.problems", "Problems", Scope.EMPTY, "!"),
    KeySpec("q,escape", "app.quit", "Quit", Scope.EMPTY, "q"),
    # The bookmarks list.
    KeySpec("enter,l", "open", "Open", Scope.BOOKMARKS, "enter", explain="Read the film's review"),
    KeySpec("w", "toggle_watched", "Watched", Scope.BOOKMARKS, explain="Watched / to-watch"),
    KeySpec("e", "edit_note", "Note", Scope.BOOKMARKS, explain="Write or change the note"),
    KeySpec("d,delete", "remove", "Remove", Scope.BOOKMARKS, "d", explain="Remove the bookmark"),
    KeySpec("u", "undo_remove", "Undo", Scope.BOOKMARKS, explain="Undo removing a bookmark"),
    KeySpec(
        "R",
        "repair",
        "Repair",
        Scope.BOOKMARKS,
        explain="Save what could not be saved, or move a broken file aside",
    ),
    KeySpec("j,down", "cursor_down", "Next", Scope.BOOKMARKS, "j", footer=False),
    KeySpec("k,up", "cursor_up", "Previous", Scope.BOOKMARKS, "k", footer=False),
    KeySpec("pagedown", "page_down", "Page down", Scope.BOOKMARKS, "pgdn", footer=False),
    KeySpec("pageup", "page_up", "Page up", Scope.BOOKMARKS, "pgup", footer=False),
    KeySpec("g,home", "first", "First", Scope.BOOKMARKS, "g", footer=False),
    KeySpec("G,end", "last", "Last", Scope.BOOKMARKS, "G", footer=False),
    KeySpec("escape,m,q", "close", "Close", Scope.BOOKMARKS, "esc"),
    # The note editor (enter in the box saves).
    KeySpec("escape", "cancel", "Cancel", Scope.NOTE, "esc"),
    # The offer to move a broken bookmarks file aside.
    KeySpec("y", "move_aside", "Move aside", Scope.REPAIR, explain="Move aside and start fresh"),
    KeySpec("escape,n", "keep", "Keep read-only", Scope.REPAIR, "esc"),
)


def bindings(scope: Scope) -> list[BindingType]:
    """The Textual bindings of one scope, in table order (which is the footer's order)."""
    return [spec.binding() for spec in KEYS if spec.scope is scope]


def help_sections() -> list[tuple[Scope, list[KeySpec]]]:
    """The table grouped by scope, in the order scopes first appear, for the help screen."""
    sections: dict[Scope, list[KeySpec]] = {}
    for spec in KEYS:
        sections.setdefault(spec.scope, []).append(spec)
    return list(sections.items())
