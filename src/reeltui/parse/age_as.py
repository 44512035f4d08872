""" "Who was kidnapped as a girl": an age, not a part.

After a verb in the passive ("was kidnapped", "were adopted", "had been taken"), "as a girl"
or "as a young boy" closing its clause tells when something happened to someone: the
person may be the real one a film is about, or a character, but "a girl" is no part, and
the name before it is credited by nothing here. A part read after "as" ("X is heartbreaking
as a girl who …", "X plays Mary as a girl") is left alone: there the verb before "as" is no
passive, or the description goes on.
"""

from __future__ import annotations

import re

__all__ = ["age_after_passive"]

# Right after " as ": an age of a person, then the end of the clause.
_AGE = re.compile(
    r"(?:a|an)\s+(?:(?:very|young|little|small)\s+)?"
    r"(?:girl|boy|child|kid|baby|infant|toddler|teen|teenager|youngster|schoolgirl|schoolboy"
    r"|man|woman|adolescent)"
    r"(?=[,.;:!?)]|\s+(?:and|but|in|by|from|during|before|after|when|while|or)\b|\s*$)"
)
# Right before " as ": an auxiliary of the passive (an adverb may stand between), then a past
# participle: "was kidnapped", "had been quietly adopted", "were both taken".
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being|got|get|gets)\s+(?:[a-z]+ly\s+|both\s+|all\s+)?"
    r"(?:[a-z]+ed|taken|stolen|given|sent|born|raised|brought|left|lost|beaten|bitten|shot"
    r"|sold|hidden|forgotten|thrown|driven|held|kept|made|told|seen|found|caught|bred)\s*$"
)


def age_after_passive(text: str, start: int, end: int) -> bool:
    """Whether the " as " at `start`…`end` of `text` follows a verb in the passive and leads to
    an age that closes its clause: "who was kidnapped as a girl, …"."""
    if not text.startswith(("a ", "an "), end):
        return False
    return (
        _AGE.match(text, end) is not None
        and _PASSIVE.search(text, max(0, start - 50), start) is not None
    )
