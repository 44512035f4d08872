"""Synthetic review libraries for the benchmarks, deterministic from a seed.

Each review looks like the scraped-text sample: a headline ("‘Title’ (2019) Review: …"), an
untitled opening, sections under short headings, credits written in prose ("X stars as Y",
"X plays Y", "X, in the role of Y", "starring A, B and C", "directed by D"), a byline printed
twice with a bio, then page junk. Actors are drawn with a long-tailed popularity (a few appear
in hundreds of reviews); names carry accents that some reviews drop ("Peña" / "Pena"); the
prose mixes common words with a long tail of rarer ones so that the full-text vocabulary grows
with the corpus like a real one.

`generate(count, seed)` yields `Generated` items: the review as the parser would give it (with
its body) and the text of its file. The metadata of review `i` is drawn from one random stream
and its prose from a stream of its own, so `cards(count, seed)` (cards only, no prose) is fast
and agrees with `generate`.

    python -m bench.make_corpus 10000 [--seed 7] [--out bench/corpus/scraped-10000-7]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from reeltui.model import Credit, Film, Format, Kind, Review, Reviewer, Section
from reeltui.text import slug

#: Where corpora, their caches and raw results go: `$REELTUI_BENCH_DIR` (somewhere with room,
#: such as /tmp), else `bench/corpus` (ignored by git).
CORPUS_DIR = Path(os.environ.get("REELTUI_BENCH_DIR") or Path(__file__).resolve().parent / "corpus")
BASE_MTIME = 1_700_000_000.0

FIRST = (
    "Michael Rosa Jake Anna Natalie Frank David America Cody Matt Jessica Jeff Donald Kristen "
    "Robert Paul Colin John Andy Jeffrey Adam Britt Zach Patricia Lupita Winston Evan Elisabeth "
    "Emma Hugh Leo Frances Milena Israel Ben Jordan Ridley Pedro Alejandra Greta Sofia Daniel "
    "Olivia Oscar Isabel Lucas Mateo Camila Valentina Hannah Noah Liam Ava Mia Ethan Chloe Grace "
    "Samuel Ruth Tilda Cate Viola Idris Dev Priya Arjun Kenji Yuki Hiro Mei Lin Wei Omar Amara "
    "Kwame Chidi Ngozi Ingrid Lars Astrid Nils Pierre Amelie Louis Margot Vincent Julien Marta "
    "Jose Zoe Renee Penelope Chloe Bjorn Soren Tomas Agnes Ines Nuria Ramon Joaquin Aitana Lucia "
    "Alvaro Angela Fatima Leila Karim Yasmin Samir Nadia Dmitri Irina Olga Sergei Katya Anya "
    "Harriet Josephine Indrayudh Aditi Rohan Meera Kavya Sunil Rahul Nikhil Tara Keanu Rami "
    "Awkwafina Saoirse Ciaran Siobhan Declan Aoife Eamon Niamh Oona Freya Ivy Hazel Rowan Felix"
).split()
LAST = (
    "Pena Salazar Gyllenhaal Kendrick Martinez Grillo Harbour Ferrera Horn Damon Chastain "
    "Daniels Glover Wiig Pattinson Dano Farrell Turturro Serkis Wright Scott Lower Cherry "
    "Arquette Nyongo Duke Moss Thompson Grant Woodall McDormand Smit Elejalde Stiller Peele "
    "Almodovar Marquez Abella Gerwig Coppola Kaluuya Colman Rampling Swinton Blanchett Davis "
    "Elba Patel Sharma Kapoor Nakamura Tanaka Sato Chen Wang Li Okafor Adeyemi Mensah Diallo "
    "Lindqvist Johansson Andersen Dubois Moreau Laurent Rossi Bianchi Ferrari Garcia Sanchez "
    "Munoz Nunez Lopez Fernandez Gonzalez Hernandez Romero Castillo Vargas Ortiz Ivanova Petrov "
    "Smirnov Volkova Kowalski Nowak Wisniewski Lewandowski Novak Horvat Kovac Murphy Kelly "
    "OConnor Byrne Walsh Ryan Quill Varela Raghunathan Talukdar Fischbach Okonkwo Achebe Mbeki "
    "Haddad Khoury Nasser Rahimi Karimi Farahani Yilmaz Demir Kaya Sahin Ozturk Aydin Papadopoulos "
    "Georgiou Nikolaidis Dimitriou Silva Santos Oliveira Souza Costa Pereira Almeida Carvalho "
    "Ribeiro Gomes Martins Araujo Barbosa Cardoso Rocha Dias Moreira Nascimento Lima Mendes "
    "Fischer Weber Schneider Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann "
    "Schwarz Zimmermann Braun Hofmann Hartmann Lange Werner Krause Lehmann Kaiser Fuchs Peters"
).split()
# Accented spellings of some names; a review drops the accents a third of the time.
ACCENTED = {
    "Pena": "Peña",
    "Almodovar": "Almodóvar",
    "Marquez": "Márquez",
    "Garcia": "García",
    "Sanchez": "Sánchez",
    "Munoz": "Muñoz",
    "Nunez": "Núñez",
    "Lopez": "López",
    "Fernandez": "Fernández",
    "Gonzalez": "González",
    "Hernandez": "Hernández",
    "Nyongo": "Nyong’o",
    "OConnor": "O’Connor",
    "Araujo": "Araújo",
    "Jose": "José",
    "Zoe": "Zoë",
    "Renee": "Renée",
    "Penelope": "Penélope",
    "Chloe": "Chloé",
    "Bjorn": "Björn",
    "Soren": "Søren",
    "Tomas": "Tomás",
    "Ines": "Inés",
    "Nuria": "Núria",
    "Ramon": "Ramón",
    "Joaquin": "Joaquín",
    "Lucia": "Lucía",
    "Alvaro": "Álvaro",
    "Angela": "Ángela",
    "Fatima": "Fátima",
    "Amelie": "Amélie",
    "Yilmaz": "Yılmaz",
    "Sahin": "Şahin",
    "Ozturk": "Öztürk",
    "Wisniewski": "Wiśniewski",
}
TITLE_ADJ = (
    "Silent Broken Golden Hidden Last Long Little Lost Burning Dark Bright Quiet Wild Cold "
    "Distant Final Hollow Iron Midnight Northern Paper Scarlet Secret Shallow Small Southern "
    "Strange Sweet Velvet Winter Crimson Electric Empty Endless Fallen Gentle Glass Hungry "
    "Invisible Lonely Lucky Parallel Perfect Restless Salt Savage Sharp Stolen Tender Wandering"
).split()
TITLE_NOUN = (
    "Harbor River Mountain City Garden House Road Station Island Summer Winter Shadow Light "
    "Mirror Window Door Letter Song Dance Game Heist Promise Secret Storm Tide Wolf Fox Bird "
    "Horse Orchard Lighthouse Kingdom Empire Frontier Border Desert Ocean Forest Valley Bridge "
    "Tower Castle Village Market Circus Theater Hotel Motel Diner Mothers Fathers Sisters "
    "Brothers Strangers Lovers Thieves Kings Queens Soldiers Pilgrims Miles Hours Days Nights"
).split()
PLATFORMS = ("Netflix", "Amazon Prime", "Disney+", "Apple TV+", "Hulu", "Max", "Mubi")
HEADINGS = (
    "What’s the Movie About?",
    "What Works",
    "What Doesn’t",
    "The Good",
    "The Bad",
    "Performances",
    "The Cast",
    "Direction and Craft",
    "Is It Worth Watching?",
    "Themes",
    "The Story",
    "Music and Sound",
)
TOPICS = (
    "astronaut heist orphanage vineyard submarine lighthouse carnival boxer chef detective "
    "smuggler monastery volcano pianist cartel wedding funeral divorce election tsunami "
    "earthquake pandemic vampire werewolf zombie robot android spaceship asteroid colony "
    "mermaid dragon wizard knight samurai cowboy sheriff outlaw gangster hitman assassin "
    "journalist lawyer surgeon nurse teacher student janitor farmer fisherman miner soldier "
    "veteran refugee migrant immigrant astronomer botanist chemist hacker gambler magician "
    "ballerina drummer violinist painter sculptor novelist poet photographer filmmaker actress "
    "comedian ventriloquist puppeteer clown acrobat jockey racehorse greyhound falcon elephant "
    "whale shark octopus glacier desert jungle tundra prairie canyon archipelago fjord marathon "
    "chess tennis football baseball cricket wrestling fencing sailing mountaineering surfing "
    "kidnapping ransom blackmail forgery counterfeit embezzlement mutiny rebellion revolution "
    "coronation inheritance bankruptcy eviction reunion pilgrimage exorcism seance hypnosis "
    "amnesia insomnia hallucination prophecy curse haunting poltergeist labyrinth catacomb"
).split()
COMMON = (
    "the the the the a a a of of of and and and to to in in is is it that that was for on with "
    "as his her their they he she this but by at from an be have has had not are were all one "
    "more when who what which about into out up so if than then its there them some only also "
    "can would could just even still while after before over through never always much most "
    "very too little long new old first last good great best own other another every each few"
).split()
NOUNS = (
    "film movie story scene character performance director camera script dialogue ending "
    "moment audience screen shot sequence frame music score editing pacing tone humour drama "
    "tension emotion family friend father mother son daughter brother sister wife husband "
    "child town house night day year life death love time world heart hope fear grief anger "
    "journey dream memory truth lie secret past future home work money power choice mistake "
    "actor actress cast role lead ensemble chemistry presence charm restraint cinematography "
    "design costume lighting soundtrack runtime sequel remake adaptation novel biopic thriller "
    "comedy romance horror documentary western"
).split()
VERBS = (
    "feels seems makes takes gives finds keeps turns shows tells plays works lands moves holds"
).split()
ADJECTIVES = (
    "quiet loud slow fast warm cold bright dark sharp soft strange familiar simple clever "
    "tender brutal funny sad honest beautiful ugly"
).split()
ADVERBS = (
    "quietly slowly finally barely nearly rarely often suddenly carefully gently clearly "
    "perhaps almost together apart alone"
).split()
_SLOTS = {"n": NOUNS, "v": VERBS, "adj": ADJECTIVES, "adv": ADVERBS}
TEMPLATES = (
    "{The} {w} {v} {the} {n} with {a} {adj} {n2} that {v2} {adv}.",
    "It is {a} {adj} {n}, and {the} {n2} {v} {adv} {p} {the} {w2}.",
    "{The} {n} of {the} {topic} {v} {the} {n2}, {adv} {adj}.",
    "By {the} {ord} act, {the} {n} {v} into {a} {adj} {w}.",
    "There is {a} {adj} {n} here about {the} {topic}, {p} {the} {n2} never {v}.",
    "{The} {adj} {n} {v} {the} {w}, and {the} {w2} {v2} {p} it.",
    "What {v} is {the} {n}: {adj}, {adj2} and {adv} {adj3}.",
    "{The} {n} {v} {adv}, {p} {the} {adj} {w} of {the} {n2}.",
    "Few {n}s {v} {the} {topic} {p} such {adj} {n2}.",
    "{The} {w} and {the} {w2} {v} {the} {n} {adv}.",
    "If {the} {n} {v} {adv}, {the} {n2} {v2} {adj}.",
    "{The} {n} is {adj} but never {adj2}, {p} {the} {w} {v} {adv}.",
)
BIO = (
    "{first} has a degree in {w} and has written about film for {k} years. "
    "{first} loves {topic} movies, long {n}s and {adj} {w2}s."
)
JUNK = ("Latest articles", "Related posts", "You may also like", "Share this:")


def _syllable_words(rng: random.Random, count: int) -> list[str]:
    """A long tail of made-up words, for a vocabulary that grows like a real one."""
    onsets = "b c d f g h j k l m n p r s t v w z br cr dr fr gr pl pr st tr ch sh th".split()
    vowels = "a e i o u ai ea io ou".split()
    codas = ["", "", "n", "r", "s", "l", "m", "nd", "st", "rt", "ng"]
    words: set[str] = set()
    while len(words) < count:
        parts = rng.randint(2, 4)
        word = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(parts))
        words.add(word + rng.choice(codas))
    return sorted(words)


def strip_accents(text: str) -> str:
    """A name as a careless scraper writes it: accents and curly apostrophes dropped."""
    plain = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("ø", "o")


@dataclass(frozen=True, slots=True)
class World:
    """The people, films and words a corpus of a given size is drawn from."""

    actors: list[str]
    actor_weights: list[float]
    directors: list[str]
    reviewers: list[str]
    tail: list[str]
    tail_weights: list[float]
    bank: list[str]


def make_world(count: int, seed: int) -> World:
    """The pools for a corpus of `count` reviews: sizes grow with the corpus."""
    rng = random.Random(f"world-{seed}")
    combos = [(f, last) for f in FIRST for last in LAST]
    rng.shuffle(combos)

    def name(first: str, last: str) -> str:
        return f"{ACCENTED.get(first, first)} {ACCENTED.get(last, last)}"

    n_actors = min(len(combos) - 2000, max(400, count // 3))
    actors = [name(*c) for c in combos[:n_actors]]
    if "Michael Peña" not in actors:
        actors[0] = "Michael Peña"
    if "Rosa Salazar" not in actors:
        actors[1] = "Rosa Salazar"
    directors = [name(*c) for c in combos[n_actors : n_actors + max(60, count // 15)]]
    reviewers = [name(*c) for c in combos[-max(20, min(300, count // 300)) :]]
    tail = _syllable_words(rng, 4000 + min(count, 100_000) // 2)
    tail_weights = list(accumulate(1.0 / (i + 3) for i in range(len(tail))))
    bank_prose = _Prose(rng, tail, tail_weights, tuple(TOPICS))
    bank = [bank_prose.sentence() for _ in range(20_000)]
    return World(
        actors=actors,
        actor_weights=list(accumulate(1.0 / (i + 25) ** 0.9 for i in range(len(actors)))),
        directors=directors,
        reviewers=reviewers,
        tail=tail,
        tail_weights=tail_weights,
        bank=bank,
    )


@dataclass(frozen=True, slots=True)
class Generated:
    """One synthetic review: as the parser would give it (with body), and its file's text."""

    review: Review
    text: str


