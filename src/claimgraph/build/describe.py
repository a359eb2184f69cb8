"""VoID + DCAT description of the dataset and a PROV-O record of the build that made it."""

from __future__ import annotations

import hashlib
import os

import pyoxigraph as ox

from claimgraph.core.version import __version__
from claimgraph.mapping.mapper import TYPE, Sink, en, iri, string
from claimgraph.core.namespaces import BASE, CG, DCAT, DCTERMS, ID, PROV, RDFS, SCHEMA, VOID, XSD, graph_iri
from claimgraph.build.statistics import CorpusStatistics

DATASET = iri(ID + "dataset")
LICENSE = iri("https://creativecommons.org/licenses/by/4.0/")
META_GRAPH = iri(graph_iri("meta"))
DUMP_BASE = BASE + "dump/"
MEDIA_TYPES = {"trig": "application/trig", "nq": "application/n-quads"}


def count(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=iri(XSD + "integer"))


def describe(stats: CorpusStatistics, inputs: list[tuple[str, str]], fingerprint: str) -> list[ox.Quad]:
    """Describe the data (`stats` of every graph but this description) and the build that produced it."""
    out = Sink(META_GRAPH)
    _void(out, stats)
    dcat(out)
    provenance(out, inputs, fingerprint)
    return out.quads


def _void(out: Sink, stats: CorpusStatistics) -> None:
    """VoID figures; void:distinctObjects is left out: counting distinct literals needs the whole corpus
    in memory, which a streaming build never holds."""
    add = out.add
    add(DATASET, TYPE, iri(VOID + "Dataset"))
    add(DATASET, TYPE, iri(DCAT + "Dataset"))
    for pred, value in describe_text():
        add(DATASET, pred, value)
    add(DATASET, VOID + "triples", count(stats.triples))
    add(DATASET, VOID + "distinctSubjects", count(stats.distinct_subjects))
    add(DATASET, VOID + "properties", count(len(stats.predicates)))
    instances = stats.instances()
    add(DATASET, VOID + "classes", count(len(instances)))
    add(DATASET, VOID + "entities", count(stats.entities))
    for graph, n in sorted(stats.per_graph.items()):
        subset = iri(graph.replace("/graph/", "/dataset/", 1))
        add(DATASET, VOID + "subset", subset)
        add(subset, TYPE, iri(VOID + "Dataset"))
        add(subset, iri(SCHEMA + "name"), string(graph))
        add(subset, VOID + "triples", count(n))
    for cls in sorted(instances):
        partition = iri(f"{DATASET.value}/class/{hashlib.sha256(cls.encode()).hexdigest()[:12]}")
        add(DATASET, VOID + "classPartition", partition)
        add(partition, VOID + "class", iri(cls[1:-1]))
        add(partition, VOID + "entities", count(instances[cls]))


def describe_text() -> list[tuple[str, ox.NamedNode | ox.Literal]]:
    """The fixed statements about the dataset: title, description, licence, version, URI space."""
    return [
        (DCTERMS + "title", en("claimgraph: attributed claims about the Balochistan conflict")),
        (
            DCTERMS + "description",
            en(
                "Who claimed what in news about the Balochistan conflict: actors, places, events and "
                "attributed claims (accusations, denials, responsibility claims, casualty figures), each "
                "anchored to the exact words of its article."
            ),
        ),
        (DCTERMS + "license", LICENSE),
        (DCAT + "version", string(__version__)),
        (VOID + "uriSpace", string(ID)),
        (VOID + "vocabulary", iri(CG.rstrip("#"))),
    ]


def dcat(out: Sink) -> None:
    """The DCAT distributions of the dump; the rdflib reference build writes the same description."""
    for ext, media in sorted(MEDIA_TYPES.items()):
        dist = iri(f"{DATASET.value}/distribution/{ext}")
        out.add(DATASET, DCAT + "distribution", dist)
        out.add(dist, TYPE, iri(DCAT + "Distribution"))
        out.add(dist, DCAT + "mediaType", iri(f"https://www.iana.org/assignments/media-types/{media}"))
        out.add(dist, DCAT + "downloadURL", iri(f"{DUMP_BASE}dataset.{ext}"))
        out.add(dist, DCTERMS + "license", LICENSE)
        out.add(DATASET, VOID + "dataDump", iri(f"{DUMP_BASE}dataset.{ext}"))


def provenance(out: Sink, inputs: list[tuple[str, str]], fingerprint: str) -> None:
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
