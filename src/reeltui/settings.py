"""The reader's settings: theme, sort, the last review read, where each review was left, and the
user's own keys.

Settings live in one TOML file (`config.toml`, see `paths`). Loading never fails: a file that
cannot be read or parsed is reported as a one-sentence problem and the defaults are used, and
the broken file is moved aside (never overwritten) the first time the settings are saved.
Saving is atomic (`storage.write_atomic`): a reader sees the old file or the new one.
Keys this version does not know are kept as they were, so newer settings survive older code.

The `[keys]` table is the user's: reeltui reads it (`Settings.key_entries`) and writes it back
as it was, entries it cannot use included; the TUI checks each entry against its key table.
"""

from __future__ import annotations

import math
import os
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import tomli_w

from reeltui.storage import aside_name, os_reason, write_atomic

__all__ = [
    "MAX_POSITIONS",
    "LoadedSettings",
    "Settings",
    "SettingsFile",
    "load_settings",
    "save_settings",
]

#: Reading positions kept; the least recently read are forgotten past this many.
MAX_POSITIONS = 500

_KNOWN_KEYS = frozenset({"theme", "sort", "last_review", "positions", "keys"})
#: The values the app itself changes; everything else in the file is the user's.
_APP_KEYS = ("theme", "sort", "last_review", "positions")


@dataclass(frozen=True, slots=True)
class Settings:
    """What reeltui remembers between runs.

    `positions` maps a review id to where its reader was left, as a block index plus the
    fraction of that block scrolled past (so a position survives a change of window width);
    its order is the order the reviews were last read, oldest first. `keys` is the `[keys]`
    table as the user wrote it (binding ids to keys; see `key_entries`). `extra` holds
    top-level keys of the file that this version does not use, written back unchanged.
    """

    theme: str | None = None
    sort: str | None = None
    last_review: str | None = None
    positions: Mapping[str, float] = field(default_factory=dict)
    keys: Mapping[str, Any] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    def key_entries(self) -> dict[str, object]:
        """The `[keys]` table flat: binding id to the value written for it.

        Dotted ids may be written as TOML dotted keys (`reader.top = "home"`), as tables
        (`[keys.reader]`) or quoted (`"reader.top" = "home"`); all give the id "reader.top".
        A value is given as written (a string, a list, or anything else the TUI reports).
        """
        entries: dict[str, object] = {}

        def walk(table: Mapping[str, Any], prefix: str) -> None:
            for name, value in table.items():
                binding_id = f"{prefix}{name}"
                if isinstance(value, Mapping):
                    walk(value, f"{binding_id}.")
                else:
                    entries[binding_id] = value

        walk(self.keys, "")
        return entries

    def with_position(self, review_id: str, position: float) -> Settings:
        """These settings with one review's reading position set (and made the most recent)."""
        positions = {k: v for k, v in self.positions.items() if k != review_id}
        positions[review_id] = round(max(0.0, position), 3)
        while len(positions) > MAX_POSITIONS:
            del positions[next(iter(positions))]
        return replace(self, positions=positions)

    def position_of(self, review_id: str) -> float:
        """Where a review was left (0.0, its top, when it was never read)."""
        return self.positions.get(review_id, 0.0)

    def to_toml(self) -> dict[str, Any]:
        """The settings as the TOML document to write, unknown keys included."""
        document: dict[str, Any] = dict(self.extra)
        if self.theme is not None:
            document["theme"] = self.theme
        if self.sort is not None:
            document["sort"] = self.sort
        if self.last_review is not None:
            document["last_review"] = self.last_review
        if self.positions:
            document["positions"] = dict(self.positions)
        if self.keys:
            document["keys"] = dict(self.keys)
        return document


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """Settings read from disk, with a sentence for the user when something was unusable.

    `broken` means the whole file was unusable (unreadable or not TOML): it must be moved
    aside, not overwritten, when the settings are next saved.
    """

    settings: Settings
    problem: str | None = None
    broken: bool = False


