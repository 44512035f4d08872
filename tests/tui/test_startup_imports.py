"""Start-up imports only what the first screen shows: the rest comes when first used."""

from __future__ import annotations

import subprocess
import sys

from textual.command import Provider

from reeltui.tui.app import ReelApp
from reeltui.tui.palette import providers
from reeltui.tui.text_box import is_text_box

#: Modules the first screen (the list, the reader, the empty side panel) does not need.
NOT_AT_START = (
    "reeltui.tui.palette.providers",
    "reeltui.tui.corrections.controller",
    "reeltui.tui.corrections.form",
    "reeltui.corrections",
    "tomlkit",
    "reeltui.bookmarks.letterboxd",
    "reeltui.tui.bookmarks.importer",
    "reeltui.tui.bookmarks.screen",
    "reeltui.tui.people.screen",
    "reeltui.search.people",
    "reeltui.search.searcher",
    "reeltui.parse.labels",
    "reeltui.tui.screens.help",
    "reeltui.tui.screens.problems",
    "textual.widgets._text_area",
    "reeltui.films",
    "reeltui.ratings",
    "reeltui.search.names",
    "reeltui.search.fulltext.query",
    "reeltui.tui.main.hits",
    "reeltui.tui.people.chooser",
    "reeltui.tui.screens.toc",
    "reeltui.tui.bookmarks.note",
    "reeltui.tui.bookmarks.repair",
    "reeltui.tui.palette.bar",
    "reeltui.tui.screens.empty",
    "reeltui.search.session",
    "reeltui.tui.main.find_bar",
    "reeltui.tui.main.filter_input",
    "reeltui.tui.main.facts",
    "reeltui.tui.main.bio",
    "reeltui.library.refresh",
    "reeltui.library.watch",
    "reeltui.parallel",
    "reeltui.parse",
    "importlib.resources",
    "textual.widgets._progress_bar",
)


def test_importing_the_app_leaves_the_overlays_and_the_command_bar_for_later() -> None:
    code = (
        "import sys, reeltui.tui.app; "
        f"print(' '.join(m for m in {NOT_AT_START!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_importing_the_app_leaves_the_collector_as_it_was() -> None:
    """The collector is held off while the app's modules are imported, not after."""
    for setup, expected in (("", "True"), ("gc.disable(); ", "False")):
        code = f"import gc; {setup}import reeltui.tui.app; print(gc.isenabled())"
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert done.stdout.strip() == expected


def test_the_command_bar_still_has_every_provider() -> None:
    loaded = set()
    for source in ReelApp.COMMANDS:
        provider = source if isinstance(source, type) else source()
        assert issubclass(provider, Provider)
        loaded.add(provider)
    assert loaded == {
        providers.FilmsProvider,
        providers.ActorsProvider,
        providers.DirectorsProvider,
        providers.ReviewersProvider,
        providers.FullTextProvider,
        providers.CommandsProvider,
    }


def test_a_text_area_is_a_text_box_once_its_module_is_loaded() -> None:
    from textual.widgets import Input, Static, TextArea

    assert is_text_box(Input())
    assert is_text_box(TextArea())
    assert not is_text_box(Static())
    assert not is_text_box(None)
