"""Where the film is shown, as pages of sites never seen say it: a closing line about the film,
a channel the parser does not know by name, a possessive or a subject ("X, Netflix's
adaptation", "HBO aired the first episode"), a line over the review ("Reviewed on …"); and the
traps: a service named in a sentence about another work. The pages and services are made up
where the shape allows, so a rule passes because of how the page is written."""

from __future__ import annotations

import pytest

from reeltui.parse.runtimes import bracketed_minutes, episode_length
from reeltui.parse.scraped import _known_at
from reeltui.parse.services import about_another_work, closing_service, framed_service

from prose_pages import P1, P2, P3, scraped


def _page(*paragraphs: str, top: str = "", after: str = "") -> str:
    body = "\n\n".join((P1, *paragraphs, P2, P3))
    return (
        f"Harbour Lights review: a patient drama\n\nBy Jane Doe\n\n{top}{body}\n\n{after}\n\n"
        "Leave a comment\n"
    )


def _platform(*paragraphs: str, top: str = "", after: str = "") -> str | None:
    return scraped(_page(*paragraphs, top=top, after=after)).platform


@pytest.mark.parametrize(
    ("passing", "closing", "platform"),
    [
        (
            "It first turned up on the ABC twenty years ago, and it has aged well.",
            "Harbour Lights season one is streaming on ABC iview.",
            "ABC iview",
        ),
        (
            "The show began life on BBC Two, late on a Sunday, to almost no audience.",
            "All episodes of Harbour Lights are available on BBC iPlayer.",
            "BBC iPlayer",
        ),
    ],
)
def test_a_closing_line_about_the_film_beats_a_passing_mention(
    passing: str, closing: str, platform: str
) -> None:
    assert _platform(passing, after=closing) == platform


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        ("Harbour Lights originally aired on Geo TV in 2012, to huge audiences.", "Geo TV"),
        ("The series airs weeknights on the Harbour Network, after the news.", "Harbour Network"),
    ],
)
def test_a_channel_known_by_its_last_word(sentence: str, platform: str) -> None:
    assert _platform(sentence) == platform


@pytest.mark.parametrize(
    ("sentence", "elsewhere", "platform"),
    [
        (
            "Harbour Lights premieres Friday, March 8 on Kestrelbox, with new episodes weekly.",
            "(Photo: Kestrelbox)\n\n",
            "Kestrelbox",
        ),
        (
            "Well, friends, Harbour Lights has wrapped on tvK, and I need to lie down.",
            "Tags: Harbour Lights, tvK, family drama\n\n",
            "tvK",
        ),
    ],
)
def test_a_service_never_heard_of_that_the_page_names_again(
    sentence: str, elsewhere: str, platform: str
) -> None:
    assert _platform(sentence, top=elsewhere) == platform
    # named once, in passing, it may be anything: a person, a place, another show
    assert _platform(sentence) is None


@pytest.mark.parametrize(
    "closing",
    ["Harbour Lights is streaming on Kestrelbox.", "It is available to stream on Kestrelbox."],
)
def test_a_closing_line_about_the_film_names_a_service_never_heard_of(closing: str) -> None:
    assert _platform(after=closing) == "Kestrelbox"


@pytest.mark.parametrize(
    "sentence",
    [
        "With the American remake about to land on Amazon Prime Video, now is the time.",
        "Lima's last film, Deep Water, is streaming on Hulu, and it is worth your evening.",
    ],
)
def test_a_service_in_a_sentence_about_another_work_is_no_platform(sentence: str) -> None:
    assert _platform(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "platform"),
    [
        (
            "Harbour Lights, Netflix's eight-part adaptation of the novel, takes its time.",
            "Netflix",
        ),
        ("Harbour Lights is Hulu's first original series from Norway.", "Hulu"),
        ("HBO aired the first episode ten years ago this week, and almost nobody watched.", "HBO"),
        (
            "It played at festivals for a year before Netflix snapped it up in the spring.",
            "Netflix",
        ),
    ],
)
def test_the_service_the_film_is_said_to_be_of(sentence: str, platform: str) -> None:
    assert _platform(sentence) == platform


def test_another_works_owner_is_no_platform() -> None:
    assert (
        _platform("Deep Water, Netflix's eight-part adaptation of the novel, was better.") is None
    )


@pytest.mark.parametrize(
    ("line", "platform"),
    [
        ("Reviewed on BBC Four / BBC iPlayer\n\n", "BBC Four"),
        ("Watched on Channel 4\n\n", "Channel 4"),
    ],
)
def test_a_line_over_the_review_saying_where_it_was_seen(line: str, platform: str) -> None:
    assert _platform(top=line) == platform


@pytest.mark.parametrize(
    ("closing", "platform"),
    [
        ("Harbour Lights is streaming on Hulu and available to rent on Prime Video.", "Hulu"),
        ("It is streaming on MUBI, and available to buy on Apple TV.", "MUBI"),
        ("Harbour Lights streams on Paramount Plus with Showtime.", "Paramount Plus with Showtime"),
        ("Harbour Lights is in cinemas from Friday.", None),
    ],
)
def test_the_first_service_a_closing_line_names(closing: str, platform: str | None) -> None:
    assert _platform(after=closing) == platform


def test_the_pieces_on_their_own() -> None:
    text = "With the remake about to land on Netflix, look back."
    assert about_another_work(text, text.index("Netflix"), "Harbour Lights")
    text = "The Harbour Lights remake lands on Netflix."
    assert not about_another_work(text, text.index("Netflix"), "Harbour Lights")
    never = lambda name: False  # noqa: E731
    line = "Harbour Lights premieres Sunday at 9 p.m. ET on HBO and will stream on HBO Max."
    assert framed_service(line, "Harbour Lights", _known_at, never) == "HBO"
    line = "It premieres Sunday on HBO and will stream on Max."
    assert framed_service(line, "Harbour Lights", _known_at, never) == "Max"
    assert (
        closing_service(["Harbour Lights is on Friday."], "Harbour Lights", _known_at, never)
        is None
    )


