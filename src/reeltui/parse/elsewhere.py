"""Parts of other works: a role a page recalls from another film or show is not this one's.

Reviews introduce an actor by a part the reader knows from elsewhere: "X, who you know as
Nicky Nichols from Orange Is the New Black, is Nadia", "If you grew up watching X as Toyin
Tomato in Super Story, …", "X, aka Rufio from Hook". The phrase has the shape of a credit
("X as Y"), but the part belongs to the work named after it. `elsewhere_part` answers whether
every mention of a part on the page is of that shape: a word of knowing or watching before
"as" (or an "aka"), and "from", "in" or "on" and a capitalised title right after the part. A
part the page also names in its own story is not dropped.
"""

from __future__ import annotations

import re

__all__ = ["RECALL_WORDS", "elsewhere_part", "recalled_mention"]

# Words that recall a part from elsewhere, one of them in the clause before "as".
# A relative clause in the past recalls one too: "X, who was so good as Y in Z, plays …".
# So does a word of fame: "X, familiar as Y on Z", "best remembered as Y in Z".
RECALL_WORDS = (
    "know", "watch", "aka ", "a.k.a.", "who was ", "who were ", "familiar", "famous",
    "remembered", "beloved", "recogni",
)  # fmt: skip
_RECALLED = re.compile(
    r"(?:\b(?:know|known|watch(?:ing|ed)?|who\s+(?:was|were)|familiar|famous|remembered"
    r"|beloved|recogni[sz]able)\b"
    r"[^.;:!?]{0,60}?\bas|\baka|\ba\.k\.a\.)\s+$",
    re.IGNORECASE,
)
# Right after the part: the other work ("from Hook", "in Super Story", "on The Wire", "in the
# indie Short Term 12").
_OTHER_WORK = re.compile(r"\s+(?:from|in|on)\s+(?:the\s+(?:[a-z]+\s+){0,2})?[\"“‘']?[A-Z0-9]")


# A part read with its work on ("Detective Hale on Harbour Nights"): the part is the words
# before it.
_WORK_IN_PART = re.compile(r"\s+(?:from|in|on)\s+(?:the\s+)?[\"“‘']?[A-Z0-9]")


def elsewhere_part(part: str, texts: list[str]) -> bool:
    """True when the page names `part` only as a part of another work it recalls."""
    within = _WORK_IN_PART.search(part)
    if within and within.start() > 0 and part[:1].isupper():
        part = part[: within.start()]
    seen = False
    for text in texts:
        at = text.find(part)
        while at != -1:
            end = at + len(part)
            if not (_OTHER_WORK.match(text, end) and _RECALLED.search(text, max(0, at - 90), at)):
                return False
            seen = True
            at = text.find(part, end)
    return seen


# After a name set apart by a recall: its part elsewhere, then the other work, then the close of
# the aside (", familiar as Nurse Joy on Harbour Nights, ").
_PART_THEN_WORK = re.compile(
    r"(?:(?:the|a|an)\s+)?[\w’'\-.]+(?:\s+[\w’'\-.]+){0,4}?"
    + _OTHER_WORK.pattern
    + r"[^,.;!?]{0,40},\s+"
)
# The predicate after the aside denies the name any part here ("never appears", "is nowhere
# to be seen", "does not turn up").
_ABSENT = re.compile(
    r"(?:is|was)\s+(?:nowhere|not|absent|missing)\b|(?:is|was|does|did)n['’]t\b"
    r"|(?:does|did)\s+not\b|never\b|(?:sadly\s+)?(?:sits|sat)\s+(?:this\s+one\s+)?out\b"
)


def recalled_mention(text: str, at: int, end: int) -> bool:
    """The mention at `at`…`end` opens an aside that recalls a part of another work, and the
    sentence then says the one named is not in the film ("X, familiar as Y on Z, never
    appears here"): the mention credits nothing. (A name recalled so and then given a part,
    "X, whom you know as Y from Z, plays the landlady", is left alone.)"""
    if not text.startswith(",", end):
        return False
    p = text.find(" as ", end, end + 40)
    if p == -1 or text.count(",", end, p) != 1 or "." in text[end:p]:
        return False
    if not any(map(text[end : p + 4].__contains__, RECALL_WORDS)):
        return False
    if _RECALLED.search(text, end, p + 4) is None:
        return False
    m = _PART_THEN_WORK.match(text, p + 4, p + 140)
    return m is not None and _ABSENT.match(text, m.end()) is not None
