"""A gate for credits the prose alone gives: evidence asked before a weak credit is believed.

The patterns of `credits` and `roles` read a credit from one place in one phrase. A cast label,
a credit block or a caption backs a name on its own; a credit found only in the prose is
believed by the shape of its phrase. Some shapes are weak evidence of a performance:

- "X's Y" names X's Y, and X may own a work, a score, a prize or a place as well as a part
  ("Jane Doe's Red Lantern over the titles", "Tom Hale's Glasgow crime saga"). Such a credit
  is believed only when the page backs it a second way: another credited actor named in the
  same paragraph (the paragraph is about the cast), the part described as a person right
  after it ("X's Y, the widow who …") or doing something in the story ("X's Y steals the
  film"), a word of performance in the sentence ("X's Y is the other great performance"), or X
  named again: by the surname alone in the prose, or in full in the page's line of tags
  ("Tags: …, X, …"). Another credit backs it only when the gate keeps that one, and a name
  whose every mention is a work's maker ("the band plays A's Jolene") backs none;
- a name holding a word of rank or kinship ("Mother Sister", "Sergeant Cole"), a number
  ("Part Two", "Book One") or opening on a calling ("Rapper X") is styled as a character, a part
  of the work or a description, never as an actor's own name: not believed;
- "the Chief was played by X", "were voiced by X and Y": a part played in the past (every
  name listed after the cue), which a review tells of another version (a review tells of its
  own film in the present); believed only when X is named again by the surname alone;
- a second actor in a part an earlier or labelled credit holds ("with X taking on the role of
  Y" after "Z plays Y"; "Orlok" is the part "Count Orlok" too): believed only when a word around
  either names an age, a later self or a dub ("the young Y", "Y as a girl", "the English dub").
  A credit read from a possessive alone yields so to any other holder, later ones too ("Bill
  Skarsgård's Orlok" in a word on the remake, before "Max Schreck. His Count Orlok …"), and two
  such possessives of one name are two makers' works ("A's Nosferatu", "B's Nosferatu").

`unbelieved` gives the keys of the credits that fail the gate; labels and captions never pass
through it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from reeltui.model import Credit
from reeltui.parse.ranks import ranked

__all__ = ["possessive_of_work", "unbelieved"]

# Words of rank or kinship that style a character and are no part of an actor's name.
_STYLING = frozenset(
    """
    mother father sister brother uncle aunt auntie granny grandma grandpa grandmother
    grandfather mayor sergeant sgt colonel lieutenant inspector detective doctor professor
    reverend nurse officer captain commissioner sheriff constable
    one two three four five six seven eight nine ten first second third
    """.split()
)
# A title before a character's name that the page may leave out ("Count Orlok", "Orlok").
_HONORIFICS = _STYLING | frozenset(
    "count countess baron baroness lord lady sir dame king queen prince princess duke duchess "
    "mr mrs ms miss dr father mother uncle aunt".split()
)
# Callings that may stand before a name ("Rapper X"), never first in an actor's own name.
_CALLINGS = frozenset(
    "rapper singer comedian musician newcomer veteran actor actress star legend".split()
)
# Words that say the sentence is about acting.
_PERFORMANCE = re.compile(
    r"\b(?:performances?|role|roles|characters?|cast|turn|lines|scenes?|scene-stealers?)\b"
)
# Right after the part: a description of a person set apart by a comma ("Y, the priest who",
# "Y, a young officer", "Y, Kim's best friend", "Y, who …").
_DESCRIBED = re.compile(
    r",\s+(?:the|a|an|who|whose|his|her|their|now|[A-Z][\w\-]*['’]s)\s",
)
# Before a name: a part played in the past ("the Chief was played by X", "were voiced by X"),
# which a review of the film before it tells in the present.
_PLAYED_ONCE = re.compile(
    r"\b(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:played|portrayed|voiced)\s+by\s+$"
)
# Names listed after the cue before the one looked at: "were voiced by A and B", "by A, B and C".
_LISTED_BEFORE = re.compile(
    r"ed\s+by\s+(?:[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3}(?:,\s+and\s+|,\s+|\s+and\s+"
    r"|\s*&\s+))+$"
)


def _by_cue_end(text: str, at: int) -> int:
    """Where the "by " of a cue ("played by ") ends before the name at `at`, the name right
    after it or later in a list of names after it; -1 when no such cue."""
    if text.endswith("ed by ", 0, at):
        return at
    if not (text.endswith((", ", "& "), 0, at) or text.endswith(" and ", 0, at)):
        return -1
    m = _LISTED_BEFORE.search(text, max(0, at - 120), at)
    return -1 if m is None else m.start() + text[m.start() : at].index("by ") + 3


# Words that explain two actors in one part: ages, a later self, a dub.
_TWO_SELVES = re.compile(
    r"\b(?:young|younger|youngest|adult|grown|grown-up|older|old|elderly|teen|teenage|teenaged|"
    r"child|girl|boy|middle\s+age|dub|dubbed|voice|voices)\b"
)
_PLAYING = (" plays ", " played ", " as ", " stars ", " is ")
_TAG_LABELS = ("Tags:", "TAGS:", "Tagged:", "Topics:", "TOPICS:", "Tagged with:")
# "X's Y": the owner's mark, then a word (a possessive closing the sentence, "is X's.", is no
# such shape: the part is read elsewhere).
_POSSESSIVE = ("'s ", "’s ", "' ", "’ ")
# Right after the part, maybe after a stretch of the story ("over the course of the film"): a
# verb in the present with a word after it ("Y steals the film", "Y becomes its conscience"):
# the part does something in the story.
_ACTS = re.compile(
    r"(?: (?:over|in|through|throughout|across|during|for|after|from|at|on)(?: [a-z]+){0,5}?)?"
    r" (?!(?:as|his|its|this|us|plus|versus|across|towards) )[a-z]{2,}s [\w\"“‘']"
)


# Before "X's Y": a verb whose object is a work, a song or a book ("the band plays Dolly
# Parton's Jolene", "June quotes Maya Angelou's Still I Rise"): Y is X's work, not a part.
_WORK_VERBS = (
    "plays ", "sings ", "hums ", "reads ", "quotes ", "covers ", "recites ", "blasts ",
    "listens to ", "watches ", "hears ", "performs ",
)  # fmt: skip
# After the part: a stage ("X's Hamlet at the Old Vic"), or a verb in the past tense ("X's Dust
# Crown covered the same ground"): another production, or another work told of in the past (a
# review tells its own film's story in the present).
_ELSEWHERE_AFTER = re.compile(
    r"\s+(?:at\s+the\s+[A-Z]|on\s+Broadway\b|in\s+the\s+West\s+End\b|(?!(?:[a-z]+ed)\s+by\b)"
    r"(?:[a-z]{2,}ed|was|were|had)\s)"
)


# What joins the parts of one name: "Alcott-Reyes", "O’Hara".
_JOINERS = ("-", "'", "’")


def _mentions(name: str, text: str) -> list[int]:
    """Where `name` stands in `text` as a whole run of words (never the end or the start of a
    name joined by a hyphen or an apostrophe: "Reyes" in "Brittany Alcott-Reyes" is another
    person's surname)."""
    found: list[int] = []
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or after.isalnum() or before in _JOINERS or after == "-"):
            found.append(at)
        at = text.find(name, end)
    return found


