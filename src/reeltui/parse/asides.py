"""Asides lifted out of a sentence's subject, so the credit around them reads as one clause.

Reviews often set an aside between an actor's name and the verb that credits them: "X, the
Scottish actress, is Deirdre", "X, who was barely twenty, gives Hari …", "X, in her film
debut, makes the girl unsettling", "X, fresh from another film, plays …". The readers of
credits (`roles.prose_roles`) read "X is Y", "X gives Y …", "X makes Y …" with the verb right
after the name; `lifted` hands them the sentence with the aside taken out.

An aside is lifted only when all of this holds: a full name opens the sentence or clause; the
aside starts with a word in lower case (not the next name of a list: "X, Y and Z are …"), runs
to the next comma within the sentence, and is followed by a word in lower case that can be a
verb. An aside that says what the person does in making the film ("X, who wrote the novel,
…", "X, the director, …") or that itself credits a part ("X, playing Sepa, …", "X, as Y, …")
stays: the first keeps the sentence from reading as a credit, the second is read as written.
"""

from __future__ import annotations

import re

from reeltui.parse.credits import is_name, name_before

__all__ = ["lifted"]

# ", aside, verb": the aside opens with a word in lower case and holds no sentence stop, no
# bracket and no quote (a quoted title inside is an aside about another work: left alone).
_ASIDE = re.compile(r", ([a-z][^,;:.!?()\"“”]{1,110}), ([a-z]+)\b")

# Words after the aside that are not a verb of the subject: the aside was not one.
_NOT_VERBS = frozenset(
    """
    and or but nor so yet then who whom whose which that what where when while whereas though
    although because if as like than with without in on at of for to from by into onto about
    he she they it we you i his her their its our your the a an this these those there here
    not also too even only just still meanwhile however perhaps
    """.split()
)

# Words of the making of a film, of another work or of a credit inside the aside: it stays.
_KEPT = re.compile(
    r"\b(?:as|play|plays|playing|played|voice|voices|voiced|voicing|credited|cast|role|part|"
    r"direct\w*|wr[io]te|writ\w*|author|novel\w*|produc\w*|creat\w*|compos\w*|film-?maker|"
    r"screen\w*|script\w*|critic|editor|cinematograph\w*|co-?star\w*|star|stars|starring|"
    r"character|reprising|portray\w*)\b"
)


def lifted(text: str) -> str:
    """`text` with each aside between a clause-opening full name and its verb taken out (see
    the module's docstring); `text` itself when it has none."""
    if ", " not in text:
        return text
    out: list[str] = []
    done = 0
    for m in _ASIDE.finditer(text):
        if m.start() < done or m.group(2) in _NOT_VERBS:
            continue
        name = name_before(text, m.start())
        if name is None or not is_name(name):
            continue
        start = m.start() - len(name)
        if not _opens_clause(text, start):
            continue
        if _KEPT.search(m.group(1)):
            continue
        out.append(text[done : m.start()])
        done = m.start(2) - 1  # keep the space before the verb
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _opens_clause(text: str, start: int) -> bool:
    """Whether the name at `start` opens a sentence or a clause: a subject, not an object."""
    head = text[max(0, start - 6) : start]
    return start == 0 or head.endswith((". ", "! ", "? ", "; ", ": ", "and ", "And ", "But "))