def load_settings(path: Path) -> LoadedSettings:
    """Read the settings file; a missing file gives defaults, a broken one defaults and a problem.

    Values of the wrong type are dropped one by one (the rest of the file still counts), and
    each dropped value is named in the problem sentence.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return LoadedSettings(Settings())
    except OSError as exc:
        return LoadedSettings(
            Settings(),
            f"The settings file {path} could not be read: {os_reason(exc)}.",
            broken=True,
        )
    try:
        document = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return LoadedSettings(
            Settings(),
            f"The settings file {path} is not valid TOML ({exc}); reeltui is using its defaults.",
            broken=True,
        )
    settings, ignored = _from_document(document)
    if ignored:
        names = ", ".join(ignored)
        return LoadedSettings(
            settings, f"The settings file {path} has values reeltui ignored: {names}."
        )
    return LoadedSettings(settings)


def _from_document(document: Mapping[str, Any]) -> tuple[Settings, list[str]]:
    """Settings from a parsed TOML table, and the names of values that were of the wrong type."""
    ignored: list[str] = []

    def text(name: str) -> str | None:
        value = document.get(name)
        if value is None:
            return None
        if isinstance(value, str) and value.strip():
            return value
        ignored.append(name)
        return None

    positions: dict[str, float] = {}
    raw_positions = document.get("positions", {})
    if isinstance(raw_positions, Mapping):
        for key, value in raw_positions.items():
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
                and value >= 0
            ):
                positions[str(key)] = float(value)
            else:
                ignored.append(f"positions.{key}")
    else:
        ignored.append("positions")
    keys = document.get("keys", {})
    if not isinstance(keys, Mapping):
        ignored.append("keys")
        keys = {}
    extra = {k: v for k, v in document.items() if k not in _KNOWN_KEYS}
    settings = Settings(
        theme=text("theme"),
        sort=text("sort"),
        last_review=text("last_review"),
        positions=positions,
        keys=dict(keys),
        extra=extra,
    )
    return settings, ignored


def save_settings(path: Path, settings: Settings, *, move_aside_broken: bool = False) -> None:
    """Write the settings atomically (`storage.write_atomic`).

    With `move_aside_broken`, an existing file (one that failed to load) is first renamed to
    `config.toml.broken-<UTC timestamp>` so the user's text is never lost. Raises `OSError`
    when the folder cannot be written; the caller reports it.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if move_aside_broken and path.exists():
        os.replace(path, aside_name(path, datetime.now(UTC)))
    write_atomic(path, _settings_text(path, settings).encode("utf-8"))


def _settings_text(path: Path, settings: Settings) -> str:
    """The text to save: the user's file as they wrote it (comments, order, `[keys]`, values
    reeltui does not know, edits made while the app ran), with only the app's own values
    changed. A missing or unusable file is written whole from `settings`."""
    # Imported here: saving happens in a worker after start-up, which need not pay for it.
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        document = tomlkit.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, TOMLKitError):
        return tomli_w.dumps(settings.to_toml())
    wanted = settings.to_toml()
    for name in _APP_KEYS:
        if name not in wanted:
            document.pop(name, None)
        elif document.get(name) != wanted[name]:
            document[name] = wanted[name]
    return tomlkit.dumps(document)


class SettingsFile:
    """The settings of one run: loaded once, changed in memory, saved whole.

    `update` and `replace` save at once; `remember` only changes them in memory, for a later
    `save` (the TUI saves a moment after the last change, and when it quits, so that reading
    review after review does not write the file each time). Safe to use from two threads.

    `problem` holds the sentence about a file that could not be used (for the UI to show).
    A save returns a sentence when it failed, else None; a failed save never raises.
    """

    def __init__(self, path: Path) -> None:
        loaded = load_settings(path)
        self.path = path
        self.settings = loaded.settings
        self.problem = loaded.problem
        self._broken = loaded.broken
        self._saved = loaded.settings
        self._lock = threading.Lock()

    @property
    def unsaved(self) -> bool:
        """Whether the settings changed since they were last saved."""
        return self.settings != self._saved

    def remember(self, settings: Settings) -> None:
        """Change the settings in memory only (`save` writes them)."""
        self.settings = settings

    def save(self) -> str | None:
        """Write the settings if they changed since the last save; a sentence when the file
        could not be written."""
        with self._lock:
            settings = self.settings
            if settings == self._saved and not self._broken:
                return None
            try:
                save_settings(self.path, settings, move_aside_broken=self._broken)
            except OSError as exc:
                return f"Could not save settings to {self.path}: {os_reason(exc)}."
            self._broken = False
            self._saved = settings
            return None

    def update(self, **changes: Any) -> str | None:
        """Change some fields (`theme=`, `sort=`, `last_review=`) and save."""
        return self.replace(replace(self.settings, **changes))

    def replace(self, settings: Settings) -> str | None:
        """Save new settings whole; a sentence when the file could not be written."""
        self.settings = settings
        return self.save()
