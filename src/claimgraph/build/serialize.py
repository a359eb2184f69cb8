"""Deterministic serialisation: quads are de-duplicated and sorted before any writer sees them."""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import IO

import pyoxigraph as ox

from claimgraph.core.formats import RDF_FORMATS
from claimgraph.core.namespaces import PREFIXES

# name: (format, carries named graphs); the names live in core/formats.py
FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    name: (getattr(ox.RdfFormat, member), graphs) for name, (member, graphs) in RDF_FORMATS.items()
}


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Unique quads in graph, subject, predicate, object order: stable bytes for the same input."""
    unique = {(str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)): q for q in quads}
    return [unique[k] for k in sorted(unique)]


def sorted_nquads(quads: Iterable[ox.Quad]) -> bytes:
    """The same order as sorted_quads, faster: N-Quads lines sorted as bytes. A term is followed by a space,
    which sorts below any character that could continue a longer term, so line order is term order."""
    buffer = io.BytesIO()
    ox.serialize(quads, buffer, ox.RdfFormat.N_QUADS)
    return b"".join(sorted(set(buffer.getvalue().splitlines(keepends=True))))


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The merge of all graphs, for formats without named graphs."""
    unique = {(str(q.subject), str(q.predicate), str(q.object)): q.triple for q in quads}
    return [unique[k] for k in sorted(unique)]


def serialize(quads: Iterable, fmt: str, output: IO[bytes], *, presorted: bool = False) -> None:
    """Write `quads` (already sorted) as `fmt`; triple formats get the union of the graphs, unless
    `presorted` says the caller already passes that union as triples (streaming)."""
    rdf_format, has_graphs = FORMATS[fmt]
    data = quads if has_graphs or presorted else union_triples(quads)
    prefixes = (
        PREFIXES if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    )
    if rdf_format == ox.RdfFormat.JSON_LD:
        prefixes = PREFIXES
    ox.serialize(data, output, rdf_format, prefixes=prefixes)


def trig_parts(quads: list[ox.Quad]) -> tuple[bytes, bytes]:
    """TriG of `quads` split into the prefix header and the rest: bodies of graphs serialised one by one,
    concatenated after one header, are byte-identical to serialising all the quads at once."""
    buffer = io.BytesIO()
    serialize(quads, "trig", buffer)
    text = buffer.getvalue()
    end = 0
    while text.startswith(b"@prefix ", end):
        end = text.index(b"\n", end) + 1
    return text[:end], text[end:]
