"""Worker processes for the per-article stages (mapping articles, validating batches of them)."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
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
) -> Iterator[R]:
    """`fn` over `items` in `jobs` processes, results in input order. Stopping early (bad input, Ctrl-C)
    lets the running chunks finish and cancels the rest: `Pool.terminate()` hung about once in 40 failing
    builds here, its task thread blocked on a full task queue (CPython #73945)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    executor = ProcessPoolExecutor(jobs, mp_context=context, initializer=initializer, initargs=initargs)
    try:
        yield from executor.map(fn, items, chunksize=chunksize)
    except BrokenProcessPool:
        raise ClaimgraphError("a worker process died (out of memory?); try fewer --jobs") from None
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
