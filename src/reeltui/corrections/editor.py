"""Correcting a review's facts in the user's editor (`$VISUAL`, else `$EDITOR`).

`edit_in_editor` is the whole round: the text to start from goes into a temporary `NAME.toml`,
the editor opens it, and what comes back is checked. A text that cannot be used is shown again
with the error at its top, until it can be or the user gives up by quitting without saving
(or the editor fails): their text is then kept beside the sidecar as `NAME.toml.rejected`,
never lost. A text that can be used is saved atomically. The command line calls it as it is;
the TUI calls it with the app suspended.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from reeltui.corrections.document import (
    Problem,
    Saved,
    check,
    keep_rejected,
    save,
    sidecar_path,
    starting_text,
    strip_banner,
    with_banner,
)
from reeltui.corrections.result import EditResult, Outcome
from reeltui.model import Review
from reeltui.storage import os_reason
from reeltui.text import display_path

__all__ = [
    "MAX_ROUNDS",
    "RunEditor",
    "edit_in_editor",
    "editor_command",
    "run_editor",
]

#: Runs the editor command (the file's path last) and returns its exit status; raises
#: `OSError` when it cannot be started.
RunEditor = Callable[[Sequence[str]], int]

#: How many times a broken text is shown again before the edit gives up (an editor that
#: keeps saving a broken file without a person behind it must not loop for ever).
MAX_ROUNDS = 25


def editor_command(environ: Mapping[str, str]) -> list[str] | None:
    """The editor to run, split like a shell would ("code --wait"): `$VISUAL`, else `$EDITOR`;
    None when neither is set."""
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:  # an unbalanced quote: take the value as one command
                words = [value]
            if words:
                return words
    return None


def run_editor(argv: Sequence[str]) -> int:
    """Run an editor on the terminal this process has, and wait for it."""
    return subprocess.run(list(argv), check=False).returncode


def edit_in_editor(
    review: Review,
    command: Sequence[str],
    run: RunEditor = run_editor,
    *,
    max_rounds: int = MAX_ROUNDS,
) -> EditResult:
    """Let the user correct `review`'s sidecar in their editor; see the module's docstring.

    Raises nothing the user could cause: a sidecar that cannot be read, an editor that cannot
    be started or a folder that cannot be written all end in an `EditResult` saying so.
    """
    sidecar = sidecar_path(review)
    try:
        start, _existing = starting_text(review)
    except (OSError, ValueError) as exc:
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        return EditResult(Outcome.CANCELLED, sidecar, reason=f"{reason[:1].upper()}{reason[1:]}.")
    folder = Path(tempfile.mkdtemp(prefix="reeltui-fix-"))
    try:
        return _rounds(review, list(command), run, folder / sidecar.name, start, max_rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _rounds(
    review: Review, command: list[str], run: RunEditor, temp: Path, start: str, max_rounds: int
) -> EditResult:
    """Open the editor until the text can be used or the user gives up."""
    sidecar = sidecar_path(review)
    hint = f"quit without saving to give up (your text is then kept in {sidecar.name}.rejected)."
    problem = check(start, review)
    shown = with_banner(start, problem, hint) if problem else start
    for number in range(max_rounds):
        temp.write_text(shown, encoding="utf-8")
        try:
            status = run([*command, str(temp)])
        except OSError as exc:
            what = display_path(command[0])
            reason = f"The editor {what} could not be started ({os_reason(exc)})."
            if number == 0:
                return EditResult(Outcome.NO_EDITOR, sidecar, reason=reason)
            return _give_up(review, start, strip_banner(shown), problem, reason)
        text = temp.read_text(encoding="utf-8", errors="replace")
        if status != 0:
            reason = f"The editor {display_path(command[0])} stopped with status {status}."
            return _give_up(review, start, strip_banner(text), problem, reason)
        if text == shown:
            if problem is None:
                return EditResult(Outcome.UNCHANGED, sidecar)
            return _give_up(review, start, strip_banner(text), problem, None)
        body = strip_banner(text)
        problem = check(body, review)
        if problem is None:
            if body == start:
                return EditResult(Outcome.UNCHANGED, sidecar)
            try:
                saved = save(review, body)
            except OSError as exc:
                reason = f"{sidecar.name} could not be written ({os_reason(exc)})."
                return _give_up(review, start, body, None, reason)
            if saved is Saved.UNCHANGED:
                return EditResult(Outcome.UNCHANGED, sidecar)
            outcome = Outcome.REMOVED if saved is Saved.REMOVED else Outcome.SAVED
            return EditResult(outcome, sidecar)
        shown = with_banner(body, problem, hint)
    return _give_up(review, start, strip_banner(shown), problem, None)


def _give_up(
    review: Review, start: str, text: str, problem: Problem | None, reason: str | None
) -> EditResult:
    """End without saving; keep the user's text unless it is what they started from."""
    sidecar = sidecar_path(review)
    kept: Path | None = None
    if text != start:
        try:
            kept = keep_rejected(review, text)
        except OSError as exc:
            reason = f"{reason or ''} Your text could not be kept ({os_reason(exc)}).".strip()
    return EditResult(Outcome.CANCELLED, sidecar, problem=problem, kept=kept, reason=reason)
