"""Full garbage collections held off while a library loads, and let through now and then."""

from __future__ import annotations

import gc

from reeltui.tui.collector import HELD_THRESHOLD, FullCollections


def test_full_collections_are_held_then_let_through_at_the_thresholds_of_before() -> None:
    before = gc.get_threshold()
    rare = FullCollections(every=3600.0)
    try:
        assert not rare.now_and_then(), "nothing is held yet"
        rare.hold()
        rare.hold()  # again: nothing more
        assert rare.held and gc.get_threshold() == (before[0], before[1], HELD_THRESHOLD)
        assert gc.get_freeze_count() > 0
        assert not rare.now_and_then(), "the last collection was a moment ago"
    finally:
        rare.release()
    assert not rare.held and gc.get_threshold() == before
    rare.release()  # again: nothing
    assert gc.get_threshold() == before


def test_a_full_collection_runs_when_one_is_due() -> None:
    often = FullCollections(every=0.0)
    try:
        often.hold()
        collections = gc.get_stats()[2]["collections"]
        assert often.now_and_then()
        assert gc.get_stats()[2]["collections"] == collections + 1
    finally:
        often.release()


def test_a_collection_of_the_hold_freezes_what_it_left_and_release_thaws_it() -> None:
    often = FullCollections(every=0.0)

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only a collection frees it

    try:
        often.hold()
        kept = Node()
        assert often.now_and_then()
        frozen = gc.get_freeze_count()
        assert frozen > 0 and gc.is_tracked(kept)
        # Made after the collection: not frozen, so the next collection walks it alone. (The
        # count may drop: a frozen object another thread of the process lets go is freed.)
        later = [Node() for _ in range(100)]
        assert gc.get_freeze_count() <= frozen
        del later
        dropped = Node()
        assert often.now_and_then()
        assert gc.get_freeze_count() >= frozen
        del dropped, kept  # frozen while alive: a cycle the collector cannot see yet
    finally:
        often.release()
    assert gc.get_freeze_count() == 0, "release gives what the hold froze back to the collector"
    assert gc.collect() >= 2, "the cycles frozen while alive are garbage the collector frees"
