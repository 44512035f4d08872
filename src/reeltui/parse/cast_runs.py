"""Runs through the cast in one sentence: "A is Tracey, the only one to finish school, and X
is the amiably dim Steve".

A review that walks through its cast often joins two copulas in one sentence, each an actor
and the part they are. The first may be read as a credit (`roles._is_role`); the second, whose
part is described in words that name no person ("the amiably dim Steve"), is a credit of the
same run. It is read as a weak one, believed only where the page has the habit of "X is Y".
"""

from __future__ import annotations

__all__ = ["after_copula_credit"]

_STOPS = (". ", "! ", "? ")


def after_copula_credit(text: str, at: int, read_at: list[int]) -> bool:
    """Whether an "is" read as a credit stands earlier in the sentence of the "is" at `at`,
    its clause joined to this one by ", and" or a semicolon."""
    start = max(text.rfind(stop, 0, at) for stop in _STOPS) + 1
    for earlier in read_at:
        if start <= earlier < at:
            between = text[earlier:at]
            if ", and " in between or "; " in between:
                return True
    return False
