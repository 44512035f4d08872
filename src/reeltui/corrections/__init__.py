"""Correcting what the extraction got wrong: a review's sidecar (`NAME.toml`), edited.

`document` makes, checks, merges and saves sidecar text; `editor` runs the user's editor on
it until it can be used; `fields` reads the TUI form's fields into sidecar keys and saves
them; `result` says how an edit ended; `changes` says what a correction changed. No Textual
here: the command line (`reeltui fix`) and the TUI (`e`) share all of it.
"""

from reeltui.corrections.changes import Change, changes
from reeltui.corrections.document import (
    KEYS,
    Problem,
    Saved,
    check,
    draft,
    keep_rejected,
    merge,
    read_sidecar,
    save,
    sidecar_path,
    starting_text,
)
from reeltui.corrections.editor import (
    RunEditor,
    edit_in_editor,
    editor_command,
    run_editor,
)
from reeltui.corrections.fields import (
    FieldError,
    FormValues,
    form_updates,
    form_values,
    save_updates,
    sidecar_problem,
)
from reeltui.corrections.result import EditResult, Outcome

__all__ = [
    "KEYS",
    "Change",
    "EditResult",
    "FieldError",
    "FormValues",
    "Outcome",
    "Problem",
    "RunEditor",
    "Saved",
    "changes",
    "check",
    "draft",
    "edit_in_editor",
    "editor_command",
    "form_updates",
    "form_values",
    "keep_rejected",
    "merge",
    "read_sidecar",
    "run_editor",
    "save",
    "save_updates",
    "sidecar_path",
    "sidecar_problem",
    "starting_text",
]
