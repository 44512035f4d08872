"""The bindings table: every key leads to an action that exists, the help shows them all, every
binding has an id, and the user's `[keys]` entries are checked before they are used."""

from __future__ import annotations

import functools
import importlib
import pkgutil
import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from textual.dom import DOMNode
from textual.screen import Screen

import reeltui.tui
from reeltui.settings import Settings
from reeltui.tui.app import ReelApp
from reeltui.tui.keys import (
    KEYS,
    KeySpec,
    Scope,
    _clashes,
    bindings,
    help_sections,
    key_label,
    parse_key,
    spec_of,
    user_keys,
)
from reeltui.tui.main.screen import MainScreen

from sample_paths import ROOT


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


# -- ids and the user's keys ---------------------------------------------------------------


def test_every_binding_has_its_own_id_and_no_bare_id_shadows_a_scope() -> None:
    ids = [spec.id for spec in KEYS]
    assert all(spec.name for spec in KEYS)
    assert len(ids) == len(set(ids))
    prefixes = {scope.prefix for scope in Scope} - {""}
    bare = {spec.id for spec in KEYS if spec.scope is Scope.MAIN}
    assert not bare & prefixes, "`help = …` and `help.x = …` cannot both be written in TOML"
    assert spec_of("bookmark").action == "app.toggle_bookmark"
    assert spec_of("reader.next_section").keys == "n"
    assert all(spec.binding().id == spec.id for spec in KEYS)


def test_the_readme_documents_every_id() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [spec.id for spec in KEYS if f"`{spec.id}`" not in readme]
    assert not missing


def test_the_readme_example_is_used_whole() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("### Your own keys")[1].split("```toml")[1].split("```")[0]
    table = tomllib.loads(example)["keys"]
    keys = user_keys(Settings(keys=table).key_entries())
    assert keys.problems == ()
    assert keys.keymap == {
        "bookmark": "ctrl+b",
        "find": "f3",
        "reader.next_section": "greater_than_sign,n",
        "find_bar.next": "ctrl+n",
    }


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("ctrl+b", "ctrl+b"),
        ("Ctrl+B", "ctrl+b"),
        ("?", "question_mark"),
        ("question_mark", "question_mark"),
        ("esc", "escape"),
        ("Escape", "escape"),
        ("pgdn", "pagedown"),
        ("↓", "down"),
        ("shift+g", "G"),
        ("G", "G"),
        ("shift+ctrl+up", "ctrl+shift+up"),
        ("f2", "f2"),
        ("F12", "f12"),
        ("-", "minus"),
        ("ctrl++", "ctrl+plus"),
        ("]", "right_square_bracket"),
        ("space", "space"),
        ("ñ", "ñ"),
    ],
)
def test_keys_are_read_the_way_people_write_them(written: str, key: str) -> None:
    assert parse_key(written) == key


@pytest.mark.parametrize(
    "written", ["", " ", "ctrl+", "hyperspace", "ctrl+ctrl+b", "cmd+b", "\x07"]
)
def test_unreadable_keys_are_refused(written: str) -> None:
    assert parse_key(written) is None


def test_key_labels_are_the_help_s() -> None:
    assert [key_label(k) for k in ("question_mark", "ctrl+b", "down", "escape", "tab")] == [
        "?",
        "ctrl+b",
        "↓",
        "esc",
        "tab",
    ]


def test_the_table_s_own_keys_clash_nowhere() -> None:
    everything = user_keys({spec.id: spec.keys for spec in KEYS})
    assert everything.problems == ()
    assert everything.keymap == {}, "an entry that says the default changes nothing"


def test_usable_entries_become_the_keymap_and_what_the_help_shows() -> None:
    keys = user_keys(
        {"bookmark": "ctrl+b", "reader.next_section": [">", "n"], "find_bar.next": "ctrl+n,f3"}
    )
    assert keys.problems == ()
    assert keys.keymap == {
        "bookmark": "ctrl+b",
        "reader.next_section": "greater_than_sign,n",
        "find_bar.next": "ctrl+n,f3",
    }
    assert keys.help_keys(spec_of("bookmark")) == "ctrl+b"
    assert keys.help_keys(spec_of("reader.next_section")) == "> n"
    assert keys.help_keys(spec_of("quit")) == "q"
    assert keys.label("bookmark") == "ctrl+b"
    assert keys.label("list.down") == "j"
    assert keys.changed(spec_of("bookmark")) and not keys.changed(spec_of("quit"))


