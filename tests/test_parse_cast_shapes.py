"""Credit shapes of `reeltui.parse.cast_shapes` read on small made-up pages: a part named by
what the person is ("X is the son, who …"), a bare named part beside other credits ("X is
Quill."), a part played in the past ("X was twelve when he played Ivo"), "Y, whom X plays",
and "X gives Y a quality" known by the noun's ending. Each shape in two wordings, and the
sentences of the same look that credit nobody."""

from __future__ import annotations

from reeltui.parse.cast_shapes import (
    described_parts,
    named_copulas,
    played_parts,
    whom_parts,
)

from prose_pages import cast, page


def _anyone(name: str) -> bool:
    return True


# --- "X is the son, who …" -----------------------------------------------------------------


def test_part_named_by_kin_beside_a_credit() -> None:
    review = page(
        "Anna Berglund plays Greta, the ferryman's widow, with a dry patience. Tomas Lindqvist "
        "is the son, who never wanted the ferry and says so at every meal.",
    )
    assert cast(review).get("Tomas Lindqvist") == "the son"


def test_part_named_by_a_calling_in_the_same_sentence_as_a_credit() -> None:
    # The twin: a possessive and a describing word, the credit in the same sentence.
    review = page(
        "Ivo Maassen plays Jorik with a shrug for every occasion, and Lotte Fredriks is the "
        "team's exasperated coach.",
    )
    assert cast(review).get("Lotte Fredriks") == "the team's exasperated coach"


def test_part_named_by_kin_with_no_credit_beside_gives_nothing() -> None:
    review = page("Tomas Lindqvist is the son, who never wanted the ferry.")
    assert "Tomas Lindqvist" not in cast(review)


def test_an_office_or_a_fact_of_a_life_is_no_part() -> None:
    text = "Dana Whitley is the mayor, a post she has held since the festival began."
    assert described_parts(text, _anyone) == []
    text = "Paul Hendry is the father of two teenage boys and a keen fisherman."
    assert described_parts(text, _anyone) == []
    text = "Greta Marsh is the director's mother, who visited the set every day."
    assert described_parts(text, _anyone) == []
    text = "Holt Maddox is the show's secret weapon, and he knows it."
    assert described_parts(text, _anyone) == []


def test_described_parts() -> None:
    text = "Simone Abar is the gentle, ironic father."
    assert described_parts(text, _anyone) == [("Simone Abar", "the father", 11)]
    text = "Nils Grinde is the Professor, a physicist whose rucksack is heavy."
    assert described_parts(text, _anyone) == [("Nils Grinde", "the Professor", 11)]


# --- "X is Quill." ---------------------------------------------------------------------------


def test_bare_named_part_with_the_part_named_again() -> None:
    review = page(
        "Kasper Dahlberg is Quill. He says very little for the first hour.",
        "When Quill finally talks, the boat goes quiet and nobody moves.",
    )
    assert cast(review).get("Kasper Dahlberg") == "Quill"


def test_bare_named_part_without_a_second_piece_of_evidence_gives_nothing() -> None:
    review = page(
        "Tamsin Wirth is a breakout as Saul Mercado, the relentlessly upbeat deputy. "
        "Carla Vossberg is Hollywood, and Hollywood is Carla Vossberg.",
    )
    assert "Carla Vossberg" not in cast(review)


def test_named_copulas() -> None:
    text = 'Temmo Marsh is Jake "the Muss" Heke, and thirty years on he still frightens.'
    assert named_copulas(text, _anyone) == [("Temmo Marsh", 'Jake "the Muss" Heke', 11)]
    assert named_copulas("Mara Olsen is Hollywood's new favourite.", _anyone) == []


# --- "X was twelve when he played Ivo" --------------------------------------------------------


def test_part_played_in_the_past_at_an_age() -> None:
    review = page(
        "Jonas Ekberg, who was twelve when he played Ivo, has the watchful face of a boy who "
        "has been hungry for a long time.",
        "Ivo hides in the reeds while the soldiers pass.",
    )
    assert cast(review).get("Jonas Ekberg") == "Ivo"


