"""Validate a build article by article (in parallel) plus one pass over what articles share.

Every focus node has one home. An article's own resources (see ownership.py) are validated with its graph
plus the registry description of every shared resource it names (and the graph of another article's claim
it denies). Everything else (registry entries, shared events, the dataset description) is validated once
with the registry, meta and other graphs plus every article triple about a shared resource and the types
of that triple's object. Each pass judges only the focus nodes it is home to (the others are left out of
the shapes' targets: pyshacl_tuning.focus_nodes_within); the union is the report a whole-graph validation
gives (tested on the curated articles, every invalid shape fixture and a synthetic corpus with seeded
errors).
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, SH

from claimgraph.build.graph_index import GraphIndex
from claimgraph.core.namespaces import ID, graph_iri
from claimgraph.core.progress import Progress
from claimgraph.core.rdfio import to_rdflib
from claimgraph.core.workers import ordered_map
from claimgraph.corpus.sources import Sources
from claimgraph.mapping.ownership import Owner, article_of_graph
from claimgraph.validate.pyshacl_tuning import tuned_pyshacl
from claimgraph.validate.validation import SEVERITIES, Report, Result, read_result

ONTOLOGY_GRAPH = graph_iri("ontology")
META_GRAPH = graph_iri("meta")
PLACEHOLDER = rdflib.URIRef("urn:claimgraph:report")
BATCH = 20  # articles per pySHACL call: amortises its fixed cost without growing the graph much
RDF_TYPE = ox.NamedNode(str(RDF.type))
Subject = ox.NamedNode | ox.BlankNode | ox.Triple  # what pyoxigraph gives as a quad's subject


@dataclass
class PartResult:
    """What one pass sends back: kept results, their report triples, and what the shared pass needs."""

    results: list[tuple[Result, bytes]] = field(default_factory=list)  # with its report triples
    shared: bytes = b""  # N-Triples of article triples about shared resources (and their objects' types)
    unregistered: set[str] = field(default_factory=set)  # subjects no shared graph describes
    articles: int = 0


@dataclass
class Setup:
    dump: Path
    index: GraphIndex
    shapes: rdflib.Graph
    ontology: rdflib.Graph
    sources: Sources
    target_object_predicates: frozenset[str]
    homes: dict[Subject, list[ox.Triple]]  # subject -> triples in registry and other shared graphs
    home_objects: frozenset[ox.NamedNode]  # IRIs the shared graphs name as objects
    home_subjects: frozenset[str] = frozenset()


def validate_dump(
    dump: Path,
    index: GraphIndex,
    shapes: rdflib.Graph,
    ontology: rdflib.Graph,
    *,
    jobs: int = 0,
    progress: bool | None = None,
    sources: Sources | None = None,
) -> Report:
    """The whole-graph report of a build's dump, computed per article in `jobs` processes plus one pass
    over the shared graphs and the article triples about shared resources."""
    articles = [b.graph for b in index.blocks if article_of_graph(b.graph) is not None]
    shared_graphs = [
        b.graph for b in index.blocks if article_of_graph(b.graph) is None and b.graph != ONTOLOGY_GRAPH
    ]
    homes: dict[Subject, list[ox.Triple]] = {}
    home_objects: set[ox.NamedNode] = set()
    for graph in shared_graphs:
        for q in _parse(index.read_block(dump, graph)):
            if isinstance(q.object, ox.NamedNode):
                home_objects.add(q.object)
            if graph != META_GRAPH:  # articles never name the dataset description
                homes.setdefault(q.subject, []).append(q.triple)
    setup = Setup(
        dump,
        index,
        shapes,
        ontology,
        sources or {},
        _target_object_predicates(shapes),
        homes,
        frozenset(home_objects),
        frozenset(n.value for n in homes if not isinstance(n, ox.Triple)),  # RDF 1.1: never a triple
    )
    batches = [articles[i : i + BATCH] for i in range(0, len(articles), BATCH)]
    bar = Progress(len(articles), "validating articles", enabled=progress)
    parts: list[PartResult] = []
    try:
        for part in _run_batches(setup, batches, jobs):
            parts.append(part)
            bar.advance(part.articles)
    finally:
        bar.close()
    # A subject described by two articles and by no shared graph has no single home: judge it in the
    # shared pass with every article's triples about it.
    seen: dict[str, int] = {}
    for part in parts:
        for iri in part.unregistered:
            seen[iri] = seen.get(iri, 0) + 1
    homeless = {iri for iri, n in seen.items() if n > 1}
    local = {iri for iri, n in seen.items() if n == 1}
    for part in parts:
        part.results = [(r, nt) for r, nt in part.results if r.focus not in homeless]
    owned = _Owned({article_of_graph(g) for g in articles}, local, setup.home_subjects)
    extra = _homeless_triples(setup, articles, homeless) if homeless else b""
    shared = b"".join(p.shared for p in parts) + extra
    parts.append(_shared_pass(setup, shared_graphs, shared, owned))
    return _merge(parts, shapes)


def dump_ontology(dump: Path, index: GraphIndex) -> rdflib.Graph:
    """The build's own ontology graph, which whole-graph validation also keeps apart from the data."""
    graph = rdflib.Graph()
    if ONTOLOGY_GRAPH in index.by_graph:
        for q in _parse(index.read_block(dump, ONTOLOGY_GRAPH)):
            _add(graph, q.triple)
    return graph


