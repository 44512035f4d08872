"""The words of a role, decided from the credit's own text once the actor and the part are found.

The patterns that find a credit cut its role where their own expression stops: at a full stop
("R.J" of "R.J. MacReady"), at the start of a sentence ("Enter Katara (X)"), or after the
words that describe the character ("the seasoned Inspector Bhupendra Singh"). This step finds
the role where the credit wrote it, near the actor's name, and settles its words:

- a name cut short is mended: initials cut at their full stop, a word cut inside ("Ki" of
  "Ki-taek"), and an "aka" form written at the credit ("Vic Stone, aka Cyborg");
- words set before a name are dropped when the credit shows they only describe: a word that
  is capitalised only because it opens the sentence ("Enter Katara", "Negotiator Narmada Rai"),
  or a rank after a determiner and describing words ("as the local MLA Chandrakishore Singh"),
  each only when the page names the character without them elsewhere, and never a word that
  tells one actor's version of a part from another's ("young Kirsten" beside "Kirsten");
- a description that goes on to name the character gives the name ("a nurse named Kwak
  Seol-young", "a washed-up Wehrmacht officer, Captain Klenzendorf,"), and so does one cut at
  the acronym that opens it ("TV" of "ambitious TV anchor Katrine Fønsmark,"), or one that
  only says what the clause's named subject is ("Park Hyun-gyu, is a factory worker played
  by X");
- a description in lower case keeps only its rank or kinship noun ("their grandmother",
  "the corrupt mayor");
- a name that runs on into its sentence's verb ("Ofelia meets the faun in …", a
  caption's) ends before it;
- a description goes on through what tells which person it means, up to the clause's end
  ("an ambitious reporter from London,", "a passenger on a cruise ship who"), never through
  how the part is played ("with a quiet dignity");
- a qualifier that the credit writes before a name two actors share is kept ("the adult
  Sophie" where another actor plays Sophie).

Precision first: the step changes a role only when it finds the role in the credit's text near
the actor's name, and it never adds a word that is not written there next to the role.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reeltui.model import Credit
from reeltui.parse.coref import quality_of_acting
from reeltui.text import fold

__all__ = [
    "actor_after_role",
    "as_after_partner",
    "aside_subject",
    "described_subject",
    "named_before",
    "pronoun_subject",
    "settle_roles",
    "subject_described",
]

#: How far (in characters) a role may stand from its actor's name and still be their credit.
_REACH = 260
_WORD = r"[A-Z][\w’'\-]*"
# Initials cut at their full stop: "R.J", "T", "J.J".
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_AFTER_INITIALS = re.compile(rf"\.\s?({_WORD})")
# Words that open a new sentence after a full stop, never a surname.
_OPENERS = frozenset("The A An He She It His Her They Their But And In As On At So".split())
_AKA = re.compile(
    rf",?\s+(?:aka|a\.k\.a\.?|also known as)\s+((?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})"
)
_NAMED = re.compile(rf"\b(?:named|called|nicknamed)\s+({_WORD}(?:\s+{_WORD}){{0,3}})$")
_NAMED_AFTER = re.compile(rf"\s+(?:named|called|nicknamed)\s+({_WORD}(?:\s+{_WORD}){{0,3}})")
# "the mother, whom Jack calls simply Ma": the name another person of the story calls them.
_CALLED_BY = re.compile(
    rf",\s+(?:whom|who)\s+(?:{_WORD}|everyone|everybody|the\s+[a-z]+(?:\s+[a-z]+)?)\s+calls?"
    rf"\s+(?:simply\s+|just\s+|only\s+)?({_WORD}(?:\s+{_WORD}){{0,2}})(?=[,;:]|\.(?:\s|$)|$)"
)
# After a description's head noun: ", Captain Klenzendorf," (the name the description gives).
_APPOSED_NAME = re.compile(
    rf"(?:\s+[a-z][\w’'\-]*){{0,2}},\s+({_WORD}(?:\s+{_WORD}){{0,3}})"
    r"(?=[,;:]|\.(?![\w’'])|\s+(?:who|whose)\b)"  # (not the initial of "K.P.A.C. Lalitha")
)
# After an acronym: one or two lower-case nouns, then the name ("TV anchor Katrine Holm").
_ACRONYM_NOUN_NAME = re.compile(
    rf"(?:\s+[a-z][a-z\-]+){{1,2}}\s+({_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?=[,;:]|\.(?:\s|$)|\s+(?:who|whose|and|is|was)\b)"
)
# "Park Hyun-gyu, is " / "Mira is " right before a description that a "played by" ends.
_SUBJECT_IS = re.compile(rf"(?:^|[,.;:]\s+)({_WORD}(?:\s+{_WORD}){{0,2}}),?\s+(?:is|was)\s+$")
_PLAYED_BY = re.compile(r",?\s+(?:played|portrayed|voiced)\s+(?:[a-z]+\s+){0,3}?by\s")
# Words ending in "s" after a name that are no verb: "Mother of Pearls", "Lord of Lords".
_NOT_VERBS = frozenset("others ones days years times ways eyes hands friends boys girls".split())
_DETERMINERS = frozenset("a an the his her their its our my your".split())
# Ranks and offices: set before a name after describing words ("the seasoned Inspector X"),
# they describe; kinship and religious words ("Brother Aidan", "Aunt Polly") are left alone.
_RANKS = frozenset(
    """
    inspector detective commissioner constable sergeant lieutenant captain colonel commander
    major general officer agent deputy marshal sheriff mayor governor president minister
    senator judge
    """.split()
)
# Words that tell one actor's version of a part from another's ("young Kirsten").
_VERSIONS = frozenset(
    "young younger old older adult grown grown-up teenage teen little elder child".split()
)
_VERSION_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he\s+)?([a-z][a-z\-]+)\s+$")
_SENTENCE_END = ".!?"
# What a description may go on with: "from London", "of a music store", "on a cruise ship",
# "with a claim on Bella's past"; at most six words, then the clause ends.
_TAIL = re.compile(
    r"(\s(?:from|of|on|aboard|with)(?:\s+[\w’'\-]+){1,6}?)(?=[,;:)(]|\.(?:\s|$)|\s+(?:who|whose)\s)"
)
_TAIL_WORDS = frozenset("from of on aboard with".split())
_ARTICLES = frozenset("a an the".split())
# Words that open a sentence to bring a character on: "Enter Katara (X)", "Meet Ruth (Y)".
_STAGE_WORDS = frozenset("enter meet cue introducing".split())
# Words that end the describing words before a role: the clause's verb or the credit's own.
_CLAUSE_WORDS = frozenset("is are was were be as by plays played play and or who with".split())


def settle_roles(
    cast: Sequence[Credit], texts: Sequence[str], lines: Sequence[str] = ()
) -> tuple[Credit, ...]:
    """The credits with each role's words as the credit itself writes them (see the module):
    `texts` are the paragraphs that hold the credits, `lines` the rest of the page, read only
    for where it names a character."""
    if not any(c.role for c in cast):
        return tuple(cast)
    page = _Page(texts, lines)
    actors = {fold(c.actor) for c in cast}
    firsts = [_first_name(c.role) for c in cast]
    out: list[Credit] = []
    for n, credit in enumerate(cast):
        role = credit.role
        if role:
            shared = any(f and f == firsts[n] for m, f in enumerate(firsts) if m != n)
            settled = _settled(credit.actor, role, texts, page, actors, shared)
            if settled and settled != role:
                credit = Credit(credit.actor, settled)
        out.append(credit)
    return tuple(out)


class _Page:
    """The page's text, joined only when a rule asks where else it names a character."""

    __slots__ = ("_parts", "_text")

    def __init__(self, texts: Sequence[str], lines: Sequence[str]) -> None:
        self._parts = (texts, lines)
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = "\n".join([*self._parts[0], *self._parts[1]])
        return self._text


