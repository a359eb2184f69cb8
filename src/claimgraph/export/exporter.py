"""`claimgraph export`: re-serialise the built dataset in any supported RDF format, streaming graph by graph
so memory does not grow with the corpus."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox

from claimgraph.build.graph_index import GRAPH_INDEX, read_index
from claimgraph.build.layout import Layout
from claimgraph.build.serialize import FORMATS, serialize
from claimgraph.core.errors import InputError, display_path
from claimgraph.mapping.ownership import Owner, article_of_graph

# Files the build already wrote in these formats, byte for byte what serialising would give.
COPIED = {"nq": "dataset.nq", "trig": "dataset.trig"}


def export(layout: Layout, fmt: str, out: IO[bytes]) -> None:
    """Quad formats keep the graphs in the build's order; triple formats get their union, each triple
    once, graph by graph (sorted within each graph). Same build, same bytes."""
    if fmt in COPIED:
        with (layout.build_dir / COPIED[fmt]).open("rb") as fh:
            shutil.copyfileobj(fh, out, 1 << 20)
        return
    _rdf_format, has_graphs = FORMATS[fmt]
    quads = _graphs(layout)
    serialize(quads if has_graphs else _union(quads), fmt, out, presorted=True)


def _graphs(layout: Layout) -> Iterator[ox.Quad]:
    dump = layout.build_dir / "dataset.nq"
    index = read_index(layout.build_dir / GRAPH_INDEX)
    for block in index.blocks:
        try:
            yield from ox.parse(index.read_block(dump, block.graph), format=ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise InputError(
                display_path(dump), f"corrupt build output ({exc}); run `claimgraph build`"
            ) from None


def _union(quads: Iterator[ox.Quad]) -> Iterator[ox.Triple]:
    """Each triple once: a triple naming a resource its article owns occurs in no other graph (see
    ownership.py); the others are remembered by a 128-bit digest."""
    seen: set[bytes] = set()
    owner: Owner | None = None
    graph = None
    for q in quads:
        if q.graph_name != graph:
            graph = q.graph_name
            article = article_of_graph(graph.value) if isinstance(graph, ox.NamedNode) else None
            owner = Owner(article) if article else None
        s, o = q.subject, q.object
        if owner is not None and (
            (isinstance(s, ox.NamedNode) and owner.owns(s.value))
            or (isinstance(o, ox.NamedNode) and owner.owns(o.value))
        ):
            yield q.triple
            continue
        digest = hashlib.blake2b(f"{s} {q.predicate} {o}".encode(), digest_size=16).digest()
        if digest not in seen:
            seen.add(digest)
            yield q.triple