def _sentence(text: str, at: int, end: int) -> str:
    """The sentence of `text` around `at`…`end` (a full stop after an initial or a short
    title such as "Dr." or "R.J." ends none)."""
    start = at
    while True:
        stop = max(
            text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start)
        )
        if stop == -1:
            start = 0
            break
        word = text[text.rfind(" ", 0, stop) + 1 : stop]
        if text[stop] == "." and (len(word) < 3 or word[-1:].isupper()):
            start = stop
            continue
        start = stop + 2
        break
    finish = end
    while True:
        cut = min(
            (
                i
                for i in (text.find(". ", finish), text.find("! ", finish), text.find("? ", finish))
                if i != -1
            ),
            default=-1,
        )
        if cut == -1:
            return text[start:]
        word = text[text.rfind(" ", 0, cut) + 1 : cut]
        if text[cut] == "." and (len(word) < 3 or word[-1:].isupper()):
            finish = cut + 1
            continue
        return text[start : cut + 1]


def _places(actor: str, texts: Sequence[str]) -> list[tuple[int, int]]:
    """The (paragraph, offset) of each full mention of `actor` in the prose."""
    return [
        (i, at) for i, text in enumerate(texts) if actor in text for at in _mentions(actor, text)
    ]


def _possessive_only(actor: str, places: list[tuple[int, int]], texts: Sequence[str]) -> bool:
    """Whether every full mention of `actor` (one at least) is "actor's …"."""
    end = len(actor)
    return bool(places) and all(texts[i].startswith(_POSSESSIVE, at + end) for i, at in places)