def _first_name(role: str | None) -> str:
    """The first capitalised word of a role, past any qualifier ("adult Sophie": "sophie")."""
    if not role:
        return ""
    for word in role.split():
        if word[:1].isupper() and word.lower() not in _VERSIONS and word.lower() != "the":
            return fold(word)
    return ""


def _where(actor: str, role: str, texts: Sequence[str]) -> tuple[str, int, int] | None:
    """The text and span of the role's mention nearest the actor's name, within reach."""
    surname = actor.split()[-1]
    best: tuple[int, str, int] | None = None
    for text in texts:
        if role not in text:
            continue
        mentions = _all(text, actor) or (_all(text, surname) if len(surname) > 2 else [])
        if not mentions:
            continue
        for at in _all(text, role):
            if not _bounded(text, at, at + len(role)):
                continue
            gap = min(abs(at - m) for m in mentions)
            if gap <= _REACH and (best is None or gap < best[0]):
                best = (gap, text, at)
    if best is None:
        return None
    return best[1], best[2], best[2] + len(role)


def _all(text: str, needle: str) -> list[int]:
    found: list[int] = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether the span starts and ends a word (a cut word is mended apart, in `_mended`)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (
        after.isalnum() and text[end - 1].isalnum()
    )


def _settled(
    actor: str, role: str, texts: Sequence[str], page: _Page, actors: set[str], shared: bool
) -> str | None:
    where = _where(actor, role, texts)
    if where is None:
        return role
    text, start, end = where
    start, end = _mended(text, start, end)
    role = text[start:end]
    named = _NAMED.search(role) if " " in role else None
    if named:
        return named.group(1)  # "a nurse named Kwak Seol-young"
    apposed = (
        _description_name(text, start, end, role, actors)
        or _after_acronym(text, end, role, actors)
        or _subject_name(text, start, end, role, actors)
    )
    if apposed:
        return apposed
    words = role.split()
    verb = _caption_verb(words)
    if verb:
        return " ".join(words[:verb])  # "X as Ofelia meets the faun in …": a caption's verb
    if all(w[:1].islower() for w in words):
        # a description, kept as the credit writes it, with what it is of or from
        if words[0] in _ARTICLES and not any(w.endswith("ing") for w in words):
            return role + _description_tail(text, end)
        return role
    if shared and len(words) == 1:
        return _with_version(text, start, role)
    return _name_alone(text, start, words, page)


