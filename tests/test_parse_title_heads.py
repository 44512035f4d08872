"""Titles where the headline is not the film's name: the page's JSON-LD naming the reviewed
work, a headline in title case that says something of the film ("X Still Rules"), and a lone
word of the headline that the review keeps naming ("Classic Corner: Why … Pyaasa still hurts").
Each page is made up, with a twin worded differently, and pages the rule must leave alone."""

from __future__ import annotations

from pathlib import Path

from reeltui.model import Review
from reeltui.parse.html import parse_html
from reeltui.parse.reviewed_work import reviewed_work
from reeltui.parse.title_checks import named_lead

from prose_pages import scraped

LD = (
    '<script type="application/ld+json">{{"@context":"https://schema.org","@type":"Review",'
    '"itemReviewed":{{"@type":"{kind}","name":"{name}"{made}}},"author":{{"@type":"Person",'
    '"name":"Jane Doe"}}}}</script>'
)
PAGE = """<!doctype html><html><head><title>{headline}</title>{ld}</head><body><article>
<h1>{headline}</h1><p class="byline author">By Jane Doe</p>
<p>Every few years somebody has to say it again: {name} is still undefeated, and the way it
moves from a men-on-a-mission picture into something stranger is the reason why.</p>
<p>The jungle is the film's best character, and {name} never lets you forget how wet and close
and hostile it is, even before anything starts hunting anyone at all.</p>
<p>Nearly four decades on, nobody has made it better, and nobody will.</p>
</article></body></html>"""


def _html(headline: str, name: str, ld: str) -> Review:
    text = PAGE.format(headline=headline, name=name, ld=ld)
    return parse_html(text, path=Path("page.html"), review_id="p", problems=[])


def test_the_json_ld_names_and_dates_the_reviewed_film() -> None:
    ld = LD.format(kind="Movie", name="Jungle Run", made=',"dateCreated":"1987"')
    review = _html("Why the Wet Green Hell Endures: A Tribute", "Jungle Run", ld)
    assert (review.film.title, review.film.year) == ("Jungle Run", 1987)
    ld = LD.format(kind="TVSeries", name="Night Shift", made="")
    review = _html("The Longest Night: Notes on an Ensemble", "Night Shift", ld)
    assert (review.film.title, review.film.year) == ("Night Shift", None)


def test_a_json_ld_work_the_review_never_names_is_not_taken() -> None:
    ld = LD.format(kind="Movie", name="Something Else Entirely", made=',"dateCreated":"1990"')
    review = _html("Jungle Run review: still undefeated", "Jungle Run", ld)
    assert (review.film.title, review.film.year) == ("Jungle Run", None)


def test_reviewed_work_reads_one_movie_or_series_only() -> None:
    one = '{"itemReviewed":{"@type":"Movie","name":"A &amp; B","dateCreated":"2001-05-04"}}'
    assert reviewed_work(one) == ("A & B", 2001)
    two = one + one.replace("A &amp; B", "C")
    assert reviewed_work(two) == (None, None)
    book = '{"itemReviewed":{"@type":"Book","name":"A Novel"}}'
    assert reviewed_work(book) == (None, None)


def test_the_films_name_at_the_head_of_a_title_case_headline() -> None:
    body = " x predator is a blast and predator never stops y "
    assert named_lead("Predator Still Rules", body) == "Predator"
    body = " x the night crossing holds up and the night crossing is tense y "
    assert named_lead("The Night Crossing Remains a Marvel", body) == "The Night Crossing"


def test_no_head_without_a_verb_after_it_or_where_the_whole_is_named() -> None:
    body = " x portrait of a lady is named and portrait again y "
    assert named_lead("Portrait of a Lady on Fire", body) is None
    body = " x predator still rules and predator is a blast and predator again y "
    assert named_lead("Predator Still Rules", body) is None
    body = " x cruise is back and cruise again and tom cruise once y "
    assert named_lead("Tom Cruise Is Back", body) is None


KICKER = (
    "Classic Corner: Why {maker}'s {film} still hurts, sixty years later\n\nBy Jane Doe\n\n"
    "Few films have aged as strangely as {film}, which the city's film club screens this week "
    "in a new print, and which seems angrier now than it did when it opened.\n\n"
    "The poet at its centre wanders a city that will not buy his verses, and {film} follows "
    "him with a patience that is nearly unbearable by the end.\n\n"
    "If you have never seen {film}, this is the week to put that right.\n\nLeave a comment\n"
)


def test_a_lone_word_the_review_keeps_naming_is_the_title() -> None:
    review = scraped(KICKER.format(maker="Guru Dutt", film="Pyaasa"))
    assert review.film.title == "Pyaasa"
    review = scraped(KICKER.format(maker="Ana Lima", film="Marigold").replace("Classic", "Old"))
    assert review.film.title == "Marigold"


ESSAY = """<!doctype html><html><head><title>{plain}</title></head><body><article>
<h1>{headline}</h1><p class="byline author">By Jane Doe</p>
<p>Few films are as strange as The Quiet River, which sets a fairy tale inside a thriller and
dares its audience to decide which of the two they are watching.</p>
<p>The Quiet River opens on a night sky, and the children at its heart never quite leave it:
every scene afterwards seems lit by the same cold and patient stars.</p>
<p>The hymn the preacher sings, Stars Over Water, comes back at the end, and Stars Over Water
is the last thing we hear: a film that keeps its terrors small and its comforts smaller.</p>
</article></body></html>"""


def _essay(headline: str) -> Review:
    plain = headline.replace("<em>", "").replace("</em>", "").replace("<i>", "")
    text = ESSAY.format(headline=headline, plain=plain.replace("</i>", ""))
    return parse_html(text, path=Path("page.html"), review_id="p", problems=[])


def test_the_film_in_italics_in_an_essays_headline_is_the_title() -> None:
    review = _essay("Stars Over Water: Fairy Tale and Terror in <em>The Quiet River</em>")
    assert review.film.title == "The Quiet River"
    review = _essay("Stars Over Water: <i>The Quiet River</i> and the Long Night")
    assert review.film.title == "The Quiet River"


def test_italics_the_review_never_names_or_more_than_one_span_are_not_taken() -> None:
    review = _essay("Stars Over Water: <em>The Quiet River</em> and <em>Night Moves</em>")
    assert review.film.title != "Night Moves"
    review = _essay("The Quiet River review: an <em>astonishing</em> fairy tale")
    assert review.film.title == "The Quiet River"
