"""The bindings table: every key leads to an action that exists, and the help shows them all."""

from __future__ import annotations

import pytest
from textual.dom import DOMNode

from reeltui.tui.app import ReelApp
from reeltui.tui.keys import KEYS, Scope, bindings, help_sections
from reeltui.tui.screens.empty import EmptyScreen
from reeltui.tui.screens.help import HelpScreen
from reeltui.tui.screens.main import MainScreen
from reeltui.tui.screens.problems import ProblemsScreen
from reeltui.tui.screens.toc import TocScreen
from reeltui.tui.widgets.film_list import FilmList
from reeltui.tui.widgets.filter_input import FilterInput
from reeltui.tui.widgets.reader import Reader
from reeltui.tui.widgets.side_panel import SidePanel

OWNERS: dict[Scope, type[DOMNode]] = {
    Scope.MAIN: MainScreen,
    Scope.LIST: FilmList,
    Scope.FILTER: FilterInput,
    Scope.READER: Reader,
    Scope.SIDE: SidePanel,
    Scope.CONTENTS: TocScreen,
    Scope.HELP: HelpScreen,
    Scope.PROBLEMS: ProblemsScreen,
    Scope.EMPTY: EmptyScreen,
}


@pytest.mark.parametrize("spec", KEYS, ids=lambda s: f"{s.scope.name}:{s.keys}")
def test_every_key_has_an_action_method(spec: object) -> None:
    from reeltui.tui.keys import KeySpec

    assert isinstance(spec, KeySpec)
    namespace, _, name = spec.action.rpartition(".")
    owner = {"": OWNERS[spec.scope], "screen": MainScreen, "app": ReelApp}[namespace]
    assert callable(getattr(owner, f"action_{name}", None)), f"{owner.__name__} lacks {name}"


@pytest.mark.parametrize("scope", list(Scope))
def test_each_owner_takes_its_bindings_from_the_table(scope: Scope) -> None:
    assert bindings(scope) == OWNERS[scope].BINDINGS


@pytest.mark.parametrize("scope", list(Scope))
def test_no_key_is_bound_twice_in_one_scope(scope: Scope) -> None:
    keys = [key for spec in KEYS if spec.scope is scope for key in spec.keys.split(",")]
    assert len(keys) == len(set(keys))


def test_design_keys_are_all_bound() -> None:
    """The keys of design §6 that belong to this issue (not bookmarks, not the command bar)."""
    bound = {key for spec in KEYS for key in spec.keys.split(",")}
    wanted = {"j", "k", "down", "up", "enter", "l", "tab", "shift+tab", "space", "pagedown"}
    wanted |= {"pageup", "n", "p", "t", "g", "G", "slash", "s", "escape", "question_mark", "q"}
    assert wanted <= bound


def test_help_sections_cover_the_whole_table_in_order() -> None:
    flattened = [spec for _, specs in help_sections() for spec in specs]
    assert sorted(flattened, key=KEYS.index) == list(KEYS)
    assert next(scope for scope, _ in help_sections()) is Scope.MAIN


def test_help_keys_are_written_for_people() -> None:
    by_action = {(s.scope, s.action): s for s in KEYS}
    assert by_action[(Scope.LIST, "cursor_down")].help_keys == "j ↓"
    assert by_action[(Scope.MAIN, "help")].help_keys == "?"
    assert by_action[(Scope.READER, "page_down")].help_keys == "space pgdn"


def test_key_bar_groups_keys_and_keeps_help_when_narrow() -> None:
    from textual.binding import Binding

    from reeltui.tui.widgets.key_bar import KeyEntry, entries, fit

    section = Binding.Group("Section")
    table = [
        Binding("space", "page_down", "Page"),
        Binding("pagedown", "page_down", "Page"),
        Binding("n", "next_heading", "Next", group=section),
        Binding("p", "previous_heading", "Previous", group=section),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]
    items = entries(table, {"question_mark": "?"})
    assert items == [
        KeyEntry("space", "Page", "space"),
        KeyEntry("n p", "Section", "n"),
        KeyEntry("?", "Help", "question_mark"),
        KeyEntry("q", "Quit", "q"),
    ]
    assert fit(items, 200) == items
    narrow = fit(items, 25)
    assert [item.keys for item in narrow] == ["space", "?"]
    tight = fit(items, 10)
    assert [item.keys for item in tight] == ["?"]