def _caption_verb(words: list[str]) -> int:
    """Where a name runs into its sentence's verb ("Ofelia meets the faun", "Ada Lund
    finds the letter"): the index of a present-tense verb right after the capitalised words,
    0 when there is none."""
    at = 0
    while at < len(words) and words[at][:1].isupper():
        at += 1
    if not 0 < at < len(words) - 1:
        return 0
    verb = words[at]
    if (
        verb.endswith("s")
        and len(verb) > 3
        and verb.isalpha()
        and verb.islower()
        and verb not in _NOT_VERBS
        and not verb.endswith(("ss", "us", "is"))
    ):
        return at
    return 0


def _description_tail(text: str, end: int) -> str:
    """ "as an ambitious reporter from London, …", "plays a passenger on a cruise ship who …",
    "as a general with a claim on Bella's past,": the words that tell which person a
    description means, up to the clause's end; none where a clause's verb or a name's own
    words would follow."""
    m = _TAIL.match(text, end)
    if m is None:
        return ""
    words = m.group(1).split()
    if words[0] not in _TAIL_WORDS or any(w.lower() in _CLAUSE_WORDS for w in words[1:]):
        return ""
    if words[0] == "with" and (
        words[1] not in ("a", "an") or quality_of_acting(text[m.start(1) : m.start(1) + 80])
    ):
        return ""  # "with his own agenda", "with a quiet dignity": how it is played
    return m.group(1)


def _mended(text: str, start: int, end: int) -> tuple[int, int]:
    """The span with a cut name made whole: initials cut at their full stop ("R.J" of
    "R.J. MacReady"), a word cut at a hyphen or an apostrophe, and an "aka" form."""
    while end < len(text) - 1 and (
        (text[end] == "-" and text[end + 1].isalpha())
        or (text[end] in "’'" and text[end + 1].isupper())
    ):
        end += 1
        while end < len(text) and (text[end].isalnum()):
            end += 1
    if end < len(text) and text[end] == "." and _INITIALS.fullmatch(text[start:end]):
        m = _AFTER_INITIALS.match(text, end)
        if m and m.group(1) not in _OPENERS:
            end = m.end()  # "R.J" of "R.J. MacReady": the first name's initials, cut
    aka = _AKA.match(text, end)
    if aka and text[start].isupper():
        end = aka.end()
    return start, end


