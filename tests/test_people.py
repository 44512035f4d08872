"""People's pages in the core: films and reviews by name, sentences that name a person, the
bounds on that work, and how a typed name picks a person."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reeltui.library import Library
from reeltui.model import Credit, Film, Format, Review, Reviewer, Section
from reeltui.search import Searcher
from reeltui.search.fulltext.store import fts5_available
from reeltui.search.names import name_key
from reeltui.search.people import (
    Candidate,
    Mention,
    MentionsState,
    candidates,
    choose_person,
    find_mentions,
    person_page,
    sentences,
)
from reeltui.search.terms import name_terms

pytestmark = pytest.mark.skipif(not fts5_available(), reason="SQLite without FTS5")


def review(
    rid: str,
    title: str,
    year: int = 2020,
    *,
    cast: Sequence[tuple[str, str | None]] = (),
    directors: Sequence[str] = (),
    reviewer: str | None = None,
    bio: str | None = None,
    rating: str | None = None,
    paragraphs: Sequence[str] = (),
    sections: Sequence[tuple[str | None, Sequence[str]]] = (),
    mtime: float = 1.0,
) -> Review:
    """A review with its body, for a library made with `Library.from_reviews`."""
    made = tuple(Section(h, tuple(ps)) for h, ps in sections) or (
        (Section(None, tuple(paragraphs)),) if paragraphs else ()
    )
    return Review(
        id=rid,
        path=Path("/nowhere") / f"{rid}.txt",
        format=Format.SCRAPED,
        headline=f"{title} ({year}) Review",
        film=Film(title, year),
        directors=tuple(directors),
        cast=tuple(Credit(actor, role) for actor, role in cast),
        sections=made,
        reviewer=Reviewer(reviewer, bio) if reviewer else None,
        rating=rating,
        mtime=mtime,
    )


@pytest.fixture
def searcher() -> Iterator[Searcher]:
    """Michael Peña (spelt two ways) in two films, named in a third's review; Elizabeth Peña
    beside him in one; Ben Stiller acting in one film and directing another; two reviewers."""
    library = Library.from_reviews(
        Path("/nowhere"),
        [
            review(
                "martian",
                "The Martian",
                2015,
                cast=[("Matt Damon", "Mark Watney"), ("Michael Peña", "Rick Martinez")],
                directors=["Ridley Scott"],
                reviewer="Dev Raghunathan",
                bio="Dev writes about science fiction.",
                rating="4/5",
                sections=[
                    (None, ["An astronaut is left on Mars. Damon is wry. Peña waits."]),
                    (
                        "The Crew",
                        ["Michael Peña plays the pilot. Peña is funny. Dr. Kapoor is not."],
                    ),
                ],
            ),
            review(
                "watch",
                "End of Watch",
                2012,
                cast=[("Michael Pena", "Mike Zavala"), ("Elizabeth Peña", "Ma")],
                reviewer="Dev Raghunathan",
                bio="Dev writes about crime films.",
                rating="8/10",
                paragraphs=[
                    "Michael Pena stars as Mike Zavala. Pena is the heart of it.",
                    "Elizabeth Peña has one scene.",
                ],
                mtime=5.0,
            ),
            review(
                "ant-man",
                "Ant-Man",
                2015,
                cast=[("Paul Rudd", "Scott Lang")],
                reviewer="Lena Fischbach",
                bio="Lena writes about comedies.",
                paragraphs=["Paul Rudd is fine, but Michael Peña steals the film. Pena rules."],
            ),
            review(
                "zoolander",
                "Zoolander",
                2001,
                cast=[("Ben Stiller", "Derek Zoolander")],
                directors=["Ben Stiller"],
                reviewer="Lena Fischbach",
                bio="Lena writes about comedies.",
                paragraphs=["Ben Stiller directs himself."],
            ),
            review(
                "mitty",
                "The Secret Life of Walter Mitty",
                2013,
                cast=[("Kristen Wiig", "Cheryl")],
                directors=["Ben Stiller"],
                reviewer="Lena Fischbach",
                bio="Lena writes about films, mostly comedies.",
                paragraphs=["Stiller's film is a daydream."],
                mtime=9.0,
            ),
        ],
    )
    with Searcher(library) as built:
        yield built


# -- sentences ---------------------------------------------------------------------------


def test_sentences_end_at_full_stops_but_not_at_initials_or_abbreviations() -> None:
    text = (
        "Jose M. Hernandez dreams of space. Dr. Kapoor says no! Will he go? "
        "“Yes,” he says. 3 times, vs. 2 before… And then"
    )
    parts = [text[a:b] for a, b in sentences(text)]
    assert parts == [
        "Jose M. Hernandez dreams of space.",
        "Dr. Kapoor says no!",
        "Will he go?",
        "“Yes,” he says.",
        "3 times, vs. 2 before…",
        "And then",
    ]


def test_sentences_end_at_newlines_and_skip_space() -> None:
    text = "  A line without a stop\nand another.  Next one."
    assert [text[a:b] for a, b in sentences(text)] == [
        "A line without a stop",
        "and another.",
        "Next one.",
    ]


@given(st.text(alphabet=st.sampled_from("ab .!?\n“”M"), max_size=60))
def test_sentences_are_ordered_non_overlapping_and_trimmed(text: str) -> None:
    spans = sentences(text)
    ends = -1
    for start, end in spans:
        assert ends <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        ends = end


# -- the page ----------------------------------------------------------------------------


def test_an_actors_page_lists_each_film_once_with_the_character(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("Michael Peña"))
    assert page is not None
    assert page.name == "Michael Peña"
    assert page.spellings == ("Michael Pena", "Michael Peña")
    assert page.roles == ("actor",)
    assert [(f.film.label, f.credit) for f in page.films] == [
        ("End of Watch (2012)", "as Mike Zavala"),
        ("The Martian (2015)", "as Rick Martinez"),
    ]
    assert page.reviews == () and page.bio is None
    assert page.describe() == "Actor in 2 films"
    assert page.terms == ("Michael Peña", "Michael Pena", "Peña", "Pena")


def test_one_person_in_two_roles_has_one_page(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("ben stiller"))
    assert page is not None
    assert page.roles == ("actor", "director")
    assert [(f.film.title, f.acted, f.directed, f.credit) for f in page.films] == [
        ("The Secret Life of Walter Mitty", False, True, "director"),
        ("Zoolander", True, True, "as Derek Zoolander · director"),
    ]
    assert page.describe() == "Actor in 1 film · director of 2 films"


def test_a_reviewers_page_has_the_bio_and_every_review(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("Dev Raghunathan"))
    assert page is not None
    assert page.roles == ("reviewer",)
    assert [(r.id, r.rating) for r in page.reviews] == [("watch", "8/10"), ("martian", "4/5")]
    # Two bios, printed once each: the newest review's wins.
    assert page.bio == "Dev writes about crime films."
    assert not page.has_credits
    assert page.describe() == "Reviewer of 2 films"
    assert page.average is not None and page.average.label == "4/5"  # 8/10 and 4/5
    assert page.terms == ("Dev Raghunathan",)  # a reviewer's surname alone marks nothing


def test_the_bio_printed_most_often_wins(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("lena fischbach"))
    assert page is not None
    assert page.bio == "Lena writes about comedies."


def test_nobody_has_no_page(searcher: Searcher) -> None:
    assert person_page(searcher, "nobody at all") is None
    assert searcher.person("") == []


# -- mentions ----------------------------------------------------------------------------


def texts(found: Sequence[Mention]) -> list[tuple[str, str]]:
    return [(m.review.id, m.sentence) for m in found]


def test_mentions_are_the_sentences_that_name_them(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("michael pena"))
    assert page is not None
    mentions = find_mentions(searcher, page)
    assert mentions.state is MentionsState.COMPLETE
    assert texts(mentions.found) == [
        # Another film's review names him in full, so his surname counts there too.
        ("ant-man", "Paul Rudd is fine, but Michael Peña steals the film."),
        ("ant-man", "Pena rules."),
        # Elizabeth Peña is credited in End of Watch: there, only his full name counts.
        ("watch", "Michael Pena stars as Mike Zavala."),
        # In his own films' reviews the surname counts in any section.
        ("martian", "Peña waits."),
        ("martian", "Michael Peña plays the pilot."),
        ("martian", "Peña is funny."),
    ]
    first = mentions.found[0]
    assert (first.section_index, first.paragraph_index, first.start) == (0, 0, 0)
    assert first.sentence[slice(*first.spans[0])] == "Michael Peña"
    funny = mentions.found[-1]
    assert (funny.section_index, funny.heading, funny.paragraph_index) == (1, "The Crew", 0)
    assert funny.start == len("Michael Peña plays the pilot. ")
    assert funny.spans == ((0, 4),)


def test_a_surname_alone_does_not_find_reviews_of_other_films(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("Elizabeth Peña"))
    assert page is not None
    found = texts(find_mentions(searcher, page).found)
    assert found == [("watch", "Elizabeth Peña has one scene.")]


def test_mentions_stop_at_their_bounds(searcher: Searcher) -> None:
    page = person_page(searcher, name_key("Michael Peña"))
    assert page is not None
    few = find_mentions(searcher, page, limit=2)
    assert len(few.found) == 2 and few.state is MentionsState.TRUNCATED
    assert not few.complete
    one_section = find_mentions(searcher, page, sections=1)
    assert one_section.state is MentionsState.TRUNCATED
    # One review looked at for the surname alone (his first film's): in the others only the
    # sections that name him in full are read.
    one_review = find_mentions(searcher, page, reviews=1)
    assert one_review.state is MentionsState.TRUNCATED
    assert ("martian", "Peña waits.") not in texts(one_review.found)
    assert ("martian", "Peña is funny.") in texts(one_review.found)


def test_a_long_sentence_is_cut_around_the_name() -> None:
    sentence = "word " * 100 + "Michael Peña" + " word" * 100
    start = sentence.index("Michael")
    mention = Mention(
        review("x", "X"), 0, None, 0, 0, sentence, ((start, start + len("Michael Peña")),)
    )
    text, spans = mention.excerpt(80)
    assert text.startswith("…") and text.endswith("…")
    assert len(text) <= 82
    assert text[slice(*spans[0])] == "Michael Peña"
    short = Mention(review("x", "X"), 0, None, 0, 0, "Peña.", ((0, 4),))
    assert short.excerpt() == ("Peña.", ((0, 4),))


def test_passages_look_in_the_text_not_the_headings() -> None:
    body = review(
        "a",
        "A",
        sections=[("Michael Peña", ["Nothing here."]), (None, ["But Michael  PENA here."])],
    )
    index = Searcher(Library.from_reviews(Path("/nowhere"), [body]))
    found = index.passages(["Michael Peña"], limit=10)
    assert [(p.review.id, p.section_index, p.body) for p in found] == [
        ("a", 1, "But Michael  PENA here.")
    ]
    assert index.passages(["Michael Peña"], limit=10, within=["other"]) == []
    assert index.passages(["!!", ""], limit=10) == []
    assert index.passages(['Michael" OR "x'], limit=10) == []  # quoted: never syntax
    index.close()
    index.library.close()


# -- a typed name ------------------------------------------------------------------------


def names(found: Candidate | list[Candidate]) -> list[str] | str:
    return found.name if isinstance(found, Candidate) else [c.name for c in found]


def test_a_typed_name_picks_one_person(searcher: Searcher) -> None:
    assert names(choose_person("pena", candidates(searcher, "pena"))) == [
        "Michael Peña",
        "Elizabeth Peña",
    ]
    assert names(choose_person("MICHAEL PENA", candidates(searcher, "MICHAEL PENA"))) == (
        "Michael Peña"
    )
    assert names(choose_person("micheal pena", candidates(searcher, "micheal pena"))) == (
        "Michael Peña"
    )
    assert names(choose_person("stiller", candidates(searcher, "stiller"))) == "Ben Stiller"
    assert names(choose_person("nobody", candidates(searcher, "nobody"))) == []


def test_a_person_in_two_roles_is_one_candidate(searcher: Searcher) -> None:
    (stiller,) = candidates(searcher, "ben stiller")
    assert stiller.roles == (("actor", 1), ("director", 2))
    assert stiller.describe() == "Ben Stiller (actor, 1 film; director, 2 films)"


def test_name_terms_give_spellings_then_surnames() -> None:
    assert name_terms("Michael Peña", ["Michael Pena"]) == (
        "Michael Peña",
        "Michael Pena",
        "Peña",
        "Pena",
    )
    assert name_terms("Cher") == ("Cher",)
    assert name_terms("Jet Li") == ("Jet Li",)  # too short to stand alone
    assert name_terms("Ana Reviewer", surnames=False) == ("Ana Reviewer",)
