"""Worker processes for the per-article stages (mapping articles, validating batches of them)."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

from claimgraph.core.errors import ClaimgraphError

T = TypeVar("T")
R = TypeVar("R")


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    initializer: Callable[..., None],
    initargs: tuple[Any, ...],
    chunksize: int = 1,
) -> Generator[R, None, None]:
    """`fn` over `items` in `jobs` processes, results in input order. Stopping early (bad input, Ctrl-C)
    lets the running chunks finish and cancels the rest: `Pool.terminate()` hung about once in 40 failing
    builds here, its task thread blocked on a full task queue (CPython #73945)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    executor = ProcessPoolExecutor(
        jobs,
        mp_context=context,
        initializer=_die_with_parent,
        initargs=(os.getpid(), initializer, initargs),
    )
    try:
        yield from executor.map(fn, items, chunksize=chunksize)
    except BrokenProcessPool:
        raise ClaimgraphError("a worker process died (out of memory?); try fewer --jobs") from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int, initializer: Callable[..., None], initargs: tuple[Any, ...]) -> None:
    """A worker must not outlive its parent: after a kill -9 of `claimgraph build`, workers blocked on the
    task queue stayed forever. Linux: the kernel sends SIGKILL when the parent dies (prctl); elsewhere a
    thread polls getppid(). The check after prctl covers a parent that died before it took effect."""
    if not _kill_on_parent_death():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)
    initializer(*initargs)


def _kill_on_parent_death() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
