"""The names and the full text of a first scan, made by a child process (`search/apart.py`):
the same search as made in-process, and nothing lost when the child stops half-way."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reeltui.library import Library
from reeltui.paths import samples_dir
from reeltui.search import Searcher
from reeltui.search import apart as apart_module
from reeltui.search import session as session_module
from reeltui.search.apart import Apart, build
from reeltui.search.fulltext import store as store_module
from reeltui.search.fulltext.store import FullTextIndex
from reeltui.search.partial import PartialSearch
from reeltui.search.session import SearchSession, SearchState

#: Questions whose answers must not depend on where the names and the text were made.
QUESTIONS = ("pena", "michael", "@villeneuve", "martian", "text: desert", "text: astronaut", "war")


@pytest.fixture
def scanned(tmp_path: Path) -> Iterator[Library]:
    """The samples scanned into a catalog on disk: names not derived, no text indexed."""
    root = tmp_path / "reviews"
    shutil.copytree(samples_dir(), root)
    library = Library.scan(root, cache_dir=tmp_path / "cache", workers=1)
    yield library
    library.close()


def answers(library: Library) -> list[list[tuple[str, float]]]:
    """What a searcher of the library answers to `QUESTIONS` (names and scores)."""
    with Searcher(library, in_memory=True) as searcher:
        return [
            [(hit_name(hit), round(hit.score, 6)) for hit in searcher.suggest(question, 20)]
            for question in QUESTIONS
        ]


def hit_name(hit: object) -> str:
    name = getattr(hit, "name", None)
    if isinstance(name, str):
        return name
    return str(getattr(hit, "snippet", ""))


def made_here(tmp_path: Path) -> list[list[tuple[str, float]]]:
    """The answers of the samples' search made wholly in this process."""
    root = tmp_path / "here"
    shutil.copytree(samples_dir(), root)
    library = Library.scan(root, cache_dir=tmp_path / "here-cache", workers=1)
    try:
        with Searcher(library, in_memory=True) as searcher:
            searcher.prepare_names()
            searcher.prepare_text()
        return answers(library)
    finally:
        library.close()


def test_a_child_settles_the_names_and_indexes_the_text(scanned: Library, tmp_path: Path) -> None:
    catalog = scanned.catalog
    pending = catalog.count_pending_text()
    assert pending == len(scanned) and catalog.count_unsettled() > pending
    child = Apart.start(catalog)
    assert child is not None
    named: list[int] = []
    progress: list[tuple[int, int]] = []

    def on_names() -> None:
        # The names are derived by now: what is left to settle is the text at most (the child
        # may have indexed some or all of it before this process hears of the names).
        named.append(catalog.count_unsettled())

    assert child.follow(on_names, lambda done, total: progress.append((done, total)))
    assert len(named) == 1 and named[0] <= pending
    assert progress[-1] == (pending, pending)
    assert catalog.count_unsettled() == 0
    assert answers(scanned) == made_here(tmp_path)


