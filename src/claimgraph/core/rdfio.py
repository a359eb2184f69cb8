"""Strict, network-free RDF reading into rdflib graphs, with one-line errors that carry the line number."""

from __future__ import annotations

import functools
from pathlib import Path

import pyoxigraph as ox
import rdflib

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.formats import RDF_SUFFIXES
from claimgraph.core.namespaces import XSD, graph_iri

SUFFIXES = {suffix: getattr(ox.RdfFormat, member) for suffix, member in RDF_SUFFIXES.items()}
ONTOLOGY_GRAPH = graph_iri("ontology")
_XSD_STRING = XSD + "string"


def read_quads(path: Path) -> list[ox.Quad]:
    """Parse by file extension with pyoxigraph: no remote JSON-LD contexts, no relative-IRI guessing."""
    shown = display_path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(SUFFIXES))
        raise InputError(shown, f"unknown RDF file extension {path.suffix!r} (known: {known})")
    try:
        with path.open("rb") as fh:
            return [
                q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object)
                for q in ox.parse(fh, format=fmt)
            ]
    except OSError as exc:
        raise InputError(shown, f"cannot read file ({exc.strerror})") from None
    except SyntaxError as exc:
        message = str(exc.msg if hasattr(exc, "msg") else exc)
        message = (
            message.split(": ", 1)[1] if message.startswith("Parser error") and ": " in message else message
        )
        raise InputError(shown, f"not valid {fmt.name}: {message}", line=exc.lineno) from None
    except ValueError as exc:
        raise InputError(shown, f"not valid {fmt.name}: {exc}") from None


def to_rdflib(term):
    """Convert a pyoxigraph term; plain strings stay untyped so rdflib compares them as SHACL expects."""
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=_iri(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


@functools.lru_cache(maxsize=1 << 16)
def _iri(value: str) -> rdflib.URIRef:
    """IRIs repeat (predicates, classes, actors); checking each again was a quarter of building a
    per-article validation batch."""
    return rdflib.URIRef(value)


def split_graphs(quads: list[ox.Quad]) -> tuple[rdflib.Graph, rdflib.Graph]:
    """(data, ontology): claimgraph's ontology graph is kept out of the data, as pySHACL #89 advises."""
    data, ontology = rdflib.Graph(), rdflib.Graph()
    for q in quads:
        target = ontology if getattr(q.graph_name, "value", None) == ONTOLOGY_GRAPH else data
        target.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return data, ontology


def read_graph(paths: list[Path]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in paths:
        for q in read_quads(path):
            graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph
