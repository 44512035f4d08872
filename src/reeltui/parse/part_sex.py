"""Whether a character a pronoun might stand for can be the one it means.

"Sophie Thatcher is Iris, devoted to her boyfriend Josh; Jack Quaid plays him": "him" is not
Iris, whom the clause after her name shows to be a woman. "… to protect his pregnant wife,
Seong-kyeong. Ma Dong-seok plays him": "him" is not the wife. A name the sentence only quotes
("the question 'Where is Jessica Hyde?'") is a line of dialogue, never the part a later
"him" or "her" stands for.

The page's own words decide: a noun of kinship or sex just before the name ("his wife,
Seong-kyeong", "her brother Tom"), or the first possessive or subject pronoun of the clause
right after it ("Iris, devoted to her boyfriend"). Anything else tells nothing, and the
candidate stays.

The words after a name may also show it to be a person of the story at all, which `coref`
asks before it lets "him" or "her" stand for it: a relation to someone ("Shammi is Baby
Mol's brother-in-law"), or a description a "who" goes on from ("Enter Ethan, a bartender
and a bit of a playboy, who has …").
"""

from __future__ import annotations

import re

__all__ = ["named_of_sex", "other_sex", "person_sign_after", "pronoun_sex", "quoted"]

_FEMALE = frozenset(
    """
    woman girl daughter mother mum mam mom sister wife aunt aunty auntie niece grandmother
    granddaughter widow girlfriend fiancée queen princess heroine heiress matriarch landlady
    stepmother stepdaughter stepsister actress lady madame mrs ms miss
    """.split()
)
_MALE = frozenset(
    """
    man boy son father dad brother husband uncle nephew grandfather grandson widower
    boyfriend fiancé king prince hero patriarch landlord stepfather stepson stepbrother
    mr sir lord monsieur
    """.split()
)
# ("him" is left out: after a name it is the object, someone else.)
_PRONOUNS = {"her": "f", "she": "f", "herself": "f", "his": "m", "he": "m", "himself": "m"}
_CLAUSE_ENDS = ".;:!?()–—\n"


def pronoun_sex(after: str) -> str:
    """ "m" or "f" when `after` (the text right after a performance verb) opens with "him" or
    "her", else ""."""
    word = after[:4].lower()
    if word.startswith("him") and not after[3:4].isalpha():
        return "m"
    if word.startswith("her") and not after[3:4].isalpha():
        return "f"
    return ""


def other_sex(text: str, start: int, end: int, sex: str) -> bool:
    """Whether the page's words around the name at `text[start:end]` show it to be of the sex
    other than `sex` ("m" or "f"); False when they show nothing."""
    if not sex:
        return False
    shown = _sex_before(text, start) or _sex_after(text, end)
    return bool(shown) and shown != sex


def _sex_before(text: str, start: int) -> str:
    """ "his pregnant wife, Seong-kyeong", "her brother Tom": the noun just before a name."""
    words = text[max(0, start - 40) : start].split()
    if not words:
        return ""
    last = words[-1]
    bare = last.rstrip(",").lower()
    if bare in _FEMALE:
        return "f"
    if bare in _MALE:
        return "m"
    return ""


def _sex_after(text: str, end: int) -> str:
    """ "Iris, devoted to her boyfriend": the first pronoun of the clause set after the name
    by a comma or "who", within a few words."""
    rest = text[end : end + 50]
    if rest.startswith(", "):
        rest = rest[2:]
    elif rest.startswith(" who "):
        rest = rest[5:]
    else:
        return ""
    for raw in rest.split()[:6]:
        word = raw.strip(",’'\"”“").lower()
        if word in _PRONOUNS:
            return _PRONOUNS[word]
        if raw[:1].isupper() or any(c in _CLAUSE_ENDS for c in raw):
            return ""  # another name, or the clause ends: what follows is about someone else
    return ""


def quoted(text: str, at: int) -> bool:
    """Whether `at` stands inside a quotation that opens earlier in `text` (within a line of
    dialogue's reach: the 200 characters before)."""
    head = text[max(0, at - 200) : at]
    if head.count("“") > head.count("”"):
        return True
    return head.count('"') % 2 == 1


# "the working-class husband, Sang-hwa,", "his sister Pearl": a noun of sex, then a name.
_NOUN_THEN_NAME = re.compile(
    r"\b([a-z]+),?\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})(?=[,.;]|\s+who\b)"
)


def named_of_sex(sentence: str, sex: str) -> list[str]:
    """The names `sentence` sets right after a noun of the sex `sex` ("… the working-class
    husband, Sang-hwa, who …" for "m"), in order."""
    nouns = _MALE if sex == "m" else _FEMALE if sex == "f" else frozenset()
    if not nouns:
        return []
    return [m.group(2) for m in _NOUN_THEN_NAME.finditer(sentence) if m.group(1) in nouns]


# "Shammi is Baby Mol's brother-in-law", "Rita is his new producer": a relation to another.
_RELATION_AFTER = re.compile(
    r" (?:is|was) (?:(?:his|her|their)|(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*[’']s)"
    r"\s+((?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*)\b"
)
# "Ethan, a bartender and a bit of a playboy, who has …": a description a "who" goes on from.
_DESCRIBED_WHO = re.compile(r", (?:a|an|the) [a-z][a-z’'\- ,]{0,70}? who\s")


def person_sign_after(text: str, end: int) -> str | None:
    """How the words right after a name show it to be a person of the story: its relation to
    someone ("is Baby Mol's brother-in-law": "m"), or a description that goes on with "who"
    (""); None when they show neither."""
    after = text[end : end + 90]
    m = _RELATION_AFTER.match(after)
    if m is not None:
        for word in reversed(m.group(1).split()):
            if word in _RELATIONS:
                return _RELATIONS[word]
    if _DESCRIBED_WHO.match(after):
        return ""
    return None


_RELATIONS: dict[str, str] = {
    **dict.fromkeys(_FEMALE, "f"),
    **dict.fromkeys(_MALE, "m"),
    **dict.fromkeys("brother-in-law son-in-law father-in-law".split(), "m"),
    **dict.fromkeys("sister-in-law daughter-in-law mother-in-law".split(), "f"),
    **dict.fromkeys(
        """
        friend partner colleague boss neighbour neighbor cousin child kid teacher student
        producer assistant rival enemy lover mentor employer employee
        """.split(),
        "",
    ),
}
