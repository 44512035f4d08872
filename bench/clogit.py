"""The conditional logit that the fitting scripts share (`byline_model`, `title_model`).

Each page offers candidates, each described by the names of its features; one candidate (or,
where the page may have no answer, none) is right. The weights that make the right one likely
are found by plain gradient descent with an L2 penalty: deterministic, pure Python, and small
enough to run in a few seconds on a few hundred pages. `write_weights` puts the result into the
module that uses it, between the markers of its `WEIGHTS` block.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

#: One page: the features of each candidate, and the place of the right one (-1: none is).
Page = tuple[list[tuple[str, ...]], int]


def fit(
    pages: list[Page],
    *,
    none_allowed: bool,
    l2: float = 0.05,
    epochs: int = 200,
    rate: float = 0.3,
) -> dict[str, float]:
    """The weights, rounded to three places (those under 0.001 left out). With `none_allowed`,
    "no candidate" is one more choice on every page, with a score of zero."""
    weights: dict[str, float] = {}
    if not pages:
        return weights
    for _ in range(epochs):
        grad: dict[str, float] = {}
        for features, right in pages:
            zs = [sum(weights.get(f, 0.0) for f in fs) for fs in features]
            top = max(max(zs), 0.0) if none_allowed else max(zs)
            exps = [math.exp(z - top) for z in zs]
            total = (math.exp(-top) if none_allowed else 0.0) + sum(exps)
            for k, fs in enumerate(features):
                d = exps[k] / total - (1.0 if k == right else 0.0)
                for f in fs:
                    grad[f] = grad.get(f, 0.0) + d
        for f, g in grad.items():
            weights[f] = weights.get(f, 0.0) - rate * (
                g / len(pages) * 10 + l2 * weights.get(f, 0.0)
            )
    return {f: round(w, 3) for f, w in sorted(weights.items()) if abs(w) >= 0.001}


# The weights block of a module that uses a fitted model.
_WEIGHTS_BLOCK = re.compile(
    r"(# fmt: off\nWEIGHTS: dict\[str, float\] = )\{.*?\}(\n# fmt: on)", re.S
)


def write_weights(module: Path, weights: dict[str, float]) -> None:
    """Replace the `WEIGHTS` dict of `module` (between its `# fmt: off` / `# fmt: on` markers)
    and say so."""
    text = module.read_text(encoding="utf-8")
    body = "".join(f"\n    {k!r}: {v!r}," for k, v in weights.items())
    new = "{" + body.replace("'", '"') + "\n}"
    module.write_text(
        _WEIGHTS_BLOCK.sub(lambda m: m.group(1) + new + m.group(2), text), encoding="utf-8"
    )
    print(f"\n{len(weights)} weights written to {module.name}")
