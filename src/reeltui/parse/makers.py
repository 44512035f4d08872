"""The film's director where the page names them only as the film's owner: "F.W. Murnau's
Nosferatu", "Kogonada's 'Columbus'", "Hayao Miyazaki's film", "Fazil's psychological thriller",
"Juzo Itami's 1985 comedy". A film page that credits nobody else says whose film it is this way.

Read only when no label, credit line or prose sentence gave a director, and only on a film's
page (a series' owner is its creator). Every owner the page names so must be the same person:
another film's maker compared ("like Spielberg's film"), someone's earlier or later work ("her
first film", "his next movie"), another film named after the phrase ("Lima's 2019 film, Night
Tide"), a sentence about another work ("Unlike the original, X's Title never smiles") and an
owner the page credits as cast are left out; two owners give nothing.

A name the page writes once in full ("Juzo Itami") stands for its surname alone; a name of one
word is taken only as the page writes it: capitalised, never in lower case, never after
another capitalised word ("Kogonada"), and named twice or more.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from reeltui.parse.credits import is_name
from reeltui.parse.cues import split_at
from reeltui.parse.prose_facts import clause_owner
from reeltui.text import fold

__all__ = ["owner_director"]

_POSSESSIVE = re.compile(r"[’']s\s|(?<=s)[’']\s")
# The owner's name before the possessive: capitalised words, initials ("F.W."), a particle.
_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w.\-]*|de|da|van|von|del|la|le|bin)(?:\s+(?:[A-Z][\w.\-]*|de|da|van|von|del"
    r"|la|le|bin)){0,3})$"
)
_NOUNS = (
    "film|movie|picture|feature|classic|masterpiece|drama|comedy|thriller|horror|western"
    "|musical|documentary|epic|romance|satire|noir|melodrama|fable|animation|anime|shocker"
)
# After the possessive: perhaps a year and a word or two, then a word for a film.
_OWNED_FILM = re.compile(
    rf"(?:(?:19|20)\d\d\s+)?(?:[\w’'-]+\s+){{0,2}}?(?:{_NOUNS})s?\b", re.IGNORECASE
)
# Someone's other work: "her first film", "his next movie", "Lima's 2019 film, Night Tide".
_OTHER = re.compile(
    r"(?i)^(?:(?:19|20)\d\d\s+)?(?:[\w’'-]+\s+)?(?:first|last|latest|next|previous|earlier|later"
    r"|other|second|third|debut|early|final|new|upcoming|breakout|best|worst)\b"
)
# Before the owner: another film set beside this one, or a list of works.
_COMPARED = re.compile(
    r"(?i)(?:^|\W)(?:like|unlike|than|since|after|before|from|including|recalls?|recalling"
    r"|echoes|echoing|evokes|with|and|or|to|of)\s+(?:the\s+)?$"
)
_QUOTES = "‘“\"'"
# A job before the owner's name: the film is theirs only as crew or cast.
_JOB_BEFORE = re.compile(
    r"(?i)\b(?:photography|cinematographer|dp|composer|editor|director|designer|writer"
    r"|screenwriter|producer|star|actor|actress|novelist|author)\s+$"
)
# What someone's part of the film is called after its title: "X's Title photography".
_CREW_WORK = frozenset(
    "photography cinematography camera score music soundtrack editing design costumes script"
    " screenplay performance role turn lighting sound effects".split()
)
# The cut between two sentences (its group; `split_at` splits at it).
_SENTENCES = re.compile(r"[.!?](\s+)(?=[A-Z‘“\"'])")
# A sentence about another work than the film: its remake, its original, a book.
_OTHER_WORK = re.compile(
    r"(?i)\b(?:remake|remade|reboot|sequel|prequel|original|version|novel|book|play|comic)\b"
)


def _owners(text: str, title: str) -> list[str]:
    """The owners, as written, of this film in one text: "X's Title" or "X's … film"."""
    found: list[str] = []
    for m in _POSSESSIVE.finditer(text):
        head = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if head is None:
            continue
        owner = clause_owner(head.group(1).strip()) or ""
        if not owner[:1].isupper() or (title and fold(owner) in fold(title)):
            continue
        at = text.rfind(owner, head.start(), m.start())
        if _COMPARED.search(text, max(0, at - 30), at):
            continue  # "like Spielberg's film", "the films of X's …"
        if _JOB_BEFORE.search(text, max(0, at - 40), at):
            continue  # "Director of photography X's …": the crew's, not the film's maker
        rest = text[m.end() : m.end() + 120]
        if title and rest.lstrip(_QUOTES).startswith(title):
            tail = rest.lstrip(_QUOTES)[len(title) :].lstrip(_QUOTES + "’” ").split(" ", 1)[0]
            if tail.strip(",.;:!?").lower() not in _CREW_WORK:
                found.append(owner)  # "Murnau's Nosferatu", not "X's Title photography"
            continue
        owned = _OWNED_FILM.match(rest)
        if owned is None or _OTHER.match(rest):
            continue
        after = rest[owned.end() : owned.end() + 50]
        if re.match(r",?\s+[‘“'\"]?[A-Z0-9]", after) and not (
            title and after.lstrip(" ," + _QUOTES).startswith(title)
        ):
            continue  # "Lima's 2019 film, Night Tide": another film, named
        found.append(owner)
    return found


def owner_director(
    title: str,
    texts: Sequence[str],
    *,
    surnames: Callable[[], dict[str, str]],
    person: Callable[[str], bool],
) -> str | None:
    """The one person `texts` name as the film's owner ("X's Title", "X's 1985 comedy"), as a
    full name (`surnames` maps a surname to the full name the page writes once) or a name of
    one word the page writes as a name; None when there is none, or more than one, or when
    `person` (the caller's test: not cast, not a company) refuses them."""
    written: list[str] = []
    for text in texts:
        if "’" not in text and "'" not in text:
            continue
        for sentence in split_at(_SENTENCES, text):
            if ("’" in sentence or "'" in sentence) and not _OTHER_WORK.search(sentence):
                written.extend(_owners(sentence, title))
    if not written:
        return None
    names: dict[str, str] = {}
    prose = " ".join(texts)
    for owner in written:
        name: str | None = owner if is_name(owner) else None
        if name is None and " " not in owner:
            name = surnames().get(fold(owner)) or (owner if _mononym(owner, prose) else None)
        if name is None:
            return None  # an owner we cannot read: no guess
        names.setdefault(fold(name.split()[-1]), name)
    if len(names) != 1:
        return None
    name = next(iter(names.values()))
    return name if person(name) else None


def _mononym(word: str, prose: str) -> bool:
    """True when the page writes `word` as a name of one word: at least four letters, twice
    or more, never in lower case, never after another capitalised word."""
    if len(word) < 4 or not word[:1].isupper() or not word[1:].islower():
        return False
    if prose.count(word) < 2 or re.search(rf"(?<![\w’'-]){re.escape(word.lower())}\b", prose):
        return False
    return re.search(rf"\b[A-Z][\w’'.-]+ {re.escape(word)}\b", prose) is None
