"""Last checks on a chosen title: a cut title given whole where the review confirms the whole,
and a director's name that a headline opens on. Each page is made up, with a twin worded
differently, and pages where the check must not fire."""

from __future__ import annotations

from reeltui.parse.title_checks import (
    common_phrase,
    directed,
    longest_confirmed,
    motto_line,
    numbered,
    past_frame,
    past_lead_in,
    season_suffix,
    without_edition,
    without_owner,
)

from prose_pages import cast, page, scraped


def test_the_longest_candidate_the_review_names_in_full_wins() -> None:
    body = " x the harbour party opens at dawn and the harbour goes on y "
    found = [("The Harbour", True), ("The Harbour Party", True)]
    assert longest_confirmed("The Harbour", found, body, frozenset()) == "The Harbour Party"


def test_a_longer_candidate_the_review_never_names_whole_does_not_win() -> None:
    body = " x the harbour opens at dawn and the harbour goes on y "
    found = [("The Harbour Party", True)]
    assert longest_confirmed("The Harbour", found, body, frozenset()) == "The Harbour"


def test_a_span_of_the_review_itself_must_be_named_twice() -> None:
    once = " x salt and cedar opens at dawn y "
    twice = " x salt and cedar opens at dawn then salt and cedar ends y "
    found = [("Salt and Cedar", False)]
    assert longest_confirmed("Cedar", found, once, frozenset()) == "Cedar"
    assert longest_confirmed("Cedar", found, twice, frozenset()) == "Salt and Cedar"


def test_a_maker_a_season_a_sentence_or_a_person_adds_nothing() -> None:
    body = (
        " ana lima s harbour lights harbour lights season 2 harbour lights is quiet "
        " in harbour lights harbour lights ana "
    )
    found = [
        ("Ana Lima's Harbour Lights", True),
        ("Harbour Lights Season 2", True),
        ("Harbour Lights is quiet", True),
        ("In Harbour Lights", True),
        ("Harbour Lights Ana", True),
    ]
    people = frozenset({"harbour lights ana"})
    assert longest_confirmed("Harbour Lights", found, body, people) == "Harbour Lights"


def test_a_director_named_as_such_reads_as_no_title() -> None:
    assert directed("Ana Lima", "It is a thriller. Director Ana Lima keeps it taut.")
    assert directed("Ana Lima", "A thriller, directed by Ana Lima, that keeps it taut.")
    assert not directed("Ana Lima", "Ana Lima plays the keeper with care.")
    assert not directed("Salt Harbour", "The director. Salt Harbour opens at dawn.")


def _review(title: str, short: str) -> str:
    return (
        f"There has never been a film quite like {title}, and it is worth saying so plainly "
        "before anything else, since the patient direction asks a great deal of its audience "
        "and gives a great deal back to anyone who is willing to wait and to watch.\n\n"
        f"{short} runs close to three hours, and the first hour, which sets up the families of "
        "the village, can be confusing; it helps to know that nearly everyone is related to "
        "everyone else, and that the quarrel at the heart of it is older than any of them.\n\n"
        f"By the end of {title} the long wait has been earned, and {short} leaves a closing "
        "image that stays with you long after the lights come up and the credits roll past.\n"
    )


def test_a_headline_that_cuts_the_title_gives_way_to_the_whole() -> None:
    page = (
        "The Courier\n\nMovie review: Harbour an epic from the end of the coast\n\n"
        "Ana Lima\nMarch 5, 2021\n\n" + _review("Harbour: The Long Wait", "Harbour")
    )
    assert scraped(page).film.title == "Harbour: The Long Wait"


def test_a_twin_headline_cut_at_the_title_gives_way_to_the_whole() -> None:
    page = (
        "Screen Notes\n\nFilm review: Kestrel is a tide that never quite turns\n\n"
        "By Ana Lima\nMay 2, 2019\n\n" + _review("Kestrel of the North", "Kestrel")
    )
    assert scraped(page).film.title == "Kestrel of the North"


