"""The project's own files agree with each other: the lock covers what pyproject.toml asks for."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from sample_paths import ROOT

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def _locked() -> dict[str, str]:
    """Package name (canonical) to the version requirements.lock pins."""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {canonicalize_name(name): version for name, version in _PIN.findall(text)}


def _wanted() -> list[Requirement]:
    """Every requirement pyproject.toml states: run time, the dev extra, the build backend."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    texts = [
        *project["project"]["dependencies"],
        *project["project"]["optional-dependencies"]["dev"],
        *project["build-system"]["requires"],
    ]
    return [Requirement(text) for text in texts]


def test_the_lock_pins_every_requirement_of_pyproject_within_its_range() -> None:
    locked = _locked()
    stale = [
        str(requirement)
        for requirement in _wanted()
        if canonicalize_name(requirement.name) not in locked
        or locked[canonicalize_name(requirement.name)] not in requirement.specifier
    ]
    assert not stale, f"requirements.lock is out of date for {stale}: run `make lock`"


def test_every_pin_of_the_lock_carries_hashes() -> None:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    entries = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    assert entries
    for entry in entries:
        assert "--hash=sha256:" in entry, entry.splitlines()[0]


def test_the_linters_are_pinned_exactly() -> None:
    for requirement in _wanted():
        if requirement.name in ("ruff", "mypy"):
            assert str(requirement.specifier).startswith("=="), requirement
