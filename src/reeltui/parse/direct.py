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
from collections.abc import Collection
from typing import Protocol

from reeltui.parse.capitals import capitals
from reeltui.parse.credits import name_before
from reeltui.text import fold

__all__ = [
    "GIVE_VERBS",
    "a_quality",
    "described_part_is",
    "given_parts",
    "named_apart",
    "parts_before",
    "person_of",
    "story_apposition",
]


class _Known(Protocol):
    """What this module asks of the credits read so far (`roles.Known`)."""

    @property
    def not_actors(self) -> Collection[str]: ...

    def full(self, name: str) -> str | None: ...


def _person_noun(word: str) -> bool:
    """A noun for a person, by its ending ("reporter", "emperor", "policewoman")."""
    return (
        len(word) > 5
        and word.endswith(("er", "or", "ist", "ian", "ant", "ent", "ess", "man"))
        and not word.endswith(("ness", "cess", "dress", "ment"))
        and word.replace("-", "").isalpha()
    )


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


# --- "X gives Y a quality", "X makes Y the film's conscience" --------------------------------

# The verb, its object a part: "gives Galtsev", "lends the trans dancer Kukoo", "makes the
# drunken Boston". The part is one to three capitalised words (a nickname in quotes inside).
_GIVEN_PART = re.compile(
    r"(gives|lends|makes)\s+(?:the\s+(?:[a-z][\w\-]*\s+){1,2})?"
    r"((?:[A-Z][\w’'\-]+)(?:\s+(?:[“\"][A-Z][\w’'\-]+[”\"]|[A-Z][\w’'\-]+)){0,2})"
    r"(?:,\s+[^,.;:!?]{3,80},)?\s+"
    r"(?=(?:a|an|the|some|real|such|his|her|their|[A-Z][\w\-]*[’']s)\s)"
)
# A quality of acting given to a part: the nouns of `roles._QUALITIES` and the abstract nouns
# of the same kind.
_QUALITY_WORDS = frozenset(
    """
    physicality energy charm warmth menace gravity gravitas intensity presence humour humor wit
    swagger vulnerability dignity tenderness sweetness melancholy bite edge sparkle conviction
    fragility steel soul heart mischief charisma poise grit heft weight relish glee gusto
    aplomb authority flair restraint subtlety zest abandon bravado calm cool decency stiffness
    innocence sadness anguish stillness sorrow pathos depth life spark fire ferocity drawl
    love intelligence
    """.split()
)
# Abstract nouns of a quality by their ending ("geniality", "gentleness"), not of a verdict.
_QUALITY_ENDINGS = ("ness", "ity")
_NOT_QUALITIES = frozenset("business witness publicity opportunity quantity city entity".split())
_PREPOSITIONS = frozenset("in of for about on to at from with by".split())
# What "makes Y …" makes of the part: a person, or the film's centre or conscience.
_MADE_INTO = frozenset(
    "figure presence conscience heart centre center soul hero heroine villain emperor".split()
)
GIVE_VERBS = ("gives ", "lends ", "makes ")


def given_parts(text: str, known: _Known) -> list[tuple[str, str, bool]]:
    """(actor, part, credited) for "X gives Y a quality" and "X makes Y the film's conscience":
    "Yevgeny Zharikov gives Galtsev, nominally the hero, the uneasy decency of …", "Mothusi
    Magano makes the drunken Boston the film's uneasy conscience". The actor is the name
    before the verb (past an aside set off by commas); `credited` says the page credits them
    already. A part that is a credited actor, or a first word of no name, gives nothing."""
    out: list[tuple[str, str, bool]] = []
    for verb in GIVE_VERBS:
        at = text.find(verb)
        while at != -1:
            m = _GIVEN_PART.match(text, at)
            at = text.find(verb, at + 1)
            if m is None or not _given_quality(text, m.end(), m.group(1)):
                continue
            start = m.start()
            if text[start - 1 : start] != " ":
                continue
            end = start - 1
            aside = _ASIDE_BEFORE.search(text, max(0, end - 90), end)
            actor = name_before(text, aside.start() if aside else end)
            part = m.group(2).replace("“", '"').replace("”", '"')
            if actor is None or part.split()[0].lower() in _NOT_A_PART:
                continue
            if _PREPOSITIONS.intersection(text[m.start(1) : m.start(2)].split()):
                continue  # "gives the teacher of Israel a …": the name is a place, not the part
            if known.full(part) is not None or fold(part) in known.not_actors:
                continue
            full = known.full(actor)
            out.append((full or actor, part, full is not None))
    return out


def a_quality(words: str) -> bool:
    """Whether `words` ("a gruff warmth", "a deadpan delivery") give a quality of acting."""
    return _given_quality(words, 0, "gives") or words.rsplit(None, 1)[-1] in _DELIVERY


# Nouns of a performance given to a part, beside the qualities.
_DELIVERY = frozenset("delivery reading voice drawl menace".split())