def test_a_headline_on_the_directors_name_does_not_give_the_title() -> None:
    def page(cue: str) -> str:
        return (
            "The Courier\n\nMara Quell turns a school exam into the tautest thriller in years\n\n"
            "By Ana Lima\nMarch 5, 2021\n\n"
            "That is the premise of Glass Ledger, and what follows is a heist film in which the "
            f"vault is an exam hall and the loot is a page of answers. {cue}, whose first film "
            "was a quiet drama about a family, handles the tension with a surgeon's calm, and "
            "every scene is cut to the beat of a clock that the audience can hear ticking.\n\n"
            "The young cast of Glass Ledger is superb, and the editing makes an eraser as tense "
            "as a gun; the music pulses and the camera prowls through rows of desks as if "
            "through a bank. Glass Ledger is the thriller of the year.\n"
        )

    assert scraped(page("Director Mara Quell")).film.title == "Glass Ledger"
    assert scraped(page("The film, directed by Mara Quell")).film.title == "Glass Ledger"


def test_a_lead_in_of_the_years_since_gives_way_to_the_film_it_names() -> None:
    body = " x the remake of harbour lights was a surprise y "
    line = "20 Years Ago, Harbour Lights Remade TV Drama Forever"
    assert past_lead_in(line, line, body) == "Harbour Lights"
    twin = "Ten years later, ‘Salt Road’ Season 2 is still the saddest show on TV"
    assert past_lead_in("Ten years", twin, " x salt road y ") == "Salt Road"
    since = "It's been 15 years since Kestrel"
    assert past_lead_in(since, "Kestrel at fifteen", " x kestrel won a prize y ") == "Kestrel"


def test_no_lead_in_or_nothing_named_leaves_the_title() -> None:
    body = " x harbour lights y "
    assert past_lead_in("Harbour Lights", "Harbour Lights review", body) is None
    line = "20 Years Ago, Harbour Lights Remade TV Drama Forever"
    assert past_lead_in(line, line, " x nothing here y ") is None
    other = "Ten Years Later, Salt Road Is Still Sad"
    assert past_lead_in("Kestrel", other, " x salt road kestrel y ") is None


def test_a_headline_on_the_years_since_gives_the_title_it_names() -> None:
    def page(headline: str) -> str:
        return (
            f"The Courier\n\n{headline}\n\nBy Ana Lima\nMarch 5, 2021\n\n"
            "When it first aired, nobody expected much from a remake of Harbour Lights, a "
            "creaky old series about a lighthouse keeper that most viewers remembered, if at "
            "all, for its theme tune and its cardboard sets.\n\n"
            "What arrived instead was a slow, patient drama about grief and a town at the end "
            "of a coast, and the keeper at its heart became one of the best roles on television "
            "that year, a part played with a stillness that the camera loved.\n"
        )

    assert scraped(page("20 Years Ago, Harbour Lights Remade TV Drama Forever")).film.title == (
        "Harbour Lights"
    )
    assert scraped(page("Two Decades On: Harbour Lights Still Glows")).film.title == (
        "Harbour Lights"
    )
    twin = "Ten Years Later, ‘Harbour Lights’ Is Still the Quietest Great Show on TV"
    assert scraped(page(twin)).film.title == "Harbour Lights"


def test_the_edition_of_a_re_release_is_no_part_of_the_title() -> None:
    body = " x kestrel is back kestrel again y "
    assert without_edition("Kestrel 4K", body) == "Kestrel"
    assert without_edition("Kestrel Remastered", body) == "Kestrel"
    assert without_edition("Kestrel 4K", " x kestrel 4k is back kestrel y ") == "Kestrel 4K"
    assert without_edition("Kestrel Rising", body) == "Kestrel Rising"


def _reissue(label: str, headline: str) -> str:
    return (
        f"Daily Courier\nHOME  NEWS  {label}  SPORT\n{label}\n{headline}\n"
        "Posted: Sat, 17 Aug 2024\n"
        "Some films are watched. Kestrel is experienced, again and again, until its lines "
        "become part of the family's own speech, and every viewer above a certain age can "
        "recite the last scene of it word for word.\n"
        "Released long ago, Kestrel is set in an old house in the hills, where a young couple "
        "decide to live despite the warnings of the family, and the house soon answers back "
        "in ways that the town's {low} and its gossip had long predicted.\n"
        "Watching it again in a packed hall is a reminder of what {low} can do when a story "
        "is told with such confidence, and the crowd's cheers for every entrance say the "
        "rest.\n"
    ).replace("{low}", label.lower())


