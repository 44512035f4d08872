"""The one table of key bindings, and the user's own keys.

Every key reeltui answers to is a row of `KEYS`. Widgets and screens take their `BINDINGS`
from `bindings(scope)`, and the help screen is drawn from `help_sections()`, so the footer, the
help and the behaviour cannot drift apart. To add a key, add a row here (with a new `name`)
and an `action_…` method on the widget or screen of that scope.

Every row has a stable id: its `name`, after its scope's prefix for the keys of a pane or an
overlay ("bookmark", "reader.next_section", "toc.close"). The `[keys]` table of the settings
file rebinds rows by id (`bookmark = "ctrl+b"`); `user_keys` checks that table and turns it
into a Textual keymap (`App.set_keymap`), saying in one sentence what was wrong with each entry
it could not use. The ids are documented in the README; change one and users' settings break.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from textual.binding import Binding, BindingType
from textual.keys import REPLACED_KEYS, _character_to_key, key_to_character

__all__ = [
    "KEYS",
    "KeySpec",
    "Scope",
    "UserKeys",
    "bindings",
    "help_sections",
    "key_label",
    "parse_key",
    "spec_of",
    "user_keys",
]


class Scope(StrEnum):
    """Where a key applies: the whole main screen, one pane, or one overlay."""

    MAIN = "Everywhere"
    LIST = "Film list"
    FILTER = "Title filter"
    READER = "Reader"
    FIND = "Find in review"
    SIDE = "Film facts panel"
    CONTENTS = "Table of contents"
    HELP = "Help and keys"
    PROBLEMS = "Problems"
    EMPTY = "No reviews"
    BOOKMARKS = "Bookmarks"
    NOTE = "Bookmark note"
    REPAIR = "Broken bookmarks file"
    PERSON = "A person's page"
    PEOPLE = "People of the film"
    FACTS = "Correcting a film's facts"
    IMPORT = "Import from Letterboxd"

    @property
    def prefix(self) -> str:
        """What the ids of this scope's keys start with ("" for the main screen's)."""
        return _PREFIXES[self]


#: The id prefix of each scope. The main screen's keys have bare ids; no bare id may equal a
#: prefix, or `help = "f1"` and `help.close = "x"` could not both be written in TOML.
_PREFIXES: dict[Scope, str] = {
    Scope.MAIN: "",
    Scope.LIST: "list",
    Scope.FILTER: "filter_bar",
    Scope.READER: "reader",
    Scope.FIND: "find_bar",
    Scope.SIDE: "facts",
    Scope.CONTENTS: "toc",
    Scope.HELP: "help_screen",
    Scope.PROBLEMS: "problems_screen",
    Scope.EMPTY: "empty",
    Scope.BOOKMARKS: "bookmarks",
    Scope.NOTE: "note",
    Scope.REPAIR: "repair",
    Scope.FACTS: "facts_form",
    Scope.IMPORT: "import_prompt",
    Scope.PERSON: "person_page",
    Scope.PEOPLE: "people_dialog",
}

#: The panes of the main screen: each one's keys apply together with the main screen's.
PANE_SCOPES: tuple[Scope, ...] = (Scope.LIST, Scope.FILTER, Scope.READER, Scope.FIND, Scope.SIDE)
#: The scopes whose focus is a text box (a printable key there is typed, never a command),
#: and what the box is called in a sentence.
_BOXES: dict[Scope, str] = {
    Scope.FILTER: "title filter",
    Scope.FIND: "find bar",
    Scope.NOTE: "note",
    Scope.FACTS: "facts form",
    Scope.IMPORT: "import path",
}
TEXT_SCOPES: frozenset[Scope] = frozenset(_BOXES)
#: Keys Textual itself binds for the whole app, on every screen (they cannot be rebound).
APP_KEYS: dict[str, str] = {
    "ctrl+q": "Quit",
    "ctrl+c": "Copy",
    "ctrl+p": "Search",
}

#: Footer groups: consecutive keys of one group are shown together under one label.
_SECTION = Binding.Group("Section")
_ENDS = Binding.Group("Top/end")
_MOVE = Binding.Group("Move")
_PART = Binding.Group("Part")
_REVIEWER = Binding.Group("Reviewer")


@dataclass(frozen=True, slots=True)
class KeySpec:
    """One binding: the keys (Textual names, comma separated), the action and its words.

    `name` makes the row's id (see `id`). `display` is how the footer and help write the keys;
    `footer` says whether the footer shows it (the help always does); `group` joins it with
    its neighbours in the footer; `explain` replaces the footer's short description on the
    help screen.
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
    name: str = field(default="", kw_only=True)

    @property
    def id(self) -> str:
        """The binding's id, as the `[keys]` table names it: "bookmark", "reader.top"."""
        prefix = self.scope.prefix
        return f"{prefix}.{self.name}" if prefix else self.name

    @property
    def default_keys(self) -> tuple[str, ...]:
        """The keys of the table (Textual names)."""
        return tuple(self.keys.split(","))

    def binding(self) -> Binding:
        """This row as a Textual `Binding`, with its id (which user keymaps rebind)."""
        return Binding(
            self.keys,
            self.action,
            self.description,
            show=self.footer,
            key_display=self.display,
            priority=self.priority,
            id=self.id,
            group=self.group,
        )

    @property
    def help_text(self) -> str:
        """What the help screen says the key does."""
        return self.explain or self.description

    @property
    def help_keys(self) -> str:
        """The default keys as the help screen writes them: "j ↓", "space pgdn"."""
        if self.display is not None and "," not in self.keys:
            return self.display
        return " ".join(key_label(key) for key in self.default_keys)