def _run_batches(setup: Setup, batches: list[list[str]], jobs: int) -> Iterator[PartResult]:
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or len(batches) < 2:
        for batch in batches:
            yield _validate_batch(setup, batch)
        return
    yield from ordered_map(_work, batches, jobs=jobs, initializer=_init_worker, initargs=(setup,))


_SETUP: Setup | None = None


def _init_worker(setup: Setup) -> None:
    global _SETUP
    _SETUP = setup


def _work(batch: list[str]) -> PartResult:
    assert _SETUP is not None
    return _validate_batch(_SETUP, batch)


def _validate_batch(setup: Setup, batch: list[str]) -> PartResult:
    """Articles of `batch` with their context; results kept only for nodes the articles own."""
    part = PartResult(articles=len(batch))
    data = rdflib.Graph()
    shared: list[ox.Triple] = []
    owners: list[Owner] = []
    for graph in batch:
        owner, unregistered = _article(setup, graph, data, shared)
        owners.append(owner)
        part.unregistered |= unregistered

    def home(focus: str) -> bool:
        return any(o.owns(focus) for o in owners)

    part.results = _run_pyshacl(setup, data, home)
    part.shared = _ntriples(shared)
    return part


def _article(setup: Setup, graph: str, data: rdflib.Graph, shared: list[ox.Triple]) -> tuple[Owner, set[str]]:
    article = article_of_graph(graph)
    assert article is not None
    quads = list(_parse(setup.index.read_block(setup.dump, graph)))
    owner = _ArticleOwner(article, setup.home_subjects)
    unregistered = {
        q.subject.value
        for q in quads
        if isinstance(q.subject, ox.NamedNode)
        and not owner.owns(q.subject.value)
        and q.subject not in setup.homes
    }
    owner.events = frozenset(unregistered)  # the article's local events, unless another article has them too
    named: set[Subject] = set()
    types: dict[Subject, list[ox.Triple]] = {}
    for q in quads:
        triple = q.triple
        _add(data, triple)
        s, o = q.subject, q.object
        s_owned = isinstance(s, ox.NamedNode) and owner.owns(s.value)
        o_owned = isinstance(o, ox.NamedNode) and owner.owns(o.value)
        if q.predicate == RDF_TYPE and s_owned:
            types.setdefault(s, []).append(triple)
        if not s_owned:
            named.add(s)
            shared.append(triple)
        elif q.predicate.value in setup.target_object_predicates and not o_owned:
            shared.append(triple)
        if isinstance(o, ox.NamedNode) and not o_owned:
            named.add(o)
    # the shared pass judges shared subjects' values by their types: send the types of owned objects
    for triple in list(shared):
        if isinstance(triple.object, ox.NamedNode):
            shared.extend(types.get(triple.object, ()))
    for node in setup.home_objects.intersection(types):
        shared.extend(types[node])
    for subject in named:
        for triple in _home_description(setup, subject, graph):
            _add(data, triple)
    return owner, unregistered


def _home_description(setup: Setup, node, graph: str) -> list[ox.Triple]:
    """What the shared graphs say about `node`, and what its own article says if it is another's."""
    if not isinstance(node, ox.NamedNode):
        return []
    out = list(setup.homes.get(node, ()))
    home = _home_article_graph(node.value)
    if home is not None and home != graph and home in setup.index.by_graph:
        out += _by_subject(setup.dump, setup.index, home).get(node, [])
    return out


@functools.lru_cache(maxsize=64)
def _by_subject(dump: Path, index: GraphIndex, graph: str) -> dict[ox.NamedNode, list[ox.Triple]]:
    """Another article's graph by subject: a denial of several of its claims reads it once, not per claim."""
    out: dict = {}
    for q in _parse(index.read_block(dump, graph)):
        out.setdefault(q.subject, []).append(q.triple)
    return out


def _home_article_graph(iri: str) -> str | None:
    for kind in ("article/", "claim/", "anchor/"):
        if iri.startswith(ID + kind):
            article = iri[len(ID + kind) :].split("/", 1)[0]
            return graph_iri(f"article/{article}")
    return None