def _description_name(text: str, start: int, end: int, role: str, actors: set[str]) -> str | None:
    """ "plays a washed-up Wehrmacht officer, Captain Klenzendorf, with …", "a nurse named
    Greta Voss": the role found inside a description that goes on to name the character, the
    name. A role that is already a name ("Ada Lund") is left alone."""
    after = text[end : end + 40]
    if "," not in after and "named" not in after and "called" not in after:
        return None  # neither a name set after the description nor "named X" follows
    if sum(1 for w in role.split() if w[:1].isupper()) > 1:
        return None
    if not (role[:1].islower() or _after_determiner(text, start, allow_capitals=True)):
        return None
    m = (
        _NAMED_AFTER.match(text, end)
        or _CALLED_BY.match(text, end)
        or _APPOSED_NAME.match(text, end)
    )
    if m is None or not (role[:1].islower() or m.re is _APPOSED_NAME):
        return None
    name = m.group(1)
    words = name.split()
    if (
        fold(name) in actors
        or words[0] in _OPENERS
        or any(fold(w) in _surnames(actors) for w in words)
    ):
        return None
    return name


def _after_acronym(text: str, end: int, role: str, actors: set[str]) -> str | None:
    """ "plays ambitious TV anchor Katrine Holm,", "as the FBI agent Dale Brandt who": a part
    cut at the acronym that opens its description, the name the description goes on to."""
    if not (2 <= len(role) <= 5 and role.isupper() and role.isalpha()):
        return None
    m = _ACRONYM_NOUN_NAME.match(text, end)
    if m is None:
        return None
    return _unclaimed(m.group(1), actors)


def _subject_name(text: str, start: int, end: int, role: str, actors: set[str]) -> str | None:
    """ "The last, Park Hyun-gyu, is a soft-spoken factory worker played by X": a description
    that only says what the character named as the clause's subject is; the name."""
    if role.split()[0] not in _ARTICLES or not _PLAYED_BY.match(text, end):
        return None
    m = _SUBJECT_IS.search(text, max(0, start - 60), start)
    if m is None:
        return None
    return _unclaimed(m.group(1), actors)


def _unclaimed(name: str, actors: set[str]) -> str | None:
    """`name` as a part, unless it is a credited actor's or opens on a sentence's opener."""
    if fold(name) in actors or name.split()[0] in _OPENERS:
        return None
    return name


def _surnames(actors: set[str]) -> set[str]:
    return {a.split()[-1] for a in actors if a}


def _after_determiner(text: str, start: int, *, allow_capitals: bool = False) -> bool:
    """Whether the words before `start` in its clause are a determiner and up to three
    describing words ("the seasoned ", "a washed-up "): the role follows a description."""
    before = text[max(0, start - 60) : start].split()
    for word in reversed(before[-4:]):
        bare = word.strip("(“\"‘'")
        if bare != word and bare.lower() not in _DETERMINERS:
            return False  # a bracket or a quote opens between the words and the role
        if (bare.lower() in _DETERMINERS and bare[:1].islower()) or bare in ("The", "A", "An"):
            return True
        if bare.lower() in _CLAUSE_WORDS or not (
            bare[:1].islower() or (allow_capitals and bare[:1].isupper())
        ):
            return False
        if bare[-1:] in ",;:." or not re.fullmatch(r"[\w’'\-]+", bare):
            return False
    return False


def _with_version(text: str, start: int, role: str) -> str:
    """ "the adult Sophie, played by X" where another actor plays Sophie: the qualifier the
    credit writes before the name tells the two apart, and is kept."""
    if role.split()[0].lower() in _VERSIONS:
        return role
    m = _VERSION_BEFORE.search(text, max(0, start - 20), start)
    if m and m.group(1) in _VERSIONS:
        return f"{m.group(1)} {role}"
    return role


