"""Bookmark files as a user might have them, for tests that start from one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sample_paths import SAMPLES

#: A bookmarks file whose one bookmark is The Martian, watched; tests add their own entries after
#: it. Dates are at noon UTC, so the local date shown is the same in every time zone.
MARTIAN_WATCHED = """\
version = 1

[[bookmark]]
film_key = "the-martian-2015"
title = "The Martian"
year = 2015
status = "watched"
added = 2026-11-20T12:00:00Z
watched_at = 2026-11-22T12:00:00Z
"""


def samples_with_bookmarks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, marks: str) -> Path:
    """A copy of the samples as the data folder (`REELTUI_DATA`), with the bookmarks file
    `marks` and a config of its own, under `tmp_path`; the data folder."""
    data = tmp_path / "reviews"
    shutil.copytree(SAMPLES, data)
    bookmarks = tmp_path / "bookmarks.toml"
    bookmarks.write_text(marks, encoding="utf-8")
    monkeypatch.setenv("REELTUI_BOOKMARKS", str(bookmarks))
    monkeypatch.setenv("REELTUI_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("REELTUI_DATA", str(data))
    return data
