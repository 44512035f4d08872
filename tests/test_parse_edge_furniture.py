"""Furniture right against the review's first or last paragraph: a closed comment box, a
"gift this article" button, a divider of symbols, a comment counter under a cast list. Each
page is made up; each rule has a twin worded differently. (`python -m bench.robustness` sets
such furniture beside the text of every page of the corpus and the read sets.)"""

from __future__ import annotations

import pytest

from bench import robustness
from reeltui.parse.layout import is_caption_line, is_chrome, is_soft_chrome

from prose_pages import P1, P2, P3, cast, headings, paragraphs, scraped


def _page(top: str = "", bottom: str = "") -> str:
    return (
        f"Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n{top}\n\n"
        f"{P1}\n\nThe keeper\n\n{P2}\n\nThe town\n\n{P3}\n\n{bottom}\n"
    )


@pytest.mark.parametrize("line", ["Comments are closed.", "Comments have been closed."])
def test_a_closed_comment_box_after_the_text_is_not_the_text(line: str) -> None:
    review = scraped(_page(bottom=line))
    assert paragraphs(review)[-1] == P3


@pytest.mark.parametrize(
    "buttons", ["Save article\nGift this article", "Print this story\nBookmark this review"]
)
def test_article_buttons_over_the_text_are_not_the_text_nor_a_heading(buttons: str) -> None:
    review = scraped(_page(top=buttons))
    assert paragraphs(review) == [P1, P2, P3]
    assert headings(review) == ["The keeper", "The town"]


@pytest.mark.parametrize("line", ["* * *", "• • •"])
def test_a_divider_over_the_text_does_not_start_it(line: str) -> None:
    note = "Harbour Lights (2023), directed by Mia Stone. In cinemas from Friday."
    review = scraped(_page(top=f"{note}\n\n\n{line}"))
    assert paragraphs(review)[0] == P1
    assert headings(review) == ["The keeper", "The town"]


@pytest.mark.parametrize("counter", ["Comments (12)", "View comments (8)"])
def test_a_comment_counter_under_a_cast_list_is_no_credit(counter: str) -> None:
    top = f"WHO'S WHO IN THE TOWN\nAna Lima (Nell Price)\nTom Reed (Tom Price)\n\n\n{counter}"
    credits = cast(scraped(_page(top=top)))
    assert credits == {"Ana Lima": "Nell Price", "Tom Reed": "Tom Price"}


@pytest.mark.parametrize(
    "links", ["Trending: Oscars 2025 · Box office · Streaming guide", "Popular • Film • TV • Music"]
)
def test_a_row_of_links_is_furniture(links: str) -> None:
    assert is_chrome(links)


def test_a_headline_with_one_dot_in_it_is_no_row_of_links() -> None:
    assert not is_chrome("Harbour Lights · a patient, moving drama about the sea and its town")


@pytest.mark.parametrize("label", ["FILM REVIEWS", "Film & TV Reviews"])
def test_a_sites_section_label_over_the_text_is_no_heading(label: str) -> None:
    review = scraped(_page(top=label))
    assert paragraphs(review)[0] == P1
    assert headings(review) == ["The keeper", "The town"]


def test_a_heading_that_names_the_film_and_review_stays() -> None:
    review = scraped(_page(top="Harbour Lights Movie Review"))
    assert headings(review)[0] == "Harbour Lights Movie Review"


OPENING_LINE = "Ana Lima has not had a part like this in years, and she may never have one again."


