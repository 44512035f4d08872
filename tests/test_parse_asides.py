"""An aside between an actor's name and the verb that credits them ("X, whom you may remember
from …, is Hedda", "X, so good last year on stage, is her son") is lifted out before the
credit is read (`reeltui.parse.asides`); an aside that says what the person did in making the
film, or a list of names, stays."""

from __future__ import annotations

from reeltui.parse.asides import lifted

from prose_pages import cast, page


def test_a_named_part_after_a_relative_aside() -> None:
    review = page(
        "Marta Quist, whom older viewers may remember from a long-running soap, is Hedda, the "
        "innkeeper who hides the smugglers, and she gives the film its warmth.",
    )
    assert cast(review).get("Marta Quist") == "Hedda"


def test_a_part_named_by_kin_after_a_describing_aside() -> None:
    # The twin: a different aside (no relative word), a part named by what it is to another.
    review = page(
        "Lena Hart plays Ada, a widow who keeps bees. Tomas Lindqvist, so good last year on "
        "stage, is her son, who never wanted the farm.",
    )
    assert cast(review).get("Tomas Lindqvist") == "her son"


def test_an_aside_of_the_making_or_a_list_stays() -> None:
    review = page(
        "Sara Ng, who wrote the novel, is the reason the film exists. Ilse Brandt, the "
        "director, plays the long game.",
    )
    assert cast(review) == {}
    text = "Porter Vale, Ernest Tru and Ross Karn are a gallery of cynics in the press room."
    assert lifted(text) == text


def test_lifted() -> None:
    assert lifted("Fine. Mia Holm, in her film debut, makes the girl eerie.") == (
        "Fine. Mia Holm makes the girl eerie."
    )
    # not the subject of its clause, or the word after the aside no verb
    text = "We meet Mia Holm, in her film debut, and the girl is eerie."
    assert lifted(text) == text
    text = "The film belongs to Mia Holm, in her film debut, who makes the girl eerie."
    assert lifted(text) == text
    text = "Mia Holm, playing the girl, makes her eerie."
    assert lifted(text) == text


def test_an_aside_that_is_the_credit() -> None:
    review = page(
        "And Vera Lindahl, playing Sepa, the most devout of the healer's followers, turns "
        "faith into something close to menace.",
    )
    assert cast(review).get("Vera Lindahl") == "Sepa"


def test_an_aside_that_is_the_credit_with_a_described_part() -> None:
    # The twin: the named part after a determiner and describing words, no description after.
    review = page(
        "Rosa Quint, playing the bookish younger sister Mel, makes the most of her few scenes.",
    )
    assert cast(review).get("Rosa Quint") == "Mel"


def test_an_aside_of_another_work_credits_nobody() -> None:
    review = page("Greta Voss, playing a similar widow in Harbour Street, was better served.")
    assert cast(review) == {}
    text = "Greta Voss, playing Tony in Harbour Street, was better served."
    assert lifted(text) == text
    text = "Mia Holm, as Ada Lane, makes her eerie."
    assert lifted(text) == text


def test_an_aside_after_a_word_for_a_performer() -> None:
    review = page(
        "Ole Brunvoll is unsettling as the puppeteer, his courtesy more frightening than any "
        "threat, and veteran Sigrid Halvorsen, one of the country's most loved actors, is "
        "magnificent as Nyi Marta, a figure of terrible stillness.",
    )
    assert cast(review).get("Sigrid Halvorsen") == "Nyi Marta"


def test_an_aside_after_a_word_for_a_performer_second_wording() -> None:
    # The twin: the clause before names its part after "is", another aside after the name.
    review = page(
        "The puppeteer is Ole Brunvoll, his courtesy worse than any threat, and veteran Kari "
        "Lunde, one of the great actors of the old studio days, is superb as Marta Nyland, the "
        "keeper of the shrine.",
    )
    assert cast(review).get("Kari Lunde") == "Marta Nyland"
