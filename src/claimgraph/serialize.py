"""Deterministic serialisation: quads are de-duplicated and sorted before any writer sees them."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

import pyoxigraph as ox

from .namespaces import PREFIXES

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (format, carries named graphs)
    "trig": (ox.RdfFormat.TRIG, True),
    "nq": (ox.RdfFormat.N_QUADS, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
    "ttl": (ox.RdfFormat.TURTLE, False),
    "nt": (ox.RdfFormat.N_TRIPLES, False),
    "xml": (ox.RdfFormat.RDF_XML, False),
}
EXTENSIONS = {"trig": ".trig", "nq": ".nq", "jsonld": ".jsonld", "ttl": ".ttl", "nt": ".nt", "xml": ".rdf"}


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Unique quads in graph, subject, predicate, object order: stable bytes for the same input."""
    unique = {(str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)): q for q in quads}
    return [unique[k] for k in sorted(unique)]


def union_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The merge of all graphs, for formats without named graphs."""
    unique = {(str(q.subject), str(q.predicate), str(q.object)): q.triple for q in quads}
    return [unique[k] for k in sorted(unique)]


def serialize(quads: list[ox.Quad], fmt: str, output: IO[bytes]) -> None:
    """Write `quads` (already sorted) as `fmt`; triple formats get the union of the graphs."""
    rdf_format, has_graphs = FORMATS[fmt]
    data = quads if has_graphs else union_triples(quads)
    prefixes = (
        PREFIXES if rdf_format in (ox.RdfFormat.TRIG, ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    )
    if rdf_format == ox.RdfFormat.JSON_LD:
        prefixes = PREFIXES
    ox.serialize(data, output, rdf_format, prefixes=prefixes)
