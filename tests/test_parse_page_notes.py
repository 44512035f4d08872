"""The page's notes at the edges of a review, read from general evidence, each on a page made
up for the test, with a twin in other words and a line the rule must leave alone: a closing
note of where and when the film shows (a verb of showing, a place or a time, the film as its
subject, nobody speaking), and the review's own short last line kept above it."""

from __future__ import annotations

import pytest

from reeltui.parse.notes import is_closing_sentence, is_showing_note

from prose_pages import P1, P2, P3, headings, paragraphs, scraped

HEAD = "Harbour Lights review: a quiet wonder of the sea\n\nBy Jane Doe\n\n"
LAST = "See it on the biggest screen you can find. Then see it again."
FOOT = "\n\nRelated\n\nMore reviews from the week\n"


@pytest.mark.parametrize(
    "note",
    [
        "The restored Harbour Lights screens at the Orpheum on Dec. 7 and 8. Tickets are "
        "available through Showtix.",
        "The screening continues at the Rialto 3 until Thursday. Tickets are $12.",
        "Harbour Lights is on circuit nationwide.",
        "Harbour Lights starts on Channel Nine at 8pm tonight, with every episode on the app.",
        "Harbour Lights is screening in a new restoration at the Lumiere through March 3.",
        "Harbour Lights returns Sunday, May 4 at 9 p.m. on ABC. I've seen the first six "
        "episodes of the season.",
    ],
)
def test_a_closing_note_of_where_it_shows_is_the_pages(note: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{LAST}\n\n{note}{FOOT}")
    assert paragraphs(review)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        "It opens like a thriller at the docks in Hull and closes like a lullaby.",
        "See it at the Orpheum on Friday if you can; you will not regret it.",
        "It plays like a dream from start to finish, and the ending at the lighthouse in "
        "Maine is the finest ten minutes of the year.",
    ],
)
def test_a_last_line_that_judges_or_speaks_stays_the_reviews(line: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{line}{FOOT}")
    assert paragraphs(review)[-1] == line


def test_a_note_under_another_title_still_reads_as_one() -> None:
    # The title read from the page may differ ("Harbour Lights at 30"): a run of capitals that
    # a verb of showing follows is the film all the same.
    assert is_showing_note("Once Upon a Tide screens in selected cinemas from Thursday.", "X")
    assert not is_showing_note("Once Upon a Tide is a wonder from start to finish.", "X")


@pytest.mark.parametrize(
    "short", ["It is, quite simply, a film to treasure.", "See it twice. Phil would understand."]
)
def test_a_short_last_sentence_above_a_note_is_kept(short: str) -> None:
    note = "Harbour Lights opens today in Leeds and York, with more cities to follow."
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{short}\n\n{note}{FOOT}")
    assert paragraphs(review)[-1] == short
    assert is_closing_sentence(short)
    assert not is_closing_sentence("The bottom line")


# --- notes that open the review ----------------------------------------------------------------

BYLINE = "Harbour Lights review: a quiet wonder of the sea\n\nBy Jane Doe\n\nMarch 3, 2024\n\n"


@pytest.mark.parametrize(
    "note",
    [
        '"Harbour Lights" is screening as part of the "Sea Stories" retrospective at the '
        "Lumiere Centre.",
        "Harbour Lights, directed by Ana Lima. Courtesy Seaview Films.",
        "Harbour Lights (1968), directed by Ana Lima. Newly restored and on release from 8 March.",
        "BOTTOM LINE Fifty years on, Lima's harbour film has lost none of its chill.",
    ],
)
def test_a_note_over_the_review_is_the_pages(note: str) -> None:
    review = scraped(f"{BYLINE}{note}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == P1


@pytest.mark.parametrize(
    "first",
    [
        "Harbour Lights opens in Lisbon in 1974, on the morning the radio plays the song.",
        "Harbour Lights, directed by Ana Lima with a patience few can match, is a wonder of "
        "tides and silences and small kindnesses.",
    ],
)
def test_a_first_line_that_tells_the_story_stays_the_reviews(first: str) -> None:
    review = scraped(f"{BYLINE}{first}\n\n{P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == first


@pytest.mark.parametrize(
    ("label", "rest"),
    [("New Lomas: ", P1), ("OPINION: ", P1), ("Port Lomas — ", P1), ("ANALYSIS: ", P2)],
)
def test_a_place_or_a_kicker_opening_the_first_paragraph_is_the_pages(
    label: str, rest: str
) -> None:
    review = scraped(f"{BYLINE}{label}{rest}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == rest


@pytest.mark.parametrize(
    "first",
    [
        f"Story: {P1}",
        f"The Pitch: {P1}",
        "Quick Thoughts: these are the thoughts of a critic who walked out of Harbour Lights "
        "unsure of much, except that it is a very good film about the sea and its keepers.",
    ],
)
def test_a_run_in_label_of_the_review_stays(first: str) -> None:
    review = scraped(f"{BYLINE}{first}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == first


def test_a_dateline_in_capitals_with_its_date_is_the_pages() -> None:
    review = scraped(f"{BYLINE}PORT LOMAS, July 25 — {P1}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == P1


# --- a standfirst ------------------------------------------------------------------------------

LONG = (
    "There is a moment early in Harbour Lights when the keeper climbs the tower at dusk and "
    "looks out at a sea that has taken everything from her, and the film simply waits with "
    "her, for a full minute, while the light turns over and the gulls settle on the rail. It "
    "is the kind of scene most films would cut, and it tells you everything about this one."
)


@pytest.mark.parametrize(
    "deck",
    [
        "Thirty years after it first sailed into cinemas, Ana Lima’s coastal drama is still the "
        "saddest and most quotable film of its decade.",
        "Seaview’s first feature is back in cinemas for a short run. We went to see whether it "
        "still holds up.",
        "Tidewater+'s lighthouse thriller is a chilly, funny, strange satire about splitting "
        "your working self from your real one.",
    ],
)
def test_a_standfirst_naming_the_makers_work_is_the_pages(deck: str) -> None:
    review = scraped(f"{BYLINE}{deck}\n\n{LONG}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == LONG


@pytest.mark.parametrize(
    "first",
    [
        "Ana Lima’s coastal drama is the saddest film I have seen this year, and I have seen "
        "a great many sad films.",
        "There has never been a film quite like Harbour Lights, and it is worth saying so.",
    ],
)
def test_a_short_first_paragraph_in_the_critics_voice_stays(first: str) -> None:
    review = scraped(f"{BYLINE}{first}\n\n{LONG}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == first


# --- lines of the page under the review --------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "Harbour Lights originally aired on Channel Nine and every episode is available on the "
        "channel's app.\n\nAna Lima Just Shared A Photo From The Set And We Are Not Okay\n\n"
        "Quiz: Which Harbour Lights Keeper Are You?",
        "Vol. 12 No. 4 · 3 March 2024 » Jane Doe » At the Movies: ‘Harbour Lights’ pages 30-31 "
        "| 1450 words",
        "Harbour Lights (101 minutes) is rated PG. At area theaters.",
        "The film is rated 12A. In cinemas nationwide from Friday.",
    ],
)
def test_links_trails_and_certificates_under_the_review_are_the_pages(tail: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{LAST}\n\n{tail}{FOOT}")
    assert paragraphs(review)[-1] == LAST


@pytest.mark.parametrize(
    "last",
    [
        "Bring tissues. Also bring your mum. Would you believe it?",
        "It is rated PG, and it earns every minute of a family's Sunday afternoon at the pictures.",
    ],
)
def test_a_last_line_of_the_reviews_own_stays(last: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{last}{FOOT}")
    assert paragraphs(review)[-1] == last


def test_the_films_name_before_a_colon_is_no_place() -> None:
    first = P1.replace("Harbour Lights opens", "Later Harbour Lights: The Long Night opens")
    review = scraped(f"{BYLINE}{first}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == first


# --- notes under a review whose title reads wrong, or under one long paragraph -----------------

# A site's line stands where the headline would, so the title read from the page is not the
# film's (here "Harbour Lights", named once); the review names the film all through.
SITE_LINE = "The long wait | Retro Reviews\n\nBy Jane Doe\n\nMarch 3, 2024\n\n"
NAMED = (
    "Salt Harbour is a film about waiting. Salt Harbour takes its time, and the town it watches "
    "takes even longer, which is the joke and the heartbreak of it."
)


@pytest.mark.parametrize(
    "note",
    [
        "Salt Harbour, restored in 4K, is now available to rent on Apple TV and Prime Video.",
        "Salt Harbour: The Director's Cut premieres on HBO on May 31. Every episode of the "
        "series is streaming on HBO Max.",
    ],
)
def test_a_note_on_the_name_the_review_keeps_using_is_the_pages_whatever_the_title(
    note: str,
) -> None:
    review = scraped(f"{SITE_LINE}{NAMED}\n\n{P1}\n\n{P2}\n\n{P3}\n\n{note}{FOOT}")
    assert paragraphs(review)[-1] == P3


ONE_PARAGRAPH = " ".join([P1, P2, P3, P1.replace("Harbour Lights", "It"), P2])


@pytest.mark.parametrize(
    "note",
    [
        "Harbour Lights series 1 is out now on DVD from Seaview Films.",
        "All episodes of Harbour Lights are available on Channel Nine's YouTube channel.",
    ],
)
def test_a_note_under_a_review_of_one_long_paragraph_is_the_pages(note: str) -> None:
    under = "\n\nShare:  Twitter  Facebook\n\nLeave a Reply\n\nRelated:\nMore reviews\n"
    review = scraped(f"{HEAD}{ONE_PARAGRAPH}\n\n{note}{under}")
    assert paragraphs(review) == [ONE_PARAGRAPH]


@pytest.mark.parametrize(
    "note",
    [
        "Harbour Lights screens at the Madras Film Society on Saturday, 6.30 pm. Entry free "
        "for members.",
        "Harbour Lights is at the Lumiere Centre from 10 October and on Blu-ray from Seaview.",
        "Harbour Lights plays at the Orpheum on Friday. Admission $10, members free.",
    ],
)
def test_a_note_of_a_venue_and_what_a_seat_costs_is_the_pages(note: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{LAST}\n\n{note}{FOOT}")
    assert paragraphs(review)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Lights is at its best in the Lighthouse scenes, and free of sentiment.",
        "Entry into the town's life is free for nobody, and the film knows the price of it "
        "better than any I have seen this year.",
    ],
)
def test_a_last_line_of_the_review_that_names_a_place_or_a_price_stays(line: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{line}{FOOT}")
    assert paragraphs(review)[-1] == line


@pytest.mark.parametrize(
    "deck",
    [
        "The ABC's new sitcom about a hopeless lawyer in a suburban wills firm has been the talk "
        "of every office this week. Here's what you need to know.",
        "The costliest series ever made in Germany finally reaches Sky this month. We watched the "
        "first season so you don't have to.",
        "Jo Bloggs writes that this coastal fable is the most daring film of the year.",
        "Tom Reed revisits a seaside drama that nobody saw and everybody should have.",
    ],
)
def test_a_standfirst_that_promises_the_article_or_tells_of_its_writer_is_the_pages(
    deck: str,
) -> None:
    review = scraped(f"{BYLINE}{deck}\n\n{LONG}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == LONG


def test_a_first_paragraph_that_tells_the_reader_what_is_coming_in_its_own_voice_stays() -> None:
    first = (
        "I have watched Harbour Lights four times now, and each time the keeper's climb up the "
        "tower has undone me. Here's why, and why you should go."
    )
    review = scraped(f"{BYLINE}{first}\n\n{LONG}\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == first


@pytest.mark.parametrize(
    "caption",
    [
        "Ana Lima and Tom Reed in a scene from the film",
        "Nell Price and Ivo Kral in a scene from the series",
    ],
)
def test_a_photos_caption_over_the_text_is_neither_text_nor_heading(caption: str) -> None:
    review = scraped(f"{BYLINE}{caption}\n\n{LONG}\n\nThe town\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review)[0] == LONG
    assert headings(review) == ["The town"]


@pytest.mark.parametrize(
    "note",
    [
        # Where it aired, then where all of it can be seen now.
        "Harbour Lights aired on Channel Nine. All episodes can be watched on the Nine Now app.",
        "Harbour Lights was first broadcast on ABC and later aired in Canada on CBC. All six "
        "seasons are now streaming on Stan.",
        # An auxiliary before the verb, under a title that reads otherwise.
        "Once Upon a Tide is screening at selected Palace Cinemas from December 3.",
        "Once Upon a Tide is back in select theaters this week.",
        # Where the tickets are, after the screening.
        "Harbour Lights is showing at the Lumiere until September 27. Tickets are at the door.",
        "The Roxy hosts a 30th anniversary screening Dec. 21; tickets at roxytheatre.com.",
    ],
)
def test_a_closing_note_of_where_it_aired_or_is_sold_is_the_pages(note: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{LAST}\n\n{note}{FOOT}")
    assert paragraphs(review)[-1] == LAST


@pytest.mark.parametrize(
    "line",
    [
        "All six seasons can be watched on Stan, and I would watch every one of them again.",
        "The Roxy is back in business, but the film is the reason to go.",
        "Tickets are cheap; the film is priceless.",
    ],
)
def test_a_last_line_about_seeing_it_that_judges_stays_the_reviews(line: str) -> None:
    review = scraped(f"{HEAD}{P1}\n\n{P2}\n\n{P3}\n\n{line}{FOOT}")
    assert paragraphs(review)[-1] == line
