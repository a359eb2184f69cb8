"""The naive rdflib pipeline: the whole corpus as one rdflib Dataset, statistics from Python sets, rdflib's
serialisers. It is the yardstick of the benchmarks and the oracle the fast build is tested against."""

from __future__ import annotations

import hashlib
from pathlib import Path

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from claimgraph.build.builder import Layout, fingerprint
from claimgraph.corpus.inputs import load_corpus
from claimgraph.build.describe import DATASET, META_GRAPH, dcat, provenance, describe_text
from claimgraph.mapping.mapper import Sink, map_article, map_registry
from claimgraph.core.namespaces import DCAT, ID, ONTOLOGY_IRI, SCHEMA, VOID, graph_iri
from claimgraph.core.rdfio import to_rdflib


def reference_dataset(layout: Layout) -> rdflib.Dataset:
    """Every graph of the build, made the straightforward way; no streaming, no worker processes."""
    digest, inputs = fingerprint(layout)
    corpus = load_corpus(layout.data_dir, layout.ontology_dir)
    ds = rdflib.Dataset()
    for art in corpus.articles:
        _add(ds, map_article(art, corpus.registry))
    _add(ds, map_registry(corpus.registry))
    ontology = ds.graph(URIRef(graph_iri("ontology")))
    for path in sorted(Path(layout.ontology_dir).glob("*.ttl")):
        ontology.parse(path, format="turtle", publicID=ONTOLOGY_IRI)
    meta = ds.graph(URIRef(META_GRAPH.value))
    for triple in _void(ds):
        meta.add(triple)
    tail = Sink(META_GRAPH)
    dcat(tail)
    provenance(tail, inputs, digest)
    _add(ds, tail.quads)
    return ds


def write_reference(layout: Layout, out_dir: Path) -> list[Path]:
    """Serialise with rdflib as a hand-written script would: TriG and N-Quads."""
    ds = reference_dataset(layout)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, name in (("trig", "dataset.trig"), ("nquads", "dataset.nq")):
        ds.serialize(destination=out_dir / name, format=fmt)
        written.append(out_dir / name)
    return written


def _add(ds: rdflib.Dataset, quads) -> None:
    graphs: dict[str, rdflib.Graph] = {}
    for q in quads:
        g = graphs.get(q.graph_name.value)
        if g is None:
            g = graphs[q.graph_name.value] = ds.graph(URIRef(q.graph_name.value))
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))


def _void(ds: rdflib.Dataset):
    """VoID figures computed the obvious way, over sets of every triple."""
    graphs = [g for g in ds.graphs() if str(g.identifier) != META_GRAPH.value and len(g)]
    triples = {t for g in graphs for t in g}
    d = URIRef(DATASET.value)

    def count(n: int) -> Literal:
        return Literal(str(n), datatype=XSD.integer)

    yield d, RDF.type, URIRef(VOID + "Dataset")
    yield d, RDF.type, URIRef(DCAT + "Dataset")
    for pred, value in describe_text():
        yield d, URIRef(pred), to_rdflib(value)
    yield d, URIRef(VOID + "triples"), count(len(triples))
    yield d, URIRef(VOID + "distinctSubjects"), count(len({s for s, _p, _o in triples}))
    yield d, URIRef(VOID + "properties"), count(len({p for _s, p, _o in triples}))
    typed = [(s, o) for s, p, o in triples if p == RDF.type]
    classes = {o for _s, o in typed}
    yield d, URIRef(VOID + "classes"), count(len(classes))
    yield d, URIRef(VOID + "entities"), count(len({s for s, _o in typed}))
    for g in graphs:
        subset = URIRef(str(g.identifier).replace("/graph/", "/dataset/", 1))
        yield d, URIRef(VOID + "subset"), subset
        yield subset, RDF.type, URIRef(VOID + "Dataset")
        yield subset, URIRef(SCHEMA + "name"), Literal(str(g.identifier))
        yield subset, URIRef(VOID + "triples"), count(len(g))
    for cls in classes:
        key = hashlib.sha256(f"<{cls}>".encode()).hexdigest()[:12]
        partition = URIRef(f"{ID}dataset/class/{key}")
        yield d, URIRef(VOID + "classPartition"), partition
        yield partition, URIRef(VOID + "class"), cls
        yield partition, URIRef(VOID + "entities"), count(sum(1 for _s, o in typed if o == cls))
