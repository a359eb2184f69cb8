"""Concept keys of the packaged SKOS vocabularies, read from the ontology so data and terms agree."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from claimgraph.core.namespaces import CGV, SKOS

SCHEMES = {
    "event_types": "event-types",
    "outcomes": "outcomes",
    "victim_categories": "victim-categories",
    "hedges": "hedges",
    "review_statuses": "review-statuses",
}


@dataclass(frozen=True)
class Vocabulary:
    event_types: frozenset[str]
    outcomes: frozenset[str]
    victim_categories: frozenset[str]
    hedges: frozenset[str]
    review_statuses: frozenset[str]


def load_vocabulary(path: Path) -> Vocabulary:
    """Collect each scheme's concept local names from `vocabularies.ttl`."""
    in_scheme = ox.NamedNode(SKOS + "inScheme")
    members: dict[str, set[str]] = {scheme: set() for scheme in SCHEMES.values()}
    with path.open("rb") as fh:
        for triple in ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=CGV):
            if triple.predicate == in_scheme and isinstance(triple.object, ox.NamedNode):
                scheme = triple.object.value.removeprefix(CGV)
                if scheme in members and triple.subject.value.startswith(CGV):
                    members[scheme].add(triple.subject.value.removeprefix(CGV))
    return Vocabulary(**{name: frozenset(members[scheme]) for name, scheme in SCHEMES.items()})
