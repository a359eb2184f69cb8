"""VoID statistics gathered graph by graph, in memory bounded by the shared part of the corpus.

Triples owned by an article (see ownership.py) are unique, so they are only counted; the rest (registry,
ontology, triples between shared resources) are kept in sets to count them once across graphs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from claimgraph.core.namespaces import RDF
from claimgraph.mapping.ownership import Owner

TYPE = RDF + "type"


@dataclass
class GraphStatistics:
    """One graph's share; picklable, so worker processes can return it."""

    graph: str
    quads: int = 0
    unique_triples: int = 0
    owned_subjects: int = 0
    owned_entities: int = 0  # owned subjects with at least one rdf:type
    predicates: set[str] = field(default_factory=set)
    owned_instances: Counter = field(default_factory=Counter)  # class -> owned typed subjects
    shared_triples: set[tuple[str, str, str]] = field(default_factory=set)
    shared_subjects: set[str] = field(default_factory=set)


def graph_statistics(graph: str, quads: Iterable[ox.Quad], owner: Owner | None) -> GraphStatistics:
    """Count `quads` (one graph, no duplicates); with no owner every triple counts as shared."""
    stats = GraphStatistics(graph)
    owned_subjects: set[str] = set()
    owned_entities: set[str] = set()
    owns = owner.owns if owner is not None else (lambda _iri: False)
    for q in quads:
        stats.quads += 1
        s, p, o = q.subject, q.predicate.value, q.object
        stats.predicates.add(p)
        owned = s.value if isinstance(s, ox.NamedNode) and owns(s.value) else None  # its IRI, if owned
        if owned is not None:
            owned_subjects.add(owned)
        else:
            stats.shared_subjects.add(str(s))
        if owned is not None or (isinstance(o, ox.NamedNode) and owns(o.value)):
            stats.unique_triples += 1
            if owned is not None and p == TYPE:
                stats.owned_instances[str(o)] += 1
                owned_entities.add(owned)
        else:
            stats.shared_triples.add((str(s), p, str(o)))
    stats.owned_subjects = len(owned_subjects)
    stats.owned_entities = len(owned_entities)
    return stats


@dataclass
class CorpusStatistics:
    """The merge of every graph's share: exact VoID figures for the whole dataset."""

    per_graph: dict[str, int] = field(default_factory=dict)
    unique_triples: int = 0
    owned_subjects: int = 0
    owned_entities: int = 0
    predicates: set[str] = field(default_factory=set)
    owned_instances: Counter = field(default_factory=Counter)
    shared_triples: set[tuple[str, str, str]] = field(default_factory=set)
    shared_subjects: set[str] = field(default_factory=set)

    def add(self, g: GraphStatistics) -> None:
        self.per_graph[g.graph] = g.quads
        self.unique_triples += g.unique_triples
        self.owned_subjects += g.owned_subjects
        self.owned_entities += g.owned_entities
        self.predicates |= g.predicates
        self.owned_instances.update(g.owned_instances)
        self.shared_triples |= g.shared_triples
        self.shared_subjects |= g.shared_subjects

    @property
    def triples(self) -> int:
        return self.unique_triples + len(self.shared_triples)

    @property
    def distinct_subjects(self) -> int:
        return self.owned_subjects + len(self.shared_subjects)

    def instances(self) -> Counter:
        """Typed subjects per class (N-Triples form of the class)."""
        counts = Counter(self.owned_instances)
        counts.update(o for _s, p, o in self.shared_triples if p == TYPE)
        return counts

    @property
    def entities(self) -> int:
        return self.owned_entities + len({s for s, p, _o in self.shared_triples if p == TYPE})
