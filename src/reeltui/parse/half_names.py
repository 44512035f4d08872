"""Half a name credited as a whole one: the page's fuller form of it is the actor.

Two shapes give a part of a name that looks like a name of its own:

- a surname with a particle, "De Niro", "Van Dyke", "Di Caprio": two capitalised words, read as
  a first name and a surname. When the page gives the name with one more word before it
  ("Robert De Niro" in a heading or a caption), and only one such, that is the actor;
- a name cut before its last word, the rest read as the part: "Shah Rukh" playing "Khan" from a
  cast line "Shah Rukh Khan" (the page calls him "Shah Rukh" too). When the page names the name
  and the part together as one run ("the Shah Rukh Khan of chiffon sarees"), the part is the
  name's tail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reeltui.model import Credit
from reeltui.parse.credits import is_name

__all__ = ["prose_forms", "whole_names"]

# Particles that open a surname of two words or more.
_PARTICLES = frozenset(
    "De Di Da Del Della Des Du Dos Das Van Von Ver Le La Ten Ter Mac St. Al El".split()
)


def _particle_owner(actor: str, units: Sequence[str]) -> str | None:
    """The one fuller name the page gives that ends with `actor`, a surname with a particle."""
    words = actor.split()
    if len(words) != 2 or words[0] not in _PARTICLES:
        return None
    pattern = re.compile(r"\b[A-Z][\w’'\-.]+\s+" + re.escape(actor) + r"(?![\w’'\-])")
    owners = {m.group() for unit in units if actor in unit for m in pattern.finditer(unit)}
    if len(owners) != 1:
        return None
    owner = next(iter(owners))
    return owner if is_name(owner) and owner.split()[0] not in _PARTICLES else None


def _name_with_part(credit: Credit, texts: Sequence[str]) -> str | None:
    """The name and its one-word part run together in the prose ("Shah Rukh Khan"), so the
    part is the name's last word."""
    role = credit.role
    if not role or " " in role or not role[:1].isupper() or len(role) < 2:
        return None
    whole = f"{credit.actor} {role}"
    if not any(whole in t for t in texts) or not is_name(whole):
        return None
    return whole if any(_stands_alone(whole, t) for t in texts if whole in t) else None


def _stands_alone(name: str, text: str) -> bool:
    """Whether `name` stands in `text` as a whole run of words."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "’'-" or after.isalnum() or after == "-"):
            return True
        at = text.find(name, end)
    return False


def whole_names(cast: Sequence[Credit], texts: Sequence[str], units: Sequence[str]) -> list[Credit]:
    """The cast with each half name made whole (see the module's doc); where the whole name is
    credited too, the two are one credit, in the first's place, with a part either gives."""
    out: list[Credit] = []
    where: dict[str, int] = {}
    for credit in cast:
        whole = _name_with_part(credit, texts)
        if whole is not None:
            credit = Credit(whole, None)
        else:
            owner = _particle_owner(credit.actor, units)
            if owner is not None:
                credit = Credit(owner, credit.role)
        at = where.get(credit.actor)
        if at is None:
            where[credit.actor] = len(out)
            out.append(credit)
        elif out[at].role is None and credit.role:
            out[at] = Credit(credit.actor, credit.role)
    return out


# Words that end a name and are part of it: a name without them is another person's.
_SUFFIXES = frozenset("Jr Jr. Sr Sr. II III IV".split())


def prose_forms(cast: Sequence[Credit], texts: Sequence[str]) -> list[Credit]:
    """The cast with each name as the review's text writes it: a cast list may give a fuller
    form ("Tony Leung Chiu-wai", a given name after the family name; a second surname) of a
    name the text only ever writes shorter ("Tony Leung"); the text's form, a whole name of two
    words or more, is the page's name for the actor. A name the text writes in full stays."""
    out: list[Credit] = []
    taken = {c.actor for c in cast}
    for credit in cast:
        words = credit.actor.split()
        if (
            len(words) >= 3
            and words[-1] not in _SUFFIXES
            and not any(credit.actor in t for t in texts)
        ):
            for size in range(len(words) - 1, 1, -1):
                head = " ".join(words[:size])
                if head.endswith(".") or head in taken:
                    continue
                if any(_stands_alone(head, t) for t in texts if head in t):
                    credit = Credit(head, credit.role)
                    break
        out.append(credit)
    return out