def test_a_section_label_in_capitals_is_no_title_where_the_review_writes_it_in_lowercase() -> None:
    page = _reissue("CINEMA", "Kestrel 4K review: Thirty years on, the house still answers back")
    assert scraped(page).film.title == "Kestrel"
    twin = _reissue("THEATRE", "Kestrel Remastered: the old house has lost none of its chill")
    assert scraped(twin).film.title == "Kestrel"


def _standfirst_page(standfirst: str, title: str) -> str:
    return (
        "The Weekly Courier\nPolitics  Opinion  Culture  Films & TV\nCulture\n"
        f"The ugly duckling who refused to become a swan\n{standfirst}\nAna Lima\n"
        "January 28, 2022\nShare\n"
        "For as long as most of us can remember, the hero of the evening serial has been a "
        "particular kind of man, tall and rich and sure of himself, and the camera has loved "
        "him for it through decade after decade of weddings and misunderstandings.\n"
        f"Adapted from a novel, {title} follows its title character from a cramped house in an "
        "old neighbourhood into the wider world, and it never once makes him a joke.\n"
        f"None of this makes {title} flawless: it is too long, and the middle stretch "
        f"meanders. But {title} asks its audience to love a man the camera had been taught to "
        "ignore, and that matters.\n"
    )


def test_a_standfirst_that_opens_on_the_film_gives_the_title() -> None:
    page = _standfirst_page(
        "Kestrel was the rare serial that asked its audience to love a plain man", "Kestrel"
    )
    assert scraped(page).film.title == "Kestrel"
    twin = _standfirst_page(
        "Daughters of Salt is a drama that dares to make its hero someone nobody sees",
        "Daughters of Salt",
    )
    assert scraped(twin).film.title == "Daughters of Salt"


def test_a_film_named_after_its_hero_keeps_the_actor_who_plays_him() -> None:
    for title, part in (("Mattis Krogh", "title character"), ("Wilma Rusk", "title role")):
        review = page(
            f"Around the third episode we meet {title}, a buttoned-up clerk with a fear of "
            f"lifts. Dunstan Pryor, whom some will know from the stage, plays him with a tightly "
            f"wound sadness, and the {part} has never been better served.",
            headline=f"{title} review",
        )
        assert cast(review).get("Dunstan Pryor") == title


def test_the_line_under_the_sites_name_is_its_motto_when_the_footer_names_the_site() -> None:
    units = ["EASTERN POST", "Britain's favourite weekly paper", "NEWS  SPORT", "x", "y", "z"]
    assert motto_line([*units, "Subscribe to Eastern Post", "© 2022"]) == 1
    assert motto_line([*units, "Subscribe to our paper", "© 2022"]) == -1
    twin = ["The Lantern", "Kestrel review: a slow winter", "Ana Lima", "x", "© The Lantern"]
    assert motto_line(twin) == -1  # a headline that says "review" is no motto


def _motto_page(site: str, motto: str, footer: str) -> str:
    return (
        f"{site}\n{motto}\nNEWS   UK   ENTERTAINMENT   CULTURE   SPORT\nEntertainment\n"
        "Kestrel at 20: still the most joyful film the town ever made\nAna Lima\nApril 8, 2022\n"
        "When Kestrel opened in cinemas in April 2002, nobody expected very much of it, a "
        "small comedy about a girl from the town who just wants to fly her bird on the moor.\n"
        "Watching it again this month, what strikes you first is how funny Kestrel is, and "
        "how little it apologises for the town it comes from or explains it to anyone else.\n"
        "Some things have aged, but Kestrel deserves its place, and the final sequence is "
        "still one of the most exhilarating set pieces in any film of its kind.\n"
        f"READ MORE\nShare this article   Facebook   Twitter\n{footer}\nContact us   Privacy\n"
    )


def test_a_sites_motto_gives_way_to_the_headline_under_it() -> None:
    page = _motto_page(
        "EASTERN POST", "Britain's number one weekly newspaper", "SUBSCRIBE TO EASTERN POST"
    )
    assert scraped(page).film.title == "Kestrel"
    twin = _motto_page(
        "The Lantern", "Inspiring, entertaining and always local", "© 2022 The Lantern"
    )
    assert scraped(twin).film.title == "Kestrel"


