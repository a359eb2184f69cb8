"""Map articles to serialised graphs in worker processes: each article is read, checked, mapped, sorted and
serialised independently, so the build streams and never holds the corpus as one graph."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from claimgraph.corpus.inputs import ArticleKeys, Inputs, article_keys, load_article
from claimgraph.core.errors import ClaimgraphError
from claimgraph.mapping.mapper import article_graph, map_article
from claimgraph.mapping.ownership import Owner
from claimgraph.core.progress import Progress
from claimgraph.build.serialize import sorted_nquads, trig_parts
from claimgraph.build.statistics import GraphStatistics, graph_statistics
from claimgraph.core.workers import ordered_map

# Below this many articles a process pool costs more than it saves (fork, pickling, start-up).
PARALLEL_FROM = 64
CHUNK = 16


@dataclass
class MappedArticle:
    """One article's graph, serialised, with what the corpus-level steps need from it."""

    graph: str
    nquads: bytes
    trig: bytes  # TriG without the prefix header
    keys: ArticleKeys
    stats: GraphStatistics


def graph_sort_key(path: Path) -> str:
    """Article graphs in the order a sort of all quads by graph name gives (the N-Triples form)."""
    return str(article_graph(path.stem))


def map_one(inputs: Inputs, path: Path) -> MappedArticle:
    art = load_article(inputs, path)
    nquads = sorted_nquads(map_article(art, inputs.registry))
    quads = list(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    graph = article_graph(art.annotation.article).value
    local_events = frozenset(ev.key for ev in art.annotation.events if ev.local)
    stats = graph_statistics(graph, quads, Owner(art.annotation.article, local_events))
    _header, body = trig_parts(quads)
    return MappedArticle(graph, nquads, body, article_keys(art), stats)


def map_articles(inputs: Inputs, *, jobs: int = 0, progress: bool | None = None) -> Iterator[MappedArticle]:
    """Yield every article mapped, in graph order; the first bad input stops the run with its error."""
    paths = sorted(inputs.annotation_files, key=graph_sort_key)
    jobs = jobs or os.cpu_count() or 1
    bar = Progress(len(paths), "mapping articles", enabled=progress)
    try:
        if jobs == 1 or len(paths) < PARALLEL_FROM:
            for path in paths:
                yield map_one(inputs, path)
                bar.advance()
            return
        yield from _pool_map(inputs, paths, jobs, bar)
    finally:
        bar.close()


_WORKER_INPUTS: Inputs | None = None


def _init_worker(inputs: Inputs) -> None:
    global _WORKER_INPUTS
    _WORKER_INPUTS = inputs


def _work(path: Path) -> MappedArticle | str:
    """Errors travel back as their one-line text (exceptions with custom arguments do not unpickle)."""
    assert _WORKER_INPUTS is not None
    try:
        return map_one(_WORKER_INPUTS, path)
    except ClaimgraphError as exc:
        return str(exc)


def _pool_map(inputs: Inputs, paths: list[Path], jobs: int, bar: Progress) -> Iterator[MappedArticle]:
    results = ordered_map(
        _work, paths, jobs=jobs, initializer=_init_worker, initargs=(inputs,), chunksize=CHUNK
    )
    with contextlib.closing(results):
        for result in results:
            if isinstance(result, str):
                raise ClaimgraphError(result)
            yield result
            bar.advance()