# --- runtime ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Episodes: 6 x 30 minutes", "Running time: 8 × 50 mins approx."],
)
def test_a_count_of_episodes_times_their_length_is_no_runtime(line: str) -> None:
    assert scraped(_page(top=f"{line}\n\n")).runtime_minutes is None


def test_what_each_episode_lasts_is_no_runtime() -> None:
    top = "- Harbour Lights has eight episodes, each around 50 minutes\n\n"
    assert scraped(_page(top=top)).runtime_minutes is None


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("The 98-minute film moves at an easy pace, and its ending earns its cheers.", 98),
        ("The 88-minute theatrical cut that most people saw is a tight film.", 88),
    ],
)
def test_minutes_written_before_the_film_with_a_hyphen(sentence: str, minutes: int) -> None:
    assert _runtime(sentence) == minutes


@pytest.mark.parametrize(
    "note",
    [
        "Harbour Lights (127 mins) screens at the Lighthouse on October 14 and 17.",
        "Harbour Lights (96 minutes) opens at the Harbour Cinema on Friday.",
    ],
)
def test_minutes_in_brackets_in_a_closing_note(note: str) -> None:
    assert scraped(_page(after=note)).runtime_minutes == int(note.split("(")[1].split()[0])


def test_half_an_hour_of_an_episode_is_no_runtime() -> None:
    sentence = "A couple of episodes feel like a sketch extended to half an hour, and a plot sags."
    assert _runtime(sentence) is None


def _runtime(sentence: str) -> int | None:
    return scraped(_page(sentence)).runtime_minutes


def test_bracketed_minutes_are_a_features() -> None:
    assert bracketed_minutes("Harbour Lights (127 mins) screens at the Lighthouse.") == 127
    assert bracketed_minutes("The trailer (2 mins) is online.") is None
    assert episode_length("Episodes: 6 x 30 minutes")
    assert not episode_length("Runtime: 130 minutes")


# --- rating ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("block", "rating"),
    [
        (
            "Story — 9.0/10\nDirection — 9.5/10\nPerformances — 9.5/10\nOverall — 9/10",
            "9/10",
        ),
        ("Story: 6/10\nDirection: 9/10\nMusic: 8/10\nOverall: 7.5/10", "7.5/10"),
    ],
)
def test_the_overall_line_of_a_block_of_sub_scores(block: str, rating: str) -> None:
    # (its lines' labels read as facts' too: "Story", "Direction")
    assert scraped(_page(after=block)).rating == rating


@pytest.mark.parametrize(("line", "rating"), [("rated 5 of 5", "5/5"), ("3.5 of 5 stars", "3.5/5")])
def test_a_score_written_n_of_m_on_its_line(line: str, rating: str) -> None:
    assert scraped(_page(after=line)).rating == rating


@pytest.mark.parametrize("line", ["★★★★☆ 4.1 (211 votes)", "★★★☆☆ 3.2 · 1,024 ratings"])
def test_a_row_of_stars_counting_votes_is_the_readers(line: str) -> None:
    assert scraped(_page(after=line)).rating is None
    assert scraped(_page(top=f"{line}\n\n")).rating is None


# --- reviewer --------------------------------------------------------------------------------


def _by(byline: str) -> str | None:
    text = f"Reel Site\n\nHarbour Lights review: a patient drama\n\n{byline}\n\n{P1}\n\n{P2}\n\n"
    text += f"{P3}\n"
    reviewer = scraped(text).reviewer
    return reviewer.name if reviewer else None


@pytest.mark.parametrize("byline", ["ByCiara Phelan", "ByTomas Kellner"])
def test_by_run_into_the_name(byline: str) -> None:
    assert _by(byline) == byline[2:]


@pytest.mark.parametrize(
    "byline",
    ["Review by Gareth Penrose   Nov 24, 2014 at 9:12 AM", "Review by Ana Lima   Sept 3, 2021"],
)
def test_the_dates_month_run_on_after_the_name(byline: str) -> None:
    assert _by(byline) == byline.split("by ")[1].split("  ")[0]


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Reel Site Editorial - Meera Kulkarni", "Meera Kulkarni"),
        ("By Cinema Online – Tomas Kellner", "Tomas Kellner"),
    ],
)
def test_a_desks_byline_goes_on_to_its_writer(byline: str, name: str) -> None:
    assert _by(byline) == name


@pytest.mark.parametrize("masthead", ["Kerala Kaumudi Online", "Harbour Daily Digital"])
def test_an_outlets_name_is_no_reviewer(masthead: str) -> None:
    text = f"{masthead}\n\nHarbour Lights review: a patient drama\n\n{P1}\n\n{P2}\n\n{P3}\n"
    reviewer = scraped(text).reviewer
    assert reviewer is None or reviewer.name != masthead


@pytest.mark.parametrize(
    "sentence",
    [
        "The fear is shown on Ana Lima's face long before the storm arrives at the harbour.",
        "Everything was wrapped on Tomas Kellner's last day, and it shows in his eyes.",
    ],
)
def test_a_persons_name_after_where_to_watch_words_is_no_platform(sentence: str) -> None:
    assert _platform(sentence, top="Ana Lima and Tomas Kellner star.\n\n") is None


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe is a film critic at CBS News.",
        "Jane Doe reviews films on BBC Radio 4 and for this site.",
    ],
)
def test_an_outlet_of_a_services_brand_in_a_writers_note_is_no_platform(note: str) -> None:
    assert _platform(after=note) is None