def test_a_child_stopped_half_way_leaves_the_rest_to_this_process(
    scanned: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after its first batch of text (as if killed), the child keeps what it
    committed; indexing here does the rest, and the search is the same."""
    monkeypatch.setattr(store_module, "_BATCH", 3)
    catalog = scanned.catalog
    said: list[str] = []

    def say(line: str) -> None:
        said.append(line)
        if line.startswith("text"):
            raise KeyboardInterrupt  # stands for the child being killed

    assert catalog.path is not None
    with pytest.raises(KeyboardInterrupt):
        build(catalog.path, catalog.root, catalog.fingerprint, say)
    assert said == ["names", f"text 3 {len(scanned)}"]
    assert catalog.count_pending_text() == len(scanned) - 3
    assert FullTextIndex(catalog).index() == len(scanned) - 3
    assert answers(scanned) == made_here(tmp_path)


def test_a_catalog_in_memory_is_searched_in_this_process(tmp_path: Path) -> None:
    library = Library.scan(shutil.copytree(samples_dir(), tmp_path / "reviews"), workers=1)
    assert not library.catalog.persistent
    assert Apart.start(library.catalog) is None
    library.close()


def built(session: SearchSession, library: Library) -> None:
    """Load `library` into `session` and run its build here, to the end."""
    started: list[Callable[[], None]] = []
    session.load(library, started.append)
    (work,) = started
    work()


@pytest.mark.parametrize("child", ["started", "cannot start"])
def test_the_session_of_a_first_scan_is_whole_with_or_without_a_child(
    scanned: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child: str
) -> None:
    monkeypatch.setattr(session_module, "APART_MIN", 1)
    children: list[int] = []
    real = Popen = subprocess.Popen

    def counted(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        if child == "cannot start":
            raise OSError("no more processes")
        process: subprocess.Popen[bytes] = real(*args, **kwargs)  # type: ignore[call-overload]
        children.append(process.pid)
        return process

    monkeypatch.setattr(apart_module.subprocess, "Popen", counted)
    session = SearchSession()
    built(session, scanned)
    monkeypatch.setattr(apart_module.subprocess, "Popen", Popen)
    assert session.state is SearchState.READY
    assert len(children) == (1 if child == "started" else 0)
    assert scanned.catalog.count_unsettled() == 0
    ranked = session.rank("text: desert")
    assert ranked.hits and not ranked.text_pending
    assert answers(scanned) == made_here(tmp_path)
    session.close()


def test_a_small_change_is_searched_without_a_child(
    scanned: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> object:
        raise AssertionError("no child for a few reviews")

    monkeypatch.setattr(apart_module.subprocess, "Popen", refuse)
    session = SearchSession()
    built(session, scanned)
    assert session.state is SearchState.READY
    assert scanned.catalog.count_unsettled() == 0
    session.close()


def test_closing_the_session_stops_the_child(
    scanned: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A session closed while its child works (the app quits) ends the child at once."""
    monkeypatch.setattr(session_module, "APART_MIN", 1)
    session = SearchSession()
    seen: list[Apart] = []
    real_follow = Apart.follow

    def follow(self: Apart, on_names: Callable[[], None], progress: object = None) -> bool:
        seen.append(self)
        session.close()  # the app quits as the child starts
        return real_follow(self, on_names, None)

    monkeypatch.setattr(Apart, "follow", follow)
    built(session, scanned)
    (child,) = seen
    assert child._process.poll() is not None  # gone
    assert session.state is SearchState.NO_LIBRARY


def test_once_the_child_has_the_names_the_catalog_answers_instead_of_the_scans_reviews(
    scanned: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bar was used while the files were read: the reviews read so far are held in
    memory to answer it. Once the child has derived the names, the catalog answers (the
    same hits) and those are let go before the searcher builds its own."""
    monkeypatch.setattr(session_module, "APART_MIN", 1)
    catalog = scanned.catalog
    catalog.set_meta(complete="0")  # as while a first scan reads
    session = SearchSession()
    during = [s.hit.name for s in session.rank("pena", reading=scanned).hits]
    assert isinstance(session._partial, PartialSearch) and during
    catalog.set_meta(complete="1")  # the scan ended
    seen: list[tuple[str, list[str]]] = []
    publish = SearchSession._publish_names

    def publishing(generation: object, searcher: Searcher) -> bool:
        seen.append(
            (type(session._partial).__name__, [s.hit.name for s in session.rank("pena").hits])
        )
        return publish(generation, searcher)  # type: ignore[arg-type]

    monkeypatch.setattr(SearchSession, "_publish_names", staticmethod(publishing))
    built(session, scanned)
    assert seen == [("LastSession", during)]
    assert session.state is SearchState.READY
    assert [hit_name(s.hit) for s in session.rank("pena").hits][:1] == during[:1]
    assert session._partial is None
    session.close()


def test_the_memory_let_go_is_handed_back_before_the_next_part_of_the_build(
    scanned: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tidy` (the TUI's give-back to the system) runs once the child has the names (the
    scan's search let go) and once the names are made, both before the full text is indexed."""
    monkeypatch.setattr(session_module, "APART_MIN", 1)
    session = SearchSession()
    seen: list[SearchState] = []
    started: list[Callable[[], None]] = []
    session.load(scanned, started.append, lambda: seen.append(session.state))
    (work,) = started
    work()
    assert len(seen) == 2
    assert seen[-1] is SearchState.INDEXING  # the names answer; the text is not indexed yet
    assert session.state is SearchState.READY
    session.close()
