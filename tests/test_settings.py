"""Settings: defaults, round trips, broken files reported and kept, atomic saves."""

from __future__ import annotations

import os
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from reeltui.settings import (
    MAX_POSITIONS,
    Settings,
    SettingsFile,
    load_settings,
    save_settings,
)


def test_missing_file_gives_defaults_without_a_problem(tmp_path: Path) -> None:
    loaded = load_settings(tmp_path / "config.toml")
    assert loaded.settings == Settings()
    assert loaded.problem is None
    assert not loaded.broken


def test_round_trip_keeps_every_field_and_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "config.toml"
    settings = Settings(
        theme="nord",
        sort="year",
        last_review="sub/dir/film-2020",
        positions={"a": 1.5, "sub/dir/film-2020": 12.25},
        extra={"future": {"x": 1}},
    )
    save_settings(path, settings)
    loaded = load_settings(path)
    assert loaded.problem is None
    assert loaded.settings == settings
    assert tomllib.loads(path.read_text())["future"] == {"x": 1}


def test_not_toml_is_reported_and_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("theme = [unclosed\n")
    loaded = load_settings(path)
    assert loaded.settings == Settings()
    assert loaded.broken
    assert loaded.problem is not None and str(path) in loaded.problem


def test_not_utf8_is_reported_and_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b'theme = "\xff\xfe"\n')
    assert load_settings(path).broken


def test_values_of_the_wrong_type_are_dropped_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = 3\nsort = "year"\n[positions]\na = 2.0\nb = "far"\nc = -1\n')
    loaded = load_settings(path)
    assert loaded.settings.theme is None
    assert loaded.settings.sort == "year"
    assert loaded.settings.positions == {"a": 2.0}
    assert not loaded.broken
    assert loaded.problem is not None
    assert "theme" in loaded.problem and "positions.b" in loaded.problem


def test_unreadable_path_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "config.toml"
    folder.mkdir()
    loaded = load_settings(folder)
    assert loaded.broken and loaded.problem


def test_positions_keep_the_most_recent(tmp_path: Path) -> None:
    settings = Settings()
    for n in range(MAX_POSITIONS + 5):
        settings = settings.with_position(f"r{n}", float(n))
    settings = settings.with_position("r10", 99.0)
    assert len(settings.positions) == MAX_POSITIONS
    assert "r0" not in settings.positions
    assert list(settings.positions)[-1] == "r10"
    assert settings.position_of("r10") == 99.0
    assert settings.position_of("never") == 0.0


def test_a_broken_file_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("this is = = not toml")
    store = SettingsFile(path)
    assert store.problem
    assert store.update(theme="nord") is None
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("config.toml.broken-")]
    assert len(aside) == 1
    assert aside[0].read_text() == "this is = = not toml"
    assert load_settings(path).settings.theme == "nord"


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    for theme in ("nord", "gruvbox", "dracula"):
        save_settings(path, Settings(theme=theme))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    save_settings(path, Settings(theme="nord"))

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    store = SettingsFile(path)
    problem = store.update(theme="dracula")
    assert problem is not None and "the disk is full" in problem
    monkeypatch.undo()
    assert load_settings(path).settings.theme == "nord"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.toml"]


def test_unchanged_settings_are_not_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    store = SettingsFile(path)
    assert store.update(theme=None) is None
    assert not path.exists()


def test_the_keys_table_is_read_flat_and_written_back_as_the_user_wrote_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        '[keys]\nbookmark = "ctrl+b"\nreader.top = ["home", "g"]\n"toc.close" = "x"\n'
        'oops = 3\n[keys.find_bar]\nnext = "ctrl+n"\n'
    )
    store = SettingsFile(path)
    assert store.problem is None
    assert store.settings.key_entries() == {
        "bookmark": "ctrl+b",
        "reader.top": ["home", "g"],
        "toc.close": "x",
        "oops": 3,
        "find_bar.next": "ctrl+n",
    }
    assert store.update(theme="nord") is None
    document = tomllib.loads(path.read_text())
    assert document["theme"] == "nord"
    assert document["keys"] == {
        "bookmark": "ctrl+b",
        "reader": {"top": ["home", "g"]},
        "toc.close": "x",
        "oops": 3,
        "find_bar": {"next": "ctrl+n"},
    }


def test_keys_that_are_not_a_table_are_reported_and_dropped(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('keys = "ctrl+b"\ntheme = "nord"\n')
    loaded = load_settings(path)
    assert loaded.settings.keys == {}
    assert loaded.settings.theme == "nord"
    assert loaded.problem is not None and "keys" in loaded.problem


def test_saving_keeps_the_users_comments_order_and_their_own_edits(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        "# My reeltui settings\n"
        'theme = "nord"  # the dark one\n\n'
        "# keys I find easier\n"
        "[keys]\n"
        'bookmark = "ctrl+b"  # b is too close to n\n'
    )
    loaded = load_settings(path).settings
    # While the app runs, the user adds a key to the file by hand.
    path.write_text(path.read_text() + 'help = "f1"\n')
    save_settings(path, replace(loaded, sort="year", last_review="x.txt"))
    text = path.read_text()
    assert text.startswith("# My reeltui settings\n")
    assert 'theme = "nord"  # the dark one' in text
    assert "# keys I find easier" in text
    assert 'bookmark = "ctrl+b"  # b is too close to n' in text
    assert 'help = "f1"' in text
    again = load_settings(path).settings
    assert (again.sort, again.last_review, again.theme) == ("year", "x.txt", "nord")
    assert again.keys == {"bookmark": "ctrl+b", "help": "f1"}
    save_settings(path, replace(again, theme=None, last_review=None))
    text = path.read_text()
    assert "theme" not in text and "last_review" not in text
    assert "# keys I find easier" in text
