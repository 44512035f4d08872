""" "X plays him" never means a character the page shows to be a woman, nor "X plays her" a
man, nor a name the sentence only quotes (`reeltui.parse.part_sex`). Small made-up pages, each
shape in two wordings."""

from __future__ import annotations

from prose_pages import cast, page

LABELS = "Starring: Tobin Rask, Lia Sand, Oren Vale"


def test_plays_him_is_not_the_woman_named_before() -> None:
    review = page(
        "Lia Sand is Mira, devoted to her fiancé Osvald to the point of blindness; Tobin Rask "
        "plays him as a smiling clerk whose patience has a limit.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") == "Osvald"
    # The twin: "her" after a clause that shows the first name to be a man.
    review = page(
        "Tobin Rask is Osvald, proud of his boat and of little else, and his sister Mira "
        "keeps the accounts; Lia Sand plays her with a dry, patient wit.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") == "Mira"


def test_plays_him_after_a_husband_and_his_wife() -> None:
    review = page(
        "Then there is the gruff husband, Halvard, who shoves through the crowd to shield his "
        "pregnant wife, Sunniva. Tobin Rask plays him as a bear with a soft heart.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") == "Halvard"
    # The twin: "her", the wife named first and the husband after her.
    review = page(
        "Among the passengers is a young mother, Sunniva, travelling with her husband, "
        "Halvard. Lia Sand plays her with a tired, watchful warmth.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") == "Sunniva"


def test_plays_him_is_no_name_in_quoted_dialogue() -> None:
    review = page(
        'The hitman has one line everyone remembers, the soft question "Where is Ada Lund?" '
        "that opens the show. Tobin Rask plays him with a terrible calm.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") != "Ada Lund"
    # The twin: curly quotes and "her".
    review = page(
        "The nurse keeps asking “Is that Osvald Brenn?” of every stranger at the door. "
        "Lia Sand plays her with a brittle cheer.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") != "Osvald Brenn"


def test_plays_him_after_a_character_shown_by_a_relation() -> None:
    review = page(
        "Then there is Osvald. Osvald is Mira's brother-in-law, and he is the self-declared "
        "head of the family, a barber who keeps a spotless shop. Tobin Rask plays him, and it "
        "is a performance unlike any he has given.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") == "Osvald"
    # The twin: "her", and a relation through a possessive pronoun.
    review = page(
        "The one who sees through him is Mira. Mira is his new producer, and she has no "
        "patience for any of it. Lia Sand plays her with a wry, steady warmth.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") == "Mira"


def test_plays_him_after_a_description_a_who_goes_on_from() -> None:
    review = page(
        "She has a plan. Enter Osvald, a bartender and a bit of a drifter, who has his own "
        "reasons for being far from home. Tobin Rask plays him with an easy grin.",
        labels=LABELS,
    )
    assert cast(review).get("Tobin Rask") == "Osvald"
    # The twin: "her", a description with "the", and "portrays".
    review = page(
        "Nobody expects Mira, the night clerk at the harbour hotel, who notices everything. "
        "Lia Sand plays her with a dry, patient wit.",
        labels=LABELS,
    )
    assert cast(review).get("Lia Sand") == "Mira"
