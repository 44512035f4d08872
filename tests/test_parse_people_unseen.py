"""Credit shapes of sites the extractor was not developed on: crew rows inside a "Cast & Crew"
block, long "Starring" lines, titles named after a kind of work, comparisons through a
possessive, "played with … by X", descriptions set off by commas. Small made-up pages with
invented names: each test fails if its rule goes."""

from __future__ import annotations

from reeltui.parse.credits import is_name
from reeltui.parse.labels import scan_labels

from prose_pages import cast, page


def test_crew_rows_inside_a_cast_and_crew_block_are_not_cast() -> None:
    units = [
        "Cast & Crew",
        "Director: Mara Olsen",
        "Producers: Tove Lind, Ivo Brandt",
        "DP: Kasia Wren",
        "Hal Mercer — Tom Quill",
        "Lia Sand — Ada Quill",
        "Running time: 98 mins",
    ]
    hits = scan_labels(units)
    by_kind = {(h.kind, h.value) for h in hits}
    assert ("director", "Mara Olsen") in by_kind
    assert ("crew", "Tove Lind, Ivo Brandt") in by_kind
    cast_values = [h.value for h in hits if h.kind == "cast"]
    assert cast_values == ["Hal Mercer — Tom Quill, Lia Sand — Ada Quill"]


def test_a_cast_and_crew_block_credits_the_cast_and_the_director_apart() -> None:
    review = page(
        "Hal Mercer is fine in it.",
        after="Cast & Crew\n\nDirector: Mara Olsen\nProducers: Tove Lind, Mara Olsen\n\n"
        "Hal Mercer — Tom Quill\nLia Sand — Ada Quill",
    )
    assert cast(review) == {"Hal Mercer": "Tom Quill", "Lia Sand": "Ada Quill"}
    assert list(review.directors) == ["Mara Olsen"]


def test_a_long_starring_line_is_a_cast_list() -> None:
    names = [
        "Hal Mercer",
        "Lia Sand",
        "Tobin Rask",
        "Dorrie Vance",
        "Ivo Brandt",
        "Kasia Wren",
        "Petra Holm",
        "Anton Ruiz",
        "Greta Vale",
        "Oskar Lund",
    ]
    line = "Starring " + ", ".join(names[:-1]) + ", and " + names[-1] + "."
    assert len(line) > 120
    hits = [h for h in scan_labels(["Directed by Mara Olsen.", line]) if h.kind == "cast"]
    assert len(hits) == 1 and hits[0].value.endswith("Oskar Lund")


def test_who_is_in_it_is_a_cast_label() -> None:
    review = page(labels="Who's in it: Hal Mercer, Lia Sand")
    assert set(cast(review)) == {"Hal Mercer", "Lia Sand"}


def test_a_title_after_a_kind_of_work_is_not_the_subject() -> None:
    review = page(
        "Lia Sand, best known until now for her turn in the comedy series Paper Moon, plays "
        "Nora opposite Hal Mercer as Jun."
    )
    assert cast(review) == {"Lia Sand": "Nora", "Hal Mercer": "Jun"}


def test_a_possessive_in_a_comparison_credits_nobody() -> None:
    review = page(
        "It opens on the same weekend as Greta Vale's Moonbeam, and the jokes are endless.",
        "Hal Mercer's Tom is a wreck, and Lia Sand's Ada holds the film together.",
        labels="Cast: Hal Mercer, Lia Sand",
    )
    assert cast(review) == {"Hal Mercer": "Tom", "Lia Sand": "Ada"}


def test_played_with_a_long_manner_phrase_by_an_actor() -> None:
    review = page(
        "Best of all is Kane Ashby, the ambitious chairman of the board, played with a coiled, "
        "wounded pride by Tobin Rask.",
        "Then there is Marek, the grieving grandfather whose death starts it all, played with a "
        "twinkle and a growl by Hal Mercer.",
    )
    assert cast(review) == {"Tobin Rask": "Kane Ashby", "Hal Mercer": "Marek"}


def test_a_name_before_a_possessive_description_is_the_role() -> None:
    review = page(
        "The secret weapon is Arthur, Nora's American husband, played with a disarming decency "
        "by Tobin Rask."
    )
    assert cast(review) == {"Tobin Rask": "Arthur"}


def test_plays_someone_s_relation_then_the_name() -> None:
    review = page("Dorrie Vance plays Oz's mother, Francis, in a few quiet scenes.")
    assert cast(review) == {"Dorrie Vance": "Francis"}
    review = page("Dorrie Vance plays Oz's mother in a few quiet scenes.")
    assert cast(review) == {"Dorrie Vance": "Oz's mother"}


def test_a_possessive_of_a_character_described_as_a_person_credits_the_owner() -> None:
    review = page(
        "The subplot is thin, and Tobin Rask's Arvind, the man who may have come between "
        "them, is written as a plot device."
    )
    assert cast(review) == {"Tobin Rask": "Arvind"}


def test_a_possessive_of_a_thing_credits_nobody() -> None:
    review = page("The film arrives the same week as Greta Vale's Moonbeam, a summer hit.")
    assert cast(review) == {}


def test_a_surname_that_plays_after_the_full_name() -> None:
    review = page("And then there is Dorrie Vance. Vance plays Loretta Durkin, a hopeful actress.")
    assert cast(review) == {"Dorrie Vance": "Loretta Durkin"}
    # A surname alone, never spelt out in full, credits nobody.
    assert cast(page("Vance plays Loretta Durkin, a hopeful actress.")) == {}