def test_a_phrase_the_review_writes_in_lower_case_is_no_title() -> None:
    prose = "The film is fast. I think the film is the best of its year, and the series too."
    assert common_phrase("The Film", prose)
    assert common_phrase("The Series", prose)
    assert not common_phrase("The Room", "I saw The Room again, and the room was full.")
    assert not common_phrase("The Film", "Nothing here names it.")


def test_a_makers_possessive_is_no_part_of_the_title() -> None:
    body = " x howard keel s salt road is fast y "
    top = ["Reviews » Salt Road (Special Edition)", "Salt Road (Special Edition)"]
    assert without_owner("Vera Hawks' Salt Road", body, top) == "Salt Road"
    assert without_owner("Mara Olsen's Salt Road", " x salt road olsen s salt road y ") == (
        "Salt Road"
    )
    assert without_owner("Ferris Keller's Day Off", " ferris keller s day off ", ["x"]) == (
        "Ferris Keller's Day Off"
    )
    assert without_owner("Bridget Jones's Diary", " diary diary ", ["Diary"]) == (
        "Bridget Jones's Diary"
    )


def _disc_page(section: str, owner: str) -> str:
    return (
        "Disc Corner\nReviews | Forum | Release List\nReviews » Blu-ray Reviews » Salt Road "
        "(Special Edition) (Blu-ray)\nSalt Road (Special Edition) (Blu-ray)\n"
        "Studio // Unrated // January 17, 2017\nReview by Ana Lima | posted January 24, 2017\n"
        f"Highly Recommended\n{section}\n"
        f"{owner} Salt Road (1940) is probably the fastest comedy ever made, and the film "
        "still leaves modern comedies gasping for breath more than eighty years later.\n"
        "The source is an old stage hit about a newspaper editor who will stop at nothing, and "
        "the film turns the reporter into his former wife, which changes everything about it.\n"
        "The film's pace is the thing: the lines overlap, and the film never waits for a laugh.\n"
    )


def test_a_section_heading_over_the_review_gives_way_to_the_owned_title() -> None:
    assert scraped(_disc_page("The Film", "Howard Keel's")).film.title == "Salt Road"
    assert scraped(_disc_page("The Movie", "Vera Hawks'")).film.title == "Salt Road"


def test_a_title_framed_as_looked_back_on_gives_the_film() -> None:
    body = " x kestrel of the north y "
    assert past_frame("Rewatching Kestrel of the North 10 Years Later", body) == (
        "Kestrel of the North"
    )
    assert past_frame("Kestrel of the North – Revisited", body) == "Kestrel of the North"
    assert past_frame("Revisiting Salt Road", body) is None  # the review never names it
    assert past_frame("Kestrel of the North", body) is None


def test_a_listicles_item_is_no_title() -> None:
    assert numbered("1. Kashaf is still the most relatable heroine")
    assert numbered("3) The mothers deserve their own drama")
    assert not numbered("1917")
    assert not numbered("2046")


def _listicle(headline: str) -> str:
    return (
        "Courier\nWhere time goes to waste (productively)\nEntertainment   Food   Quizzes\n"
        f"ENTERTAINMENT\n{headline}\nby Ana Lima\nNovember 30, 2022\n"
        "Confession: I watched Salt Road for the first time at sixteen, with my mother on one "
        "side of the sofa and my aunt on the other, both of them shushing me every time.\n"
        "1. Kestrel is still the most relatable heroine\n"
        "Mina Rao plays Kestrel, a brilliant, bitter girl whose father has left the family, and "
        "she is as sharp now as she was then, and the show is hers from the first scene.\n"
        "2. The mothers deserve their own drama\n"
        "They really do, and the last episode gives them the best scene of all.\n"
        "© 2022 Courier. All rights reserved.\n"
    )


def test_a_listicle_over_a_framed_headline_gives_the_film() -> None:
    page = _listicle("Rewatching Salt Road 10 Years Later: Does Its Love Story Still Hold Up?")
    assert scraped(page).film.title == "Salt Road"
    twin = _listicle("Looking back at Salt Road, twenty years on")
    assert scraped(twin).film.title == "Salt Road"


