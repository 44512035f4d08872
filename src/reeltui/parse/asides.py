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
stays: the first keeps the sentence from reading as a credit, the second is read as written,
unless it names the part after "playing" or after a participle's "as" ("X, playing Sepa, the
most devout of …, turns …", "X, lounging through the film as the playboy Monte Beragon, …"):
that aside is made the clause's own ("X plays Sepa, …, and turns …"), the part of another work
or time ("playing Tony in Y", "… before") left alone.

Cost: one search of each paragraph that names someone finds the places an aside can end, a
comma before a verb the readers of credits read ("…, is", "…, plays", "…, gives") or before
"playing"; only from there is the comma where the aside opens looked for, one or two commas
back. (A search of every comma that opens an aside cost several times as much.)
"""

from __future__ import annotations

import re

from reeltui.parse.credits import is_name, name_before, names_someone
from reeltui.text import literal_alternation

__all__ = ["lifted"]

# How an aside opens: a determiner, a relative word, a preposition, a participle, a word of
# time or of fame; and the next comma, before a word in lower case, comes within the aside's
# length (one search, from a literal ", ", finds the few commas where an aside can open).
_START = re.compile(
    r", (?:the|an?|who|whom|whose|in|so|fresh|now|then|still|long|one|known|better|yes|as|"
    r"with|until|once|veteran|[a-z]+(?:ing|ed))\b(?=[^,;:.!?()\"“”]{0,110}, [a-z])"
)

# Where an aside can end: before a verb the readers of credits read after a name ("X, …, is
# Y", "…, plays Y", "…, gives Y a …"); or where an aside that credits a part opens ("X, playing
# Y, …"). One search of a literal ", " finds the few places to look back from.
_CREDIT_STARTS = frozenset(("playing", "portraying"))
_ANCHOR = re.compile(
    r", ("
    + literal_alternation(
        """is was has had plays played gives gave makes made brings brought turns gets goes
        does lends steals delivers embodies carries registers looks seems proves shines
        captures manages holds nails offers finds anchors infuses imbues invests sells gets
        creates keeps remains becomes takes puts playing portraying""".split()
    )
    + r")\b"
)

# ", aside, verb": the aside opens with a word in lower case and holds no sentence stop, no
# bracket and no quote (a quoted title inside is an aside about another work: left alone); one
# comma inside is allowed before a word in lower case ("in a gentle, courtly performance").
_ASIDE = re.compile(r", ([a-z][^,;:.!?()\"“”]{1,110}), ([a-z]+)\b")
_ASIDE_TWO = re.compile(r", ([a-z][^,;:.!?()\"“”]{1,60}, [a-z][^,;:.!?()\"“”]{1,60}), ([a-z]+)\b")

# Words after the aside that are not a verb of the subject: the aside was not one.
_NOT_VERBS = frozenset(
    """
    and or but nor so yet then who whom whose which that what where when while whereas though
    although because if as like than with without in on at of for to from by into onto about
    he she they it we you i his her their its our your the a an this these those there here
    not also too even only just still meanwhile however perhaps always
    """.split()
)
# Verbs that end neither in "s" nor in "ed".
_BARE_VERBS = frozenset(
    "is was has had put did does can could will would may might must shall should gave made "
    "took got held brought caught kept left lent won stole sang".split()
)

# Words of the making of a film, of another work or of a credit inside the aside: it stays.
# (Looked up word by word, each word and each part of a hyphened one: a search of a pattern
# that opens on a word boundary tries every position of the aside.)
_KEPT_WORDS = frozenset(
    """
    as play plays playing played voice voices voiced voicing credited cast role part wrote
    write author critic editor co-star costar star stars starring character reprising
    """.split()
)
_KEPT_STARTS = (
    "direct", "writ", "novel", "produc", "creat", "compos", "film-maker", "filmmaker",
    "screen", "script", "cinematograph", "co-star", "costar", "portray",
)  # fmt: skip


def _kept(aside: str) -> bool:
    """Whether the aside holds a word of the making, of another work or of a credit."""
    for word in aside.replace("’", " ").replace("'", " ").split():
        if word in _KEPT_WORDS or word.startswith(_KEPT_STARTS):
            return True
        if "-" in word and any(
            part in _KEPT_WORDS or part.startswith(_KEPT_STARTS) for part in word.split("-")
        ):
            return True
    return False


# An aside that is itself the credit: "X, playing Sepa, turns …", "X, lounging through the film
# as the playboy Monte Beragon, embodies …": the part a run of capitalised words (a named part),
# after a determiner and describing words, then the aside ends or a description follows. (A bare
# "X, as Y, …" is left as written: the readers of credits read it so.)
_CREDIT_ASIDE = re.compile(
    r"(?:playing|portraying|[a-z]+ing\s(?:[a-z]+\s){0,5}as)\s+"
    r"((?:(?:the|his|her|their|an?)\s+(?:[a-z\-]+,?\s+){0,3})?"
    r"[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*)*)(?:,|$)"
)
# A part of another work or another time: "playing Tony in another film", "as Y once".
_ELSEWHERE = re.compile(r"\b(?:in|on|from|for|at|once|before|previously|earlier|again|who|which)\b")


def lifted(text: str) -> str:
    """`text` with each aside between a clause-opening full name and its verb taken out, and
    an aside that credits a part made the clause's own ("X, playing Y, turns …" read as "X
    plays Y, and turns …"); `text` itself when it has neither (see the module's docstring)."""
    if ", " not in text or not names_someone(text):
        return text  # (no full name: the readers of credits skip the paragraph too)
    out: list[str] = []
    done = 0
    for anchor in _ANCHOR.finditer(text):
        end = anchor.start()
        if anchor.group(1) in _CREDIT_STARTS:
            starts: tuple[int, ...] = (end,)  # "X, playing Y, turns …": the aside opens here
        else:  # "X, …, is": the aside opens at one of the two commas before the verb
            one = text.rfind(", ", max(done, end - 112), end)
            two = text.rfind(", ", max(done, end - 124), one) if one > 0 else -1
            starts = tuple(at for at in (two, one) if at >= 0)
        for at in starts:
            lift = _lift(text, at)
            if lift is None or end not in (at, lift[0] - 2):
                continue  # (none, or the verb of this aside is another than the anchor's)
            out.append(text[done:at] + lift[1])
            done = lift[0] - 1  # keep the space before the verb
            break
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def _lift(text: str, at: int) -> tuple[int, str] | None:
    """The aside opening at the comma `at`, if it is one to lift (see the module's docstring):
    where the verb after it starts, and what takes the aside's place."""
    if not text[text.rfind(" ", 0, at) + 1 : at][:1].isupper() or not _START.match(text, at):
        return None  # (no name ends before this comma, or no aside's first word follows it)
    m = _ASIDE.match(text, at)
    if m is None or not _verb(m.group(2)):
        m = _ASIDE_TWO.match(text, at)
    if m is None or not _verb(m.group(2)):
        return None
    aside = m.group(1)
    words = aside.split()
    if not words[0].endswith("ing") and not _KEPT_WORDS.isdisjoint(words):
        return None  # (a word of a credit or of the making, and no credit of its own: quickly)
    credit = _CREDIT_ASIDE.match(aside)
    part = aside[credit.start(1) :] if credit is not None else ""
    lift = credit is not None and not _MAKING.search(aside) and not _ELSEWHERE.search(part)
    if not lift and (_kept(aside) or _names_a_part(aside)):
        return None  # (the words of the aside are tested first: the cheaper test)
    name = name_before(text, at)
    if name is None or not is_name(name) or not _opens_clause(text, at - len(name)):
        return None
    return m.start(2), f" plays {part}, and" if lift else ""


