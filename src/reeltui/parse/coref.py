"""Credits whose actor and part are named apart: a pronoun, or the sentence before, joins them.

Reviews often name a character in one place and the actor who plays it in another:

- "Alan Zaveri, a buttoned-up guy, … . Charlie Barnett plays him with …": "him" is the
  character the sentence before (or the same sentence, earlier) introduces;
- "Saro, a young weaver, leaves his village. He is played by Kunle Remi.";
- "The show belongs to Nawazuddin Siddiqui. As Gaitonde he is …" (or "Playing Gaitonde, he
  …"): "he" is the one person the sentence before names;
- "Brian Cox remains the centre of it. His Logan Roy is …", "… Zahn McClarnon truther. He plays
  Officer Big";
- "Icey Spoon, the busybody …, whom Evelyn Varden plays as …";
- "Simon, the fisherman, is a gambler in debt. X gives him a loud, frantic energy": a quality
  of acting given to the one name the sentence before is about, described as a person.

Each anaphor is resolved only against the sentence that holds it and the one before, and only
when one candidate fits: a character needs some sign on the page that it is a person of the
story (a description, a relation, "named"), and is never a credited actor, a maker, the film's
title or a part another actor already has; an actor is someone the page credits, or a full name
the sentence before names alone. Anything less certain is left alone: a wrong credit is worse
than none.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import Protocol

from reeltui.parse.credits import is_name
from reeltui.parse.part_sex import person_sign_after, quoted
from reeltui.text import fold


class Known(Protocol):
    """What this step asks of the credits read so far (`roles.Known`)."""

    @property
    def actors(self) -> Mapping[str, str]: ...

    @property
    def not_actors(self) -> Collection[str]: ...

    def full(self, name: str) -> str | None: ...


__all__ = ["coreferent_roles", "quality_of_acting"]

Pair = tuple[str, str | None]

# A sentence ends at ".", "!" or "?" (maybe with a closing quote) before white space and a
# capital or an opening quote; an initial or a short title's full stop ends none.
_STOP = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z])")
_ABBREVIATIONS = frozenset("Mr Mrs Ms Dr St Jr Sr Lt Col Gen Sgt Capt Det Prof Rev Fr Mt".split())

# A capitalised run: a name as a page writes it ("Helly R.", "Colonel Mathieu", "Ali La
# Pointe", "Kwak Seol-young"), ended by a possessive when it has one.
_RUN = re.compile(
    r"[A-Z][\w’'\-]*(?:\.(?=\s+[A-Z]))?(?:\s+(?:(?:de|da|del|van|von|la|le|bin|al)\s+)?"
    r"[A-Z][\w’'\-]*(?:\.(?=[\s,;]))?)*(?:[’']s\b)?"
)
# Words that open sentences or stand capitalised without naming anyone.
_NOT_NAMES = frozenset(
    """
    a an the and but or so yet as at by for from in into of on to with without while when where
    which who whom whose what why how if unless because this that these those there here it its
    his her their our your my we they he she you i meanwhile also even still then thus however
    although though after before during since until both each every all some most many much
    such like unlike yes no now later soon once only just not never around into onto over under
    enter meet cast starring with season episode part chapter act
    ah oh ok okay well hey alas wow sure indeed sadly happily luckily
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december christmas easter god
    oscar oscars emmy emmys netflix hbo bbc amazon apple hulu disney
    """.split()
)
# Words before a name that make it a place, a work or a thing rather than a person.
_THING_BEFORE = frozenset("a an the of in at from on into onto across through near via".split())
# The same before a person's name, where "a" may stand ("a Zahn McClarnon truther").
_WORK_BEFORE = _THING_BEFORE - {"a", "an"}
# Nouns for people of a story: after a name and its comma ("Saro, a young cloth weaver,"), or
# right before it ("his sister Pearl", "the youngest, Franky").
_PERSON_NOUNS = frozenset(
    """
    man woman boy girl kid child son daughter father mother dad mum mam mom brother sister
    husband wife uncle aunt aunty auntie nephew niece cousin grandfather grandmother grandson
    granddaughter widow widower friend girlfriend boyfriend lover partner fiance fiancé
    fiancée neighbour neighbor colleague boss owner detective inspector officer cop policeman
    sergeant constable commander captain colonel general soldier doctor nurse teacher student
    lawyer judge priest nun king queen prince princess chief leader villain hero heroine
    gangster hitman killer assassin thief agent spy reporter journalist singer dancer worker
    weaver farmer labourer laborer clerk businessman businesswoman tycoon mogul heir heiress
    patriarch matriarch stranger guest host landlady landlord maid servant housekeeper
    investigator analyst engineer hacker scientist biologist consultant salesman
    superior subordinate partner sidekick mate wife's eldest youngest younger elder older
    protagonist antagonist narrator consultant employee recruit orphan teenager teen lad lass
    daughter-in-law son-in-law brother-in-law sister-in-law mother-in-law father-in-law
    stepfather stepmother stepbrother stepsister half-brother half-sister twin twins
    """.split()
)
_FEMALE = frozenset(
    """
    woman girl daughter mother mum mam mom sister wife aunt aunty auntie niece grandmother
    granddaughter widow girlfriend fiancée queen princess nun heroine heiress matriarch
    landlady maid lass actress mrs ms miss lady madame
    """.split()
)
_MALE = frozenset(
    """
    man boy son father dad brother husband uncle nephew grandfather grandson widower boyfriend
    king prince priest hero businessman patriarch landlord lad mr sir lord monsieur
    """.split()
)
# Verbs of performance whose object is the part: "X plays him", "X gives her a …".
_PLAY_VERBS = frozenset("plays played play voices voiced portrays portrayed".split())
_GIVE_VERBS = frozenset("gives gave lends lent makes made".split())
_PLAY_ENDS = tuple(f" {verb}" for verb in _PLAY_VERBS)
# What follows "plays him" when the verb is not about a part: "plays him like a fiddle".
_NOT_PART_AFTER = (
    "like ", "off ", "for a", "against ", "at ", "a ", "an ", "the ", "some ", "his ", "her ",
    "back", "up ", "down ",
)  # fmt: skip


def coreferent_roles(
    texts: Sequence[str], known: Known, found: Sequence[Pair], title: str = ""
) -> list[Pair]:
    """Credits that join an actor to a part named in another clause or sentence (see the
    module's docstring). `found` holds the credits read so far: their parts are taken, and an
    actor who has a part already is given no other."""
    joined = "\n".join(texts)
    ends = list(accumulate(len(text) + 1 for text in texts))
    spots = _spots(joined)
    if not spots:
        return []
    page = _Page(texts, known, found, title, joined)
    out: list[Pair] = []
    for n in sorted({bisect_right(ends, at) for at in spots}):
        before = _last_sentences(texts[n - 1]) if n else ("", "")
        for sentence in _sentences(texts[n]):
            for actor, role in page.read(sentence, before):
                if page.accept(actor, role):
                    out.append((actor, role))
            before = (before[1], sentence)
    return out


def _spots(text: str) -> list[int]:
    """Where the page may hold one of the anaphors read here: the cheap test, made on the
    whole page at once with a few plain searches (most pages hold none)."""
    spots: list[int] = []
    for word in (" him", " her"):
        at = text.find(word)
        while at != -1:
            verb = text[text.rfind(" ", max(0, at - 14), at) + 1 : at]
            if verb in _PLAY_VERBS or verb in _GIVE_VERBS or verb == "as":
                spots.append(at)
            at = text.find(word, at + 4)
    # A sentence's first word: "He is played by", "As Gaitonde", "His Logan Roy".
    for lead in ("He", "She ", "As ", "His ", "Playing "):  # ("He" finds "Her " too)
        at = text.find(lead)
        while at != -1:
            if (at == 0 or text[at - 1] == "\n" or text[at - 2 : at] == ". ") and _opens(text, at):
                spots.append(at)
            at = text.find(lead, at + 2)
    for word in _INNER_PLAYS:
        at = text.find(word)
        while at != -1:
            spots.append(at)
            at = text.find(word, at + 4)
    for word in (" the role", " the part"):
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            after = text[end : end + 1]
            if (after in _PART_ENDS or text.startswith(_PART_JOINS, end)) and text[
                max(0, at - 5) : at
            ].endswith(_PART_BEFORE):
                spots.append(at)
            at = text.find(word, end)
    for word in (" gives ", " makes ", "whom "):
        at = text.find(word)
        while at != -1:
            if text[at + len(word) : at + len(word) + 1].isupper():
                spots.append(at)
            at = text.find(word, at + 1)
    at = text.find(" brings ")
    while at != -1:
        to = text.find(" to ", at, at + 100)
        if to != -1 and text[to + 4 : to + 5].isupper():
            spots.append(at)
        at = text.find(" brings ", at + 1)
    return spots


def _opens(text: str, at: int) -> bool:
    """Whether the sentence at `at` opens with an anaphor: "He is played by", "As Y", "His Y"."""
    if not text.startswith(_OPENINGS, at):
        return False
    space = text.find(" ", at, at + 5) + 1
    if text.startswith(("He ", "She "), at):
        return text.startswith(_PRONOUN_VERBS, space)
    return text[space : space + 1].isupper()


# "…, and here he plays Jack with …": a pronoun that plays, inside its sentence.
_INNER_PLAYS = (" he plays ", " she plays ", " he voices ", " she voices ")
# What the cheap test looks for around its words.
_OPENINGS = ("He ", "She ", "As ", "His ", "Her ", "Playing ")
_PRONOUN_VERBS = ("is played", "was played", "is voiced", "was voiced", "plays ", "voices ")
_PART_ENDS = frozenset(("", ".", ",", ";", ":"))
_PART_JOINS = (" and ", " with ", " but ")
_PART_BEFORE = (" in", " to", "into")


def _sentences(text: str) -> Iterator[str]:
    start = 0
    for m in _STOP.finditer(text):
        word = text[max(0, m.start() - 5) : m.start()].split()[-1:] or [""]
        last = word[0]
        if len(last) == 1 and last.isupper():
            continue  # "Helly R. wakes": an initial
        if last.strip('("“') in _ABBREVIATIONS:
            continue
        yield text[start : m.start() + 1]
        start = m.end()
    if start < len(text):
        yield text[start:]


def _last_sentences(text: str) -> tuple[str, str]:
    """The last two sentences of a paragraph (the first maybe empty)."""
    two = ("", "")
    for sentence in _sentences(text):
        two = (two[1], sentence)
    return two


class _Page:
    """What the resolution asks of the page: who is credited, what is taken, who is a person
    of the story."""

    def __init__(
        self, texts: Sequence[str], known: Known, found: Sequence[Pair], title: str, joined: str
    ):
        self.texts = texts
        self._joined = joined
        self.known = known
        self.title = fold(title) if title else ""
        if self.title and ("title character" in joined or "title role" in joined):
            self.title = ""  # a film named after its hero: the title is a part too
        self.taken = {fold(role) for _, role in found if role}
        # (a part only described in lower case, "as a dead woman", leaves room for a name)
        self.with_part = {fold(actor) for actor, role in found if role and not role[:1].islower()}
        self.credited = {fold(actor) for actor, _ in found} | set(known.actors)
        self._before = ("", "")
        self._evidence: dict[str, str | None] = {}

    # --- who a name is ---------------------------------------------------------------------

    def actor(self, name: str) -> str | None:
        """The credited actor `name` stands for (a full name or a surname)."""
        return self.known.full(name)

    def maker(self, name: str) -> bool:
        return fold(name) in self.known.not_actors

    def titled(self, name: str) -> bool:
        key = fold(name)
        return bool(self.title) and (key == self.title or key in self.title.split(" : "))

    def joined(self) -> str:
        return self._joined

    def person_sign(self, name: str) -> str | None:
        """How the page shows `name` to be a person of the story: "f" or "m" when the sign
        tells a sex ("his sister Pearl", "Mrs Kehoe"), "" when not ("Saro, a young weaver"),
        None when it shows nothing."""
        if name in self._evidence:
            return self._evidence[name]
        text = self.joined()
        sign: str | None = None
        at = text.find(name)
        while at != -1 and sign != "f" and sign != "m":
            end = at + len(name)
            whole = not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum()
            found = _sign_at(text, at, end) if whole else None
            if found is not None:
                sign = found
            at = text.find(name, end)
        self._evidence[name] = sign
        return sign

    # --- reading a sentence ----------------------------------------------------------------

    def read(self, sentence: str, before: tuple[str, str]) -> Iterator[Pair]:
        """(actor, part) pairs the anaphors of `sentence` give; `before` holds the two
        sentences before it."""
        self._before = before
        previous = before[1]
        for word in (" him", " her"):
            at = sentence.find(word)
            while at != -1:
                pair = self._object_pronoun(sentence, at, word.strip(), previous)
                if pair:
                    yield pair
                at = sentence.find(word, at + 4)
        if sentence.startswith(("He ", "She ")):
            yield from self._subject_pronoun(sentence, previous)
        for word in _INNER_PLAYS:
            if word in sentence:
                yield from self._inner_pronoun(sentence, sentence.find(word), previous)
        if sentence.startswith(("As ", "Playing ")):
            yield from self._as_opening(sentence, previous)
        if sentence.startswith(("His ", "Her ")):
            yield from self._possessive_opening(sentence, previous)
        if "whom " in sentence:
            yield from self._whom(sentence)
        if " the role" in sentence or " the part" in sentence:
            yield from self._the_part(sentence, previous)
        for verb in (" gives ", " gave ", " lends ", " makes ", " brings ", " brought "):
            if verb in sentence:
                yield from self._given(sentence, verb, previous)

    def _given(self, sentence: str, verb: str, previous: str) -> Iterator[Pair]:
        """ "X gives Grace a watchful stillness", "X brings a quiet humour to Sadhya Ji", "X
        makes Colvin the season's reluctant hero": the object is a part when the page has
        introduced it as a person of its story (in the sentence before, or by a description)
        and the subject is an actor."""
        at = sentence.find(verb)
        head = sentence[:at]
        rest = sentence[at + len(verb) :]
        if verb in (" brings ", " brought "):
            to = rest.find(" to ")
            if to == -1 or not _quality(" " + rest[:to]):
                return
            m = _RUN.match(rest, to + 4)
            strong = True
        else:
            m = _RUN.match(rest)
            after = rest[m.end() :] if m else ""
            if m is None or not after.startswith((" a ", " an ", " the ")):
                return
            strong = verb != " makes " and _quality(after)
        if m is None or m.group().endswith(("’s", "'s")):
            return
        role = m.group()
        if not self._a_part(role) or self._characters(role) != [role]:
            return
        named = self._characters(previous)
        if self.person_sign(role) is None and not any(
            c == role or c.startswith(role + " ") for c in named
        ):
            return  # nothing says the object is a person of the story ("Dale Jennings")
        actor = self._subject(head, previous, strong=strong)
        if actor:
            yield (actor, role)

    def _the_part(self, sentence: str, previous: str) -> Iterator[Pair]:
        """ "X brings a dry authority to the role", "X, best known as …, is chilling in the
        part": the part the clause or the sentence before introduces."""
        for word in (" the role", " the part"):
            at = sentence.find(word)
            end = at + len(word)
            if at == -1 or (
                sentence[end : end + 1] not in _PART_ENDS
                and not sentence.startswith(_PART_JOINS, end)
            ):
                continue  # "the role of a lifetime", "the part he was born for"
            head = sentence[:at]
            if not head.endswith((" to", " in", " into")):
                continue
            start = max(head.rfind(", and "), head.rfind("; "))
            start = start + 2 if start != -1 else 0
            start += 4 if head.startswith("and ", start) else 0
            m = _RUN.match(head, start)
            if m is None or head[m.end() : m.end() + 1] not in (" ", ","):
                continue
            actor = self._person_actor(m.group(), f"{previous} {head}", strong=True)
            if actor is None:
                continue
            near = [c for c in self._characters(head[:start]) if self._fits(c, "")]
            role = near[-1] if near else self._far_character("")
            if role:
                yield (actor, role)

    def _object_pronoun(self, sentence: str, at: int, pronoun: str, previous: str) -> Pair | None:
        """ "X plays him", "X, who plays her,", "X gives him a …", "X's performance as him"."""
        end = at + 1 + len(pronoun)
        after = sentence[end : end + 1]
        if after and after not in " ,.;:!?—–":
            return None  # "hers", "herself", "here"
        if pronoun == "her" and after == " " and sentence[:at].endswith(_PLAY_ENDS):
            following = sentence[end + 1 :].split(" ", 1)[0].strip(",.;:")
            if following not in _AFTER_PRONOUN and not following.endswith("ly"):
                return None  # "plays her mother": "her" is a determiner
        before = sentence[:at].rstrip()
        words = before.split()
        if not words:
            return None
        verb = words[-1]
        if verb == "as" and len(words) >= 3 and words[-2] == "performance":
            owner = words[-3]
            if not owner.endswith(("’s", "'s")):
                return None
            head = before[: len(before) - len(verb)].rstrip()
            head = head[: len(head) - len("performance")].rstrip()[:-2]
            actor = self._subject(head, previous, strong=False)
            clause_start = _clause_start(head)
        elif verb in _PLAY_VERBS or verb in _GIVE_VERBS:
            rest = sentence[end:].lstrip()
            if verb in _PLAY_VERBS and rest.startswith(_NOT_PART_AFTER):
                return None
            if verb in _GIVE_VERBS and not rest.startswith(("a ", "an ", "the ")):
                return None  # "makes her cry": a deed of the story
            head = before[: len(before) - len(verb)].rstrip()
            strong = verb in _PLAY_VERBS or _quality(rest)
            actor = self._subject(head, previous, strong=strong)
            clause_start = _clause_start(head)
        else:
            return None
        if actor is None:
            return None
        role = self._character(sentence[:clause_start], previous, pronoun)
        if role is None and verb in _GIVE_VERBS and strong:
            # "Stan works in a slaughterhouse. X gives him a face …": an acting quality given
            # to the one person the clause or sentence before is about, shown by no sign.
            role = self._topic(sentence[:clause_start] or previous)
        return (actor, role) if role else None

    def _topic(self, sentence: str) -> str | None:
        """The one name `sentence` is about, with no sign of what it is: its subject ("Stan
        works …", "Simon, the fisherman, is …") or what "is" names ("The Englishwoman is
        Elizabeth, …"), when no other character stands in it."""
        names = self._characters(sentence)
        if len(names) != 1 and not (names and sentence.startswith(names[0] + ",")):
            return None
        name = names[0]
        if self.person_sign(name) is not None or not _about(sentence, name):
            return None
        if " " not in name and re.search(rf"[A-Z][\w’'\-]+ {re.escape(name)}\b", self._joined):
            return None  # "Spielberg" of "Steven Spielberg": someone's surname, maybe a maker's
        return name

    def _subject(self, head: str, previous: str, *, strong: bool) -> str | None:
        """The actor who is the subject of the clause that `head` ends: "Charlie Barnett, who
        some of you will know from Chicago Fire," "Ahmed Ali Akbar, who", "Weaver"."""
        clause = head[_clause_start(head) :]
        if clause.endswith(" who"):
            clause = clause[:-4].rstrip(" ,")
        elif clause.endswith(" also"):
            clause = clause[:-5].rstrip()
        m = _RUN.match(clause)
        if m is None:
            return None
        name = m.group()
        if name.endswith(("’s", "'s")):
            return None
        tail = clause[m.end() :]
        if tail and not (tail.startswith(", ") and tail.endswith(",")):
            return None  # "Jimmie, who … , and the house he loves": not one subject
        return self._person_actor(name, f"{previous} {head}", strong=strong)

    def _person_actor(self, name: str, context: str, *, strong: bool) -> str | None:
        words = name.split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        name = " ".join(words)
        if not name or self.maker(name) or self.titled(name) or fold(name) in self.taken:
            return None
        actor = self.actor(name)
        if actor is not None:
            return actor
        if " " not in name:
            # "Weaver plays her": the full name the sentence or the one before spells out
            name = _full_before(name, context) or ""
            if not name or self.maker(name) or fold(name) in self.taken:
                return None
            actor = self.actor(name)
            if actor is not None:
                return actor
        if strong and is_name(name) and self.person_sign(name) is None:
            return name
        return None

    def _character(self, head: str, previous: str, pronoun: str) -> str | None:
        """The part "him" or "her" stands for: the nearest character the clause before names,
        else the first one the sentence before does."""
        sex = _pronoun_sex(pronoun)
        near = [c for c in self._characters(head) if self._fits(c, sex)]
        if near:
            return near[-1]
        return self._far_character(sex)

    def _far_character(self, sex: str) -> str | None:
        """The character the sentence before is about: the first it names, or, when it opens
        with "He" or "She", the one the sentence before that is about ("We rejoin Catherine
        Cawood. She has bought a Land Rover, … . X plays her")."""
        earlier, previous = self._before
        if previous.startswith(("He ", "She ")):
            if sex and _pronoun_sex(previous.split(" ", 1)[0]) != sex:
                return None
            previous = earlier
        elif sex and _pronoun_only(previous, sex) and not self._persons(previous):
            # "Reyka Gama is a profiler … . As an adult she is brilliant … . X plays her": a
            # sentence that names nobody and goes on about "she" keeps the one before's person
            previous = earlier
        far = [c for c in self._characters(previous) if self._fits(c, sex)]
        return far[0] if far else None

    def _persons(self, sentence: str) -> list[str]:
        """The characters of `sentence` that read as persons: a name's shape or a sign."""
        return [
            c for c in self._characters(sentence) if is_name(c) or self.person_sign(c) is not None
        ]

    def _fits(self, name: str, sex: str) -> bool:
        sign = self.person_sign(name)
        if sign is None:
            return is_name(name) and len(name.split()) >= 2
        return sign == "" or not sex or sign == sex

    def _characters(self, sentence: str) -> list[str]:
        """The names in `sentence` that may be characters: not credited actors, makers, the
        title or parts other actors have; not possessors, places or works."""
        out: list[str] = []
        for m in _RUN.finditer(sentence):
            name = m.group()
            if name.endswith(("’s", "'s")):
                continue
            words = name.split()
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            start = m.end() - len(name)
            before = sentence[max(0, start - 12) : start].split()
            if before and before[-1].lower() in _THING_BEFORE:
                continue
            if (start and sentence[start - 1] in '“"‘') or quoted(sentence, start):
                continue  # a quoted title, or a name in a line of dialogue
            if self._someone_else(name):
                continue
            out.append(name)
        return out

    def _someone_else(self, name: str) -> bool:
        key = fold(name)
        if key in self.taken or key in self.credited or self.maker(name) or self.titled(name):
            return True
        if self.actor(name) is not None:
            return True
        return any(self.actor(word) is not None for word in name.split() if len(word) > 2)

    def _subject_pronoun(self, sentence: str, previous: str) -> Iterator[Pair]:
        """ "He is played by X" (the part the sentence before introduces); "He plays Y" (the
        one person the sentence before names)."""
        pronoun, _, rest = sentence.partition(" ")
        for lead in ("is played by ", "was played by ", "is voiced by ", "was voiced by "):
            if rest.startswith(lead):
                m = _RUN.match(rest, len(lead))
                if m is None:
                    return
                name = m.group()
                actor = self.actor(name) or (
                    name if is_name(name) and self.person_sign(name) is None else None
                )
                if actor and not self.maker(actor):
                    role = self._far_character(_pronoun_sex(pronoun))
                    if role:
                        yield (actor, role)
                return
        if rest.startswith(("plays ", "voices ")):
            m = _RUN.match(rest, rest.find(" ") + 1)
            role = m.group() if m else None
            if role and self._a_part(role) and self._named_person(role):
                actor = self._one_person(previous)
                if actor:
                    yield (actor, role)

    def _inner_pronoun(self, sentence: str, at: int, previous: str) -> Iterator[Pair]:
        """ "X has always been good at such men, and here he plays Jack with …": the actor
        the clause before names; "Her accent wobbles, but she plays Robin with …": when the
        clause before names nobody, the one actor the sentence before names."""
        verb_end = sentence.find(" ", sentence.find(" ", at + 1) + 1) + 1
        m = _RUN.match(sentence, verb_end)
        if m is None or m.group().endswith(("’s", "'s")):
            return
        role = m.group()
        if (
            sentence.startswith((" in ", " on "), m.end())
            and sentence[m.end() + 4 : m.end() + 5].isupper()
        ):
            return  # "he plays Sam in Another Film": a part of another work
        if not self._a_part(role) or not self._named_person(role):
            return
        head = sentence[:at]
        actor = self._one_person(head)
        if actor is None:
            if self._persons(head) or any(
                self.actor(m.group()) is not None for m in _RUN.finditer(head)
            ):
                return
            if self._characters(head) and not head.startswith(("Her ", "His ")):
                return  # "Woody is jealous, and he plays …": the subject is a character
            actor = self._one_person(previous)
        if actor is None or self.maker(actor):
            return
        if self.actor(actor) is None and not sentence.startswith((" with ", " as "), m.end()):
            return  # "Tom Quill comes home, and he plays Kay for a fool": maybe a character
        yield (actor, role)

    def _as_opening(self, sentence: str, previous: str) -> Iterator[Pair]:
        """ "As Gaitonde he is …", "As Nora Durst, who lost …, she gives …", "Playing Anbu,
        the selfish young man, he could …"."""
        m = _RUN.match(sentence, sentence.find(" ") + 1)
        if m is None:
            return
        role = m.group()
        after = sentence[m.end() :]
        if role.endswith(("’s", "'s")):
            # "As Gary's widow Julie, she …": the name the relation leads to
            tail = re.match(r"\s+[a-z]+\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)", after)
            if tail is None:
                return
            role, after = tail.group(1), after[tail.end() :]
        if not (after.startswith((" he ", " she ")) or after.startswith(",")):
            return
        if after.startswith(","):
            # the pronoun opens the main clause, after the part's description
            clause = re.search(r",\s+(?:he|she)\s", after)
            if clause is None or "." in after[: clause.start()]:
                return
        if not self._a_part(role):
            return
        actor = self._one_person(previous)
        if actor:
            yield (actor, role)

    def _possessive_opening(self, sentence: str, previous: str) -> Iterator[Pair]:
        """ "His Logan Roy, now 84, …", "Her Simi is a femme fatale …"."""
        m = _RUN.match(sentence, 4)
        if m is None or m.start() != sentence.find(" ") + 1:
            return
        role = m.group()
        if role.endswith(("’s", "'s")) or role.split()[0].lower() in _STYLES:
            return
        after = sentence[m.end() : m.end() + 6]
        if not after.startswith((" is ", " was ", " has ", ", ")):
            return
        if not self._a_part(role) or self.titled(sentence.split(" ")[0] + " " + role):
            return
        if not self._named_person(role):
            return  # "His Brooklyn is loud": a place of his, not a part
        actor = self._one_person(previous)
        if actor:
            yield (actor, role)

    def _whom(self, sentence: str) -> Iterator[Pair]:
        """ "Icey Spoon, the busybody …, whom Evelyn Varden plays as …"."""
        at = sentence.find("whom ")
        while at != -1:
            m = _RUN.match(sentence, at + 5)
            if m:
                verb = sentence[m.end() :].split(" ", 2)[1:2]
                if verb and (verb[0] in _PLAY_VERBS or verb[0] in _GIVE_VERBS):
                    head = sentence[:at].rstrip()
                    actor = self._person_actor(m.group(), head, strong=True)
                    near = [c for c in self._characters(head) if self._fits(c, "")]
                    if actor and near and head.endswith(" and"):
                        # "Icey Spoon, the busybody who …, and whom X plays": the clause's
                        # subject, not the last name of the description
                        yield (actor, near[0])
                    elif actor and near and head.endswith(near[-1] + ","):
                        yield (actor, near[-1])  # "his sister Pearl, whom X plays"
            at = sentence.find("whom ", at + 5)

    def _named_person(self, name: str) -> bool:
        """Whether `name` is a person's: a full name, one the page describes as a person of
        its story, or the end of a full name the page gives ("Happer": "Felix Happer")."""
        if is_name(name) or self.person_sign(name) is not None:
            return True
        if " " in name:
            return False
        text = self.joined()
        if _full_before(name, text) is not None:
            return True
        at = text.find(name + " ")
        while at != -1:
            # "Marguerite": "Marguerite Lamy"
            words = [w.strip(",.;:!?") for w in text[at : at + 60].split()[:2]]
            if (not at or not text[at - 1].isalnum()) and is_name(" ".join(words)):
                return True
            at = text.find(name + " ", at + 1)
        return False

    def _a_part(self, role: str) -> bool:
        """Whether a name read as a part may be one: no credited actor, maker, title or part
        another actor has."""
        return not self._someone_else(role) and role.split()[0].lower() not in _NOT_NAMES

    def _one_person(self, sentence: str) -> str | None:
        """The one actor the sentence names: a credited one, else a full name that the page
        never shows as a person of the story."""
        if not sentence:
            return None
        credited: set[str] = set()
        others: set[str] = set()
        for m in _RUN.finditer(sentence):
            name = m.group()
            if name.endswith(("’s", "'s")):
                name = name[:-2]
            words = name.split()
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            name = " ".join(words)
            if not name:
                continue
            possessive = 2 if m.group().endswith(("’s", "'s")) else 0
            start = m.end() - possessive - len(name)
            before = sentence[max(0, start - 30) : start].split()
            if before and before[-1].lower() in _WORK_BEFORE:
                continue  # "in Super Story": a work or a place
            if before and (
                before[-1].lower().rstrip(",") in _MAKERS
                or (before[-1] == "by" and before[-2:-1] not in (["played"], ["voiced"]))
            ):
                continue  # "directed by Jane Campion", "the director, Jane Campion"
            actor = self.actor(name)
            if actor is None and " " not in name:
                # "pairing Pedersen with Judy Davis": a surname stands for the page's full name
                name = _full_before(name, self.joined()) or ""
                actor = self.actor(name) if name else None
            if actor is not None:
                credited.add(actor)
            elif name and (
                is_name(name)
                and not self.maker(name)
                and not self.titled(name)
                and fold(name) not in self.taken
            ):
                others.add(name)
        if len(credited) == 1 and not others:
            return credited.pop()
        if not credited and len(others) == 1:
            name = others.pop()
            if self.person_sign(name) is None:
                return name
        return None

    # --- what is kept ----------------------------------------------------------------------

    def accept(self, actor: str, role: str | None) -> bool:
        if not role:
            return False
        key, part = fold(actor), fold(role)
        if key in self.with_part or part in self.taken or key == part:
            return False
        if set(part.split()) & set(key.split()):
            return False  # "Osvald Brenn …. As Osvald, he …": the part's own full name
        if part in self.credited or self.maker(role):
            return False
        self.with_part.add(key)
        self.taken.add(part)
        return True


# What may follow "plays her" when "her" is the part, not a determiner: "plays her with …".
_AFTER_PRONOUN = frozenset(
    "with as in at from without through to for and but so not beautifully perfectly".split()
)


# A subject pronoun as a word of a sentence, by its sex.
_SUBJECT_PRONOUNS = {"f": re.compile(r"\b[Ss]he\b"), "m": re.compile(r"\b[Hh]e\b")}


def _pronoun_only(sentence: str, sex: str) -> bool:
    """Whether `sentence` tells of one person by a subject pronoun of `sex` ("she … she"), and
    never by the other's."""
    other = "m" if sex == "f" else "f"
    return bool(
        sentence
        and _SUBJECT_PRONOUNS[sex].search(sentence)
        and not _SUBJECT_PRONOUNS[other].search(sentence)
    )


def _pronoun_sex(pronoun: str) -> str:
    return "f" if pronoun.lower() in ("her", "she") else "m"


_STYLES = frozenset("majesty highness excellency honour honor lordship ladyship grace".split())


# What an actor gives a part: "a sweet, slightly goofy sincerity", "the oily ambition of …".
_QUALITY_WORDS = frozenset(
    """
    charm warmth menace gravity gravitas wit swagger presence humour humor edge ambition energy
    physicality intensity stillness dignity tenderness sweetness melancholy bite sparkle heft
    weight relish glee gusto aplomb authority flair restraint zest bravado calm cool grace
    soul heart spark mischief charisma poise grit steel fire depth sadness weariness
    """.split()
)
_QUALITY_ENDS = ("ness", "ity", "ance", "ence", "ism")


def quality_of_acting(phrase: str) -> bool:
    """Whether `phrase` ("with a gruff warmth") names a quality of acting, not of the person."""
    return _quality(phrase)


def _quality(phrase: str) -> bool:
    """Whether the object after "gives him" is a quality of acting: its head noun, within
    the first six words, is one."""
    for word in phrase.split()[1:7]:
        bare = word.strip(",.;:").lower()
        if bare in _QUALITY_WORDS or (len(bare) > 6 and bare.endswith(_QUALITY_ENDS)):
            return True
        if word.endswith((".", ";", ":")) or bare in _DESCRIPTION_ENDS:
            return False
    return False


def _clause_start(head: str) -> int:
    """Where the clause that `head` ends begins: after the last ", and", "; ", " and " or "—"."""
    best = 0
    for mark in (", and ", "; ", " and ", " — ", " – ", ", but ", ", while "):
        at = head.rfind(mark)
        if at != -1 and at + len(mark) > best:
            best = at + len(mark)
    return best


def _full_before(surname: str, text: str) -> str | None:
    """The last full name ending in `surname` that `text` gives, when one."""
    if len(surname) < 3 or surname.lower() in _NOT_NAMES:
        return None
    at = text.rfind(surname)
    while at > 0:
        end = at + len(surname)
        if text[at - 1].isspace() and not text[end : end + 1].isalnum():
            words = text[max(0, at - 40) : at].split()[-2:]
            for n in (1, 2):
                cand = " ".join([*words[-n:], surname]) if len(words) >= n else ""
                if cand and is_name(cand):
                    return cand
        at = text.rfind(surname, 0, at)
    return None


def _about(sentence: str, name: str) -> bool:
    """Whether `sentence` describes `name` as a person of its story: the name opens it with a
    description ("Simon, the fisherman, is …", "Officer Roscoe Conklin is the third point of
    the triangle") or is what its "is" names ("The Englishwoman is Elizabeth, …"); never in a
    sentence of the writer's own ("my editor") or of the film's making ("the director")."""
    words = {w.strip(",.;:").lower() for w in sentence.split()}
    if words & _FIRST_PERSON or words & _MAKERS:
        return False
    if sentence.startswith(name):
        for lead in _DESCRIBED_BY:
            if sentence.startswith(lead, len(name)):
                return _a_person(sentence[len(name) + len(lead) :])
        return False
    at = sentence.find(" is " + name)
    end = at + 4 + len(name)
    if at == -1 or sentence[end : end + 1] not in (",", ".", ";", ""):
        return False
    # "The Englishwoman is Elizabeth, …", "Her brother is Tom, …"
    return _a_person(sentence[:at].rsplit(None, 1)[-1] if sentence[:at].strip() else "")


def _a_person(description: str) -> bool:
    """Whether the head noun of `description` (within its first four words) names a person:
    a word of `_PERSON_NOUNS`, or one with an ending that names people ("fisherman",
    "lecturer", "Englishwoman")."""
    for word in description.split()[:4]:
        bare = word.strip(",.;:").lower()
        if bare in _PERSON_NOUNS or (len(bare) > 4 and bare.endswith(_PERSON_ENDS)):
            return True
        if word.endswith((",", ".", ";", ":")) or bare in _DESCRIPTION_ENDS:
            return False
    return False


_DESCRIBED_BY = (", the ", ", a ", ", an ", " is the ", " is a ", " is an ", " was a ", " was the ")
_FIRST_PERSON = frozenset("i me my we us our i'd i've".split())
_PERSON_ENDS = ("man", "woman", "men", "er", "or", "ist", "ian", "ess")


def _sign_at(text: str, start: int, end: int) -> str | None:
    """The sign of a person of the story around one mention of a name, if any (see
    `_Page.person_sign`)."""
    before = text[max(0, start - 40) : start].split()
    after = text[end : end + 60]
    if len(before) > 1 and before[-1] in _SELF_SEX and before[-2].lower() in _CALLS:
        return _SELF_SEX[before[-1]]  # "a soldier who calls himself Killmonger"
    for raw in reversed(before[-3:]):
        word = raw.strip(",").lower()
        if word in _PERSON_NOUNS:
            return _sex(word)
        if word in ("named", "called", "nicknamed"):
            return ""
        if raw.endswith((",", ";", ":", ".")) or raw[:1].isupper():
            break  # "his sister Pearl, whom X": the noun is the sign of another name
    if after.startswith(", "):
        # "Saro, a young cloth weaver,", "Kent Mansley, the government investigator"
        rest = after[2:].split()
        if rest and rest[0].lower() in ("a", "an", "the", "his", "her", "their"):
            # the head noun of the description: "a loud, cheerful Filipino neighbor who …"
            for word in rest[1:8]:
                bare = word.strip(",.;:").lower()
                if bare in _PERSON_NOUNS:
                    return _sex(bare)
                if bare in _DESCRIPTION_ENDS or word.endswith((".", ";", ":")):
                    break
    if after.startswith((" is a ", " is an ", " was a ", " is the ")):
        rest = after.split(",")[0].split()[2:7]
        for word in rest:
            bare = word.strip(".;:").lower()
            if bare in _PERSON_NOUNS:
                return _sex(bare)
    return person_sign_after(text, end)


# "calls himself X", "styled herself X": a name a person of the story takes, and its sex.
_SELF_SEX = {"himself": "m", "herself": "f"}
_CALLS = frozenset("calls called styles styled names named dubs dubbed".split())


# Jobs behind the camera: the name after one is a maker's, never the actor an anaphor means.
_MAKERS = frozenset(
    """
    director filmmaker film-maker writer screenwriter writer-director novelist author composer
    producer creator showrunner cinematographer editor
    """.split()
)
# Words that end a description before its head noun could come: "a man who", "the one with".
_DESCRIPTION_ENDS = frozenset("who whose which that with from in of at and or".split())


def _sex(word: str) -> str:
    if word in _FEMALE:
        return "f"
    if word in _MALE:
        return "m"
    return ""
