"""claimgraph.core.workers.ordered_map: input order, early stop, and a dead worker as a one-line error."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.workers import ordered_map

_MARKS: Path | None = None


def _init(marks: Path | None) -> None:
    global _MARKS
    _MARKS = marks


def _square(x: int) -> int:
    return x * x


def _mark(x: int) -> int:
    assert _MARKS is not None
    (_MARKS / str(x)).touch()
    time.sleep(0.02)
    return x


def _die_on_three(x: int) -> int:
    if x == 3:
        os._exit(1)
    return x


def test_results_come_back_in_input_order():
    got = list(ordered_map(_square, range(60), jobs=2, initializer=_init, initargs=(None,), chunksize=4))
    assert got == [x * x for x in range(60)]


def test_stopping_early_cancels_what_has_not_started(tmp_path):
    results = ordered_map(_mark, range(200), jobs=2, initializer=_init, initargs=(tmp_path,))
    assert next(results) == 0
    results.close()  # what a consumer's error does to the generator
    started = len(list(tmp_path.iterdir()))
    assert 1 <= started < 50, f"{started} of 200 items ran after the consumer stopped"


def test_a_dead_worker_is_a_one_line_error():
    with pytest.raises(ClaimgraphError, match="worker process died"):
        list(ordered_map(_die_on_three, range(10), jobs=2, initializer=_init, initargs=(None,)))