def _possessive_of_work(
    credit: Credit, places: list[tuple[int, int]], texts: Sequence[str]
) -> bool:
    """Whether every "X's Y" mention names a work of X's or a part of another production: a
    verb of performing a work before it, or a stage or a past tense after the part."""
    role = credit.role
    for i, at in places:
        text = texts[i]
        if text.endswith(_WORK_VERBS, max(0, at - 12), at):
            continue
        after = at + len(credit.actor) + 3
        if not role or (not text.startswith(role, after - 1) and not text.startswith(role, after)):
            return False
        end = text.find(role, after - 1) + len(role)
        if not _ELSEWHERE_AFTER.match(text, end, end + 40):
            return False
    return bool(places)


def possessive_of_work(actor: str, role: str | None, texts: Sequence[str]) -> bool:
    """Whether every mention of `actor` is "actor's role" naming a work of the actor's or a
    part of another production (see `_possessive_of_work`)."""
    places = _places(actor, texts)
    return _possessive_only(actor, places, texts) and _possessive_of_work(
        Credit(actor, role), places, texts
    )


def _backed_possessive(
    credit: Credit, places: list[tuple[int, int]], texts: Sequence[str], others: Iterable[str]
) -> bool:
    """Whether a credit read from "X's Y" alone has a second piece of evidence."""
    actor = credit.actor
    others = [o for o in others if o != actor]
    for i, at in places:
        text = texts[i]
        if any(_credits_another(other, text) for other in others):
            return True  # the paragraph is about the cast
        sentence = _sentence(text, at, at + len(actor))
        if _PERFORMANCE.search(sentence):
            return True
        role = credit.role
        if role:
            where = sentence.find(role, sentence.find(actor) + len(actor))
            if where != -1 and (
                _DESCRIBED.match(sentence, where + len(role))
                or _ACTS.match(sentence, where + len(role))
            ):
                return True
    return _named_again(actor, texts, len(places))  # named again by the surname alone


def _credits_another(other: str, text: str) -> bool:
    """Whether a paragraph names another credited actor in full, or by the surname alone right
    before a word of playing ("Moore plays Elisabeth")."""
    if other in text:
        return True
    surname = other.rsplit(" ", 1)[-1]
    if surname == other or surname not in text:
        return False
    return any(text.startswith(_PLAYING, at + len(surname)) for at in _mentions(surname, text))


def _tagged(actor: str, units: Sequence[str]) -> bool:
    """Whether a line of the page's tags ("Tags: John Doe, Horror, 1980s") names `actor`."""
    return any(
        unit.startswith(_TAG_LABELS) and actor in unit and _mentions(actor, unit) for unit in units
    )


def _named_again(actor: str, texts: Sequence[str], times: int) -> bool:
    """Whether the surname of `actor` stands alone in the prose more than `times` times."""
    words = actor.split()
    if len(words) < 2:
        return False
    surname = words[-1]
    return sum(len(_mentions(surname, t)) for t in texts if surname in t) > times


def _played_once(actor: str, places: list[tuple[int, int]], texts: Sequence[str]) -> bool:
    """Whether every full mention of `actor` (one at least) follows "was played by": a part
    of another time."""
    return (
        bool(places)
        and all(
            (cue := _by_cue_end(texts[i], at)) != -1
            and _PLAYED_ONCE.search(texts[i], max(0, cue - 40), cue)
            for i, at in places
        )
        and not _named_again(actor, texts, len(places))
    )


def _same_part(one: str, other: str) -> bool:
    """Whether two parts (in lower case) name one person: the same words, or one word after a
    title ("orlok" and "count orlok"; never a surname a family shares, "sarabhai" and
    "mrinalini sarabhai")."""
    if not one or not other:
        return False
    if one == other:
        return True
    short, long = sorted((one, other), key=len)
    return (
        " " not in short
        and long.endswith(" " + short)
        and long[: -len(short) - 1].rstrip(".") in _HONORIFICS
    )


