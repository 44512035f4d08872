"""The precision stress set (`tests/precision/`): made-up pages that set people who are not the
cast beside every shape that credits an actor. None of them may come out as an actor, and the
right actors found must not drop below the recorded figure."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import fidelity  # noqa: E402

# One worker of `pytest -n` runs the whole module (`make test`: --dist loadgroup), so that its
# module's fixtures are made once.
pytestmark = pytest.mark.xdist_group("precision-stress")

STRESS = ROOT / "tests" / "precision"
#: The right actors the set's pages give (a ratchet: raise it when more are found).
ACTORS_FOUND = 41


@pytest.fixture(scope="module")
def score() -> fidelity.Score:
    return fidelity.run(STRESS)


def test_every_page_has_its_answers_and_names_who_is_not_cast() -> None:
    docs = sorted((STRESS / "docs").iterdir())
    assert len(docs) >= 15
    for doc in docs:
        path = STRESS / "answers" / f"{doc.stem}.toml"
        with path.open("rb") as handle:
            answers = tomllib.load(handle)
        assert answers.get("kind", "film") in ("film", "series"), path.name
        assert answers.get("not_cast"), path.name


def test_no_actor_is_invented(score: fidelity.Score) -> None:
    assert score.invented == [], score.invented


def test_right_actors_are_not_lost(score: fidelity.Score) -> None:
    assert score.earned["cast"] >= ACTORS_FOUND, fidelity.report(score)