def test_a_role_keeps_its_abbreviated_title() -> None:
    review = page(
        "Dr. Godwin Baxter, a scarred surgeon, is played with a gruff tenderness by Hal Mercer."
    )
    assert cast(review) == {"Hal Mercer": "Dr. Godwin Baxter"}


def test_plays_him_after_a_sentence_that_names_and_describes_one_person() -> None:
    review = page(
        "The trail leads to Sandhanam, a drug lord with three wives. Tobin Rask plays him with "
        "a lazy menace."
    )
    assert cast(review) == {"Tobin Rask": "Sandhanam"}
    review = page("Ah, the priest. Tobin Rask plays him with a swagger.")
    assert cast(review) == {"Tobin Rask": None}


def test_two_possessive_credits_joined_by_and() -> None:
    review = page(
        "Hal Mercer's Vikas and Lia Sand's Prahlad are where the heart lies.",
        labels="Cast: Hal Mercer, Lia Sand",
    )
    assert cast(review) == {"Hal Mercer": "Vikas", "Lia Sand": "Prahlad"}


def test_plays_him_after_a_hyphenated_agent_noun() -> None:
    review = page(
        "It is told through Alan Bates, a sub-postmaster in a small town. Hal Mercer plays him "
        "beautifully."
    )
    assert cast(review) == {"Hal Mercer": "Alan Bates"}


def test_a_name_ending_in_jr_keeps_its_dot() -> None:
    review = page(
        "Best of all is Kane Ashby, the chairman of the board, played with a coiled pride by "
        "Tobin Rask Jr. It is his finest work."
    )
    assert cast(review) == {"Tobin Rask Jr.": "Kane Ashby"}


def test_a_closing_credit_line_credits_and_is_not_review_text() -> None:
    review = page(
        "Hal Mercer is the reason to watch.",
        after="Salt Harbour. Directed by Mara Olsen. Starring Hal Mercer, Tobin Rask Jr., Lia "
        "Sand. 118 minutes. Now showing.",
    )
    assert set(cast(review)) == {"Hal Mercer", "Tobin Rask Jr.", "Lia Sand"}
    assert list(review.directors) == ["Mara Olsen"]
    text = " ".join(p for s in review.sections for p in s.paragraphs)
    assert "Now showing" not in text


def test_a_commission_of_the_story_is_not_an_affiliate_notice() -> None:
    review = page(
        "Best of all is the chairman of the Atomic Energy Commission, a proud and wounded man.",
    )
    text = " ".join(p for s in review.sections for p in s.paragraphs)
    assert "Atomic Energy Commission" in text


def test_a_one_word_character_outside_and_an_actor_inside() -> None:
    review = page(
        "Oliver (Hal Mercer) is desperate to save his show.",
        "Tobin Rask (as Tobert, a filmmaker) is easygoing.",
    )
    assert cast(review) == {"Hal Mercer": "Oliver", "Tobin Rask": "Tobert"}


def test_his_character_after_a_sentence_about_the_actor() -> None:
    review = page(
        "Hal Mercer, almost unrecognisable, is having a ball. His Oz is a con man and a killer.",
        "Lia Sand is fine. Her Majesty is a running joke.",
        labels="Cast: Hal Mercer, Lia Sand",
    )
    assert cast(review) == {"Hal Mercer": "Oz", "Lia Sand": None}


def test_a_credited_caption_that_says_plays() -> None:
    review = page(
        "Hal Mercer is the reason to watch.",
        labels="Salt Harbour review: Hal Mercer plays Tom Quill in the film. (Photo: Studio)\n\n"
        "Cast: Hal Mercer, Lia Sand",
    )
    assert cast(review)["Hal Mercer"] == "Tom Quill"


def test_played_by_the_director_himself() -> None:
    review = page(
        "Salt Harbour is the new film from director Mara Olsen.",
        "His best friend, Doug Fregin, a slacker who runs the movie nights, is played by Olsen "
        "himself.",
    )
    assert cast(review) == {"Mara Olsen": "Doug Fregin"}
    assert list(review.directors) == ["Mara Olsen"]


def test_a_part_as_a_description() -> None:
    review = page("Tobin Rask has a small, sharp part as a carrier executive.")
    assert cast(review) == {"Tobin Rask": "a carrier executive"}


def test_a_festival_credit_gives_the_year() -> None:
    review = page(
        "It premiered in Berlin (Salt Harbour, dir. Mara Olsen, Canada, 2023), and it shows.",
        headline="Salt Harbour is a quiet triumph",
    )
    assert review.film.year == 2023


def test_a_verdict_sentence_is_review_text_and_a_desk_is_no_reviewer() -> None:
    review = page("Verdict: Go for it, especially on the big screen.")
    text = " ".join(p for s in review.sections for p in s.paragraphs)
    assert "especially on the big screen" in text
    assert review.rating is None
    assert not is_name("Sify Movies") and not is_name("Koimoi Desk")


def test_a_caption_with_places_and_a_shared_part() -> None:
    caption = (
        "Hal Mercer, left, and Lia Sand play the co-owners of Quill & Co in {}. (Studio/Films)"
    )
    review = page("They are very good.", labels=caption.format("Salt Harbour"))
    assert cast(review) == {"Hal Mercer": None, "Lia Sand": None}
    review = page("They are very good.", labels=caption.format("Other Film"))
    assert cast(review) == {}
