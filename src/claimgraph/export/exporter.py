"""`claimgraph export`: re-serialise the built dataset in any supported RDF format, streaming graph by graph
so memory does not grow with the corpus."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import IO

import pyoxigraph as ox

from claimgraph.build.graph_index import GRAPH_INDEX, read_index
from claimgraph.build.layout import Layout, check_digest, corrupted
from claimgraph.build.serialize import FORMATS, serialize
from claimgraph.core.errors import InputError, display_path
from claimgraph.mapping.ownership import Owner, article_of_graph

# Files the build already wrote in these formats, byte for byte what serialising would give.
COPIED = {"nq": "dataset.nq", "trig": "dataset.trig"}


def export(layout: Layout, fmt: str, out: IO[bytes]) -> None:
    """Quad formats keep the graphs in the build's order; triple formats get their union, each triple
    once, graph by graph (sorted within each graph). Same build, same bytes."""
    if fmt in COPIED:
        digest = hashlib.sha256()
        with (layout.build_dir / COPIED[fmt]).open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
                out.write(chunk)
        check_digest(layout, COPIED[fmt], digest.hexdigest())  # raises before publish_file renames
        return
    _rdf_format, has_graphs = FORMATS[fmt]
    quads = _graphs(layout)
    serialize(quads if has_graphs else _union(quads), fmt, out, presorted=True)


def _graphs(layout: Layout) -> Iterator[ox.Quad]:
    """The blocks lie end to end from offset 0, so hashing them in order hashes the whole dump: checked
    against the manifest after the last block, before the caller publishes anything."""
    dump = layout.build_dir / "dataset.nq"
    index = read_index(layout.build_dir / GRAPH_INDEX)
    digest = hashlib.sha256()
    offset = 0
    for block in index.blocks:
        data = index.read_block(dump, block.graph)
        if block.offset != offset or len(data) != block.length:
            raise corrupted(dump)
        digest.update(data)
        offset += len(data)
        try:
            yield from ox.parse(data, format=ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise InputError(
                display_path(dump), f"corrupt build output ({exc}); run `claimgraph build`"
            ) from None
    if offset != dump.stat().st_size:
        raise corrupted(dump)
    check_digest(layout, "dataset.nq", digest.hexdigest())


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
