"""Where the tests find the project and its shipped sample reviews."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "reviews"
SEED = SAMPLES / "a-million-miles-away-2023.txt"