def _unexplained_double(
    at: int,
    cast: Sequence[Credit],
    parts: Sequence[str],
    labelled: Sequence[bool],
    texts: Sequence[str],
    weak: Callable[[int], bool],
) -> bool:
    """Whether another credit holds the same part as `cast[at]` and nothing around either (an
    age, a later self, a dub) explains two actors in it: another version's actor. The rival is
    an earlier or a labelled credit; a credit read from a possessive alone (`weak`: "Bill
    Skarsgård's Orlok") yields to any other, and an earlier possessive never unseats a credit
    read another way. `parts` are the credits' parts in lower case ("" for none)."""
    part = parts[at]
    weak_here = weak(at)
    rivals = [
        other.actor
        for i, other in enumerate(cast)
        if i != at
        and _same_part(parts[i], part)
        and (labelled[i] or weak_here or (i < at and not weak(i)))
    ]
    if not rivals:
        return False
    for name in (cast[at].actor, *rivals):
        for text in texts:
            if name not in text:
                continue
            for where in _mentions(name, text):
                if _TWO_SELVES.search(_sentence(text, where, where + len(name)).lower()):
                    return False
    return True


def _styled(actor: str) -> bool:
    """Whether a word of rank, kinship or number stands in the name, or a calling opens it: a
    character's, a part of the work's or a description, not an actor's own name."""
    words = actor.lower().replace(".", "").split()
    return bool(words) and (
        words[0] in _CALLINGS or not _STYLING.isdisjoint(words) or ranked(actor)
    )


def unbelieved(
    cast: Sequence[Credit],
    keys: Sequence[str],
    prose_only: Collection[str],
    texts: Sequence[str],
    units: Sequence[str] = (),
) -> set[str]:
    """The keys of the credits of `cast` (their folded actors, in `keys`), among
    `prose_only`, whose credit lacks the evidence its shape asks for (see the module's doc)."""
    dropped: set[str] = set()
    if not prose_only:
        return dropped
    names = [c.actor for c in cast]
    parts = [c.role.lower() if c.role else "" for c in cast]
    seen: set[str] = set()
    twice: set[str] = set()
    for part in parts:
        if part:
            (twice if part in seen else seen).add(part)
    for part in seen:
        if " " not in part:
            held = [p for p in seen if _same_part(part, p) and p != part]
            if held:
                twice.update((part, *held))
    labelled = [key not in prose_only for key in keys]
    prose = "\n".join(texts)
    weak_memo: dict[int, bool] = {}

    def weak(i: int) -> bool:
        """Whether credit `i` is read from a possessive alone ("X's Y" at every mention)."""
        if i not in weak_memo:
            actor = cast[i].actor
            weak_memo[i] = not labelled[i] and _possessive_only(actor, _places(actor, texts), texts)
        return weak_memo[i]

    def worker(i: int) -> bool:
        """Whether credit `i` is read from "X's Y" alone, each naming a work of X's."""
        return weak(i) and _possessive_of_work(cast[i], _places(cast[i].actor, texts), texts)

    owners: list[tuple[int, list[tuple[int, int]]]] = []
    for at, credit in enumerate(cast):
        key = keys[at]
        if labelled[at]:
            continue
        actor = credit.actor
        if _styled(actor):
            dropped.add(key)
            continue
        # The weak shapes first looked for in one pass over the prose; most credits have none.
        double = parts[at] in twice
        played = owned = False
        where = prose.find(actor)
        while where != -1:
            end = where + len(actor)
            owned = owned or prose.startswith(_POSSESSIVE, end)
            played = played or _by_cue_end(prose, where) != -1
            where = prose.find(actor, end)
        if not (double or played or owned):
            continue
        places = _places(actor, texts)
        if (played and _played_once(actor, places, texts)) or (
            double and _unexplained_double(at, cast, parts, labelled, texts, weak)
        ):
            dropped.add(key)
            continue
        if owned and _possessive_only(actor, places, texts):
            owners.append((at, places))
    # A possessive is judged once the other weak credits are gone: a name dropped above, or one
    # whose every mention is a work's maker ("the band plays A's Jolene"), backs none.
    for at, places in owners:
        credit = cast[at]
        if (
            _possessive_of_work(credit, places, texts)
            or not _backed_possessive(
                credit,
                places,
                texts,
                [n for j, n in enumerate(names) if keys[j] not in dropped and not worker(j)],
            )
        ) and not _tagged(credit.actor, units):
            dropped.add(keys[at])
    return dropped
