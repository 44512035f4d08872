"""The words of a role, settled from the credit's own text once the actor and the part are found:
a name cut short is mended, words set before the name that only describe are dropped when the
page names the character without them, a description that goes on to name the character gives
the name, and a qualifier that tells two actors' versions of a part apart is kept. Small
made-up pages, each with a twin worded another way."""

from __future__ import annotations

from reeltui.model import Credit
from reeltui.parse.role_span import settle_roles

from prose_pages import cast, page


def test_initials_cut_at_their_full_stop() -> None:
    review = page(
        "The cast is superb. Hal Mercer's R.J. Brandt is introduced losing at cards, and Tobin "
        "Rask's Blair is the first of them to crack."
    )
    assert cast(review)["Hal Mercer"] == "R.J. Brandt"
    # The twin: one initial, and a sentence worded another way.
    review = page(
        "The ensemble is the point: Hal Mercer's J. Brandt is sour and capable, while Tobin "
        "Rask's Blair is the first to crack."
    )
    assert cast(review)["Hal Mercer"] == "J. Brandt"


def test_initials_before_a_new_sentence_stay_as_they_are() -> None:
    # The twin: the initials end the sentence; the capitalised word after them opens the next.
    credits = settle_roles(
        [Credit("Hal Mercer", "T.J")], ["Hal Mercer plays the boss, T.J. He never smiles."]
    )
    assert credits[0].role == "T.J"


def test_an_aka_form_written_at_the_credit() -> None:
    review = page(
        "Lia Sand rounds out the team as Ada Lund, aka Nightjar, who is a little too polished "
        "for this crew and knows it."
    )
    assert cast(review)["Lia Sand"] == "Ada Lund, aka Nightjar"
    # The twin: spelt out, with the credit's verb before the part.
    credits = settle_roles(
        [Credit("Lia Sand", "Ada Lund")],
        ["Lia Sand plays Ada Lund, also known as Nightjar, with a wary grace."],
    )
    assert credits[0].role == "Ada Lund, also known as Nightjar"


def test_a_word_that_only_opens_the_sentence() -> None:
    paragraphs = [
        "The old world is gone. Enter Mira (Lia Sand), a girl from the southern tribe, who "
        "finds a boy frozen in the ice.",
        "Mira is the show's heart, and the season is hers.",
    ]
    assert settle_roles([Credit("Lia Sand", "Enter Mira")], paragraphs)[0].role == "Mira"
    # The twin: another opening word, and a page that never names the character without it.
    paragraphs = [
        "Nobody saw it coming. Meet Osvald (Hal Mercer), a clerk who wants a quiet life.",
        "The clerk is the story's heart.",
    ]
    credits = settle_roles([Credit("Hal Mercer", "Meet Osvald")], paragraphs)
    assert credits[0].role == "Meet Osvald"


def test_a_name_that_opens_the_sentence_is_kept_whole() -> None:
    # "Weird" is written capitalised inside a sentence too: part of the name.
    paragraphs = [
        "The dolls are a riot. Weird Ada (Lia Sand) lives in a house at the edge of the town.",
        "Later Ada leaves, and the film misses Weird Ada badly.",
    ]
    assert settle_roles([Credit("Lia Sand", "Weird Ada")], paragraphs)[0].role == "Weird Ada"


def test_a_rank_after_describing_words() -> None:
    review = page(
        "Hal Mercer, as the seasoned Inspector Ravi Kohli, is another standout; his quiet "
        "dignity brings warmth to a grim story.",
        "Ravi Kohli is the one man at the station who still reads every file.",
    )
    assert cast(review)["Hal Mercer"] == "Ravi Kohli"
    # The twin: the rank straight after the credit's verb is part of the name as written.
    credits = settle_roles(
        [Credit("Lia Sand", "Commissioner Greta Voss")],
        [
            "Lia Sand plays Commissioner Greta Voss with a steely calm.",
            "Greta Voss never raises her voice.",
        ],
    )
    assert credits[0].role == "Commissioner Greta Voss"


def test_a_description_that_names_the_character() -> None:
    review = page(
        "Tobin Rask plays a washed-up Prussian officer, Captain Emil Varga, with his usual "
        "rumpled charm, and the film is better whenever he is on screen."
    )
    assert cast(review)["Tobin Rask"] == "Captain Emil Varga"
    # The twin: "named" after the description.
    credits = settle_roles(
        [Credit("Lia Sand", "His girlfriend, a nurse named Greta Voss")],
        ["His girlfriend, a nurse named Greta Voss, is played by Lia Sand with warmth."],
    )
    assert credits[0].role == "Greta Voss"


def test_a_qualifier_kept_where_two_actors_share_a_part() -> None:
    paragraphs = [
        "Lia Sand plays Ada, an eleven-year-old on holiday with her father.",
        "In strobe-lit flashes we see the adult Ada, played by Mira Holt, searching a club.",
    ]
    credits = settle_roles([Credit("Lia Sand", "Ada"), Credit("Mira Holt", "Ada")], paragraphs)
    assert [c.role for c in credits] == ["Ada", "adult Ada"]
    # The twin: one actor in the part; the qualifier only describes, and is not added.
    credits = settle_roles([Credit("Mira Holt", "Ada")], paragraphs[1:])
    assert credits[0].role == "Ada"