def _homeless_triples(setup: Setup, articles: list[str], homeless: set[str]) -> bytes:
    """Every article triple about a subject that several articles describe, with its objects' types."""
    triples: list[ox.Triple] = []
    for graph in articles:
        quads = list(_parse(setup.index.read_block(setup.dump, graph)))
        about = [q for q in quads if isinstance(q.subject, ox.NamedNode) and q.subject.value in homeless]
        if not about:
            continue
        objects = {q.object for q in about}
        triples += [q.triple for q in about]
        triples += [q.triple for q in quads if q.predicate == RDF_TYPE and q.subject in objects]
    return _ntriples(triples)


def _shared_pass(setup: Setup, graphs: list[str], shared: bytes, owned: _Owned) -> PartResult:
    data = rdflib.Graph()
    for graph in graphs:
        for q in _parse(setup.index.read_block(setup.dump, graph)):
            _add(data, q.triple)
    for triple in ox.parse(shared, format=ox.RdfFormat.N_TRIPLES):
        _add(data, triple)
    part = PartResult()
    part.results = _run_pyshacl(setup, data, lambda focus: not owned.owns(focus))
    return part


class _ArticleOwner(Owner):
    """An article's own resources, less any that a shared graph describes (those are judged there)."""

    __slots__ = ("shared",)

    def __init__(self, article_id: str, shared: frozenset[str]) -> None:
        super().__init__(article_id)
        self.shared = shared

    def owns(self, iri: str) -> bool:
        return super().owns(iri) and iri not in self.shared


class _Owned:
    """Is an IRI owned by some article of the build (and described by no shared graph)?"""

    def __init__(self, articles: set[str | None], local_events: set[str], shared: AbstractSet[str]) -> None:
        self.articles, self.local_events, self.shared = articles, local_events, shared

    def owns(self, iri: str) -> bool:
        if iri in self.shared:
            return False
        if iri in self.local_events:
            return True
        for kind in ("article/", "claim/", "anchor/"):
            if iri.startswith(ID + kind):
                rest = iri[len(ID + kind) :]
                article = rest if kind == "article/" else rest.split("/", 1)[0]
                return article in self.articles
        return False


def _run_pyshacl(setup: Setup, data: rdflib.Graph, home) -> list[tuple[Result, bytes]]:
    """Results whose focus node `home` accepts, each with its description from the report."""
    import pyshacl

    with tuned_pyshacl(home):
        _conforms, report_graph, _text = pyshacl.validate(
            data,
            shacl_graph=setup.shapes,
            ont_graph=setup.ontology,
            allow_warnings=True,
            advanced=True,
            abort_on_first=False,
            inplace=True,  # `data` is this pass's own graph: mixing the ontology in need not copy it first
        )
    report = next(report_graph.subjects(RDF.type, SH.ValidationReport))
    kept = []
    for node in report_graph.objects(report, SH.result):
        focus = report_graph.value(node, SH.focusNode)
        if not isinstance(focus, rdflib.URIRef) or not home(str(focus)):
            continue
        description = report_graph.cbd(node)
        description.add((PLACEHOLDER, SH.result, node))
        kept.append(
            (
                read_result(report_graph, node, setup.sources),
                description.serialize(format="nt", encoding="utf-8"),
            )
        )
    return kept


def _merge(parts: list[PartResult], shapes: rdflib.Graph) -> Report:
    """One report: the kept results of every pass under one sh:ValidationReport."""
    pairs = [pair for p in parts for pair in p.results]
    results = sorted(
        (r for r, _nt in pairs),
        key=lambda r: (r.focus, SEVERITIES.index(r.severity), r.path or "", r.shape or "", r.message),
    )
    graph = rdflib.Graph()
    report = rdflib.BNode()
    graph.add((report, RDF.type, SH.ValidationReport))
    graph.add((report, SH.conforms, rdflib.Literal(not any(r.severity == "Violation" for r in results))))
    for _r, nt in pairs:
        for s, pred, o in rdflib.Graph().parse(data=nt, format="nt"):
            graph.add((report if s == PLACEHOLDER else s, pred, o))
    return Report(results, graph, shapes)


def _parse(block: bytes) -> Iterator[ox.Quad]:
    return ox.parse(block, format=ox.RdfFormat.N_QUADS)


def _add(graph: rdflib.Graph, triple: ox.Triple) -> None:
    graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))


def _ntriples(triples: list[ox.Triple]) -> bytes:
    buffer = io.BytesIO()
    ox.serialize(triples, buffer, ox.RdfFormat.N_TRIPLES)
    return buffer.getvalue()


def _target_object_predicates(shapes: rdflib.Graph) -> frozenset[str]:
    return frozenset(str(p) for p in shapes.objects(None, SH.targetObjectsOf))
