"""The gate for credits the prose alone gives: a credit in a weak shape is believed only with a
second piece of evidence. Small made-up pages with invented names; each shape has a twin in
another wording, and each credit the gate keeps has one too."""

from __future__ import annotations

import pytest

from reeltui.model import Credit
from reeltui.parse.gate import unbelieved

from prose_pages import cast, page

# Two credits in plain shapes, and a third by possessive with its part described as a person:
# the page shows the habit of crediting by possessive.
HABIT = (
    "Mara Tress's Ada Lund, a ferry pilot who keeps her own counsel, carries the film. "
    "Ben Orr's Tomas, the harbourmaster who loves her, gives it warmth."
)
PLAIN = (
    "Mara Tress plays Ada Lund, a ferry pilot who keeps her own counsel, and Ben Orr plays "
    "Tomas, the harbourmaster."
)
ASIDE = "It rains a great deal in this town."


@pytest.mark.parametrize(
    "sentence",
    [
        "The music deserves a word. Colm Reid's Harbour Waltz, heard as Ada rows home, has "
        "outlived the film.",
        "Colm Reid's Red Summer told the same story from the top down years ago.",
    ],
)
def test_a_possessive_alone_with_nothing_else_credits_nobody(sentence: str) -> None:
    got = cast(page(HABIT, ASIDE, sentence))
    assert "Colm Reid" not in got
    assert got == {"Mara Tress": "Ada Lund", "Ben Orr": "Tomas"}


@pytest.mark.parametrize(
    "sentence",
    [
        # the part described as a person right after it
        "Leo Brandt's Kestrel, a wiry fisherman who never smiles, stomps about the docks.",
        # the actor named again by the surname alone
        "Leo Brandt's Kestrel stomps about the docks, and Brandt makes him frightening.",
    ],
)
def test_a_possessive_with_a_second_piece_of_evidence_stays(sentence: str) -> None:
    got = cast(page(HABIT, ASIDE, sentence))
    assert got.get("Leo Brandt") == "Kestrel"


@pytest.mark.parametrize(
    "sentence",
    [
        "The book was filmed once before, in a version where the ferryman was played by Colm Reid.",
        "There was a radio serial too, in which the pilot was memorably voiced by Colm Reid.",
    ],
)
def test_a_part_played_in_the_past_is_another_version_s(sentence: str) -> None:
    got = cast(page(PLAIN, sentence))
    assert "Colm Reid" not in got


def test_a_part_played_in_the_past_by_someone_named_again_stays() -> None:
    sentence = "Later the ferryman, who was played by Colm Reid, turns up again, and Reid is funny."
    assert "Colm Reid" in cast(page(PLAIN, sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The story has since become a musical, with Colm Reid taking on the role of Ada Lund.",
        "A stage version followed in Leeds, where Colm Reid plays Ada Lund every night.",
    ],
)
def test_a_second_actor_in_a_part_with_nothing_to_explain_it_is_another_version_s(
    sentence: str,
) -> None:
    got = cast(page(PLAIN, sentence))
    assert "Colm Reid" not in got
    assert got["Mara Tress"] == "Ada Lund"


@pytest.mark.parametrize(
    "sentence",
    [
        "Lia Penn plays the young Ada Lund in the flashbacks, and the match is uncanny.",
        "In the flashbacks Lia Penn plays Ada Lund as a girl of ten.",
    ],
)
def test_two_actors_in_a_part_at_two_ages_both_stay(sentence: str) -> None:
    got = cast(page(PLAIN, sentence))
    assert got["Lia Penn"] == "Ada Lund"
    assert got["Mara Tress"] == "Ada Lund"


@pytest.mark.parametrize(
    "actor", ["Mother Sister", "Sergeant Cole", "Part Two", "Volume One", "Rapper Kato Blue"]
)
def test_a_name_styled_as_a_character_or_a_part_of_the_work_is_no_actor(actor: str) -> None:
    credits = [Credit("Mara Tress", "Ada Lund"), Credit(actor, "Kestrel")]
    keys = ["mara tress", actor.lower()]
    assert unbelieved(credits, keys, set(keys), [PLAIN]) == {actor.lower()}


def test_the_gate_leaves_labelled_credits_alone() -> None:
    credits = [Credit("Mother Sister", "Kestrel")]
    assert unbelieved(credits, ["mother sister"], set(), [PLAIN]) == set()


@pytest.mark.parametrize("label", ["Tags:", "Topics:"])
def test_a_line_of_tags_naming_the_owner_backs_a_possessive(label: str) -> None:
    texts = ["Leo Brandt's Kestrel, all bluster, in a coat three sizes too big."]
    credits = [Credit("Leo Brandt", "Kestrel")]
    assert unbelieved(credits, ["leo brandt"], {"leo brandt"}, texts) == {"leo brandt"}
    units = [*texts, f"{label} Harbour Lights, Leo Brandt, Drama"]
    assert unbelieved(credits, ["leo brandt"], {"leo brandt"}, texts, units) == set()