_MAKING = re.compile(r"\b(?:direct\w*|wr[io]te|writ\w*|produc\w*|creat\w*|himself|herself)\b")


def _names_a_part(aside: str) -> bool:
    """Whether the aside ends on a name that is no work's ("a bald and hissing Feyd-Varn", "the
    lawyer Vincent"): the part itself, read as written; "fresh from The Office" is lifted."""
    words = aside.split()
    if not words[-1][:1].isupper():
        return False
    for word in reversed(words):
        if not word[:1].isupper():
            return word not in ("from", "of", "in", "on", "at")
    return True


def _verb(word: str) -> bool:
    """Whether `word` (in lower case) can be the verb of a sentence's subject."""
    if word in _NOT_VERBS:
        return False
    return (
        word in _BARE_VERBS
        or (word.endswith("s") and not word.endswith(("ss", "us")))
        or (word.endswith("ed"))
    )


def _opens_clause(text: str, start: int) -> bool:
    """Whether the name at `start` opens a sentence or a clause: a subject, not an object
    (maybe after a word for a performer: "and veteran X, one of …, is")."""
    for word in _PERFORMER_WORDS:
        if text.endswith(word, 0, start):
            start -= len(word)
            break
    head = text[max(0, start - 6) : start]
    return start == 0 or head.endswith((". ", "! ", "? ", "; ", ": ", "and ", "And ", "But "))


_PERFORMER_WORDS = ("veteran ", "newcomer ", "actor ", "actress ")