def _given_quality(text: str, at: int, verb: str) -> bool:
    """Whether the words from `at` to the clause's end give a quality ("a mute, smouldering
    intensity") or, after "makes", make the part a person or the film's centre."""
    stop = _CLAUSE_END.search(text, at + 1)
    while stop and text[stop.start()] == "," and stop.start() - at < 40:
        stop = _CLAUSE_END.search(text, stop.end())  # "a mute, smouldering intensity"
    words = [w.lower().strip("’'") for w in text[at : stop.start() if stop else at + 120].split()]
    words = words[:10]
    if verb == "makes":
        return any(w in _MADE_INTO or _person_noun(w) for w in words)
    if any(w in _QUALITY_WORDS for w in words):
        return True
    # (a noun known by its ending only as the object's own head: "a terrifying geniality",
    # not "a lesson in humility")
    for w in words:
        if w in _PREPOSITIONS:
            return False
        if len(w) > 6 and w.endswith(_QUALITY_ENDINGS) and w not in _NOT_QUALITIES:
            return True
    return False


# An aside between the actor and the verb: ", a farm labourer found in a market,".
_ASIDE_BEFORE = re.compile(r",\s+[^,;.!?]{3,85},\s*$")
# First words of an object that is no part.
_NOT_A_PART = frozenset(
    """
    the a an his her their its this that it everyone everybody us them him me you audiences
    viewers one nothing something
    """.split()
)


# --- "The children, John and Pearl, are played by A and B" ----------------------------------

_PART_NAME = capitals(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?")
# Right before "(are) played by A, B and C": as many parts, listed the same way, maybe after a
# group noun and a comma ("Their teenage twins, Michael and Evie, are").
_PARTS_BEFORE = re.compile(
    rf"(?<![\w’'\-])((?:{_PART_NAME},\s+)*{_PART_NAME},?\s+(?:and|&)\s+{_PART_NAME}),?\s+"
    r"(?:are\s+|were\s+|both\s+)*$"
)


def parts_before(text: str, at: int, count: int) -> list[str]:
    """The `count` parts listed right before the verb at `at` ("The children, John and
    Pearl, are played by …"), in order, or [] when the list before holds another number."""
    m = _PARTS_BEFORE.search(text, max(0, at - 40 * count), at)
    if m is None:
        return []
    parts = [
        p.strip() for p in re.split(r",\s+|\s+(?:and|&)\s+", m.group(1).replace(", and ", ", "))
    ]
    parts = [p for p in parts if p]
    if len(parts) != count or any(p.split()[0].lower() in _NOT_A_PART for p in parts):
        return []
    return parts


# --- "Ian, the IT consultant who …, is X": the part, a description of it, then the actor -----

# A sentence that opens on a part and a description of it set off by commas, then " is " (the
# caller checks what follows); matched on the sentence's words before " is ".
_PART_APPOSED = re.compile(
    rf"({_PART_NAME}(?:\s+[A-Z][\w’'\-]+)?),\s+((?:the|a|an|his|her|their)\s[^.;:!?]{{3,110}}?),"
)
# The actor right after " is ": a full name ending its clause.
_ACTOR_AFTER = re.compile(
    capitals(r"([A-Z][\w’'.\-]+(?:\s+[A-Z][\w’'\-]+){1,2})(?=[,.;]|\s+(?:and|who)\b)")
)


def described_part_is(text: str, known: _Known) -> list[tuple[str, str]]:
    """(actor, part) for "Ian, the IT consultant who …, is X", where X is an actor the page
    credits: the sentence's subject is the part, set apart by a description of a person of
    the story, and the actor completes it (the bare "Y is X" is `roles._part_is_actor`'s)."""
    out: list[tuple[str, str]] = []
    at = text.find(", is ")
    while at != -1:
        at += 1
        after = _ACTOR_AFTER.match(text, at + 4) if text[at + 4 : at + 5].isupper() else None
        actor = known.full(after.group(1)) if after is not None else None
        if actor is not None:
            start = max(text.rfind(". ", 0, at), text.rfind("! ", 0, at), text.rfind("? ", 0, at))
            m = _PART_APPOSED.fullmatch(text, start + 2 if start >= 0 else 0, at)
            if (
                m is not None
                and _story_words(m.group(2), 0)
                and m.group(1).split()[0].lower() not in _NOT_A_PART
                and known.full(m.group(1)) is None
                and fold(m.group(1)) not in known.not_actors
            ):
                out.append((actor, m.group(1)))
        at = text.find(", is ", at + 4)
    return out


# --- "as the blind owner of a music store": a longer description of a person ----------------

# Heads of a description that name a person without a person's ending ("owner", "head").
_PERSON_HEADS = frozenset(
    """
    head owner chief clerk member leader keeper boss mayor priest king queen prince princess
    wife husband mother father son daughter sister brother widow friend lover thug guard
    nurse doctor cop agent spy pilot monk nun chef cook maid butler driver
    """.split()
)


def person_of(words: list[str]) -> bool:
    """Whether a description of seven to ten words is a person and what they are of: an
    article, up to two describing words, a person's noun, then "of" ("the blind owner of a
    music store", "the head of the town's groundhog club")."""
    if not words or words[0].lower() not in ("the", "a", "an") or "of" not in words[2:5]:
        return False
    head = words[words.index("of", 2) - 1].lower()
    return head in _PERSON_HEADS or _person_noun(head)
