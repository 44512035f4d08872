"""Parts named in the shapes the plain "X plays Y" patterns miss: a described subject that
says which one it means ("the detective in charge, played by X"), the part before "as X plays
him", a pronoun or "that <noun>" standing for a character named before "played by", two
characters "are played by" two actors, "plays opposite her as Y", a part spelt with initials,
a person noun after "plays", and a caption a page saved as text keeps in brackets. Small
made-up pages, each with a twin worded another way."""

from __future__ import annotations

from prose_pages import cast, page

STARRING = "Starring: Hal Mercer, Lia Sand"


def test_a_described_subject_with_what_tells_which_one() -> None:
    review = page(
        "In the first story, a young clerk numbered 40, played by Hal Mercer, waits a month "
        "for a letter that never comes.",
        labels=STARRING,
    )
    assert cast(review)["Hal Mercer"] == "a young clerk numbered 40"
    # The twin: a prepositional phrase after the noun, and an aside after the actor.
    review = page(
        "The suspects are beaten and beaten again. The detective in charge, played by Lia Sand "
        "with a terrifying calm, wants a confession before the weekend.",
        labels=STARRING,
    )
    assert cast(review)["Lia Sand"] == "The detective in charge"


def test_the_part_before_as_the_actor_plays_him() -> None:
    review = page(
        "Into the town drives a lawyer. Osvald Brenn, as Hal Mercer plays him, arrives with a "
        "briefcase and a promise that someone will pay.",
        labels=STARRING,
    )
    credits = cast(review)
    assert credits["Hal Mercer"] == "Osvald Brenn"
    assert "Osvald Brenn" not in credits  # the part is no actor
    # The twin: a woman's part, a one-word name, a semicolon after the verb.
    review = page(
        "The ferry brings a stranger. Ada, as Lia Sand portrays her; a woman all nerve and no "
        "patience, takes a room at the inn.",
        labels=STARRING,
    )
    credits = cast(review)
    assert credits["Lia Sand"] == "Ada"
    assert "Ada" not in credits


def test_a_pronoun_before_played_by_stands_for_the_character_described_before() -> None:
    review = page(
        "Two stories run side by side. Osvald is a ferryman who has not left the island in "
        "years. He is played by Hal Mercer, and it is the best work of his career.",
        labels=STARRING,
    )
    assert cast(review)["Hal Mercer"] == "Osvald"
    # The twin: a woman, "was", and the sentence before opening on "And".
    review = page(
        "And Ada was a schoolteacher with a secret nobody in the village guessed. She was "
        "played by Lia Sand, who gives the part a wary warmth.",
        labels=STARRING,
    )
    assert cast(review)["Lia Sand"] == "Ada"


def test_that_noun_is_played_by_names_the_person_named_before() -> None:
    review = page(
        "Rain threatens all week, and the mother of the groom, Ada Lund, frets about the "
        "seating. That mother is played by Lia Sand, and she is wonderful.",
        labels=STARRING,
    )
    assert cast(review)["Lia Sand"] == "Ada Lund"
    # The twin: the paragraph before names the character; "This" and "was".
    review = page(
        "The storm comes, and the captain of the ferry, Osvald Brenn, refuses to sail.",
        "This captain was played by Hal Mercer, who makes stubbornness look like courage.",
        labels=STARRING,
    )
    assert cast(review)["Hal Mercer"] == "Osvald Brenn"


def test_two_characters_are_played_by_two_actors() -> None:
    review = page(
        "Osvald and Ada, the young couple, are played by Hal Mercer and Lia Sand, both new to "
        "the screen.",
        labels=STARRING,
    )
    assert cast(review) == {"Hal Mercer": "Osvald", "Lia Sand": "Ada"}
    # The twin: "were", a shared surname and no description.
    review = page(
        "Tom and Edie Brenn were played by Hal Mercer and Lia Sand with a lovely ease.",
        labels=STARRING,
    )
    assert cast(review) == {"Hal Mercer": "Tom Brenn", "Lia Sand": "Edie Brenn"}


def test_plays_opposite_someone_as_a_part() -> None:
    review = page(
        "Lia Sand carries the first half. Hal Mercer plays opposite her as Osvald, and this is "
        "the part that made his name.",
        labels=STARRING,
    )
    assert cast(review)["Hal Mercer"] == "Osvald"
    # The twin: "alongside" and a full name for the partner.
    review = page(
        "Lia Sand plays alongside Hal Mercer as Ada Lund, a nurse on the night shift.",
        labels=STARRING,
    )
    assert cast(review)["Lia Sand"] == "Ada Lund"


def test_a_part_spelt_with_initials() -> None:
    review = page(
        "Hal Mercer gets the darkest laughs, and Lia Sand, as his partner J.P. Lund, is deadpan "
        "perfection.",
        labels=STARRING,
    )
    assert cast(review)["Lia Sand"] == "J.P. Lund"
    # The twin: three initials after a description in another shape.
    review = page(
        "Lia Sand is fine, and Hal Mercer, as the ferry's owner A.B.C. Brenn, is even better.",
        labels=STARRING,
    )
    assert cast(review)["Hal Mercer"] == "A.B.C. Brenn"


def test_a_person_noun_after_plays() -> None:
    review = page("Hal Mercer plays the chief with the gravity of a legend.", labels=STARRING)
    assert cast(review)["Hal Mercer"] == "the chief"
    # The twin: a description that goes on with a relative clause.
    review = page(
        "Lia Sand plays a bored millionaire who buys the island on a whim.", labels=STARRING
    )
    assert cast(review)["Lia Sand"] == "a bored millionaire"


def test_a_caption_kept_in_brackets_gives_roles_to_credited_actors() -> None:
    review = page(
        "[Image: Hal Mercer as Osvald Brenn in Salt Harbour. Courtesy of Harbour Films]",
        "Hal Mercer is a revelation in the role, and the film rests on him.",
        labels=STARRING,
    )
    assert cast(review)["Hal Mercer"] == "Osvald Brenn"
    # The twin: "[Photo: …]", two credits, one of an actor the page credits nowhere else.
    review = page(
        "[Photo: Lia Sand as Ada and Tobin Rask as Tom in Salt Harbour. Harbour Films]",
        "Lia Sand holds the film together with a wary grace.",
        labels=STARRING,
    )
    credits = cast(review)
    assert credits["Lia Sand"] == "Ada"
    assert "Tobin Rask" not in credits  # a caption gives a role, never a new actor