@dataclass(frozen=True, slots=True)
class _Meta:
    """What a review is about, drawn before any prose."""

    index: int
    film: Film
    directors: tuple[str, ...]
    cast: tuple[Credit, ...]
    reviewer: str
    platform: str
    runtime: int
    topics: tuple[str, ...]
    tagline: str


def _metas(count: int, seed: int, world: World) -> Iterator[_Meta]:
    rng = random.Random(f"meta-{seed}")
    films: list[tuple[Film, tuple[str, ...], tuple[str, ...]]] = []
    for index in range(count):
        if films and rng.random() < 0.12:
            film, directors, names = rng.choice(films)
        else:
            pattern = rng.randrange(6)
            adj, noun, noun2 = (
                rng.choice(TITLE_ADJ),
                rng.choice(TITLE_NOUN),
                rng.choice(TITLE_NOUN),
            )
            title = (
                f"The {adj} {noun}",
                f"{adj} {noun}",
                f"{noun} of the {noun2}",
                f"A {rng.choice(('Thousand', 'Million', 'Hundred'))} {noun} Away",
                f"The {noun}",
                f"{rng.choice(FIRST)} and the {adj} {noun}",
            )[pattern]
            year = rng.randint(1970, 2025)
            if rng.random() < 0.08:
                film = Film(title, year, Kind.SERIES, rng.randint(1, 6))
            else:
                film = Film(title, year)
            directors = (rng.choice(world.directors),)
            size = rng.randint(3, 9)
            picked: list[str] = []
            while len(picked) < size:
                actor = rng.choices(world.actors, cum_weights=world.actor_weights)[0]
                if actor not in picked:
                    picked.append(actor)
            names = tuple(picked)
            films.append((film, directors, names))
        # New string objects per review, as a parser makes them (memory is measured).
        written = tuple(
            strip_accents(n) if rng.random() < 0.33 else n.encode().decode() for n in names
        )
        cast = tuple(
            Credit(actor, f"{rng.choice(FIRST)} {rng.choice(LAST)}" if i < 5 else None)
            for i, actor in enumerate(written)
        )
        yield _Meta(
            index=index,
            film=film,
            directors=directors,
            cast=cast,
            reviewer=rng.choice(world.reviewers),
            platform=rng.choice(PLATFORMS),
            runtime=rng.randint(80, 180),
            topics=tuple(rng.sample(TOPICS, 2)),
            tagline=f"A {rng.choice(TITLE_ADJ).lower()} story of {rng.choice(TOPICS)}s",
        )