#: How the help, the footer and the command bar write Textual key names.
_KEY_NAMES: dict[str, str] = {
    "down": "↓",
    "up": "↑",
    "left": "←",
    "right": "→",
    "pagedown": "pgdn",
    "pageup": "pgup",
    "escape": "esc",
    "delete": "del",
    "space": "space",
}


def _character_of(key: str) -> str | None:
    """The printable character a key without modifiers types ("question_mark" gives "?",
    "tab" nothing), if any."""
    character = key_to_character(REPLACED_KEYS.get(key, key))
    return character if character is not None and character.isprintable() else None


def key_label(key: str) -> str:
    """A Textual key name as people write it: "?" for question_mark, "ctrl+b", "↓", "esc"."""
    modifiers, base = _split(key)
    if base in _KEY_NAMES:
        shown = _KEY_NAMES[base]
    elif len(base) > 1 and (character := _character_of(base)) is not None:
        shown = character
    else:
        shown = base
    return "+".join([*modifiers, shown])


def _split(key: str) -> tuple[list[str], str]:
    """A key's modifiers and its base key: "ctrl+b" gives (["ctrl"], "b"), "ctrl++" ends in "+"."""
    if key.endswith("+") and (key == "+" or key.endswith("++")):
        head = key[:-2]
        return (head.split("+") if head else []), "+"
    *modifiers, base = key.split("+")
    return modifiers, base


