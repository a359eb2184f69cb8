"""Resolve user-supplied parameter values to RDF terms; values are bound, never spliced into SPARQL."""

from __future__ import annotations

import difflib
import re

import pyoxigraph as ox

from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.fields import parse_partial_date
from claimgraph.core.namespaces import CG, ID, PREFIXES, XSD
from claimgraph.query.catalogue import Parameter

CLASSES = {
    "actor": CG + "Actor",
    "place": CG + "Place",
    "event": CG + "Event",
    "post": CG + "Post",
    "article": CG + "Article",
    "claim": CG + "Claim",
}
KEY_PATHS = {"actor": "actor/", "place": "place/", "event": "event/", "post": "post/", "article": "article/"}

_MEMBERS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?s ?label ?class WHERE {
  ?s a/rdfs:subClassOf* ?class .
  OPTIONAL { ?s rdfs:label ?label }
}
"""
_LABELLED = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?s ?label ?class ?needle WHERE {
  ?s a/rdfs:subClassOf* ?class ; rdfs:label ?label .
  { ?s rdfs:label ?name } UNION { ?s skos:altLabel ?name }
  FILTER (LCASE(STR(?name)) = LCASE(STR(?needle)))
}
"""
_IS_A = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
ASK { ?s a/rdfs:subClassOf* ?class }
"""


def resolve(store: ox.Store, param: Parameter, value: str) -> ox.NamedNode | ox.Literal:
    """Turn a key, label, CURIE or IRI (or a plain literal) into the term bound to the variable."""
    if param.type == "string":
        return ox.Literal(value)
    if param.type == "integer":
        if not re.fullmatch(r"-?\d+", value):
            raise ClaimgraphError(f"parameter {param.name}: {value!r} is not an integer")
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
    if param.type == "date":
        parsed = parse_partial_date(value)
        if parsed is None:
            raise ClaimgraphError(f"parameter {param.name}: bad date {value!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
        return ox.Literal(parsed[0], datatype=ox.NamedNode(XSD + parsed[1]))
    iri = _as_iri(value)
    if param.type == "iri":
        if iri is None:
            raise ClaimgraphError(f"parameter {param.name}: {value!r} is not an IRI or known CURIE")
        return iri
    return _resolve_resource(store, param, value, iri)


def _as_iri(value: str) -> ox.NamedNode | None:
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value):
        try:
            return ox.NamedNode(value)
        except ValueError as exc:
            raise ClaimgraphError(f"invalid IRI {value!r}: {exc}") from None
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and re.fullmatch(r"[\w./-]*", local):
        return ox.NamedNode(PREFIXES[prefix] + local)
    return None


def _resolve_resource(
    store: ox.Store, param: Parameter, value: str, iri: ox.NamedNode | None
) -> ox.NamedNode:
    cls = ox.NamedNode(CLASSES[param.type])
    candidates = [iri] if iri is not None else []
    if iri is None and param.type in KEY_PATHS and re.fullmatch(r"[a-z0-9_]+(?:-[a-z0-9_]+)*", value):
        candidates.append(ox.NamedNode(ID + KEY_PATHS[param.type] + value))
    for candidate in candidates:
        if _query(store, _IS_A, s=candidate, **{"class": cls}):
            return candidate
    if iri is not None:
        raise ClaimgraphError(f"parameter {param.name}: {value!r} is not a known {param.type}")
    matches = list(_query(store, _LABELLED, needle=ox.Literal(value), **{"class": cls}))
    found = sorted({(str(row["s"].value), row["label"].value) for row in matches})
    if len(found) == 1:
        return ox.NamedNode(found[0][0])
    if len(found) > 1:
        listed = "; ".join(f"{label} ({_short(s)})" for s, label in found)
        raise ClaimgraphError(f"parameter {param.name}: {value!r} is ambiguous: {listed}; pass a key or IRI")
    raise ClaimgraphError(
        f"parameter {param.name}: no {param.type} matches {value!r}{_nearest(store, cls, value)}"
    )


def _nearest(store: ox.Store, cls: ox.NamedNode, value: str) -> str:
    names: dict[str, str] = {}  # lower-cased key or label -> "Label (id:kind/key)"
    for row in _query(store, _MEMBERS, **{"class": cls}):
        short = _short(row["s"].value)
        shown = f"{row['label'].value} ({short})" if row["label"] is not None else short
        names[short.rsplit("/", 1)[-1].lower()] = shown
        if row["label"] is not None:
            names[row["label"].value.lower()] = shown
    close = difflib.get_close_matches(value.lower(), list(names), n=8, cutoff=0.5)
    unique = list(dict.fromkeys(names[c] for c in close))[:5]
    return f"; candidates: {', '.join(unique)}" if unique else ""


def _short(iri: str) -> str:
    return "id:" + iri[len(ID) :] if iri.startswith(ID) else iri


def _query(store: ox.Store, sparql: str, **bindings: ox.NamedNode | ox.Literal):
    return store.query(
        sparql,
        use_default_graph_as_union=True,
        substitutions={ox.Variable(k): v for k, v in bindings.items()},
    )
