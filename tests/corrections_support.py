"""What the tests of corrections share: a page whose title is wrong, and a stand-in editor.

`CHROME_PAGE` is a scraped page whose first line (a site's menu item, "Trending Now") the
extraction takes for the title, noting that it did and that no year is stated.

`editor_script(folder, *edits)` writes a script that edits the file it is given, as told, and
returns the command to put in `$EDITOR`.
Its n-th run executes the n-th edit, Python code with the file's text in `text`: it sets
`text` to what is saved, or to None to quit without saving. `runs(folder)` says how many times
it ran.
"""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["CHROME_PAGE", "editor_script", "runs"]

CHROME_PAGE = """Trending Now

Stranded on Mars, astronaut Mark Watney has to science the heck out of his situation. \
Matt Damon stars as Watney, and he carries the film with ease and humour. Ridley Scott directs \
with a confident, light touch that suits the material.

The supporting cast is strong too. Jessica Chastain plays Commander Lewis, and Chiwetel \
Ejiofor is Vincent Kapoor, the NASA man who has to decide what to tell the world.

What makes the film work is its optimism. Problems are solved one at a time, with duct tape \
and disco music, and the film never pretends that space is anything but lethal.

A crowd-pleaser with brains. Rating: 4/5
"""


def editor_script(folder: Path, *edits: str) -> str:
    """Write the script into `folder`; the command that runs it."""
    path = folder / "editor.py"
    count = folder / "editor-runs"
    path.write_text(
        f"#!{sys.executable}\n"
        "import pathlib, sys\n"
        f"count = pathlib.Path({str(count)!r})\n"
        "n = int(count.read_text()) if count.exists() else 0\n"
        "count.write_text(str(n + 1))\n"
        "target = pathlib.Path(sys.argv[-1])\n"
        "text = target.read_text(encoding='utf-8')\n"
        f"edits = {list(edits)!r}\n"
        "exec(edits[n])\n"
        "if text is not None:\n"
        "    target.write_text(text, encoding='utf-8')\n",
        encoding="utf-8",
    )
    path.chmod(0o755)
    return str(path)


def runs(folder: Path) -> int:
    """How many times the script in `folder` ran."""
    count = folder / "editor-runs"
    return int(count.read_text()) if count.exists() else 0