def _name_alone(text: str, start: int, words: list[str], page: _Page) -> str:
    """The role without the words set before the name that only describe: a word capitalised
    only because it opens the sentence ("Enter Katara", "Young Aki" where nobody else plays
    Aki), or a rank after a description ("the seasoned Inspector Bhupendra Singh"), dropped
    only when the page names the character without them elsewhere."""
    if len(words) < 2 or not words[0][:1].isupper():
        return " ".join(words)
    first = words[0].rstrip(".").lower()
    titled = first in _RANKS or (words[0].isupper() and 2 <= len(words[0]) <= 5)
    opening = (
        not titled
        and _opens_sentence(text, start)
        and (first in _STAGE_WORDS or _written_lower(page.text, first))
        and not _capitalised_inside(page.text, words[0])
    )
    # A rank before a full name, after describing words: "the seasoned Inspector Ravi Kohli"
    # (a rank before a surname alone, "the grumpy Captain Haddock", is how the part is called).
    # Either is dropped only where the page names the character without it.
    described = titled and len(words) >= 3 and _after_determiner(text, start)
    rest = words[1:]
    if (
        (opening or described)
        and all(w[:1].isupper() for w in rest)
        and _named_alone(page.text, " ".join(rest), words[0])
    ):
        return " ".join(rest)
    return " ".join(words)


def _written_lower(page: str, word: str) -> bool:
    """Whether the page writes `word` in lower case as a word of its own."""
    at = page.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not page[at - 1].isalnum()) and (
            end >= len(page) or not page[end].isalnum()
        ):
            return True
        at = page.find(word, at + 1)
    return False


def _opens_sentence(text: str, start: int) -> bool:
    head = text[:start].rstrip()
    return not head or head[-1] in _SENTENCE_END


def _capitalised_inside(page: str, word: str) -> bool:
    """Whether the page writes `word` capitalised inside a sentence (a name, not a word that
    the sentence's start capitalised)."""
    at = page.find(word)
    while at >= 0:
        end = at + len(word)
        if (end >= len(page) or not page[end].isalnum()) and (
            at == 0 or not page[at - 1].isalnum()
        ):
            head = page[max(0, at - 8) : at].rstrip(" “\"‘'(")
            if head and head[-1] not in _SENTENCE_END and head[-1] not in "\n:–—-":
                return True
        at = page.find(word, at + 1)
    return False


def _named_alone(page: str, name: str, dropped: str) -> bool:
    """Whether the page names `name` without the word `dropped` before it, as a whole name
    (not inside a longer run of capitalised words)."""
    at = page.find(name)
    while at >= 0:
        end = at + len(name)
        whole_end = end >= len(page) or not (page[end].isalnum() or page[end] in "-’'")
        head = page[max(0, at - 40) : at].rpartition("\n")[2]
        prev = head.split()[-1] if head.split() and head[-1:].isspace() else ""
        if (
            whole_end
            and (at == 0 or not page[at - 1].isalnum())
            and prev.strip("“\"‘'(") != dropped
            and not (prev[:1].isupper() and prev[-1:].isalnum())
        ):
            return True
        at = page.find(name, at + 1)
    return False


# Before "is played by": the subject, a name, then an aside on it set off by commas ("Haven
# Hamilton, the patriarch of the Grand Ole Opry, is", "Ikhlaq Khan, who goes by the alias
# Hafiz Ali, is"); the names inside the aside only describe the subject.
_ASIDE_SUBJECT = re.compile(
    rf"(?:^|\s)({_WORD}(?:\s+{_WORD}){{0,2}}),\s+(?:the|a|an|who|whose)\s[^,;:()]{{3,90}},"
    r"\s*(?:is|was)\s*$"
)


def aside_subject(sentence: str) -> str | None:
    """The name that is the subject of `sentence`, which ends "Name, <aside>, is" before
    "played by", or None."""
    if not sentence.endswith(("is ", "was ")):
        return None
    m = _ASIDE_SUBJECT.search(sentence)
    return m.group(1) if m else None


# Before "played by": a clause whose subject is a person described, not named ("The guide is",
# "where the clerk who takes their money is", "the judge who presides over the trial —"): a
# determiner, up to three words in lower case and the head noun, maybe a relative clause on it.
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:where|and|while|when)\s+)"
    r"((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'\-]*\s+){0,3}?([a-z][\w’'\-]*)"
    # what tells which one: "the inspector in charge", "a policeman numbered 223"
    r"(?:\s+(?:in|of|at|from)\s+(?:the\s+)?[a-z][\w’'\-]*|\s+numbered\s+\d+)?)"
    r"(?:\s+(?:who|whose)\s[^,;:()—–]{3,90}?)?"
    r"\s*(?:,|[—–]|\s(?:is|was))\s*$"
)
# Nouns for people of a story that no agent-noun ending shows.
_STORY_PEOPLE = frozenset("guide judge clerk chief cook monk maid nurse priest thief".split())


