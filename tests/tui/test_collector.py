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