KEYS: tuple[KeySpec, ...] = (
    # The main screen, whichever pane has the focus. Help and Quit come first so that a
    # narrow footer still shows them.
    KeySpec("question_mark", "help", "Help", Scope.MAIN, "?", name="help"),
    KeySpec("q", "app.quit", "Quit", Scope.MAIN, name="quit"),
    KeySpec(
        "tab",
        "next_pane",
        "Pane",
        Scope.MAIN,
        explain="Next pane: list, reader, facts",
        name="next_pane",
    ),
    KeySpec(
        "shift+tab",
        "previous_pane",
        "Previous pane",
        Scope.MAIN,
        footer=False,
        name="previous_pane",
    ),
    KeySpec(
        "t",
        "contents",
        "Contents",
        Scope.MAIN,
        explain="Contents of the open review",
        name="contents",
    ),
    KeySpec(
        "ctrl+f",
        "find",
        "Find",
        Scope.MAIN,
        footer=False,
        explain="Find in review",
        # Priority: acted on as it arrives, so the keys typed right after it reach the box.
        priority=True,
        name="find",
    ),
    KeySpec(
        "slash",
        "filter",
        "Filter",
        Scope.MAIN,
        "/",
        explain="Filter the list by title",
        priority=True,
        name="filter",
    ),
    KeySpec(
        "colon",
        "app.search",
        "Search",
        Scope.MAIN,
        ":",
        explain="Search: films, people, text, commands",
        priority=True,
        name="search",
    ),
    KeySpec(
        "s",
        "cycle_sort",
        "Sort",
        Scope.MAIN,
        explain="Sort by title, year, reviewer, recent",
        name="sort",
    ),
    KeySpec(
        "left_square_bracket",
        "previous_review",
        "Previous reviewer",
        Scope.MAIN,
        "[",
        group=_REVIEWER,
        explain="Previous review of the film",
        name="previous_review",
    ),
    KeySpec(
        "right_square_bracket",
        "next_review",
        "Next reviewer",
        Scope.MAIN,
        "]",
        group=_REVIEWER,
        explain="Next review of the film",
        name="next_review",
    ),
    KeySpec(
        "P",
        "people",
        "People",
        Scope.MAIN,
        explain="People of the film: their pages",
        name="people",
    ),
    KeySpec(
        "exclamation_mark",
        "app.problems",
        "Problems",
        Scope.MAIN,
        "!",
        explain="Files with problems",
        name="problems",
    ),
    # Bookmarks (changes are the app's actions, so the command bar and every screen share
    # them; the list of bookmarked films and the bookmarks screen are the main screen's).
    KeySpec(
        "b",
        "app.toggle_bookmark",
        "Bookmark",
        Scope.MAIN,
        explain="Bookmark / un-bookmark the film",
        name="bookmark",
    ),
    KeySpec(
        "w",
        "app.toggle_watched",
        "Watched",
        Scope.MAIN,
        footer=False,
        explain="Bookmarked film: watched / to-watch",
        name="watched",
    ),
    KeySpec(
        "B",
        "bookmarks_only",
        "Bookmarked",
        Scope.MAIN,
        explain="Only bookmarked films (again: all)",
        name="bookmarked_only",
    ),
    KeySpec(
        "m",
        "show_bookmarks",
        "My list",
        Scope.MAIN,
        explain="Your bookmarks: status, date, note",
        name="my_list",
    ),
    KeySpec(
        "u", "app.undo_remove", "Undo", Scope.MAIN, explain="Undo removing a bookmark", name="undo"
    ),
    KeySpec(
        "e",
        "app.edit_facts",
        "Correct facts",
        Scope.MAIN,
        footer=False,
        explain="Correct the film's facts",
        name="correct",
    ),
    KeySpec(
        "I",
        "app.import_letterboxd",
        "Import",
        Scope.MAIN,
        footer=False,
        explain="Import films from Letterboxd",
        name="import_letterboxd",
    ),
    # The film list.
    KeySpec("enter,l", "open", "Open", Scope.LIST, "enter", name="open"),
    KeySpec("j,down", "cursor_down", "Next film", Scope.LIST, "j", group=_MOVE, name="down"),
    KeySpec("k,up", "cursor_up", "Previous film", Scope.LIST, "k", group=_MOVE, name="up"),
    KeySpec(
        "pagedown", "page_down", "Page down", Scope.LIST, "pgdn", footer=False, name="page_down"
    ),
    KeySpec("space", "screen.read_on", "Page the reader", Scope.LIST, footer=False, name="read_on"),
    KeySpec("pageup", "page_up", "Page up", Scope.LIST, "pgup", footer=False, name="page_up"),
    KeySpec("g,home", "first", "First film", Scope.LIST, "g", footer=False, name="first"),
    KeySpec("G,end", "last", "Last film", Scope.LIST, "G", footer=False, name="last"),
    KeySpec(
        "escape", "screen.clear_filter", "Clear filter", Scope.LIST, "esc", name="clear_filter"
    ),
    # The title filter box.
    KeySpec(
        "down,enter", "screen.leave_filter", "To the list", Scope.FILTER, "enter", name="to_list"
    ),
    KeySpec("escape", "screen.clear_filter", "Clear filter", Scope.FILTER, "esc", name="clear"),
    # The reader.
    KeySpec(
        "space,pagedown",
        "page_down",
        "Page",
        Scope.READER,
        "space",
        explain="Page down",
        name="page_down",
    ),
    KeySpec("pageup", "page_up", "Page up", Scope.READER, "pgup", footer=False, name="page_up"),
    KeySpec("n", "next_heading", "Next section", Scope.READER, group=_SECTION, name="next_section"),
    KeySpec(
        "p",
        "previous_heading",
        "Previous section",
        Scope.READER,
        group=_SECTION,
        name="previous_section",
    ),
    KeySpec("j,down", "line_down", "Scroll down", Scope.READER, "j", footer=False, name="down"),
    KeySpec("k,up", "line_up", "Scroll up", Scope.READER, "k", footer=False, name="up"),
    KeySpec("g,home", "top", "Top", Scope.READER, "g", footer=False, group=_ENDS, name="top"),
    KeySpec("G,end", "bottom", "End", Scope.READER, "G", footer=False, group=_ENDS, name="bottom"),
    KeySpec(
        "escape",
        "screen.leave_reader",
        "Back",
        Scope.READER,
        "esc",
        explain="Close the find bar, else back to the list",
        name="back",
    ),
    # The find bar under the reader (ctrl+f). Many terminals send shift+enter as enter, so
    # the arrows step too.
    KeySpec(
        "enter,down",
        "next_match",
        "Next",
        Scope.FIND,
        "enter",
        explain="Next match",
        name="next",
    ),
    KeySpec(
        "shift+enter,up",
        "previous_match",
        "Previous",
        Scope.FIND,
        "↑",
        explain="Previous match",
        name="previous",
    ),
    KeySpec(
        "escape",
        "close_find",
        "Close",
        Scope.FIND,
        "esc",
        explain="Close the find bar and clear the marks",
        name="close",
    ),
    # The side panel (film facts and the reviewer's bio).
    KeySpec("j,down", "scroll_down", "Scroll down", Scope.SIDE, "j", footer=False, name="down"),
    KeySpec("k,up", "scroll_up", "Scroll up", Scope.SIDE, "k", footer=False, name="up"),
    KeySpec(
        "pagedown,space",
        "page_down",
        "Page down",
        Scope.SIDE,
        "pgdn",
        footer=False,
        name="page_down",
    ),
    KeySpec("pageup", "page_up", "Page up", Scope.SIDE, "pgup", footer=False, name="page_up"),
    KeySpec("g,home", "scroll_home", "Top", Scope.SIDE, "g", footer=False, name="top"),
    KeySpec("G,end", "scroll_end", "End", Scope.SIDE, "G", footer=False, name="bottom"),
    KeySpec(
        "escape",
        "screen.back",
        "Back",
        Scope.SIDE,
        "esc",
        explain="Back to the list",
        name="back",
    ),
    # The table of contents.
    KeySpec("enter,l", "jump", "Go to section", Scope.CONTENTS, "enter", name="go"),
    KeySpec("j,down", "cursor_down", "Next", Scope.CONTENTS, "j", footer=False, name="down"),
    KeySpec("k,up", "cursor_up", "Previous", Scope.CONTENTS, "k", footer=False, name="up"),
    KeySpec("escape,t,q", "close", "Close", Scope.CONTENTS, "esc", name="close"),
    # The help screen and the list of keys.
    KeySpec("j,down", "scroll_down", "Scroll down", Scope.HELP, "j", footer=False, name="down"),
    KeySpec("k,up", "scroll_up", "Scroll up", Scope.HELP, "k", footer=False, name="up"),
    KeySpec("escape,question_mark,q", "close", "Close", Scope.HELP, "esc", name="close"),
    # The problems screen.
    KeySpec("j,down", "scroll_down", "Scroll down", Scope.PROBLEMS, "j", footer=False, name="down"),
    KeySpec("k,up", "scroll_up", "Scroll up", Scope.PROBLEMS, "k", footer=False, name="up"),
    KeySpec("escape,exclamation_mark,q", "close", "Close", Scope.PROBLEMS, "esc", name="close"),
    # The screen shown when the data folder has no reviews.
    KeySpec("r", "app.reload", "Look again", Scope.EMPTY, name="reload"),
    KeySpec("exclamation_mark", "app.problems", "Problems", Scope.EMPTY, "!", name="problems"),
    KeySpec("q,escape", "app.quit", "Quit", Scope.EMPTY, "q", name="quit"),
    # The bookmarks list.
    KeySpec(
        "enter,l",
        "open",
        "Open",
        Scope.BOOKMARKS,
        "enter",
        explain="Read the film's review",
        name="open",
    ),
    KeySpec(
        "w",
        "toggle_watched",
        "Watched",
        Scope.BOOKMARKS,
        explain="Watched / to-watch",
        name="watched",
    ),
    KeySpec(
        "e", "edit_note", "Note", Scope.BOOKMARKS, explain="Write or change the note", name="note"
    ),
    KeySpec(
        "d,delete",
        "remove",
        "Remove",
        Scope.BOOKMARKS,
        "d",
        explain="Remove the bookmark",
        name="remove",
    ),
    KeySpec(
        "u",
        "undo_remove",
        "Undo",
        Scope.BOOKMARKS,
        explain="Undo removing a bookmark",
        name="undo",
    ),
    KeySpec(
        "i",
        "app.import_letterboxd",
        "Import",
        Scope.BOOKMARKS,
        explain="Import from Letterboxd (a CSV file of its export)",
        name="import",
    ),
    KeySpec(
        "R",
        "repair",
        "Repair",
        Scope.BOOKMARKS,
        explain="Save what could not be saved, or move a broken file aside",
        name="repair",
    ),
    KeySpec("j,down", "cursor_down", "Next", Scope.BOOKMARKS, "j", footer=False, name="down"),
    KeySpec("k,up", "cursor_up", "Previous", Scope.BOOKMARKS, "k", footer=False, name="up"),
    KeySpec(
        "pagedown",
        "page_down",
        "Page down",
        Scope.BOOKMARKS,
        "pgdn",
        footer=False,
        name="page_down",
    ),
    KeySpec("pageup", "page_up", "Page up", Scope.BOOKMARKS, "pgup", footer=False, name="page_up"),
    KeySpec("g,home", "first", "First", Scope.BOOKMARKS, "g", footer=False, name="first"),
    KeySpec("G,end", "last", "Last", Scope.BOOKMARKS, "G", footer=False, name="last"),
    KeySpec("escape,m,q", "close", "Close", Scope.BOOKMARKS, "esc", name="close"),
    # A person's page (films, reviews, the sentences that name them).
    KeySpec(
        "enter,l",
        "open",
        "Open",
        Scope.PERSON,
        "enter",
        explain="Read the film or sentence",
        name="open",
    ),
    KeySpec("j,down", "cursor_down", "Next", Scope.PERSON, "j", group=_MOVE, name="down"),
    KeySpec("k,up", "cursor_up", "Previous", Scope.PERSON, "k", group=_MOVE, name="up"),
    KeySpec("n", "next_part", "Next part", Scope.PERSON, group=_PART, name="next_part"),
    KeySpec("p", "previous_part", "Previous part", Scope.PERSON, group=_PART, name="previous_part"),
    KeySpec(
        "pagedown,space",
        "page_down",
        "Page down",
        Scope.PERSON,
        "pgdn",
        footer=False,
        name="page_down",
    ),
    KeySpec("pageup", "page_up", "Page up", Scope.PERSON, "pgup", footer=False, name="page_up"),
    KeySpec("g,home", "first", "Top", Scope.PERSON, "g", footer=False, name="top"),
    KeySpec("G,end", "last", "End", Scope.PERSON, "G", footer=False, name="end"),
    KeySpec(
        "escape,q", "close", "Back", Scope.PERSON, "esc", explain="Close the page", name="close"
    ),
    # The people of the open film, to open one's page.
    KeySpec("enter,l", "choose", "Open page", Scope.PEOPLE, "enter", name="open"),
    KeySpec("j,down", "cursor_down", "Next", Scope.PEOPLE, "j", footer=False, name="down"),
    KeySpec("k,up", "cursor_up", "Previous", Scope.PEOPLE, "k", footer=False, name="up"),
    KeySpec("escape,P,q", "close", "Close", Scope.PEOPLE, "esc", name="close"),
    # The note editor (enter in the box saves).
    KeySpec("escape", "cancel", "Cancel", Scope.NOTE, "esc", name="cancel"),
    # The form that corrects a film's facts when no editor is set.
    KeySpec("ctrl+s", "save", "Save", Scope.FACTS, "ctrl+s", priority=True, name="save"),
    KeySpec("escape", "cancel", "Cancel", Scope.FACTS, "esc", priority=True, name="cancel"),
    # The offer to move a broken bookmarks file aside.
    KeySpec(
        "y",
        "move_aside",
        "Move aside",
        Scope.REPAIR,
        explain="Move aside and start fresh",
        name="move_aside",
    ),
    KeySpec("escape,n", "keep", "Keep read-only", Scope.REPAIR, "esc", name="keep"),
    # The Letterboxd import prompt (enter in the box imports).
    KeySpec("escape", "close", "Close", Scope.IMPORT, "esc", name="close"),
)