def test_review_by_a_site_is_a_byline_not_the_headline() -> None:
    def page(byline: str) -> str:
        return (
            "FilmGlitz\nTamil | Telugu | Videos\nHome » Tamil » Movie Reviews\nSalt Road Review\n"
            "Salt Road – a gangster epic that is a masterclass in storytelling\n"
            f"{byline}\nMovie Rating: 4 / 5\n"
            "Salt Road is a sprawling gangster saga, and the director never loses his grip on "
            "its many threads, from the docks to the prison yard and back again.\n"
            "The performances are uniformly strong, and Salt Road earns every one of its long "
            "minutes, building to a finale that leaves the door open for more.\n"
        )

    assert scraped(
        page("Review by FilmGlitz [ Wednesday, October 17, 2018 • Tamil ]")
    ).film.title == ("Salt Road")
    assert scraped(page("Reviewed by Our Critic [ 17 October 2018 ]")).film.title == "Salt Road"


def test_a_longer_candidate_ending_on_the_sentences_verb_is_no_title() -> None:
    body = " x harbour lights is here for you and harbour lights is patient y "
    found = [("Harbour Lights Is", True)]
    assert longest_confirmed("Harbour Lights", found, body, frozenset()) == "Harbour Lights"
    body = " x salt road was a surprise and salt road was the best of the year y "
    found = [("Salt Road Was", True)]
    assert longest_confirmed("Salt Road", found, body, frozenset()) == "Salt Road"
    body = " x salt road west was a surprise and salt road west was the best y "
    found = [("Salt Road West", True)]
    assert longest_confirmed("Salt Road", found, body, frozenset()) == "Salt Road West"


def test_a_cut_ending_on_a_verb_does_not_take_the_titles_mentions() -> None:
    text = (
        "Harbour Lights Is the Year's Quietest Triumph\n\nBy Jane Doe\n\n"
        "Harbour Lights is a patient film about a lighthouse keeper and the town she keeps. "
        "It takes its time, and Harbour Lights is better for it.\n\n"
        "Ana Lima plays the keeper with great care, and the town around her is drawn with the "
        "same patience, one household at a time, until it feels like a place you have lived.\n\n"
        "By the end Harbour Lights has earned every minute, and the last scene lands softly.\n\n"
        "Leave a comment\n"
    )
    assert scraped(text).film.title == "Harbour Lights"
    twin = text.replace("Harbour Lights", "Salt Road West").replace(" is ", " was ")
    assert scraped(twin).film.title == "Salt Road West"


def test_a_season_closing_the_title_goes_to_the_season() -> None:
    text = (
        "Harbour Lights: Series One – Blu-ray review\n\nBy Jane Doe\n\n"
        "Harbour Lights arrived quietly, six episodes about a lighthouse keeper and her town, "
        "and the first series of Harbour Lights still holds up on a second look.\n\n"
        "Ana Lima plays the keeper with great care, and every episode gives one household of the "
        "town its own small story, told without hurry.\n\n"
        "Harbour Lights: Series One is the best thing the channel has made in years, and it "
        "holds up on a second look, every episode of it.\n\nLeave a comment\n"
    )
    review = scraped(text)
    assert (review.film.title, review.film.season) == ("Harbour Lights", 1)
    twin = text.replace("Harbour Lights: Series One", "Salt Road, Season 2").replace(
        "Harbour Lights", "Salt Road"
    )
    review = scraped(twin)
    assert (review.film.title, review.film.season) == ("Salt Road", 2)


def test_a_title_ending_on_series_or_season_as_its_own_word_stays() -> None:
    body = " x the ninth season is here and the ninth season ends y "
    assert season_suffix("The Ninth Season", body) is None
    body = " x harbour lights is here y "
    assert season_suffix("Harbour Lights: Series One", body) == ("Harbour Lights", 1)


def test_a_season_after_a_space_is_cut_where_the_review_names_the_show_without_it() -> None:
    body = " the first season of harbour lights is here and harbour lights season one ends y "
    assert season_suffix("Harbour Lights Season One", body) == ("Harbour Lights", 1)
    body = " x salt road still holds y and salt road ends "
    assert season_suffix("Salt Road Series 3", body) == ("Salt Road", 3)
    # a name the review always writes with its season, after a space, stays whole
    body = " x harbour lights season one is here and harbour lights season one ends y "
    assert season_suffix("Harbour Lights Season One", body) is None
