"""VoID + DCAT description of the dataset and a PROV-O record of the build that made it."""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from . import __version__
from .mapping import TYPE, Sink, en, iri, string
from .namespaces import BASE, CG, DCAT, DCTERMS, ID, PROV, RDFS, SCHEMA, VOID, XSD, graph_iri

DATASET = iri(ID + "dataset")
LICENSE = iri("https://creativecommons.org/licenses/by/4.0/")
META_GRAPH = iri(graph_iri("meta"))
DUMP_BASE = BASE + "dump/"
MEDIA_TYPES = {"trig": "application/trig", "nq": "application/n-quads"}


def count(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=iri(XSD + "integer"))


def describe(quads: list[ox.Quad], inputs: list[tuple[str, str]], fingerprint: str) -> list[ox.Quad]:
    """Describe `quads` (the data, without this description) and the build that produced them."""
    out = Sink(META_GRAPH)
    _void(out, quads)
    _dcat(out)
    _provenance(out, inputs, fingerprint)
    return out.quads


def _void(out: Sink, quads: list[ox.Quad]) -> None:
    add = out.add
    add(DATASET, TYPE, iri(VOID + "Dataset"))
    add(DATASET, TYPE, iri(DCAT + "Dataset"))
    add(DATASET, DCTERMS + "title", en("claimgraph: attributed claims about the Balochistan conflict"))
    add(
        DATASET,
        DCTERMS + "description",
        en(
            "Who claimed what in news about the Balochistan conflict: actors, places, events and "
            "attributed claims (accusations, denials, responsibility claims, casualty figures), each "
            "anchored to the exact words of its article."
        ),
    )
    add(DATASET, DCTERMS + "license", LICENSE)
    add(DATASET, DCAT + "version", string(__version__))
    add(DATASET, VOID + "uriSpace", string(ID))
    add(DATASET, VOID + "vocabulary", iri(CG.rstrip("#")))
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    add(DATASET, VOID + "triples", count(len(triples)))
    add(DATASET, VOID + "distinctSubjects", count(len({t[0] for t in triples})))
    add(DATASET, VOID + "properties", count(len({t[1] for t in triples})))
    add(DATASET, VOID + "distinctObjects", count(len({t[2] for t in triples})))
    instances = Counter(t[2] for t in triples if t[1] == TYPE)
    classes = set(instances)
    add(DATASET, VOID + "classes", count(len(classes)))
    add(DATASET, VOID + "entities", count(len({t[0] for t in triples if t[1] == TYPE})))
    per_graph = Counter(q.graph_name for q in quads)
    for graph, n in sorted(per_graph.items(), key=lambda item: item[0].value):
        subset = iri(graph.value.replace("/graph/", "/dataset/", 1))
        add(DATASET, VOID + "subset", subset)
        add(subset, TYPE, iri(VOID + "Dataset"))
        add(subset, iri(SCHEMA + "name"), string(graph.value))
        add(subset, VOID + "triples", count(n))
    for cls in sorted(classes, key=str):
        partition = iri(f"{DATASET.value}/class/{hashlib.sha256(str(cls).encode()).hexdigest()[:12]}")
        add(DATASET, VOID + "classPartition", partition)
        add(partition, VOID + "class", cls)
        add(partition, VOID + "entities", count(instances[cls]))


def _dcat(out: Sink) -> None:
    for ext, media in sorted(MEDIA_TYPES.items()):
        dist = iri(f"{DATASET.value}/distribution/{ext}")
        out.add(DATASET, DCAT + "distribution", dist)
        out.add(dist, TYPE, iri(DCAT + "Distribution"))
        out.add(dist, DCAT + "mediaType", iri(f"https://www.iana.org/assignments/media-types/{media}"))
        out.add(dist, DCAT + "downloadURL", iri(f"{DUMP_BASE}dataset.{ext}"))
        out.add(dist, DCTERMS + "license", LICENSE)
        out.add(DATASET, VOID + "dataDump", iri(f"{DUMP_BASE}dataset.{ext}"))


def _provenance(out: Sink, inputs: list[tuple[str, str]], fingerprint: str) -> None:
    """Record software and inputs; no clock time unless SOURCE_DATE_EPOCH pins one (reproducible builds)."""
    add = out.add
    build = iri(f"{ID}build/{fingerprint[:16]}")
    software = iri(f"{ID}software/claimgraph/{__version__}")
    add(DATASET, PROV + "wasGeneratedBy", build)
    add(build, TYPE, iri(PROV + "Activity"))
    add(build, RDFS + "label", en(f"claimgraph {__version__} build"))
    add(build, PROV + "wasAssociatedWith", software)
    add(build, CG + "sha256", string(fingerprint))
    add(software, TYPE, iri(PROV + "SoftwareAgent"))
    add(software, RDFS + "label", en(f"claimgraph {__version__}"))
    add(software, SCHEMA + "softwareVersion", string(__version__))
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        from datetime import UTC, datetime

        stamp = datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        add(build, PROV + "endedAtTime", ox.Literal(stamp, datatype=iri(XSD + "dateTime")))
    for relpath, digest in inputs:
        entity = iri(f"{ID}input/{digest[:16]}")
        add(build, PROV + "used", entity)
        add(entity, TYPE, iri(PROV + "Entity"))
        add(entity, DCTERMS + "identifier", string(relpath))
        add(entity, CG + "sha256", string(digest))


def file_digests(paths: Iterable[tuple[str, Path]]) -> list[tuple[str, str]]:
    """(stable name, sha256) for each input: the basis of staleness checks and of provenance."""
    return [(name, hashlib.sha256(p.read_bytes()).hexdigest()) for name, p in paths]