_BY_ID: dict[str, KeySpec] = {spec.id: spec for spec in KEYS}


def spec_of(binding_id: str) -> KeySpec:
    """The row of the table with this id (KeyError when there is none)."""
    return _BY_ID[binding_id]


def bindings(scope: Scope) -> list[BindingType]:
    """The Textual bindings of one scope, in table order (which is the footer's order)."""
    return [spec.binding() for spec in KEYS if spec.scope is scope]


def help_sections() -> list[tuple[Scope, list[KeySpec]]]:
    """The table grouped by scope, in the order scopes first appear, for the help screen."""
    sections: dict[Scope, list[KeySpec]] = {}
    for spec in KEYS:
        sections.setdefault(spec.scope, []).append(spec)
    return list(sections.items())


# -- the user's keys ---------------------------------------------------------------------

#: Modifiers Textual reports, in the order it writes them ("ctrl+shift+up").
_MODIFIERS = ("alt", "ctrl", "hyper", "meta", "shift", "super")
#: Keys with names (besides characters, which are also written by name: "question_mark").
_NAMED_KEYS = frozenset(
    {
        "escape",
        "enter",
        "tab",
        "space",
        "backspace",
        "delete",
        "insert",
        "home",
        "end",
        "pageup",
        "pagedown",
        "up",
        "down",
        "left",
        "right",
        *(f"f{number}" for number in range(1, 25)),
    }
)
#: Other ways people write keys (the way the help writes them, among others).
_ALIASES: dict[str, str] = {
    "esc": "escape",
    "return": "enter",
    "pgdn": "pagedown",
    "pgup": "pageup",
    "del": "delete",
    "ins": "insert",
    "↓": "down",
    "↑": "up",
    "←": "left",
    "→": "right",
}


