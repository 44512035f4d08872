"""A paragraph of prose that closes on a labelled fact ("… at the sea. Cast: Jane Roe as Ann.")
keeps its sentences in the review's text, cut from the label (`reeltui.parse.label_tail`); the
label's credits are read as before."""

from __future__ import annotations

from reeltui.parse.label_tail import split_label_tails

from prose_pages import cast, page, paragraphs


def test_a_short_paragraph_closing_on_the_cast_keeps_its_sentence() -> None:
    review = page(
        "The film opens with a woman shouting at the sea. Cast: Jane Roe as Ann, Tom Bell as "
        "Ned, Rosa Diaz as Mel, Ira Holt as Jo."
    )
    texts = paragraphs(review)
    assert "The film opens with a woman shouting at the sea." in texts
    assert not any("Cast:" in p for p in texts)
    assert cast(review) == {
        "Jane Roe": "Ann",
        "Tom Bell": "Ned",
        "Rosa Diaz": "Mel",
        "Ira Holt": "Jo",
    }


def test_a_paragraph_closing_on_the_stars_keeps_its_sentences() -> None:
    # The twin: two sentences, another label and a list of names without parts.
    review = page(
        "A quiet drama about grief. It never raises its voice. Starring: Ola Brandt, Kim Sato, "
        "Lou Parr, Ned Finch."
    )
    texts = paragraphs(review)
    assert "A quiet drama about grief. It never raises its voice." in texts
    assert set(cast(review)) == {"Ola Brandt", "Kim Sato", "Lou Parr", "Ned Finch"}


def test_a_long_paragraph_leaves_its_label_out_of_the_text() -> None:
    sentence = (
        "The film opens with a woman shouting at the sea, and for a long while nobody answers "
        "her at all."
    )
    review = page(f"{sentence} Cast: Jane Roe as Ann.")
    assert sentence in paragraphs(review)
    assert cast(review) == {"Jane Roe": "Ann"}


def test_split_label_tails() -> None:
    units = ["Harbour Lights", "A woman shouts at the sea all night. Running time: 95 minutes."]
    assert split_label_tails(units) == [
        "Harbour Lights",
        "A woman shouts at the sea all night.",
        "Running time: 95 minutes.",
    ]
    unchanged = [
        "Dir: Ana Lima. Starring: Tom Hale, Rosa Diaz.",  # a run of facts
        "Drama. 95 mins. Cast: Tom Hale, Rosa Diaz.",  # no sentence before the label
        "It is well made. What works is the cast: sad, funny and sharp.",  # a sentence's colon
        "None of that really matters. Rating: 3.5/5, with an extra half-star for the ending.",
        "Neon presents a film directed by Ana Lima. Rated R. Running time: 95 minutes.",
    ]
    assert split_label_tails(unchanged) == unchanged