def test_part_played_in_the_past_plainly() -> None:
    # The twin: "X played Y, the …", the part named again in the story.
    review = page(
        "Before the awards, Lena Marsdottir played Dora Vail, the unpredictable carpenter "
        "Hannah keeps going back to.",
        "Dora is never quite what Hannah wants her to be.",
    )
    assert cast(review).get("Lena Marsdottir") == "Dora Vail"


def test_part_played_elsewhere_gives_nothing() -> None:
    assert played_parts("Oliver Grant played Hamlet at the Old Vic last spring.") == []
    assert played_parts("Sam Nield, who played Alan Grant in Jurassic Park, is back.") == []
    review = page(
        "Rhona Kellet, who was nine when she played Annie, now runs a bakery.",
    )
    assert "Rhona Kellet" not in cast(review)


# --- "Y, whom X plays" ------------------------------------------------------------------------


def test_whom_plays_after_an_apposition() -> None:
    review = page(
        "The quiet heart of the film is Rina, Adita's unmarried cousin, whom Sheela Sethna "
        "plays with the stillness of someone who keeps a secret.",
    )
    assert cast(review).get("Sheela Sethna") == "Rina"


def test_whom_plays_right_after_the_part() -> None:
    # The twin: no apposition, a sentence opening word before the part.
    review = page("Later comes Lubna, whom Sabira Alvi plays as a woman trapped by wealth.")
    assert cast(review).get("Sabira Alvi") == "Lubna"


def test_whom_parts() -> None:
    text = "A pair of smug rivals, whom Andy and Lance refer to as Simon and Garfunkel, turn up."
    assert whom_parts(text) == []
    text = "Their uncle Erol, whom Ayla Pekcan makes quietly plausible, locks the doors."
    assert whom_parts(text) == [("Ayla Pekcan", "Erol", False)]


# --- "X gives Y a quality" ---------------------------------------------------------------------


def test_gives_a_quality_known_by_its_ending() -> None:
    review = page(
        "Mira Holtz plays Ines with a quiet fury. Oskar Varga gives the drifter Kalle a "
        "terrifying geniality.",
    )
    assert cast(review).get("Oskar Varga") == "Kalle"


def test_gives_a_quality_inside_a_phrase_gives_nothing() -> None:
    review = page(
        "Mira Holtz plays Ines with a quiet fury. Ava Stonefield gives Hollywood a lesson in "
        "humility.",
    )
    assert "Ava Stonefield" not in cast(review)


def test_an_office_beside_a_credit_is_no_part() -> None:
    review = page(
        "Anna Berglund plays Greta, the ferryman's widow, with a dry patience. Ruth Ebbing "
        "is Chairwoman, a title she earned the hard way.",
    )
    assert "Ruth Ebbing" not in cast(review)


# --- a part's name ending in "-ly" before brackets ----------------------------------------


def test_a_part_ending_in_ly_before_the_actor_in_brackets() -> None:
    review = page(
        "Her sister Kelly (Lisa Sepulveda) and their friends rally round in a way that is "
        "unusually sweet for the genre.",
    )
    assert cast(review).get("Lisa Sepulveda") == "Kelly"


def test_a_part_ending_in_ly_opening_the_sentence() -> None:
    # The twin: the part opens its sentence.
    review = page("Holly (Tessa Grundmann) runs the bar with a wink and a shotgun under it.")
    assert cast(review).get("Tessa Grundmann") == "Holly"


# --- "Jet, …, gets a gruff warmth from X" ------------------------------------------------------


def test_part_gets_a_quality_from_the_actor() -> None:
    review = page(
        "Mira Holtz plays Ines with a quiet fury. Jory, the ex-cop with the mechanical arm, "
        "gets a gruff warmth from Ulrik Ishida, who never raises his voice.",
    )
    assert cast(review).get("Ulrik Ishida") == "Jory"