def parse_key(text: str) -> str | None:
    """One key as Textual names it, from the way a person may write it; None if unreadable.

    "ctrl+B" gives "ctrl+b", "?" gives "question_mark", "esc" gives "escape", "shift+g" gives
    "G" (what a terminal sends); "ctrl+" or "hyperspace" give None.
    """
    written, base = _split(text.strip())
    modifiers = sorted({modifier.strip().lower() for modifier in written})
    if len(modifiers) != len(written) or any(m not in _MODIFIERS for m in modifiers):
        return None
    base = base.strip()
    if len(base) > 1 or base in _ALIASES:
        base = _ALIASES.get(base.lower(), base)
    if not base:
        return None
    if len(base) == 1:
        if not base.isprintable():
            return None
        if base.isalpha() and modifiers:
            if modifiers == ["shift"] and base.lower() != base.upper():
                return base.upper()  # terminals send shift+g as "G"
            base = base.lower()
        base = _character_to_key(base)
    else:
        base = base.lower()
        if base not in _NAMED_KEYS and _character_of(base) is None:
            return None
    return "+".join([*modifiers, base])


def _printable(key: str) -> bool:
    """Whether a text box would type this key rather than leave it to a binding."""
    return _character_of(key) is not None


@dataclass(frozen=True, slots=True)
class UserKeys:
    """The keys in effect: the table's, with the user's entries that could be used.

    `keymap` maps a binding id to its keys (Textual names, comma separated), for
    `App.set_keymap`; `problems` holds one sentence for each entry that was not used.
    """

    keymap: Mapping[str, str] = field(default_factory=dict)
    problems: tuple[str, ...] = ()

    def keys_of(self, spec: KeySpec) -> tuple[str, ...]:
        """The keys that do what `spec` does now."""
        chosen = self.keymap.get(spec.id)
        return tuple(chosen.split(",")) if chosen else spec.default_keys

    def changed(self, spec: KeySpec) -> bool:
        """Whether the user chose other keys for `spec`."""
        return spec.id in self.keymap

    def help_keys(self, spec: KeySpec) -> str:
        """The keys of `spec` as the help writes them (the user's, if they chose some)."""
        if not self.changed(spec):
            return spec.help_keys
        return " ".join(key_label(key) for key in self.keys_of(spec))

    def label(self, binding_id: str) -> str:
        """The first key of a binding as people write it, for sentences ("press b")."""
        spec = spec_of(binding_id)
        if not self.changed(spec) and spec.display is not None:
            return spec.display
        return key_label(self.keys_of(spec)[0])


