"""A paragraph of credits standing where the review's text would: "Rashomon. Directed by Akira
Kurosawa. Daiei, 1950. 88 minutes. Screenplay by Kurosawa and Shinobu Hashimoto. With Toshiro
Mifune, Machiko Kyo.", or "Produced by A; directed by B; screenplay by C; starring D, E.
Blu-ray, B&W, 143 min. A Criterion Collection release."

Such a paragraph is a list of clauses, each a credit ("directed by X", "starring A, B"), a
fact (a running time, a company and a year, a format, a certificate) or the title alone. A
sentence of the review may hold a credit or two, but never only credits and facts: the rule
asks that every clause but one be of those kinds, and that two of them name people.
"""

from __future__ import annotations

import re

__all__ = ["credits_year", "is_credits_paragraph"]

#: The fewest clauses a credits paragraph holds, and the most words in one of them.
_MIN_CLAUSES = 3
_CLAUSE_WORDS = 40

# Clauses end at ";" or at a full stop before a capital (not after an initial or "Jr.").
_SPLIT = re.compile(r"\s*;\s*|(?<![A-Z])(?<!\bJr)(?<!\bSr)(?<!\bSt)\.\s+(?=[A-Z0-9])")
# A maker's credit: the job, then "by" and a capitalised name ("Directed by Akira Kurosawa",
# "screenplay by A and B", "cinematography by", "music by", "produced by").
_BY = re.compile(
    r"(?i:(?:co-)?produced|(?:co-)?directed|written(?:\s+and\s+directed)?|screenplay|script"
    r"|story|teleplay|cinematography|photography|photographed|(?:film\s+)?edit(?:ed|ing)"
    r"|music|score|production\s+design(?:ed)?|designed|costumes?(?:\s+design)?|sound"
    r"|animation|adapted)\s+by\s+[A-Z]"
    r"|^(?i:based\s+on\s+(?:the\s+)?(?:novel|play|book|story|memoir))\b"
)
# The cast: "Starring A, B", "With A, B and C", "Featuring A", "Cast: A, B".
_CAST = re.compile(r"^(?i:starring|with|featuring|cast\s*:)\s+[A-Z]")
# Facts: a running time, a company and its year, formats, a certificate, a release's label.
_FACT = re.compile(
    r"^\d{2,3}\s*(?:minutes|mins?)\.?$"
    r"|^[A-Z][\w&.’' -]{0,40},\s*(?:19|20)\d\d\.?$"
    r"|^(?i:(?:blu-ray|dvd|4k(?:\s+uhd)?|uhd|b&w|black[- ]and[- ]white|colou?r|mono|stereo"
    r"|\d{2,3}\s*(?:minutes|mins?)|(?:19|20)\d\d|rated\s+[\w-]+|not\s+rated|unrated)"
    r"(?:\s*,\s*|\s+|$))+\.?$"
    r"|^(?:An?\s+)?[A-Z][\w&.’' -]{1,50}\s+(?i:release|presentation|production)\.?$"
    r"|^Rated\s+[A-Z0-9][\w-]*\b"
)
# The title alone, leading the paragraph: a few capitalised words and no verb.
_TITLE = re.compile(r"^[A-Z0-9][\w’'&:!?,-]*(?:\s+[\w’'&:!?,()-]+){0,7}\.?$")


def _clauses(unit: str) -> list[str]:
    return [part.strip() for part in _SPLIT.split(unit.strip()) if part.strip()]


def is_credits_paragraph(unit: str) -> bool:
    """True when `unit` is a paragraph of credits and facts only (see the module's
    docstring): three clauses or more, every one a credit, a fact or, first, the title."""
    if " by " not in unit and "tarring" not in unit and "With " not in unit:
        return False
    clauses = _clauses(unit)
    if len(clauses) < _MIN_CLAUSES:
        return False
    people = 0
    for n, clause in enumerate(clauses):
        if clause.count(" ") >= _CLAUSE_WORDS:
            return False
        if _BY.match(clause) or _CAST.match(clause):
            people += 1
        elif _FACT.match(clause) or (n == 0 and _TITLE.match(clause) and clause[:1].isupper()):
            continue
        else:
            return False
    return people >= 2


# The clause of a credits paragraph that dates the film: "Daiei, 1950", "1950".
_YEAR_CLAUSE = re.compile(r"^(?:[A-Z][\w&.’' -]{0,40},\s*)?((?:19|20)\d\d)\.?$")


def credits_year(units: list[str], title: str) -> int | None:
    """The year a credits paragraph of the film gives ("Rashomon. Directed by Akira Kurosawa.
    Daiei, 1950. 88 minutes. With …"): a paragraph that opens on the title, of credits and
    facts only, with one clause of a company and a year or a year alone; None when there is
    none, or when such paragraphs give two years."""
    if len(title) < 2:
        return None
    years: set[int] = set()
    for unit in units:
        if not unit.startswith(title) or unit[len(title) : len(title) + 1] not in (".", ":"):
            continue
        if not is_credits_paragraph(unit):
            continue
        for clause in _clauses(unit):
            m = _YEAR_CLAUSE.match(clause)
            if m:
                years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None
