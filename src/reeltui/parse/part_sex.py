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
"""

from __future__ import annotations

import re

__all__ = ["named_of_sex", "other_sex", "pronoun_sex", "quoted"]

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
    """Whether `at` stands inside a quotation that opens earlier in `text`."""
    head = text[:at]
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