class _Filler(dict[str, str]):
    """A mapping for `str.format_map` that draws each slot's word only when asked."""

    def __init__(self, prose: _Prose) -> None:
        super().__init__()
        self.prose = prose

    def __missing__(self, key: str) -> str:
        return self.prose.fill(key)


class _Prose:
    """Sentences for one review, from its own random stream.

    Most sentences of a paragraph come from a bank shared by the corpus (fast); one is made
    fresh, with words from the long tail, so each review also has words of its own.
    """

    def __init__(
        self,
        rng: random.Random,
        tail: list[str],
        tail_weights: list[float],
        topics: tuple[str, ...],
        bank: list[str] | None = None,
    ) -> None:
        self.rng = rng
        self.tail = tail
        self.tail_weights = tail_weights
        self.topics = topics
        self.bank = bank

    def word(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.55:
            return rng.choice(NOUNS)
        return rng.choices(self.tail, cum_weights=self.tail_weights)[0]

    def fill(self, slot: str) -> str:
        """A word for one slot of a template ("n" a noun, "adj2" an adjective, ...)."""
        rng = self.rng
        kind = slot.rstrip("0123456789")
        if kind in ("The", "the", "a"):
            return kind
        if kind == "w":
            return self.word()
        if kind == "topic":
            return rng.choice(self.topics) if rng.random() < 0.5 else rng.choice(TOPICS)
        if kind == "ord":
            return rng.choice(("first", "second", "third", "final"))
        if kind == "p":
            return rng.choice(COMMON[20:60])
        return rng.choice(_SLOTS[kind])

    def sentence(self) -> str:
        """One sentence from a template, its slots filled as they are met."""
        return self.rng.choice(TEMPLATES).format_map(_Filler(self))

    def paragraph(self, extra: list[str]) -> str:
        count = self.rng.randint(4, 8)
        if self.bank:
            sentences = [self.sentence(), *self.rng.choices(self.bank, k=count - 1)]
        else:
            sentences = [self.sentence() for _ in range(count)]
        for sentence in extra:
            sentences.insert(self.rng.randint(0, len(sentences)), sentence)
        return " ".join(sentences)


def _clause(sentence: str) -> str:
    """A sentence as a clause inside another: no capital, no full stop."""
    return sentence[:1].lower() + sentence[1:].rstrip(".")


def _body(meta: _Meta, world: World, seed: int) -> tuple[tuple[Section, ...], str]:
    """The sections of a review and its bio, with the credits written into the prose."""
    rng = random.Random(f"prose-{seed}-{meta.index}")
    prose = _Prose(rng, world.tail, world.tail_weights, meta.topics, world.bank)
    cast = meta.cast
    title = meta.film.title
    director = meta.directors[0]
    opening = (
        f"{director}’s latest movie on {meta.platform}, {title}, is {_clause(prose.sentence())}. "
        f"{cast[0].actor} stars as {cast[0].role}, a {meta.topics[0]} who dreams of "
        f"{meta.topics[1]}s. {prose.paragraph([])}"
    )
    credit_lines = [f"{c.actor} plays {c.role}." for c in cast[1:3] if c.role]
    credit_lines += [
        f"{c.actor}, in the role of {c.role}, is {_clause(prose.sentence())}."
        for c in cast[3:5]
        if c.role
    ]
    rest = [c.actor for c in cast[5:]]
    if rest:
        listed = ", ".join(rest[:-1]) + (" and " if len(rest) > 1 else "") + rest[-1]
        credit_lines.append(f"The ensemble, starring {listed}, fills every corner of the frame.")
    credit_lines.append(f"The runtime is {meta.runtime} minutes, directed by {director}.")
    sections = [Section(None, (opening, prose.paragraph([])))]
    headings = rng.sample(HEADINGS, rng.randint(2, 4))
    for number, heading in enumerate([*headings, "Final Verdict"]):
        paragraphs = []
        for _ in range(rng.randint(1, 3) if heading != "Final Verdict" else 1):
            extra = [credit_lines.pop(0)] if credit_lines and number < len(headings) else []
            paragraphs.append(prose.paragraph(extra))
        if number == len(headings) - 1 and credit_lines:
            paragraphs.append(" ".join(credit_lines))
            credit_lines = []
        sections.append(Section(heading, tuple(paragraphs)))
    return tuple(sections), _bio(meta, world, seed)


def _bio(meta: _Meta, world: World, seed: int) -> str:
    """The reviewer's bio printed under the review (a stream of its own, so cards have it)."""
    rng = random.Random(f"bio-{seed}-{meta.index}")
    prose = _Prose(rng, world.tail, world.tail_weights, meta.topics)
    return BIO.format(
        first=meta.reviewer.split()[0],
        w=prose.word(),
        k=rng.randint(2, 20),
        topic=meta.topics[0],
        n=rng.choice(NOUNS),
        adj=rng.choice(ADJECTIVES),
        w2=prose.word(),
    )


def _headline(meta: _Meta) -> str:
    film = meta.film
    if film.kind is Kind.SERIES:
        return f"{film.title} Season {film.season} Review: {meta.tagline}"
    return f"‘{film.title}’ ({film.year}) Review: {meta.tagline}"


def _review(meta: _Meta, root: Path, sections: tuple[Section, ...], bio: str | None) -> Review:
    film = meta.film
    rid = f"{slug(film.label)}-{meta.index:06d}"
    words = sum(len(p.split()) for s in sections for p in s.paragraphs)
    return Review(
        id=rid,
        path=root / f"{rid}.txt",
        format=Format.SCRAPED,
        headline=_headline(meta),
        film=film,
        directors=meta.directors,
        cast=meta.cast,
        runtime_minutes=meta.runtime,
        platform=meta.platform,
        sections=sections,
        reviewer=Reviewer(meta.reviewer, bio),
        word_count=words,
        has_body=bool(sections),
        mtime=BASE_MTIME + meta.index,
    )


def render(review: Review, junk_headline: str) -> str:
    """The text of a review's file, in the scraped-text shape."""
    lines = [review.headline, ""]
    for section in review.sections:
        if section.heading:
            lines += ["", section.heading, ""]
        for paragraph in section.paragraphs:
            lines += [paragraph, ""]
    if review.reviewer:
        lines += ["", review.reviewer.name, "", review.reviewer.name, ""]
        lines += [review.reviewer.bio or "", ""]
    lines += [JUNK[(review.film.year or 0) % len(JUNK)], "", junk_headline, "", "Share this:"]
    lines += ["Facebook", "X", "Email", ""]
    return "\n".join(lines)


def generate(count: int, seed: int = 7, root: Path | None = None) -> Iterator[Generated]:
    """`count` synthetic reviews with their bodies and file texts, the same for the same seed."""
    world = make_world(count, seed)
    base = root or corpus_path(count, seed)
    previous = "‘The Long Night’ (2001) Review: a quiet story of lighthouses"
    for meta in _metas(count, seed, world):
        sections, bio = _body(meta, world, seed)
        review = _review(meta, base, sections, bio)
        yield Generated(review, render(review, previous))
        previous = review.headline


def cards(count: int, seed: int = 7, root: Path | None = None) -> Iterator[Review]:
    """The same reviews as `generate`, as cards (no body, no bio): fast, for big libraries."""
    world = make_world(count, seed)
    base = root or corpus_path(count, seed)
    for meta in _metas(count, seed, world):
        yield _review(meta, base, (), _bio(meta, world, seed)).as_card()


def corpus_path(count: int, seed: int) -> Path:
    """Where the files of a corpus are written: `CORPUS_DIR/scraped-COUNT-SEED`."""
    return CORPUS_DIR / f"scraped-{count}-{seed}"


def write_corpus(count: int, seed: int = 7, dest: Path | None = None) -> Path:
    """Write a corpus's files (mtimes set from the seed) unless already complete; its folder."""
    folder = dest or corpus_path(count, seed)
    done = folder / ".complete"
    if done.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for item in generate(count, seed, folder):
        path = item.review.path
        path.write_text(item.text, encoding="utf-8")
        os.utime(path, (item.review.mtime, item.review.mtime))
    done.write_text(f"{count} {seed}\n", encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic corpus: `python -m bench.make_corpus COUNT [--seed N] [--out DIR]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    folder = write_corpus(args.count, args.seed, args.out)
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
