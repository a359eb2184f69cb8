"""Run a query where it can be stopped: a deadline (--timeout) and Ctrl-C end it at once.

pyoxigraph evaluates inside one native call (a COUNT over a cross product returns only when done) and has
no cancellation, and a native call on the main thread delays Python's SIGINT handler until it returns
(15 s+ seen). So the query (evaluation and writing the results) runs on a worker thread, which pyoxigraph
lets run without the GIL, and the main thread only waits: it wakes at the deadline or on Ctrl-C, tells the
worker to stop (the next row or written chunk raises) and returns control to the caller, which for the CLI
means one line and exit. A worker still inside one native call cannot be interrupted; it is a daemon
thread, so it dies with the process and never delays exit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from claimgraph.core.errors import ClaimgraphError

DEFAULT_TIMEOUT = 60.0
T = TypeVar("T")
Check = Callable[[], None]


class QueryTimeout(ClaimgraphError):
    """The query ran past its deadline (exit 2, like every refused query: the query asked too much)."""


class Stopped(Exception):
    """Raised inside the worker by `check()` once the caller has stopped waiting for it."""


def run_bounded(work: Callable[[Check], T], *, timeout: float | None) -> T:
    """Run `work(check)` on a worker thread and return its result, or raise `QueryTimeout` after `timeout`
    seconds (None or 0: no limit) and `KeyboardInterrupt` on Ctrl-C, without waiting for the worker.
    `work` calls `check()` between rows or chunks so that a stopped query also stops working."""
    stop, done = threading.Event(), threading.Event()
    outcome: dict[str, object] = {}

    def check() -> None:
        if stop.is_set():
            raise Stopped

    def target() -> None:
        try:
            outcome["value"] = work(check)
        except BaseException as exc:  # handed to the waiting thread, which raises it there
            # without the worker's frames: pyoxigraph results must be dropped on the thread that made them
            outcome["error"] = exc.with_traceback(None)
            exc.__context__ = exc.__cause__ = None
        finally:
            done.set()

    threading.Thread(target=target, name="claimgraph-query", daemon=True).start()
    try:
        finished = done.wait(timeout or None)
    except BaseException:  # Ctrl-C while waiting
        stop.set()
        raise
    if not finished:
        stop.set()
        raise QueryTimeout(
            f"query stopped after {timeout:g} s (--timeout); add a LIMIT or narrow the query, "
            "or raise --timeout (0: no limit)"
        )
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    return outcome["value"]  # type: ignore[return-value]
