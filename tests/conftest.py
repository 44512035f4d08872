"""Shared fixtures: every test runs with its own bookmarks, settings and cache paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import parse_memo

# Property tests assert what holds for every input, never how long it took: speed lives in
# bench/. Without this, a machine busy with other work fails them on a slow example.
settings.register_profile("reeltui", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("reeltui")

# The same documents are scanned again by many tests: each is parsed once per process (see
# parse_memo.py; a test that changes the parsers bypasses it).
parse_memo.install()


@pytest.fixture(autouse=True)
def isolated_user_files(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point bookmarks, settings and cache at a temporary folder so no test touches real files."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("REELTUI_BOOKMARKS", str(home / "bookmarks.toml"))
    monkeypatch.setenv("REELTUI_CONFIG", str(home / "config.toml"))
    monkeypatch.setenv("REELTUI_CACHE", str(home / "cache"))
    monkeypatch.delenv("REELTUI_DATA", raising=False)
    return home