def described_subject(sentence: str, person_noun: Callable[[str], bool]) -> str | None:
    """The person described as the subject of `sentence`, which ends where "played by"
    follows ("The guide is"), or None; `person_noun` tells the nouns for people."""
    m = _DESCRIBED_SUBJECT.search(sentence)
    if m is None:
        return None
    head = m.group(2)
    if head not in _STORY_PEOPLE and not person_noun(head):
        return None
    return m.group(1)


# "Mitchell Stephens, as Ian Holm plays him, arrives": the part first, then "as", the actor and
# a verb of playing with the part as its object.
_ACTOR_PLAYS_PART = re.compile(
    rf"({_WORD}(?:\s+{_WORD}){{0,2}})\s+(?:plays|played|portrays|portrayed)\s+(?:him|her)[,;—–]"
)
_PART_BEFORE_AS = re.compile(rf"(?:^|[,;:]\s+|\.\s+)({_WORD}(?:\s+{_WORD}){{0,2}}),\s*$")


def actor_after_role(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(actor, part) when " as " at `start`..`end` opens "as <actor> plays him," after the part
    and its comma ("Mitchell Stephens, as Ian Holm plays him,"), else None."""
    m = _ACTOR_PLAYS_PART.match(text, end)
    if m is None:
        return None
    part = _PART_BEFORE_AS.search(text, max(0, start - 80), start)
    if part is None or part.group(1).split()[0] in _OPENERS:
        return None
    return m.group(1), part.group(1)


# "He is played by X", "Now played by X, she …": nothing before "played by" but a pronoun
# subject and its verb, or an adverb of time; the part is the one the sentence before is about.
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:Now|Later|Here|Then|Today),?\s*)?(?:(?:He|She)\s+(?:is|was)(?:\s+(?:now|then))?)?"
)
# "Adeel is a taxi driver who …": a name opening its sentence, described by "is a …".
_SUBJECT_DESCRIBED = re.compile(
    rf"(?:(?:And|But|Then|Now|Meanwhile)\s+)?({_WORD}(?:\s+{_WORD})?)\s+(?:is|was)\s+"
    r"(?:a|an|the|his|her|their)\s"
)


def pronoun_subject(sentence: str) -> bool:
    """Whether `sentence` (the words before "played by") is only a pronoun subject and its
    verb ("He is"), an adverb of time ("Now"), or both."""
    return _PRONOUN_SUBJECT.fullmatch(sentence.strip()) is not None


def subject_described(sentence: str) -> str | None:
    """The name `sentence` opens on when the sentence goes on to describe it ("Adeel is a
    taxi driver who …"), else None."""
    m = _SUBJECT_DESCRIBED.match(sentence.strip())
    if m is None or m.group(1).split()[0] in _OPENERS:
        return None
    return m.group(1)


# "plays opposite her as Murtasim", "stars alongside Ada Lund as …": the partner, then the part.
_PARTNER_AS = re.compile(
    rf"(?:opposite|alongside)\s+(?:him|her|them|{_WORD}(?:\s+{_WORD}){{0,2}})\s+as\s+(?=[A-Z])"
)


def as_after_partner(text: str, at: int) -> int | None:
    """Where the part starts when "opposite <partner> as " opens at `at`, else None."""
    m = _PARTNER_AS.match(text, at)
    return m.end() if m else None


# "That father is (played by)": a demonstrative and a noun for the person the text named before.
_DEMONSTRATIVE = re.compile(r"(?:That|This)\s+([a-z][\w\-]*)\s+(?:is|was)")


def named_before(sentence: str, before: str) -> str | None:
    """The name that `before` (the text ahead of `sentence`) gives the person `sentence` calls
    "that <noun>": "the father of the bride, Lalit Verma, worries … That father is", else None."""
    m = _DEMONSTRATIVE.fullmatch(sentence.strip())
    if m is None:
        return None
    noun = re.escape(m.group(1))
    named = re.findall(
        rf"\b[Tt]he\s+{noun}(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?,\s+({_WORD}(?:\s+{_WORD}){{0,2}}),",
        before,
    )
    return named[-1] if len(set(named)) == 1 else None
