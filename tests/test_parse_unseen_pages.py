"""Page shapes of sites the corpus does not hold: what stands around the headline (byline
labels, ratings, kickers, share widgets, section words), bylines in their many forms, where the
review starts and ends, and which short lines are its headings. Each case is a small page made
up for the test, with pages where the rule must not fire."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reeltui.parse.layout import is_chrome
from reeltui.parse.scraped import parse_headline

from prose_pages import P1, P2, headings, paragraphs, scraped

# The review names its film once more at the end (the title recurs in the body).
P3 = (
    "By the end Harbour Lights has earned its quiet ending, a closing scene that lands softly "
    "but stays with you long after the lights come up and the credits roll past."
)
BODY = f"{P1}\n\n{P2}\n\n{P3}\n"
# A first paragraph of two sentences (one alone, parted from the rest by furniture, reads as a
# standfirst).
P1L = f"{P1} Nothing in it is hurried, and nothing is wasted."
# Paragraphs of a full review's length (a run of short ones over furniture reads as a summary
# box above the review).
MORE = " It is the kind of scene a lesser film would rush, and this one lets it breathe."
P2L, P3L = P2 + MORE, P3 + MORE


# --- the title amid chrome -----------------------------------------------------------------


def test_a_review_kicker_before_a_sentence_headline() -> None:
    review = scraped(
        "Review: Harbour Lights is tender, funny and devastating — and it deserves a cinema\n\n"
        f"Jane Doe | Published May 3, 2024\n\n{BODY}"
    )
    assert review.film.title == "Harbour Lights"


def test_a_tagline_after_the_titles_colon_when_the_review_never_names_it() -> None:
    body = BODY.replace("Harbour Lights", "The film")
    review = scraped(
        "Culture\n\nHarbour Lights: a friendship ends, and a town holds its breath\n\n"
        f"A fable about loneliness\n\nBy Jane Doe\n\n{body}"
    )
    assert review.film.title == "Harbour Lights"
    # A subtitle in capitals after the colon stays part of the title.
    assert parse_headline("Glass Onion: A Knives Out Mystery review").title == (
        "Glass Onion: A Knives Out Mystery"
    )


def test_a_festival_and_its_year_before_review() -> None:
    for headline in (
        "Cannes 2024 Review: HARBOUR LIGHTS, Ana Lima Sheds Her Skin in a Gross-Out Satire",
        "Fantastic Fest 2023 Review: Harbour Lights, a delight",
        "TIFF 2022 Review – Harbour Lights",
    ):
        review = scraped(f"{headline}\n\nJane Doe, Contributing Writer\n\n{BODY}")
        assert review.film.title == "Harbour Lights", headline
    # A title with a year in it is no festival.
    body = BODY.replace("Harbour Lights", "Scam 1992")
    review = scraped(f"Scam 1992 Review: a sharp series\n\nBy Jane Doe\n\n{body}")
    assert review.film.title == "Scam 1992"
    # Capitals the review writes in capitals too stay so.
    body = BODY.replace("Harbour Lights", "RRR")
    review = scraped(f"Venice 2022 Review: RRR, Rajamouli at full tilt\n\nBy Jane Doe\n\n{body}")
    assert review.film.title == "RRR"


def test_a_studios_possessive_before_the_title() -> None:
    body = (
        "Television has spent a decade chasing the next great epic, and found it on "
        f"television at last. Harbour Lights is patient, strange and sad.\n\n{P2}\n\n{P3}\n"
    )
    review = scraped(
        "FX’s Harbour Lights Is the Rare Epic That Earns Every Minute\n\nBy Jane Doe\n\n" + body
    )
    assert review.film.title == "Harbour Lights"


def test_share_and_save_widgets_are_chrome() -> None:
    for line in ("Save Article", "Share article", "Facebook", "WhatsApp", "Save this story"):
        assert is_chrome(line), line
    assert is_chrome("Share article · Season 3")
    assert is_chrome("Copy link | Season 2")
    for line in ("Share the love", "Season 3", "Facebook’s founder is a character here"):
        assert not is_chrome(line), line


def test_a_save_button_under_the_dateline_is_no_byline() -> None:
    review = scraped(
        "Culture\n\nHarbour Lights Is a Quiet Triumph\n\nA fable about a fishing town.\n\n"
        "Published: Jul 20, 2023 10:00 AM EDT\n\nSave Article\n\nShare\n\n"
        f"{BODY}\nJane Doe is a contributing writer at Reel Monthly.\n"
    )
    assert review.reviewer is not None and review.reviewer.name == "Jane Doe"


def test_byline_labels_ratings_and_section_words_above_the_headline() -> None:
    for top in (
        "Review by Jane Doe\n\n★★★★☆\n\nHarbour Lights: a town holds its breath",
        "Analysis by Jane Doe\n\nHarbour Lights Is the Quiet Triumph of the Year",
        "Opinion by Jane Doe\n\n8/10\n\nHarbour Lights",
        "Loud\n\nScreen\n\n4 stars\n\nHarbour Lights",
        "Culture\n\nTV review\n\nHarbour Lights review – a slow drama of a fishing town\n\n"
        "The families of a harbour town, seen over one long winter",
        "Screen\n\nREVIEW\n\nHarbour Lights\n\nA slow drama about the families of a fishing town.",
    ):
        review = scraped(f"{top}\n\nShare article · Season 3\n\nCopy link\n\n{BODY}")
        assert review.film.title == "Harbour Lights", top
        assert paragraphs(review)[0].startswith("Harbour Lights opens"), top


# --- the reviewer ----------------------------------------------------------------------------

HEAD = "Harbour Lights review: a quiet triumph\n\n"


def test_bylines_in_the_shapes_sites_print() -> None:
    for byline in (
        "By Tomás Whitford-Rangi",
        "Tomás Whitford-Rangi, Globe Correspondent",
        "Tomás Whitford-Rangi, Film Critic",
        "Words by Tomás Whitford-Rangi",
        "Tomás Whitford-Rangi | 12 May 2024",
        "Review by Tomás Whitford-Rangi",
        "Tomás Whitford-Rangi\n\nReporter\n\n6.00am, 20 Apr 2024",
        "Tomás Whitford-Rangi, Contributing Writer; Dublin, Ireland (@twr)",
    ):
        review = scraped(f"{HEAD}{byline}\n\n{BODY}")
        assert review.reviewer is not None, byline
        assert review.reviewer.name == "Tomás Whitford-Rangi", byline


def test_a_byline_or_a_bio_after_the_article() -> None:
    for end in (
        "Tomás Whitford-Rangi is the film critic of the Harbour Gazette.",
        "Tomás Whitford-Rangi is a contributing writer at Reel Monthly.",
        "By Tomás Whitford-Rangi",
        "Headshot of Tomás Whitford-Rangi\n\nTomás Whitford-Rangi covers film for Reel Monthly.",
    ):
        review = scraped(f"{HEAD}{BODY}\n{end}\n\nMore from Culture\n")
        assert review.reviewer is not None, end
        assert review.reviewer.name == "Tomás Whitford-Rangi", end
        assert paragraphs(review)[-1] == P3, end


def test_a_team_sign_off_or_a_related_headline_is_no_reviewer() -> None:
    for end in (
        "Harbour Gazette Team",
        "Also Read\n\nHarbour Lights Box Office Record Opening\n\nFans Celebrate Outside Theatres",
    ):
        review = scraped(f"{HEAD}{BODY}\n{end}\n\nLatest Reviews\n\nComments\n")
        assert review.reviewer is None, end
        assert paragraphs(review)[-1] == P3, end


# --- where the review ends and starts ---------------------------------------------------------

CLOSERS = [
    "Follow us on Instagram, X and Facebook",
    "Follow Harbour Gazette Culture on Instagram",
    "Sign up for our Asian entertainment newsletter",
    "Get our weekly film newsletter",
    "Related: The best films of the year so far",
    "Read more: The best films of the year so far",
    "More from Culture",
    "Join the conversation",
    "If you would like to comment on this story, please sign in.",
    "Readers like you are keeping these stories free for everyone...",
    "58 Comments",
    "Comments (23)",
    "Harbour Lights is in cinemas now.",
    "All seven episodes of Harbour Lights are streaming on Netflix now.",
]


def test_what_closes_an_article_is_not_the_review() -> None:
    for closer in CLOSERS:
        review = scraped(f"{HEAD}By Jane Doe\n\n{BODY}\n{closer}\n\nA Line Of Site Chrome\n")
        assert paragraphs(review)[-1] == P3, closer


def test_a_related_line_inside_the_article_is_stepped_over() -> None:
    for line in (
        "Related: The best films of the year so far",
        "Read more: The best films of the year so far",
        "Also Read: Ana Lima on making Harbour Lights",
        "Sign up for the Reel's culture newsletter",
        "Sign up for the Reel's culture newsletter\n\n"
        "Get the best of film, television, books and music delivered every week.",
    ):
        review = scraped(f"{HEAD}By Jane Doe\n\n{P1L}\n\n{line}\n\n{P2L}\n\n{P3L}\n")
        assert paragraphs(review) == [P1L, P2L, P3L], line


def test_standfirsts_and_captions_before_the_first_paragraph() -> None:
    for top in (
        "A slow drama about the families of a fishing town, and the winter that changes them\n\n"
        "By Jane Doe",
        "By Jane Doe\n\nAna Lima in Harbour Lights. Photo: Studio Pictures",
        "By Jane Doe\n\nAna Lima and Tom Hale in Harbour Lights (Netflix)",
        "Jane Doe | Published May 3, 2024\n\nFacebook\n\nTwitter\n\nShare\n\n"
        "Ana Lima in a still from Harbour Lights. — Photo courtesy: Studio Pictures",
    ):
        review = scraped(f"{HEAD}{top}\n\n{BODY}")
        assert paragraphs(review)[0] == P1, top


def test_a_verdict_line_closing_the_review_is_its_text() -> None:
    review = scraped(f"{HEAD}{BODY}\nBottom line: Visual Spectacle, Patchy Story\n\nAlso Read\n")
    assert paragraphs(review)[-1] == "Bottom line: Visual Spectacle, Patchy Story"
    # A verdict line above the review, closing a box of facts, is not.
    review = scraped(f"{HEAD}Rating: 3/5\n\nVerdict: A patchy spectacle\n\n{BODY}")
    assert paragraphs(review)[0] == P1


# --- headings ---------------------------------------------------------------------------------


def test_a_heading_after_a_link_in_the_text_is_kept() -> None:
    for link in (
        "Also Read: Ana Lima on making Harbour Lights",
        "Related Story\n\nThe 50 Best Movies of the Decade So Far",
    ):
        review = scraped(f"{HEAD}By Jane Doe\n\n{P1L}\n\n{link}\n\nThe craft\n\n{P2L}\n\n{P3L}\n")
        assert headings(review) == ["The craft"], link
        assert paragraphs(review) == [P1L, P2L, P3L], link


def test_labels_over_short_lists_are_headings() -> None:
    review = scraped(
        f"{HEAD}{P1L}\n\nStory:\n\n{P2L}\n\nHighlights:\n\nAna Lima\n\nThe climax\n\n"
        f"Drawback:\n\nA slow first half\n\nRuntime\n\nAnalysis\n\n{P3L}\n"
    )
    assert headings(review) == ["Story", "Highlights", "Drawback", "Analysis"]
    assert review.runtime_minutes is None


def test_a_caption_with_its_credit_is_never_the_headline() -> None:
    review = scraped(
        "Movies\n\nHarbour Lights Is the Best Drama in Years. It’s Not Really About the Sea.\n\n"
        "A slow film about a fishing town.\n\nBy Jane Doe\n\nOct 13, 2023 5:45 AM\n\nShare\n\n"
        f"Ana Lima in Harbour Lights. Studio Pictures\n\n{BODY}"
    )
    assert review.headline.startswith("Harbour Lights Is the Best Drama")
    assert review.film.title == "Harbour Lights"


def test_a_pull_quote_or_a_caption_word_is_no_heading() -> None:
    quote = "Every small smile is a move on a board only she can see"
    body = P1.replace("here.", f"here. {quote}.")
    review = scraped(f"{HEAD}By Jane Doe\n\n{body}\n\n“{quote}”\n\n{P2}\n\nNetflix\n\n{P3}\n")
    assert headings(review) == []
    # A pull quote set apart without quotation marks, as a saved page's blockquote is.
    review = scraped(f"{HEAD}By Jane Doe\n\n{body}\n\n{quote}.\n\n{P2}\n\n{P3}\n")
    assert paragraphs(review) == [body, P2, P3]


# --- properties ---------------------------------------------------------------------------------

_WORD = st.sampled_from(
    "Harbour Lights Winter Garden Silent River Paper Moon Iron Coast Glass House Northern "
    "Tide Broken Crown".split()
)
_TITLE = st.lists(_WORD, min_size=1, max_size=4, unique=True).map(" ".join)
_EVENT = st.sampled_from(["Cannes", "TIFF", "Fantastic Fest", "Sundance", "Berlinale", "NYFF"])


@given(_EVENT, st.integers(1990, 2030), _TITLE, st.sampled_from([":", " –", " |"]))
def test_any_festival_prefix_leaves_the_title(event: str, year: int, title: str, mark: str) -> None:
    body = BODY.replace("Harbour Lights", title)
    review = scraped(f"{event} {year} Review{mark} {title}\n\nBy Jane Doe\n\n{body}")
    assert review.film.title == title


@given(_TITLE.filter(lambda t: len(t) > 3))
def test_a_title_in_capitals_is_written_as_the_review_writes_it(title: str) -> None:
    body = BODY.replace("Harbour Lights", title)
    review = scraped(
        f"Cannes 2024 Review: {title.upper()}, a quiet triumph\n\nBy Jane Doe\n\n{body}"
    )
    assert review.film.title == title


@given(st.sampled_from([P1, P2, P3]), st.integers(0, 4), st.integers(6, 12))
def test_a_pull_quote_from_the_text_is_neither_heading_nor_text_twice(
    paragraph: str, first: int, size: int
) -> None:
    words = paragraph.rstrip(".").split()
    quote = " ".join(words[first : first + size]).strip(",")
    review = scraped(f"{HEAD}By Jane Doe\n\n{P1L}\n\n“{quote}”\n\n{P2L}\n\n{P3L}\n")
    assert headings(review) == []
    assert paragraphs(review) == [P1L, P2L, P3L]


def test_a_byline_label_above_a_headline_is_the_byline() -> None:
    for label in ("Opinion by", "Analysis by", "Review by", "Words by"):
        review = scraped(
            f"Culture\n\n{label} Tomás Whitford-Rangi\n\n"
            f"Why Harbour Lights is the quiet triumph of the year\n\n{BODY}"
        )
        assert review.film.title == "Harbour Lights", label
        assert review.reviewer is not None, label
        assert review.reviewer.name == "Tomás Whitford-Rangi", label