def test_a_description_keeps_what_it_is_from_or_of() -> None:
    review = page(
        "Lia Sand turns up as an ambitious reporter from Leeds, sniffing out a story, and Tobin "
        "Rask is very good as Osvald, the cub reporter on the local paper."
    )
    assert cast(review)["Lia Sand"] == "an ambitious reporter from Leeds"
    # The twin: "plays", a place on which, and "who" ending the description.
    credits = settle_roles(
        [Credit("Hal Mercer", "a weary steward")],
        ["Hal Mercer plays a weary steward on a night ferry who has seen every kind of fool."],
    )
    assert credits[0].role == "a weary steward on a night ferry"


def test_a_description_ends_before_how_it_is_played() -> None:
    credits = settle_roles(
        [Credit("Hal Mercer", "a weary steward")],
        ["Hal Mercer plays a weary steward with a dry, quiet dignity, and steals the film."],
    )
    assert credits[0].role == "a weary steward"
    # The twin: what follows is the actor's manner, and a clause's verb follows the place.
    credits = settle_roles(
        [Credit("Lia Sand", "a nurse")],
        ["Lia Sand plays a nurse with his own sense of timing; from the start is her scene."],
    )
    assert credits[0].role == "a nurse"


def test_a_part_cut_at_the_acronym_that_opens_its_description() -> None:
    credits = settle_roles(
        [Credit("Lia Sand", "TV")],
        ["Lia Sand plays ambitious TV anchor Katrine Holm, and Hal Mercer is her producer."],
    )
    assert credits[0].role == "Katrine Holm"
    # The twin: another acronym, two nouns, and "who" after the name.
    credits = settle_roles(
        [Credit("Hal Mercer", "FBI")],
        ["As the FBI field agent Dale Brandt who comes to town, Hal Mercer is all nerves."],
    )
    assert credits[0].role == "Dale Brandt"


def test_a_description_of_the_named_subject_gives_the_name() -> None:
    credits = settle_roles(
        [Credit("Hal Mercer", "a soft-spoken factory worker")],
        [
            "The suspects multiply. The last, Osvald Brenn, is a soft-spoken factory worker "
            "played by Hal Mercer, whose smooth face gives nothing away."
        ],
    )
    assert credits[0].role == "Osvald Brenn"
    # The twin: "was", no comma, and "portrayed with quiet menace by".
    credits = settle_roles(
        [Credit("Lia Sand", "the ferry's cook")],
        ["By the finale, Mira was the ferry's cook, portrayed with quiet menace by Lia Sand."],
    )
    assert credits[0].role == "Mira"


def test_a_name_that_runs_on_into_its_sentence_verb_ends_before_it() -> None:
    credits = settle_roles(
        [Credit("Lia Sand", "Mira meets the ferryman")],
        ["Above: Lia Sand as Mira meets the ferryman in Salt Harbour. Credit: Studio"],
    )
    assert credits[0].role == "Mira"
    # The twin: a full name and another verb.
    credits = settle_roles(
        [Credit("Hal Mercer", "Osvald Brenn finds the letter")],
        ["Hal Mercer as Osvald Brenn finds the letter, in a still from the film."],
    )
    assert credits[0].role == "Osvald Brenn"


# --- "Name, <aside>, is played by X": the subject, never a name inside the aside ---


def test_the_subject_before_an_aside_is_the_part_played() -> None:
    review = page(
        "Halvard Moe, the aging king of the Bergen Folk Festival, is played by Oren Vale, a "
        "wiry man in a sequinned jacket who sings every verse as if it were scripture.",
    )
    assert cast(review)["Oren Vale"] == "Halvard Moe"


def test_the_subject_before_a_who_clause_is_the_part_played() -> None:
    # The twin: the aside a "who" clause with a second name in it (an alias).
    review = page(
        "The smuggler, Idris Lunde, who trades under the name Karl Brun, is played by Tobin "
        "Rask with a quiet, lethal patience.",
    )
    assert cast(review)["Tobin Rask"] == "Idris Lunde"


# --- "the mother, whom Jack calls simply Ma": the name the story calls the person ---


def test_a_description_then_the_name_another_calls_them() -> None:
    review = page(
        "Lia Sand plays the mother, whom Teo calls simply Mor. It is a performance of great "
        "control.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review)["Lia Sand"] == "Mor"


def test_a_description_then_the_name_everyone_calls_them() -> None:
    # The twin: "who everyone calls", in an "as" credit.
    review = page(
        "Oren Vale is wonderful as the harbour master, who everyone calls Skipper, a man with a "
        "story for every tide.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review)["Oren Vale"] == "Skipper"


# --- "The guide is played by X": a subject described, not named, is the part ---


def test_a_described_subject_is_played_by_an_actor() -> None:
    review = page(
        "Three men walk into the forbidden zone. The guide is played by Oren Vale, shaven-headed "
        "and watchful, with the patience of a man who has waited years.",
        labels="Starring: Lia Sand, Oren Vale",
    )
    assert cast(review)["Oren Vale"] == "The guide"


def test_a_described_subject_with_a_who_clause_is_played_by_an_actor() -> None:
    # The twin: the subject after an opening phrase, a relative clause on it, and a dash.
    review = page(
        "In a quiet late scene, the judge who hears Anselm's appeal — played by Tobin Rask, in "
        "one of his last roles — asks him whether he forgives the court.",
        labels="Starring: Lia Sand, Tobin Rask",
    )
    assert cast(review)["Tobin Rask"] == "the judge"