@pytest.mark.parametrize(
    ("entries", "entry", "why"),
    [
        ({"bookmrk": "ctrl+b"}, 'keys.bookmrk = "ctrl+b"', "names no action"),
        ({"bookmark": "ctrl+bb"}, 'keys.bookmark = "ctrl+bb"', "not a key reeltui can read"),
        ({"bookmark": 3}, "keys.bookmark", "not a key reeltui can read"),
        ({"bookmark": []}, "keys.bookmark", "not a key reeltui can read"),
        ({"bookmark": ""}, 'keys.bookmark = ""', "not a key reeltui can read"),
        ({"find_bar.next": "n"}, 'keys.find_bar.next = "n"', "typed into the find bar"),
        ({"filter_bar.clear": "x"}, 'keys.filter_bar.clear = "x"', "typed into the title"),
        ({"bookmark": "ctrl+q"}, 'keys.bookmark = "ctrl+q"', "Textual's key for Quit"),
        ({"reader.top": "ctrl+p"}, 'keys.reader.top = "ctrl+p"', "Textual's key for Search"),
        ({"reader.next_section": "j"}, 'keys.reader.next_section = "j"', '"Scroll down" in the'),
        ({"reader.next_section": "b"}, 'keys.reader.next_section = "b"', "everywhere"),
        ({"bookmark": "n"}, 'keys.bookmark = "n"', '"Next section" in the reader'),
        ({"toc.close": "j"}, 'keys.toc.close = "j"', '"Next" in the table of contents'),
    ],
)
def test_an_entry_that_cannot_be_used_is_named_in_one_sentence_and_the_default_stays(
    entries: dict[str, object], entry: str, why: str
) -> None:
    keys = user_keys(entries)
    assert keys.keymap == {}
    assert len(keys.problems) == 1
    (sentence,) = keys.problems
    assert sentence.startswith(entry + " ")
    assert why in sentence
    assert sentence.endswith(".") and sentence.count(". ") == 0


def test_a_key_an_action_gives_up_is_free_for_another() -> None:
    swapped = user_keys({"bookmark": "n", "reader.next_section": "b"})
    assert swapped.problems == ()
    assert swapped.keymap == {"bookmark": "n", "reader.next_section": "b"}
    clash = user_keys({"bookmark": "ctrl+b", "watched": "ctrl+b"})
    assert set(clash.keymap) == set() and len(clash.problems) == 2


def test_a_main_screen_letter_does_not_clash_with_a_text_box_s_keys() -> None:
    """Letters are typed in the boxes, so `b` everywhere and the boxes' keys never meet."""
    assert user_keys({"bookmark": "x"}).problems == ()
    assert user_keys({"find": "down"}).problems != (), "↓ in the title filter goes to the list"


_IDS = st.sampled_from([spec.id for spec in KEYS] + ["nothing", "reader.nothing"])
_WRITTEN = st.sampled_from(
    ["b", "n", "j", "ctrl+b", "ctrl+q", "enter", "down", "esc", "?", "f1", "x,y", "", "ctrl+"]
)


@given(st.dictionaries(_IDS, _WRITTEN | st.lists(_WRITTEN, max_size=3) | st.integers()))
def test_whatever_the_user_writes_the_keys_in_effect_never_clash(
    entries: dict[str, object],
) -> None:
    keys = user_keys(entries)
    chosen = {binding_id: tuple(value.split(",")) for binding_id, value in keys.keymap.items()}
    assert _clashes(chosen, {binding_id: binding_id for binding_id in chosen}) == {}
    assert set(keys.keymap) <= set(entries)
    assert len(keys.problems) + len(keys.keymap) <= len(entries)