def _groups() -> list[tuple[Scope, ...]]:
    """The scopes whose keys are live at the same time: a pane with the main screen's, and
    each overlay alone (Textual's own app keys are live everywhere)."""
    groups: list[tuple[Scope, ...]] = [(Scope.MAIN, pane) for pane in PANE_SCOPES]
    groups.extend(
        (scope,) for scope in Scope if scope is not Scope.MAIN and scope not in PANE_SCOPES
    )
    return groups


def _shown(keys: Iterable[str]) -> str:
    """Keys for a sentence: "b", "j ↓"."""
    return " ".join(key_label(key) for key in keys)


def _entry(binding_id: str, value: object) -> str:
    """An entry of the `[keys]` table as the user wrote it: `keys.bookmark = "ctrl+b"`."""
    if isinstance(value, str):
        return f'keys.{binding_id} = "{value}"'
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return f"keys.{binding_id} = [" + ", ".join(f'"{item}"' for item in value) + "]"
    return f"keys.{binding_id}"


def _keeps(spec: KeySpec) -> str:
    """The end of a sentence about an entry not used: what the action keeps."""
    where = "" if spec.scope is Scope.MAIN else f" ({spec.scope.value.lower()})"
    return f'so "{spec.help_text}"{where} keeps {spec.help_keys}'


