"""Section headings found by what surrounds them: a heading over a list of who plays whom,
with the review going on under the list, and parts numbered by numerals alone; pages made up
for the test, each with a twin worded otherwise, and pages the rules must leave alone."""

from __future__ import annotations

from prose_pages import P1, P2, P3, SALT, SALT2, SALT3, headings, paragraphs, scraped

TOP = "Harbour Lights review: a quiet triumph\n\nBy Jane Critic | May 2, 2024\n\n"
SALT_TOP = "The Salt Road review\n\nBy Ola Ade | June 3, 2023\n\n"
END = "\n\nLeave a Reply\n"
LONG = f"{P1} {P2}"  # a paragraph of forty words or more: no summary box's line
LONG_SALT = f"{SALT} {SALT3}"


def test_a_question_heading_over_a_cast_list_is_a_heading() -> None:
    review = scraped(
        f"{TOP}What is Harbour Lights about?\n\n{LONG}\n\nWho's in the cast?\n\n"
        "Rosa Lima – Ana Lima\nTom Hale – Peter Hale\nOld Jonah – Carl Berg\n\n"
        f"Is it any good?\n\n{P2}\n\n{P3}{END}"
    )
    assert headings(review) == [
        "What is Harbour Lights about?",
        "Who's in the cast?",
        "Is it any good?",
    ]
    assert "Who's in the cast?" not in paragraphs(review)


def test_a_heading_in_capitals_over_a_cast_list_among_headings_in_capitals() -> None:
    review = scraped(
        f"{SALT_TOP}THE STORY\n\n{LONG_SALT}\n\nTHE PLAYERS\n\n"
        "Marta Vel – Ines Duarte\nThe Ferryman – Bruno Sá\nYoung Tomas – Rui Lobo\n\n"
        f"{SALT2}\n\nTHE VERDICT\n\n{SALT3}{END}"
    )
    assert headings(review) == ["THE STORY", "THE PLAYERS", "THE VERDICT"]
    assert paragraphs(review)[1] == SALT2


def test_a_cast_label_over_a_list_in_another_style_is_no_heading() -> None:
    review = scraped(
        f"{SALT_TOP}The Story\n\n{LONG_SALT}\n\nCAST\n\n"
        "Marta Vel – Ines Duarte\nThe Ferryman – Bruno Sá\nYoung Tomas – Rui Lobo\n\n"
        f"{SALT2}\n\nThe Verdict\n\n{SALT3}{END}"
    )
    assert "CAST" not in headings(review)


def test_roman_numerals_numbering_the_parts_are_headings() -> None:
    review = scraped(f"{TOP}{P1}\n\nI.\n\n{P2}\n\nII.\n\n{P3}\n\nIII.\n\n{SALT}{END}")
    assert headings(review) == ["I.", "II.", "III."]
    assert paragraphs(review) == [P1, P2, P3, SALT]


def test_plain_numbers_numbering_the_parts_are_headings() -> None:
    review = scraped(f"{SALT_TOP}{P1}\n\n1\n\n{SALT}\n\n2\n\n{SALT2}\n\n3\n\n{SALT3}{END}")
    assert headings(review) == ["1", "2", "3"]


def test_numerals_out_of_order_are_no_headings() -> None:
    review = scraped(f"{SALT_TOP}{SALT}\n\n4\n\n{SALT2}\n\n15\n\n{SALT3}{END}")
    assert headings(review) == []


def test_a_heading_naming_whom_the_section_is_about() -> None:
    review = scraped(
        f"{TOP}{LONG}\n\nThe story\n\n{P3}\n\nRosa Lima\n\n"
        "The film belongs to Rosa Lima, its quiet centre, a harbour pilot who says little and "
        f"notices everything, and the film is wise enough to let her silences do the work.\n\n"
        f"The ending\n\n{SALT3}{END}"
    )
    assert headings(review) == ["The story", "Rosa Lima", "The ending"]


def test_a_heading_naming_the_firm_the_section_is_about() -> None:
    review = scraped(
        f"{SALT_TOP}{LONG_SALT}\n\nThe sea\n\n{SALT2}\n\nHarbour Board\n\n"
        "The men of the Harbour Board are a colder lot, and the film watches their meetings "
        f"with the patience of someone who has sat through too many of them.\n\n"
        f"Last words\n\n{P3}{END}"
    )
    assert headings(review) == ["The sea", "Harbour Board", "Last words"]


def test_a_name_the_paragraph_under_it_does_not_write_about_is_no_heading() -> None:
    review = scraped(
        f"{SALT_TOP}{LONG_SALT} Marta Vel plays the pilot.\n\nThe sea\n\n{SALT2}\n\nMarta Vel\n\n"
        f"{P3}\n\n"
        f"Last words\n\n{P2}{END}"
    )
    assert "Marta Vel" not in headings(review)


def test_a_heading_in_capitals_with_a_slash_among_headings_in_capitals() -> None:
    review = scraped(
        f"{TOP}{LONG_SALT}\n\nSTORY\n\n{LONG}\n\nACTING/CAST\n\n{P3}\n\nMUSIC\n\n{SALT}\n\nOVERALL\n\n"
        f"{SALT3}{END}"
    )
    assert headings(review) == ["STORY", "ACTING/CAST", "MUSIC", "OVERALL"]


def test_a_slashed_line_in_capitals_among_headings_in_capitals() -> None:
    review = scraped(
        f"{SALT_TOP}{LONG}\n\nTHE PLOT\n\n{LONG_SALT}\n\nSOUND/SCORE\n\n{SALT2}\n\nTHE VERDICT\n\n"
        f"{P3}{END}"
    )
    assert headings(review) == ["THE PLOT", "SOUND/SCORE", "THE VERDICT"]


def test_the_second_label_of_a_pair_of_lists_is_a_heading() -> None:
    review = scraped(
        f"{TOP}{LONG}\n\nWhat we liked\nThe harbour scenes\nThe music\n\n"
        f"What we didn't like\nThe length\nThe last act\n\nFinal Verdict\n\n{P3}{END}"
    )
    assert headings(review) == ["What we liked", "What we didn't like", "Final Verdict"]


def test_the_second_label_of_another_pair_of_lists_is_a_heading() -> None:
    review = scraped(
        f"{SALT_TOP}{LONG_SALT}\n\nThings I loved\nThe weather\nThe ferry\n\n"
        f"Things I hated\nThe pace\nThe score\n\n{SALT2}{END}"
    )
    assert headings(review)[:2] == ["Things I loved", "Things I hated"]


def test_a_heading_over_a_sentence_leading_into_a_cast_list() -> None:
    review = scraped(
        f"{SALT_TOP}{LONG_SALT}\n\nThe Salt Road Cast and Characters\n\n"
        "Before we go on, here is a reminder of who played whom on the boats:\n\n"
        "Marta Vel – Ines Duarte\nThe Ferryman – Bruno Sá\nOld Tomas – J.R. Lobo\n\n"
        f"The Story of the Harbour\n\n{SALT2}\n\nWhy It Still Matters\n\n{P3}{END}"
    )
    assert headings(review) == [
        "The Salt Road Cast and Characters",
        "The Story of the Harbour",
        "Why It Still Matters",
    ]
