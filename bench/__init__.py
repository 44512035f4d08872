"""Benchmarks for reeltui (not timed tests): synthetic corpora and the figures in RESULTS.md.

`make bench` runs `python -m bench`, which runs every benchmark in turn.
"""