@pytest.mark.parametrize("advert", ["Advertisement", "Story continues below advertisement"])
def test_an_advert_after_a_one_sentence_opening_does_not_make_it_a_standfirst(
    advert: str,
) -> None:
    text = (
        "Review: 'Harbour Lights' is a patient and moving drama\n\nJane Doe\n"
        f"Published: 19 September 2024\n\n{OPENING_LINE}\n\n{advert}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert paragraphs(scraped(text))[0] == OPENING_LINE


@pytest.mark.parametrize(
    "caption",
    [
        "Brad Pitt and George Clooney in Ocean's Eleven (2001). Warner Bros.",
        "Meg Ryan and Tom Hanks in Sleepless in Seattle (1993). Sony Pictures.",
    ],
)
def test_a_caption_of_another_films_photo_is_a_caption_and_no_title(caption: str) -> None:
    assert is_caption_line(caption)
    text = (
        "Harbour Lights is a patient and moving drama\n\nBy Jane Doe\n\n"
        f"{caption}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert scraped(text).film.title == "Harbour Lights"


@pytest.mark.parametrize(
    "page", ["littlewhitelies--portrait-of-a-lady-on-fire", "asiaone--in-the-mood-for-love"]
)
def test_a_caption_naming_a_film_the_review_never_names_gives_no_title(page: str) -> None:
    # Real pages whose headline alone gives the title: a caption of another film's photo set
    # between their first two paragraphs used to hand its film over as the title.
    found = [
        p for p in robustness._pages(list(robustness.CORPORA)) if p.name.endswith(page + ".txt")
    ]
    assert found, page
    text = robustness._insert_middle(found[0].text, robustness.MIDDLE["caption"], found[0].starts)
    assert text is not None
    assert scraped(text).film.title == found[0].title


@pytest.mark.parametrize(
    "watch",
    ["Watch: Ana Lima talks about her next film", "WATCH: the trailer for the second series"],
)
def test_a_video_link_is_furniture_and_not_the_text(watch: str) -> None:
    assert is_soft_chrome(watch)
    review = scraped(_page(top=f"{P1}\n\n{watch}"))
    assert watch not in "\n".join(paragraphs(review))


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter Email Viber",
        "WhatsApp Telegram Copy link",
        "Add your comment »",
        "Leave a comment",
        "A+ A-",
    ],
)
def test_share_rows_comment_links_and_text_size_buttons_are_furniture(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["Facebook Twitter", "Email the author about this story"])
def test_fewer_share_targets_or_a_sentence_are_not_a_share_row(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize(
    ("deck", "furniture"),
    [
        (
            "The harbour drama finally reaches local screens. Is it worth a weeknight? We "
            "weigh it up for you.",
            "Listen to this article\n00:00 / 04:12",
        ),
        (
            "A quiet film about a lighthouse comes ashore at last, and it was worth the wait.",
            "Facebook Twitter Email Viber",
        ),
        (
            "Jane Doe goes back to the small coastal drama that nobody saw in cinemas and finds "
            "it richer than she remembered.",
            "Add your comment »",
        ),
    ],
)
def test_a_standfirst_parted_from_the_text_by_furniture_is_not_the_text(
    deck: str, furniture: str
) -> None:
    review = scraped(_page(top=f"{deck}\n\n{furniture}"))
    assert paragraphs(review)[0] == P1


@pytest.mark.parametrize(
    "notes",
    [
        "Endnotes\n1. On the shoot, see the memoir of its cameraman (1991).\n"
        "2. Jane Roe, Light on Water (2004).",
        "Works cited\n\n[1] Tom Hale, Harbour Towns on Film. Seaview Press.\n\n"
        "[2] Ana Lima in conversation, 2023.",
    ],
)
def test_an_essays_numbered_notes_are_not_its_text_nor_a_heading(notes: str) -> None:
    review = scraped(_page(bottom=f"{notes}\n\nJane Doe teaches film history."))
    assert paragraphs(review)[-1] == P3
    assert headings(review) == ["The keeper", "The town"]


def test_a_section_called_notes_over_running_text_stays_a_section() -> None:
    page = _page().replace("The town", "Notes")
    assert headings(scraped(page)) == ["The keeper", "Notes"]


@pytest.mark.parametrize(
    "first",
    [
        "1. Nell is still the most stubborn heroine any harbour drama has given us",
        "1) The keeper's silence says more than the whole script does, even now",
    ],
)
def test_the_first_item_of_a_numbered_list_of_headings_is_one_though_it_reads_as_a_sentence(
    first: str,
) -> None:
    page = (
        "Harbour Lights, ten years on: does it still hold up?\n\nBy Jane Doe\n\n"
        f"{P1}\n\n{first}\n\n{P2}\n\n2. The town has aged badly\n\n{P3}\n\n"
        f"3. But the light is still gorgeous\n\n{P1}\n"
    )
    assert headings(scraped(page))[0] == first


@pytest.mark.parametrize("word", ["Story", "The Film"])
def test_a_labels_word_heading_the_first_paragraph_of_a_review_in_sections_is_a_heading(
    word: str,
) -> None:
    page = _page().replace(f"\n\n{P1}", f"\n\n{word}\n\n{P1}", 1)
    assert headings(scraped(page)) == [word, "The keeper", "The town"]


@pytest.mark.parametrize(
    "question",
    [
        "Okay, But Is It as Good as the Book That Everybody Loved?",
        "So Does the Second Half Live Up to That Opening Storm?",
    ],
)
def test_a_long_question_in_title_case_is_a_heading(question: str) -> None:
    page = _page().replace("The town", question)
    assert headings(scraped(page)) == ["The keeper", question]


def test_parts_numbered_in_small_roman_numerals_are_headings() -> None:
    page = (
        "Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n"
        f"{P1}\n\ni. Nell\n\n{P2}\n\nii. Tom\n\n{P3}\n\niii. Rosa\n\n{P1}\n"
    )
    assert headings(scraped(page)) == ["i. Nell", "ii. Tom", "iii. Rosa"]


@pytest.mark.parametrize(("good", "bad"), [("THE GOOD", "THE NOT-SO-GOOD"), ("Hits", "Misses")])
def test_parts_headed_over_their_first_sections_heading_are_headings(good: str, bad: str) -> None:
    page = (
        "Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n"
        f"{P1}\n\n{good}\n\nThe keeper is a marvel\n\n{P2}\n\n"
        f"{bad}\n\nThe town never comes alive\n\n{P3}\n"
    )
    assert headings(scraped(page)) == [
        good,
        "The keeper is a marvel",
        bad,
        "The town never comes alive",
    ]


def test_one_short_line_over_a_heading_alone_is_not_made_a_part() -> None:
    page = (
        "Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n"
        f"{P1}\n\nFirst things first\n\nThe keeper is a marvel\n\n{P2}\n\nThe town\n\n{P3}\n"
    )
    assert "First things first" not in headings(scraped(page))


@pytest.mark.parametrize("head", ["Special Features", "Caveat Emptor"])
def test_a_heading_that_reads_like_a_name_the_text_never_uses_is_a_heading(head: str) -> None:
    page = _page().replace("The town", head)
    page = page.replace(f"{P3}\n", f"{P3}\n\nLast words\n\n{P1}\n")
    assert headings(scraped(page)) == ["The keeper", head, "Last words"]


def test_a_name_the_review_writes_about_standing_alone_is_no_heading() -> None:
    page = _page().replace("The town", "Ana Lima")
    page = page.replace(f"{P3}\n", f"{P3}\n\nLast words\n\n{P1} Ana Lima is superb.\n")
    assert "Ana Lima" not in headings(scraped(page))


@pytest.mark.parametrize(
    ("story", "label"),
    [
        ("Harbour Lights Story", "Harbour Lights Review"),
        ("Synopsis", "Harbour Lights Movie Review:"),
    ],
)
def test_the_titles_review_label_under_a_synopsis_starts_the_review(story: str, label: str) -> None:
    synopsis = "Nell, a keeper's daughter, tends the light alone after her father falls ill."
    page = _page(top=f"{story}\n{synopsis}\n\n{label}")
    review = scraped(page)
    assert paragraphs(review)[0] == P1
    assert headings(review) == ["The keeper", "The town"]


@pytest.mark.parametrize(
    ("closing", "minutes"),
    [
        (
            "Harbour Lights (rated PG for mild peril) is in Portuguese with English subtitles. "
            "It runs 104 minutes.",
            104,
        ),
        (
            "Harbour Lights is in Portuguese, Galician and English with subtitles, and runs 97 "
            "minutes. It screens at the Lido in Wellington on 5 August.",
            97,
        ),
    ],
)
def test_a_closing_line_of_the_films_languages_runtime_and_showings_is_not_the_text(
    closing: str, minutes: int
) -> None:
    review = scraped(_page(bottom=closing))
    assert paragraphs(review)[-1] == P3
    assert review.runtime_minutes == minutes


def test_a_closing_paragraph_that_says_more_than_the_facts_stays() -> None:
    closing = "It runs 104 minutes. It is the best thing Ana Lima has made, and you should go."
    review = scraped(_page(bottom=closing))
    assert paragraphs(review)[-1] == closing


@pytest.mark.parametrize(
    "credits",
    [
        "Harbour Lights. Directed by Mia Stone. Seaview, 1968. 97 minutes. Screenplay by Mia "
        "Stone and Tom Reed. With Ana Lima, Tom Reed and Nell Price.",
        "Produced by Jo Hale; directed by Mia Stone; screenplay by Tom Reed; music by Ivo Kral; "
        "starring Ana Lima and Nell Price. Blu-ray, B&W, 97 min. A Seaview Classics release.",
    ],
)
def test_a_paragraph_of_credits_over_the_text_is_not_the_text(credits: str) -> None:
    review = scraped(_page(top=credits))
    assert paragraphs(review)[0] == P1


def test_a_sentence_with_credits_in_it_still_opens_the_text() -> None:
    first = (
        "Directed by Mia Stone and shot by Ivo Kral, Harbour Lights is a patient film. With Ana "
        "Lima in the lead, it never hurries. Seaview, 1968, was a good year for it."
    )
    review = scraped(_page(top=first))
    assert paragraphs(review)[0] == first


@pytest.mark.parametrize(
    "widget",
    ["Reader Rating: (0 votes) - Be the first to rate this title!", "User score: 7.1 (12 votes)"],
)
def test_the_readers_score_over_the_text_is_furniture(widget: str) -> None:
    review = scraped(_page(top=f"Our Rating: 4 out of 4 stars\n{widget}"))
    assert paragraphs(review)[0] == P1
    assert is_soft_chrome(widget)


@pytest.mark.parametrize(
    "languages",
    [
        "In French with English subtitles, at the Forum and the Lido.",
        "Mostly in Galician and Portuguese with subtitles.",
    ],
)
def test_the_films_languages_over_the_text_are_the_pages(languages: str) -> None:
    review = scraped(_page(top=f"Rated G. 97 minutes.\n{languages}"))
    assert paragraphs(review)[0] == P1


@pytest.mark.parametrize("head", ["WHAT COULD HAVE BEEN BETTER", "WHAT WE WOULD HAVE CHANGED"])
def test_a_heading_in_capitals_whose_words_read_like_a_menu_is_a_heading(head: str) -> None:
    text = (
        f"Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\nSTORY\n\n{P1}\n\n"
        f"PERFORMANCES\n\n{P2}\n\n{head}\n\n{P3}\n\nVERDICT\n\n{P1}\n"
    )
    review = scraped(text)
    assert headings(review) == ["STORY", "PERFORMANCES", head, "VERDICT"]


def test_a_menu_in_capitals_over_the_headline_is_still_furniture() -> None:
    text = (
        f"HOME NEWS FILM TELEVISION MUSIC\n\nHarbour Lights review\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n"
    )
    review = scraped(text)
    assert review.film.title == "Harbour Lights"
    assert paragraphs(review) == [P1, P2]


@pytest.mark.parametrize(
    ("label", "items", "verdict"),
    [
        ("What we liked", "The songs\nThe lighthouse scenes\nThe supporting cast", "Final Verdict"),
        ("Highlights", "Ana Lima's keeper\nThe storm at sea", "The Verdict"),
    ],
)
def test_a_list_under_a_label_without_its_colon_does_not_end_the_review(
    label: str, items: str, verdict: str
) -> None:
    first = f"{P1} {P2}"  # (paragraphs of some length: short ones over a list read as a box)
    text = (
        f"Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n{first}\n\n{P2}"
        f"\n\n{label}\n{items}\n\n{verdict}\n\n{P3}\n\nMore reviews\nSalt Harbour\nThe Long Night\n"
    )
    review = scraped(text)
    assert paragraphs(review)[0] == first
    assert paragraphs(review)[-1] == P3
    assert headings(review) == [label, verdict]


def test_a_box_of_titles_under_the_review_is_no_list_of_the_reviews() -> None:
    text = (
        f"Harbour Lights review: a patient and moving drama\n\nBy Jane Doe\n\n{P1}\n\n{P2}\n\n"
        f"{P3}\n\nYou may also like\nSalt Harbour\nThe Long Night\nOnce Upon a Tide\n"
    )
    review = scraped(text)
    assert paragraphs(review)[-1] == P3