def _parse_value(value: object) -> tuple[str, ...] | None:
    """The keys of an entry's value ("b,ctrl+b" or ["b", "ctrl+b"]), None if any is unreadable."""
    if isinstance(value, str):
        written = [value] if value.strip() == "," else value.split(",")
    elif isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        written = [
            part for item in value for part in ([item] if item.strip() == "," else item.split(","))
        ]
    else:
        return None
    parsed: list[str] = []
    for text in written:
        key = parse_key(text)
        if key is None:
            return None
        if key not in parsed:
            parsed.append(key)
    return tuple(parsed) or None


def user_keys(entries: Mapping[str, object]) -> UserKeys:
    """Check the user's `[keys]` entries (binding id → keys) and make the keymap of the usable.

    An entry is not used, and its binding keeps the table's keys, when its id is unknown, a
    key cannot be read, a printable key is given to a text box (which would type it), a key
    is one of Textual's own app keys, or a key is one that another action uses where both
    apply (the same pane or overlay, or the main screen and one of its panes). Each is named
    in one sentence of `problems`. Entries are checked against each other's keys, not the
    keys they replace, so two actions can swap keys.
    """
    problems: list[str] = []
    chosen: dict[str, tuple[str, ...]] = {}
    written: dict[str, str] = {}
    for binding_id, value in entries.items():
        entry = _entry(binding_id, value)
        spec = _BY_ID.get(binding_id)
        if spec is None:
            problems.append(
                f"{entry} names no action of reeltui (the Keys command lists them), "
                "so it was ignored."
            )
            continue
        keys = _parse_value(value)
        if keys is None:
            problems.append(
                f'{entry} is not a key reeltui can read (write keys like "ctrl+b", "f2" '
                f'or "?"), {_keeps(spec)}.'
            )
            continue
        if spec.scope in TEXT_SCOPES and any(_printable(key) for key in keys):
            problems.append(
                f"{entry} would be typed into the {_BOXES[spec.scope]}, {_keeps(spec)}."
            )
            continue
        if keys != spec.default_keys:
            chosen[binding_id] = keys
            written[binding_id] = entry
    while clashes := _clashes(chosen, written):
        for binding_id, sentence in clashes.items():
            del chosen[binding_id]
            problems.append(sentence)
    keymap = {binding_id: ",".join(keys) for binding_id, keys in chosen.items()}
    return UserKeys(keymap, tuple(problems))


