"""The read sets (held-out pages read after their one unseen measure): the scorer's total never
drops below their recorded floor, no actor is invented, and every answers file is well formed."""

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
pytestmark = pytest.mark.xdist_group("read-sets")

SETS = ROOT / "tests" / "read_sets"


@pytest.fixture(scope="module")
def score() -> fidelity.Score:
    return fidelity.run(SETS)


def test_every_page_has_its_answers_and_no_site_is_also_in_the_corpus() -> None:
    docs = sorted((SETS / "docs").iterdir())
    assert len(docs) >= 475
    corpus_sites = {doc.name.split("--")[0] for doc in (ROOT / "tests/corpus/docs").iterdir()}
    for doc in docs:
        assert (SETS / "answers" / f"{doc.stem}.toml").is_file(), doc.name
        assert doc.name.split("--")[0] not in corpus_sites, doc.name


def test_every_answers_file_parses_and_names_a_kind() -> None:
    for path in sorted((SETS / "answers").glob("*.toml")):
        with path.open("rb") as handle:
            answers = tomllib.load(handle)
        assert answers.get("kind", "film") in ("film", "series"), path.name
        for credit in answers.get("cast", []):
            assert isinstance(credit.get("actor"), str), path.name


def test_total_is_at_least_the_recorded_floor(score: fidelity.Score) -> None:
    floor = fidelity.read_floor(SETS / "floor.txt")
    assert score.total >= floor, (
        f"read sets {score.total:.4f} fell below {floor}:\n" + fidelity.report(score)
    )


def _known_invented() -> set[tuple[str, str]]:
    """The actors still invented on the newest sets when they were added, one "page: actor" a
    line; the list only shrinks, and an empty file is the goal."""
    known = set()
    for line in (SETS / "known_invented.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, _, actor = line.partition(": ")
            known.add((page.strip(), actor.strip()))
    return known


def test_no_actor_is_invented_beyond_the_known_list(score: fidelity.Score) -> None:
    invented = set(score.invented)
    known = _known_invented()
    assert invented - known == set(), f"newly invented: {sorted(invented - known)}"
    assert known - invented == set(), (
        f"no longer invented, remove from known_invented.txt: {sorted(known - invented)}"
    )
