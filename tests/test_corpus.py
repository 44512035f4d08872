"""The extraction corpus: the scorer's total never drops below the recorded figure (a ratchet),
no actor is ever invented, and every answers file is well formed."""

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
pytestmark = pytest.mark.xdist_group("corpus")

CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def score() -> fidelity.Score:
    return fidelity.run(CORPUS)


def test_the_corpus_is_large_and_varied() -> None:
    docs = sorted((CORPUS / "docs").iterdir())
    assert len(docs) >= 60
    sites = {doc.name.split("--")[0] for doc in docs}
    assert len(sites) >= 30
    for doc in docs:
        assert (CORPUS / "answers" / f"{doc.stem}.toml").is_file(), doc.name


def test_every_answers_file_is_well_formed() -> None:
    allowed = {
        "site", "shape", "title", "year", "kind", "season", "directors", "cast", "not_cast",
        "reviewer", "rating", "runtime_minutes", "platform", "headings", "body_starts",
        "body_ends", "chrome",
    }  # fmt: skip
    for path in sorted((CORPUS / "answers").glob("*.toml")):
        with path.open("rb") as handle:
            answers = tomllib.load(handle)
        assert set(answers) <= allowed, (path.name, set(answers) - allowed)
        assert answers.get("kind", "film") in ("film", "series"), path.name
        for credit in answers.get("cast", []):
            assert isinstance(credit.get("actor"), str), path.name


def test_total_is_at_least_the_recorded_figure(score: fidelity.Score) -> None:
    floor = fidelity.read_floor()
    assert score.total >= floor, (
        f"fidelity {score.total:.4f} fell below the recorded {floor}:\n" + fidelity.report(score)
    )


def test_results_record_the_same_figure() -> None:
    floor = fidelity.FLOOR_FILE.read_text(encoding="utf-8").split()[0]
    assert f"`{floor}`" in (ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8")


def test_no_actor_is_invented(score: fidelity.Score) -> None:
    assert score.invented == [], score.invented