def test_part_named_in_the_subject_is_given_a_quality_by_the_actor() -> None:
    # The twin: "is given … by", the part named inside the subject's description.
    review = page(
        "Mira Holtz plays the detective Ines with a quiet fury. "
        "The first, a shy young man named Baek Minho, is given a heartbreaking innocence by "
        "Pak Nosung Lee, and it is hard to watch.",
        "Baek Minho confesses to nothing and everything.",
    )
    assert cast(review).get("Pak Nosung Lee") == "Baek Minho"


def test_a_call_from_someone_is_no_quality() -> None:
    review = page(
        "Mira Holtz plays Ines with a quiet fury. Sartor, an inspector, gets a phone call "
        "from Ganesh Gaiter, a gangster who vanished years ago.",
    )
    assert "Ganesh Gaiter" not in cast(review)


# --- "And as Gary, Ray's mate, X gets …", "…; as Erin, X sheds …" ------------------------------


def test_joined_as_opening_past_a_possessive_description() -> None:
    review = page(
        "Mira Holtz plays Ines with a quiet fury. And as Gary, Ray's mate and occasional "
        "liability, Justus Rosner gets the show's biggest laughs.",
    )
    assert cast(review).get("Justus Rosner") == "Gary"


def test_as_opening_after_a_semicolon() -> None:
    # The twin: the opening follows a semicolon, no description.
    review = page(
        "Dylan's girlfriend is a single mum who dreams of more; as Erin, Michaela Keeling "
        "sheds the last traces of her soap years.",
    )
    assert cast(review).get("Michaela Keeling") == "Erin"


# --- "X, making her film debut as Tina, …" -----------------------------------------------------


def test_debut_as_a_part_after_the_name() -> None:
    review = page(
        "Rosa Perrin, making her film debut as Marco's girlfriend Tina, dances through the "
        "opening credits like a fighter warming up.",
    )
    assert cast(review).get("Rosa Perrin") == "Tina"


def test_debut_as_a_part_after_a_description() -> None:
    # The twin: a description of the performer between the name and "making".
    review = page(
        "Nakhal Toure, the musician and novelist making his screen debut as Xolan, is "
        "extraordinary from the first scene.",
    )
    assert cast(review).get("Nakhal Toure") == "Xolan"


def test_debut_as_director_names_no_part() -> None:
    review = page(
        "John Michael Dorrity, making his feature debut as director, has written a script "
        "that is relentlessly funny.",
    )
    assert "John Michael Dorrity" not in cast(review)


def test_a_life_around_the_film_is_no_part() -> None:
    # Kin in the words, but the sentence speaks of the film's showing, not its story.
    text = "Tom Reyes is the father, who flew in from Madrid for the premiere."
    assert described_parts(text, _anyone) == []
    review = page(
        "Mira Holtz plays Ines with a quiet fury. Berlin gets a fresh warmth from Ivo Brandtner "
        "every February.",
    )
    assert "Ivo Brandtner" not in cast(review)


# --- "X is a very good Kiki, and Y is a laid-back Ursula" ---------------------------------


def test_judged_parts_in_a_run_through_the_cast() -> None:
    review = page(
        "The English dub has its own fans. Mara Lindqvist is a very good Tilda, and Oona "
        "Berg is a laid-back Sunniva, though the cat is overplayed.",
        "Tilda leaves home at thirteen; Sunniva, a painter in the woods, takes her in.",
    )
    assert cast(review) == {"Mara Lindqvist": "Tilda", "Oona Berg": "Sunniva"}


def test_judged_parts_in_a_run_through_the_cast_second_wording() -> None:
    # The twin: other judging words, the parts named apart before the run.
    review = page(
        "Brann is a drifter and Ilse is the widow who hires him.",
        "Tor Haugen is a terrific Brann, and Lena Moe is a steely Ilse.",
    )
    assert cast(review) == {"Tor Haugen": "Brann", "Lena Moe": "Ilse"}


def test_a_judged_part_alone_is_no_credit() -> None:
    review = page("Tom Varga is a fine Bond, if you ask me. Bond would have liked the chase.")
    assert cast(review) == {}
