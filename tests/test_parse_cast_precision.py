"""Credits the parser read the wrong way round or out of another work, on pages of sites the
rules were not written for. Small made-up pages with invented names: each test fails if its
rule goes, and each has a twin in another wording of the same shape."""

from __future__ import annotations

import pytest

from prose_pages import CLOSING, OPENING, cast, page, scraped


@pytest.mark.parametrize(
    ("ranked", "plain"),
    [
        (
            "Around them stand the coppers: Tobin Marsh (DS Ellis Crane), the sneering, ambitious "
            "colleague; and Rhea Solway (PC Nora Vell), the one who listens.",
            "Corin Hale (Walter Pike), the gruff mentor, keeps a revolver in his desk, and Hale "
            "makes him wonderful. Ada Quist (Marian Loame), the editor of the paper, is sharp.",
        ),
        (
            "Then there is Tobin Marsh (Chief Superintendent Ellis Crane), pompous but no fool, "
            "and Rhea Solway (DCI Nora Vell), who sees through everyone.",
            "Corin Hale (Walter Pike) gives the show its moral weight. Ada Quist (Marian Loame) "
            "turns up late and steals every scene she is in.",
        ),
    ],
)
def test_a_rank_in_the_brackets_settles_which_way_round_the_page_writes_its_pairs(
    ranked: str, plain: str
) -> None:
    got = cast(page(plain, ranked))
    assert {"Tobin Marsh", "Rhea Solway", "Corin Hale", "Ada Quist"} <= set(got)
    assert got["Corin Hale"] == "Walter Pike"
    assert got["Ada Quist"] == "Marian Loame"
    assert not {"Walter Pike", "Marian Loame", "Ellis Crane"} & set(got)
    assert not any(actor.startswith(("DS ", "PC ", "DCI ", "Chief")) for actor in got)


@pytest.mark.parametrize(
    "sentence",
    [
        "Walter Pike (Corin Hale), the gruff mentor, keeps a revolver in his desk, and "
        "DS Ellis Crane (Tobin Marsh) sneers at everyone.",
        "Marian Loame (Ada Quist) edits the paper, and Lt. Nora Vell (Rhea Solway) sees "
        "through everyone.",
    ],
)
def test_a_rank_outside_the_brackets_keeps_the_common_way_round(sentence: str) -> None:
    got = cast(page(sentence))
    assert not {"Walter Pike", "Marian Loame", "Ellis Crane", "Nora Vell"} & set(got)
    assert not any(actor.startswith(("DS ", "Lt")) for actor in got)


@pytest.mark.parametrize(
    ("sentence", "actor", "part"),
    [
        (
            "Lina Morrow is Tessa, the only one of them to finish school, and Obi Crane is the "
            "amiably dim Rob, forever selling junk out of the back of his van.",
            "Obi Crane",
            "Rob",
        ),
        (
            "Dara Quill is Nell, the only one of them with a job, and Piet Lorne is the "
            "hopelessly sweet Rob, always one scheme behind.",
            "Piet Lorne",
            "Rob",
        ),
    ],
)
def test_a_second_is_in_a_run_through_the_cast_is_a_credit_of_the_run(
    sentence: str, actor: str, part: str
) -> None:
    lead = "Hal Brenner plays the father Gus, who thinks every idea he has is a great one."
    got = cast(page(f"{lead} {sentence}"))
    assert got["Hal Brenner"] == "Gus"
    assert got.get(actor) == part
    assert len(got) == 3


@pytest.mark.parametrize(
    "sentence",
    [
        "Lina Morrow is Tessa, the only one of them to finish school, and Obi Crane is the "
        "reason anyone saw it.",
        "Dara Quill is Nell, who keeps the books; Piet Lorne is the Chair of the society.",
    ],
)
def test_a_second_is_that_names_no_part_credits_nobody(sentence: str) -> None:
    lead = "Hal Brenner plays the father Gus, who thinks every idea he has is a great one."
    got = cast(page(f"{lead} {sentence}"))
    assert "Obi Crane" not in got and "Piet Lorne" not in got


@pytest.mark.parametrize(
    ("maker", "other"),
    [
        ("Producer Brianna Alcott-Reyes fought for a longer cut.", "Later came a cartoon "
         "series, Night Wardens, in which the vampires were voiced by Tomas Reyes and Nina Vale."),
        ("The score is by Kit Lamb-Kerr.", "The earlier radio version, in which the sisters were "
         "played by Ivy Kerr and Ada Lund, is lost."),
    ],
)  # fmt: skip
def test_a_surname_inside_a_double_barrelled_name_does_not_name_a_past_voice_again(
    maker: str, other: str
) -> None:
    got = cast(
        page(
            "Hal Brenner plays the father Gus, who thinks every idea he has is a great one, and "
            f"Lina Dorn is wonderful as his daughter Tessa. {maker} {other}"
        )
    )
    assert got == {"Hal Brenner": "Gus", "Lina Dorn": "Tessa"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ruth Mayne, who was kidnapped as a girl, wrote the memoir the film is based on.",
        "The real Omar Said was adopted as a young boy and tells his own story in the credits.",
    ],
)
def test_an_age_after_a_passive_verb_is_no_part(sentence: str) -> None:
    lead = "Hal Brenner plays the father Gus, who thinks every idea he has is a great one."
    got = cast(page(f"{lead} {sentence}"))
    assert got == {"Hal Brenner": "Gus"}


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Ruth Mayne is heartbreaking as a girl who has lost everything.", "Ruth Mayne"),
        ("Omar Said, also cast, is wonderful as a boy with a secret.", "Omar Said"),
    ],
)
def test_a_part_described_after_as_stays_a_credit(sentence: str, actor: str) -> None:
    lead = "Hal Brenner plays the father Gus, who thinks every idea he has is a great one."
    got = cast(page(f"{lead} {sentence}"))
    assert actor in got


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Greta Voss, familiar as Detective Hale on Harbour Nights, is back. Voss is wonderful.",
         "Greta Voss"),
        ("Omar Said, still recognisable as Nurse Pike from Night Bus, returns. Said is a joy.",
         "Omar Said"),
    ],
)  # fmt: skip
def test_a_part_recalled_by_a_word_of_fame_is_another_work_s(sentence: str, actor: str) -> None:
    lead = "Hal Brenner plays the father Gus, who thinks every idea he has is a great one."
    got = cast(page(f"{lead} {sentence}"))
    assert got.get(actor, "") is None or actor not in got
    assert got["Hal Brenner"] == "Gus"


@pytest.mark.parametrize(
    "label", ["Who's who in Dog River (Season 1):", "Who's who in Harbourside (Series Two):"]
)
def test_a_cast_heading_closed_by_a_remark_in_brackets_still_heads_the_cast(label: str) -> None:
    review = scraped(
        f"Salt Harbour review\n\nBy Jane Critic\n\n{OPENING}\n\n"
        "Dana Butt and Gaby Mellor lead the cast, and Fred Ewan steals every scene he is "
        f"in.\n\n{CLOSING}\n\n{label}\nBrent Leroy – Dana Butt\n"
        "Lacey Burrows – Gaby Mellor\nHank Yarbo – Fred Ewan\n\n"
        "All six seasons are streaming now.\n\nRelated Stories\n"
    )
    got = cast(review)
    assert got.get("Gaby Mellor") == "Lacey Burrows"
    assert got.get("Fred Ewan") == "Hank Yarbo"
    assert "Lacey Burrows" not in got
