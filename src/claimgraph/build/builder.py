"""`claimgraph build`: check all input, map it, and write the dataset atomically to the build directory."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from claimgraph.core.version import __version__
from claimgraph.corpus.inputs import ArticleKeys, Inputs, check_across, open_inputs
from claimgraph.build.describe import META_GRAPH, describe
from claimgraph.core.errors import ClaimgraphError
from claimgraph.build.graph_index import GRAPH_INDEX, GraphIndex
from claimgraph.build.layout import (
    MANIFEST,
    STORE,
    Layout,
    stat_inputs,
    default_layout,
    file_sha256,
    fingerprint,
    is_stale,
)
from claimgraph.mapping.mapper import REGISTRY_GRAPH, map_registry
from claimgraph.core.namespaces import ONTOLOGY_IRI, graph_iri
from claimgraph.build.parallel_map import map_articles
from claimgraph.core.progress import stage
from claimgraph.core.publish import check_dir_target, staged

__all__ = ["Layout", "build", "default_layout", "fingerprint", "is_stale"]
from claimgraph.build.serialize import serialize, sorted_nquads, trig_parts
from claimgraph.build.statistics import CorpusStatistics, graph_statistics

ONTOLOGY_GRAPH = ox.NamedNode(graph_iri("ontology"))


@dataclass
class BuildResult:
    layout: Layout
    articles: int
    quads: int
    files: list[str]


def build(layout: Layout, *, jobs: int = 0, progress: bool | None = None) -> BuildResult:
    """Stream every article through the mapping into the outputs; only a complete build replaces the
    previous one, so bad input (found by any worker) leaves the old build as it was."""
    check_dir_target(layout.build_dir, "build")  # before any work: never replace what we did not write
    checked = open_inputs(layout.data_dir, layout.ontology_dir)  # first: it refuses links and FIFOs
    digest, inputs = fingerprint(layout)  # that hashing every input file would follow or block on
    with staged(layout.build_dir, "build") as staging:
        articles, quads = _write_outputs(staging, layout, checked, digest, inputs, jobs, progress)
    return BuildResult(layout, articles, quads, [*OUTPUTS, MANIFEST, STORE + "/"])


OUTPUTS = ("dataset.nq", "dataset.trig", "description.ttl", GRAPH_INDEX)


def ontology_quads(ontology_dir: Path) -> list[ox.Quad]:
    """The ontology and vocabularies in their own graph; blank nodes renamed in parse order for stability."""
    out: list[ox.Quad] = []
    names: dict[str, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            return names.setdefault(term.value, ox.BlankNode(f"o{len(names)}"))
        return term

    for path in sorted(ontology_dir.glob("*.ttl")):
        with path.open("rb") as fh:
            for t in ox.parse(fh, format=ox.RdfFormat.TURTLE, base_iri=ONTOLOGY_IRI):
                out.append(ox.Quad(stable(t.subject), t.predicate, stable(t.object), ONTOLOGY_GRAPH))
    return out


def _write_outputs(
    out: Path,
    layout: Layout,
    checked: Inputs,
    digest: str,
    inputs: list[tuple[str, str]],
    jobs: int,
    progress: bool | None,
) -> tuple[int, int]:
    """Article graphs first (their names sort first), then meta, ontology and registry graphs."""
    stats = CorpusStatistics()
    keys: list[ArticleKeys] = []
    total = 0
    tail = {
        REGISTRY_GRAPH.value: _sorted(map_registry(checked.registry)),
        ONTOLOGY_GRAPH.value: _sorted(ontology_quads(layout.ontology_dir)),
    }
    header, _body = trig_parts(tail[REGISTRY_GRAPH.value])
    index = GraphIndex()
    with (out / "dataset.nq").open("wb") as nq, (out / "dataset.trig").open("wb") as trig:
        trig.write(header)
        for mapped in map_articles(checked, jobs=jobs, progress=progress):
            index.add(mapped.graph, nq.tell(), len(mapped.nquads), mapped.stats.quads)
            nq.write(mapped.nquads)
            trig.write(mapped.trig)
            stats.add(mapped.stats)
            keys.append(mapped.keys)
            total += mapped.stats.quads
        check_across(keys)
        for graph, quads in tail.items():
            stats.add(graph_statistics(graph, quads, None))
        meta = _sorted(describe(stats, inputs, digest))
        tail[META_GRAPH.value] = meta
        for graph in sorted(tail, key=lambda g: str(ox.NamedNode(g))):
            trig.write(trig_parts(tail[graph])[1])
            block = _nquads(tail[graph])
            index.add(graph, nq.tell(), len(block), len(tail[graph]))
            nq.write(block)
            total += len(tail[graph])
        for fh in (nq, trig):
            fh.flush()
            os.fsync(fh.fileno())
    index.write(out / GRAPH_INDEX)
    with (out / "description.ttl").open("wb") as fh:
        serialize(meta, "ttl", fh)
    long_run = sys.stderr.isatty() and len(keys) >= 200
    stage(
        f"loading and compacting the query store ({total:,} quads) ...",
        long_run if progress is None else progress,
    )
    _load_store(out)
    manifest = {
        "claimgraph": __version__,
        "fingerprint": digest,
        "inputs": [{"path": name, "sha256": sha} for name, sha in inputs],
        "stat": stat_inputs(layout),
        "articles": [k.article for k in keys],
        "quads": total,
        "outputs": {name: _recorded(out / name) for name in sorted(OUTPUTS)},
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return len(keys), total


def _sorted(quads: list[ox.Quad]) -> list[ox.Quad]:
    return list(ox.parse(sorted_nquads(quads), format=ox.RdfFormat.N_QUADS))


def _nquads(quads: list[ox.Quad]) -> bytes:
    buffer = io.BytesIO()
    ox.serialize(quads, buffer, ox.RdfFormat.N_QUADS)
    return buffer.getvalue()


def _load_store(out: Path) -> None:
    """Bulk-load, then compact: uncompacted, the store answered lookups about 5x slower at 10k articles
    (bench/README.md, "Store compaction")."""
    store = ox.Store(str(out / STORE))
    store.bulk_load(path=str(out / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    store.optimize()
    store.flush()
    del store


def _recorded(path: Path) -> dict[str, int | str]:
    """What readers verify the output against (build/layout.py `verify_outputs`)."""
    return {"bytes": path.stat().st_size, "sha256": file_sha256(path)}

