"""Direct credits: "X is Y, the …" where the words after the part describe someone in the story.

A review often credits an actor with a bare copula and then says who the character is:
"A. Name is Tracey, the only one of the family to …", "A. Name is Orly, the documentary maker
who …", "A. Name is Radio Raheem, the gentle giant with a boombox". The part is a name; the
apposition that follows it is about the story's person, not the performer: it opens with an
article, a possessive or "who", and holds no word of the performer's trade or of the work
("an actor who …", "the film's finest turn", "who starred in …" read the other way round).

`story_apposition` answers whether such an apposition stands at a position: the caller
(`roles._is_role`) still asks the page's own evidence before it believes an actor no other
line credits.
"""

from __future__ import annotations

import re

__all__ = ["story_apposition"]

# ", the …", ", a …", ", his …", ", Jess's …", ", who …": an apposition opens.
_OPENS = re.compile(r",\s+(?:(the|a|an|his|her|their)\s|([A-Z][\w\-]*['’]s)\s|(who)\s)")
# The apposition runs to the next comma, semicolon, full stop or dash.
_CLAUSE_END = re.compile(r"[,;.:!?()]|\s[–—-]\s")
# Words of the performer's trade or of the work itself: an apposition holding one describes
# the actor, the film or a performance, not a character.
_NOT_STORY = frozenset(
    """
    actor actress actors starring performer performers performance performances
    newcomer veteran comedian comic singer rapper musician debut role roles
    part parts turn career film films movie movies series show shows episode episodes season
    seasons picture screen screens cast casting credit credits oscar oscars award awards
    nominee winner audience audiences viewers critic critics
    """.split()
)
# Words that name a firm, a label or a place of work, not a person.
_FIRMS = frozenset(
    "pictures studios studio productions media entertainment records company inc ltd".split()
)
# After "who": the verbs that tell an actor's past or standing, not a character's doing.
_WHO_CAREER = re.compile(
    r"(?:also\s+|previously\s+|once\s+|famously\s+)?(?:played|starred|appeared|won|was\s+"
    r"(?:nominated|cast|seen|best)|is\s+(?:best|better)\s+known|has\s+(?:played|starred|"
    r"appeared|won)|made\s+(?:her|his|their)\s+name|plays|stars|voices|voiced)\b"
)


def story_apposition(text: str, at: int, part: str = "") -> bool:
    """True when an apposition describing a person of the story opens at `at` after `part`:
    ", the gentle giant with a boombox", ", Jess's mother", ", who has 64 personalities". A part
    named as a firm or a work ("Nordvik Films, the one with the cash") is no person."""
    m = _OPENS.match(text, at)
    if m is None:
        return False
    if any(w.lower() in _NOT_STORY or w.lower() in _FIRMS for w in part.split()):
        return False
    rest = m.end()
    if m.group(3):
        return _WHO_CAREER.match(text, rest) is None and _story_words(text, rest)
    return _story_words(text, rest)


def _story_words(text: str, start: int) -> bool:
    """Whether the clause from `start` to its end holds no word of the trade or the work, and
    a word of its own (not an empty apposition)."""
    stop = _CLAUSE_END.search(text, start)
    clause = text[start : stop.start() if stop else min(len(text), start + 120)]
    words = [w.strip("\"“”‘’'").lower() for w in clause.split()]
    words = [w.removesuffix("'s").removesuffix("’s") for w in words if w]
    return bool(words) and not _NOT_STORY.intersection(words)


def named_apart(actor: str, part: str, texts: list[str]) -> bool:
    """Whether the page names the actor again by the surname alone ("De Rossi, one of the
    most underrated …") or the part again without the actor ("Lea is prickly and proud"):
    either is the second piece of evidence a direct credit of an uncredited name asks."""
    surname = actor.split()[-1]
    first = part.split()[0]
    if first.lower() in _OPENERS:
        return False
    said = re.compile(rf"(?<![\w’'\-]){re.escape(first)}(?![\w\-])")
    alone = re.compile(rf"(?<![\w’'\-]){re.escape(surname)}(?![\w\-])", re.IGNORECASE)
    for text in texts:
        if surname.lower() in text.lower():
            seen = sum(1 for _ in alone.finditer(text))
            if seen > text.count(actor):
                return True
        if first in text:
            for m in said.finditer(text):
                start = max(text.rfind(". ", 0, m.start()), 0)
                stop = text.find(". ", m.end())
                if actor not in text[start : stop if stop != -1 else len(text)]:
                    return True
    return False


# Words that open a part without naming it ("the", "Mr."): no evidence by themselves.
_OPENERS = frozenset("the a an mr mr. mrs mrs. ms ms. dr dr. his her their".split())
