"""Directors and runtimes in the shapes the label scanner and the prose rules used to leave: a
line of facts divided by bars with "Dir." or "Directed by" in one part, a "Directed by" line
with a long list of names, a crew line running its labels after dashes, and a runtime the
review's sentences state ("is 102 minutes of", "(PG-13, 106 minutes)", "…; 81 minutes.").
The pages and names are made up."""

from __future__ import annotations

import pytest

from reeltui.parse.labels import scan_labels

from prose_pages import P1, P2, P3, page


def _directors(line: str) -> list[str]:
    return [hit.value for hit in scan_labels([line]) if hit.kind == "director"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Dir. Ilse Varnholt | Portugal/Brazil 1971 | 118 min | Portuguese with English "
            "subtitles | Cert 12A",
            "Ilse Varnholt",
        ),
        (
            "Channel Nine | 2019 | Written by Amos Treble | Directed by Wendell Okafor-Lind",
            "Wendell Okafor-Lind",
        ),
        (
            "Directed and written by Rosa Quint, Paolo Quint, Tamsin Edge-Wallace",
            "Rosa Quint, Paolo Quint, Tamsin Edge-Wallace",
        ),
        (
            "Written and directed by Margit Halloway and Desmond Achterberg-Vale",
            "Margit Halloway and Desmond Achterberg-Vale",
        ),
        (
            "Director/Screenplay – Corin Abbas, Based on the Novel by Edith Moss, Producers – "
            "Corin Abbas & Lea Stroud, Photography – Noam Pell, Music – Ivo Brand, Production "
            "Design – Tilde Marsh",
            "Corin Abbas",
        ),
    ],
)
def test_credit_lines_the_scanner_reads(line: str, names: str) -> None:
    assert _directors(line) == [names]


@pytest.mark.parametrize(
    "line",
    [
        "Directed by Pia Lorne. Rated R. 89 minutes. Available to rent on digital platforms.",
        "Festival | Programme | Dir. of the festival Gus Aldane, in a speech at the opening",
        "News | Film | TV | Music | Books | Culture | Newsletters | Podcasts",
    ],
)
def test_lines_that_are_no_director_credit(line: str) -> None:
    assert _directors(line) == []


def test_a_programme_pages_info_line_under_the_title() -> None:
    review = page(
        P1,
        P2,
        P3,
        labels="Dir. Ilse Varnholt | Portugal/Brazil 1971 | 118 min | Portuguese with subtitles",
    )
    assert review.directors == ("Ilse Varnholt",)
    assert review.runtime_minutes == 118


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("Harbour Lights is 102 minutes of people shouting at each other in small rooms.", 102),
        ("The film is 132 minutes long and I never once reached for my phone.", 132),
        ("It's 114 minutes of pure unease, and it made me want to go home.", 114),
        ("For 86 minutes, the film offers images and music and nothing else.", 86),
        ('"Harbour Lights" (PG-13, 106 minutes): a cool, elegant thriller of the docks.', 106),
        ("Harbour Lights is lean (107 minutes, no fat) and surprisingly clever.", 107),
        (
            "It screens at the Arcadia on Friday at 7pm, and tickets are $12 at the door. In "
            "Portuguese with English subtitles; 81 minutes.",
            81,
        ),
        (
            "With Ada Brill, Tomas Ek and Lina Voss. Blu-ray, black and white, 143 min. A "
            "Meridian Classics release.",
            143,
        ),
    ],
)
def test_a_runtime_the_review_states(sentence: str, minutes: int) -> None:
    assert page(P1, sentence, P2).runtime_minutes == minutes


@pytest.mark.parametrize(
    "sentence",
    [
        "The first act is 40 minutes of set-up that the film never needs.",
        "The series runs to six episodes; 45 minutes each.",
        "Its eight episodes (50 minutes, give or take) never drag.",
    ],
)
def test_lengths_that_are_no_runtime(sentence: str) -> None:
    assert page(P1, sentence, P2).runtime_minutes is None


# --- directors the review's sentences add ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Directed by Ines Morrow, it is a tender film. Morrow directed it herself with the "
        "stage designer Caleb Ostrander, and their choice was to keep it small.",
        "Directed by Ines Morrow, it is a tender film. Morrow, who co-directed the film with "
        "Caleb Ostrander, keeps the pace tight for most of its run.",
    ],
)
def test_a_co_director_beside_a_director_found(sentence: str) -> None:
    assert page(sentence).directors == ("Ines Morrow", "Caleb Ostrander")


@pytest.mark.parametrize(
    "sentence",
    [
        "The series was shot on a vast set. Its three directors — Ines Morrow (Salt Road), "
        "Caleb Ostrander and Pim Vasquez-Lee — share the work evenly.",
        "Each episode has its own writer and the show shares its direction among four directors "
        "– Ines Morrow, Caleb Ostrander, Pim Vasquez-Lee and Dana Holt – so the tone shifts.",
    ],
)
def test_a_sentence_that_counts_out_the_directors(sentence: str) -> None:
    directors = page(sentence).directors
    assert directors[:3] == ("Ines Morrow", "Caleb Ostrander", "Pim Vasquez-Lee")


@pytest.mark.parametrize(
    "sentence",
    [
        # the subject is no director of this film
        "Directed by Ines Morrow, it is a tender film. Hal Brandt co-directed the series with "
        "Caleb Ostrander before this.",
        # the count and the names disagree
        "The festival honoured three directors — Ines Morrow and Caleb Ostrander — this year.",
        # another work directed "with" someone
        "Directed by Ines Morrow, it is a tender film. Morrow directed Salt Road with Caleb "
        "Ostrander in 2011.",
    ],
)
def test_no_co_director_without_the_pages_evidence(sentence: str) -> None:
    assert "Caleb Ostrander" not in page(sentence).directors


@pytest.mark.parametrize(
    "sentence",
    [
        "The film is the directorial debut of Ines Morrow, a stage designer for twenty years.",
        "Pim Vasquez's script, under Ines Morrow's direction, gets the small stuff right.",
        "Shot in a single summer under the direction of Ines Morrow, it never raises its voice.",
    ],
)
def test_a_director_named_by_the_work_itself(sentence: str) -> None:
    assert page(sentence).directors == ("Ines Morrow",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Her directorial debut, Salt Road, was a quieter film than this one.",
        "The cast, under the direction of a patient hand, never overplays.",
    ],
)
def test_no_director_from_a_debut_or_direction_that_names_nobody(sentence: str) -> None:
    assert page(sentence).directors == ()