def _clashes(chosen: Mapping[str, tuple[str, ...]], written: Mapping[str, str]) -> dict[str, str]:
    """The chosen entries whose keys clash where they apply, each with the sentence saying so."""
    found: dict[str, str] = {}
    for group in _groups():
        text_box = any(scope in TEXT_SCOPES for scope in group)
        owners: dict[str, list[KeySpec]] = {}
        for spec in KEYS:
            if spec.scope not in group:
                continue
            for key in chosen.get(spec.id, spec.default_keys):
                if text_box and spec.scope not in TEXT_SCOPES and _printable(key):
                    continue  # the box types it: it never reaches this binding there
                owners.setdefault(key, []).append(spec)
        for key, specs in owners.items():
            for spec in specs:
                if spec.id not in chosen or spec.id in found:
                    continue
                if key in APP_KEYS:
                    found[spec.id] = (
                        f"{written[spec.id]} takes {key_label(key)}, Textual's key for "
                        f"{APP_KEYS[key]} everywhere, {_keeps(spec)}."
                    )
                    continue
                other = next((o for o in specs if o is not spec), None)
                if other is not None:
                    where = (
                        "everywhere"
                        if other.scope is Scope.MAIN
                        else f"in the {other.scope.value.lower()}"
                    )
                    found[spec.id] = (
                        f"{written[spec.id]} takes {key_label(key)}, already the key of "
                        f'"{other.help_text}" {where}, {_keeps(spec)}.'
                    )
    return found
