"""The bindings table: every key leads to an action that exists, and the help shows them all."""

from __future__ import annotations

import functools
import importlib
import pkgutil

import pytest
from textual.dom import DOMNode
from textual.screen import Screen

import reeltui.tui
from reeltui.tui.app import ReelApp
from reeltui.tui.keys import KEYS, KeySpec, Scope, bindings, help_sections
from reeltui.tui.main.screen import MainScreen


def _all_subclasses(cls: type[DOMNode]) -> list[type[DOMNode]]:
    """Every subclass of a class, depth first."""
    found: list[type[DOMNode]] = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_all_subclasses(sub))
    return found


@functools.cache
def owners() -> dict[Scope, type[DOMNode]]:
    """For each scope, the reeltui class whose BINDINGS are that scope's rows of the table
    (first: a text box adds the editing keys of Textual's `Input` after them).

    Every module of the TUI is imported first, so a screen or widget added later (bookmarks,
    the command bar) is found without this test being edited.
    """
    for module in pkgutil.walk_packages(reeltui.tui.__path__, "reeltui.tui."):
        importlib.import_module(module.name)
    ours = [c for c in _all_subclasses(DOMNode) if c.__module__.startswith("reeltui.")]
    owners: dict[Scope, type[DOMNode]] = {}
    for scope in Scope:
        wanted = bindings(scope)
        for cls in ours:
            if "BINDINGS" in vars(cls) and wanted == cls.BINDINGS[: len(wanted)]:
                owners[scope] = cls
                break
    return owners


@pytest.mark.parametrize("scope", list(Scope))
def test_each_scope_has_a_class_that_takes_its_bindings_from_the_table(scope: Scope) -> None:
    assert scope in owners(), f"no widget or screen has BINDINGS = bindings(Scope.{scope.name})"


@pytest.mark.parametrize("spec", KEYS, ids=lambda s: f"{s.scope.name}:{s.keys}")
def test_every_key_has_an_action_method(spec: KeySpec) -> None:
    namespace, _, name = spec.action.rpartition(".")
    owner = owners().get(spec.scope)
    assert owner is not None
    screen = owner if issubclass(owner, Screen) else MainScreen
    target = {"": owner, "screen": screen, "app": ReelApp}[namespace]
    assert callable(getattr(target, f"action_{name}", None)), f"{target.__name__} lacks {name}"


@pytest.mark.parametrize("scope", list(Scope))
def test_no_key_is_bound_twice_in_one_scope(scope: Scope) -> None:
    keys = [key for spec in KEYS if spec.scope is scope for key in spec.keys.split(",")]
    assert len(keys) == len(set(keys))


def test_the_reading_keys_are_all_bound() -> None:
    """The reader's own keys (moving, reading, filtering, sorting, help) are all bound."""
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

    from reeltui.tui.key_bar import KeyEntry, entries, fit

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
