"""The Letterboxd import prompt: a small dialog asking for a file's path (or the export's
folder), with what the file lists, and the outcome in one sentence.

The dialog is given the import to run (`ImportFiles`, the controller's), runs it in a thread
worker (reading a file and writing the bookmarks are blocking work), and says in its last line
what happened: "Imported 12 films (3 without a review); 4 were already bookmarked." or why
nothing was. It stays open for another file; `esc` closes it. After every import that reached
the store it posts `Imported` for the controller to tell the screens.

The path is completed as it is typed (right arrow takes the completion) from the folder it
names. Paths and the sentences about files are shown literally.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label, RadioButton, RadioSet, Static
from textual.worker import Worker, WorkerState

from reeltui.bookmarks import BookmarkError
from reeltui.bookmarks.letterboxd import (
    EXPORT_FILES,
    ImportReport,
    LetterboxdError,
    ListKind,
    UnclearKind,
)
from reeltui.tui.base import reel_app
from reeltui.tui.key_bar import KeyBar
from reeltui.tui.keys import Scope, bindings
from reeltui.tui.safe import visible

__all__ = ["ImportFiles", "ImportScreen", "PathSuggester"]

#: The import the dialog runs (in a thread): a path and what it lists (None: as it says).
ImportFiles = Callable[[Path, ListKind | None], ImportReport]

#: The most entries of a folder looked at for one completion.
_MAX_ENTRIES = 5_000

#: The choices of what the file lists, in the order shown.
_KINDS: tuple[tuple[str, ListKind | None], ...] = (
    ("as its name or columns say", None),
    ("a watchlist", ListKind.WATCHLIST),
    ("films watched", ListKind.WATCHED),
)


class PathSuggester(Suggester):
    """Completes a path from the entries of the folder it names (folders end in "/").

    `~` stays as typed. The folder is listed in a thread, and at most `_MAX_ENTRIES` of it.
    """

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        """The first entry (in name order, CSV files and folders only) that `value` begins."""
        if not value or value.endswith(("/.", "/..")):
            return None
        folder, _, start = value.rpartition("/")
        base = Path(os.path.expanduser(folder + "/" if folder or value.startswith("/") else "."))
        names = await asyncio.to_thread(_entries, base)
        head = value[: len(value) - len(start)]
        for name, is_folder in names:
            wanted = is_folder or name.lower().endswith(".csv")
            if wanted and name.startswith(start) and name != start and not name.startswith("."):
                return head + name + ("/" if is_folder else "")
        return None


def _entries(folder: Path) -> list[tuple[str, bool]]:
    """The names in a folder and whether each is a folder, in name order (none if unreadable)."""
    found: list[tuple[str, bool]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                try:
                    found.append((entry.name, entry.is_dir()))
                except OSError:
                    continue
                if len(found) >= _MAX_ENTRIES:
                    break
    except OSError:
        return []
    return sorted(found)


class ImportScreen(ModalScreen[None]):
    """Asks for a Letterboxd file (or folder) to import; `enter` imports, `esc` closes."""

    BINDINGS = bindings(Scope.IMPORT)

    DEFAULT_CSS = """
    ImportScreen {
        align: center middle;
        background: $background 60%;
    }
    #import-dialog {
        max-width: 90;
        height: auto;
        padding: 1 2 0 2;
    }
    #import-path {
        margin-top: 1;
    }
    #import-kind-row {
        height: auto;
        margin-top: 1;
    }
    #import-kind-row > Label {
        width: auto;
        padding: 0 1 0 0;
        color: $text-muted;
    }
    #import-kind {
        layout: horizontal;
        height: auto;
        width: 1fr;
        border: none;
        padding: 0;
        background: transparent;
    }
    #import-kind > RadioButton {
        width: auto;
        margin-right: 2;
        background: transparent;
    }
    #import-result {
        margin-top: 1;
        height: auto;
    }
    #import-result.-error {
        color: $text-error;
    }
    #import-result.-done {
        color: $text-success;
    }
    """

    class Imported(Message):
        """An import reached the bookmarks: saved (`report`), or kept unsaved (`error`)."""

        def __init__(self, report: ImportReport | None, error: BookmarkError | None) -> None:
            super().__init__()
            self.report = report
            self.error = error

    def __init__(self, run_import: ImportFiles, start: str = "") -> None:
        super().__init__()
        self._run_import = run_import
        self._start = start

    def compose(self) -> ComposeResult:
        """The lead, the path box, what the file lists, the outcome line and the keys."""
        with Vertical(id="import-dialog", classes="dialog") as dialog:
            dialog.border_title = "Import from Letterboxd"
            close = reel_app(self.app).user_keys.label("import_prompt.close")
            dialog.border_subtitle = f"enter to import · {close} to close"
            yield Static(
                Content(
                    "The path of a file of Letterboxd's export: watchlist.csv (films to "
                    "watch), watched.csv or diary.csv (films watched); or the export's "
                    f"folder, for {', '.join(EXPORT_FILES)}. Films without a review here are "
                    "bookmarked too."
                ),
                classes="dialog-lead",
            )
            yield Input(
                value=self._start,
                placeholder="~/Downloads/letterboxd-export/watchlist.csv",
                suggester=PathSuggester(),
                id="import-path",
            )
            with Horizontal(id="import-kind-row"):
                yield Label("Read it:")
                with RadioSet(id="import-kind"):
                    for number, (words, _) in enumerate(_KINDS):
                        yield RadioButton(words, value=number == 0)
            yield Static(Content(""), id="import-result")
        yield KeyBar()

    def on_mount(self) -> None:
        """Put the cursor in the path box."""
        box = self.path_box
        box.focus()
        box.cursor_position = len(box.value)

    @property
    def path_box(self) -> Input:
        """The box the path is typed in."""
        return self.query_one("#import-path", Input)

    @property
    def kind(self) -> ListKind | None:
        """What the file lists, as chosen (None: as its name or columns say)."""
        index = self.query_one("#import-kind", RadioSet).pressed_index
        return _KINDS[index][1] if 0 <= index < len(_KINDS) else None

    @property
    def result_text(self) -> str:
        """The outcome line as shown."""
        return str(self.query_one("#import-result", Static).content)

    def _say(self, sentence: str, kind: str = "") -> None:
        """Show the outcome line: "" plain, "-error" or "-done"."""
        line = self.query_one("#import-result", Static)
        line.update(Content(visible(sentence)))
        line.set_class(kind == "-error", "-error")
        line.set_class(kind == "-done", "-done")

    @on(Input.Submitted, "#import-path")
    def _on_submitted(self, event: Input.Submitted) -> None:
        """Enter: import what the path names."""
        event.stop()
        self.action_import()

    def action_import(self) -> None:
        """Import the file (or folder) the box names, in a thread; say what happened."""
        text = self.path_box.value.strip()
        if not text:
            self._say("Type the path of a CSV file of Letterboxd's export, or of its folder.")
            return
        path = Path(os.path.expanduser(text))
        kind = self.kind
        self.path_box.disabled = True
        self._say(f"Reading {path}…")
        self.run_worker(
            lambda: self._run_import(path, kind),
            thread=True,
            exclusive=True,
            group="import",
            exit_on_error=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The import ended: say how, and tell the controller when it changed anything."""
        if event.worker.group != "import" or event.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
        ):
            return
        event.stop()
        box = self.path_box
        box.disabled = False
        box.focus()
        if event.state is WorkerState.SUCCESS and isinstance(event.worker.result, ImportReport):
            report = event.worker.result
            self._say(report.sentence(), "-done")
            box.value = ""
            self.post_message(self.Imported(report, None))
            return
        error = event.worker.error
        if isinstance(error, LetterboxdError):
            hint = "; choose what it lists above" if isinstance(error, UnclearKind) else ""
            self._say(f"Nothing was imported: {error}{hint}.", "-error")
        elif isinstance(error, BookmarkError):
            self._say(f"The films are not saved yet: {error}.", "-error")
            self.post_message(self.Imported(None, error))
        else:
            what = type(error).__name__ if error is not None else "an unknown error"
            self._say(f"Nothing was imported: the import failed ({what}).", "-error")

    def action_close(self) -> None:
        """Close the dialog. An import under way still ends (a thread cannot be stopped), and
        the screens show its films when the controller next looks at the file."""
        self.dismiss(None)
