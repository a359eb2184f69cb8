"""`claimgraph build`: check all input, map it, and write the dataset atomically to the build directory."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import __version__
from .corpus import Corpus, input_paths, load_corpus
from .describe import describe, file_digests
from .errors import ClaimgraphError
from .mapping import map_corpus
from .namespaces import ONTOLOGY_IRI, graph_iri
from .resources import resource_dir, source_checkout
from .serialize import serialize, sorted_quads

MANIFEST = "manifest.json"
STORE = "store"
ONTOLOGY_GRAPH = ox.NamedNode(graph_iri("ontology"))


@dataclass(frozen=True)
class Layout:
    """Where a build reads from and writes to."""

    data_dir: Path
    ontology_dir: Path
    build_dir: Path

    @property
    def manifest(self) -> Path:
        return self.build_dir / MANIFEST

    @property
    def store(self) -> Path:
        return self.build_dir / STORE


def default_layout(data_dir: Path | None = None, build_dir: Path | None = None) -> Layout:
    """Packaged data builds into the checkout's build/ or, when installed, the user cache directory."""
    data = data_dir or Path(os.environ.get("CLAIMGRAPH_DATA") or resource_dir("data"))
    if build_dir is None and os.environ.get("CLAIMGRAPH_BUILD_DIR"):
        build_dir = Path(os.environ["CLAIMGRAPH_BUILD_DIR"])
    if build_dir is None:
        build_dir = _default_build_dir(data)
    return Layout(data.resolve(), resource_dir("ontology"), build_dir.resolve())


def _default_build_dir(data: Path) -> Path:
    if data.resolve() != resource_dir("data").resolve():
        return data.resolve().parent / "build"
    checkout = source_checkout()
    if checkout is not None:
        return checkout / "build"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "claimgraph" / __version__ / "build"


def fingerprint(layout: Layout) -> tuple[str, list[tuple[str, str]]]:
    """Hash of the software version and every input file: a build is stale when this changes."""
    inputs = file_digests(input_paths(layout.data_dir, layout.ontology_dir))
    h = hashlib.sha256(f"claimgraph {__version__}\n".encode())
    for name, digest in inputs:
        h.update(f"{name} {digest}\n".encode())
    return h.hexdigest(), inputs


def is_stale(layout: Layout) -> bool:
    try:
        recorded = json.loads(layout.manifest.read_text())["fingerprint"]
    except (OSError, ValueError, KeyError, TypeError):
        return True
    if not layout.store.is_dir():
        return True
    return recorded != fingerprint(layout)[0]


@dataclass
class BuildResult:
    layout: Layout
    articles: int
    quads: int
    files: list[str]


def build(layout: Layout) -> BuildResult:
    """Read and check everything first; only a fully written build replaces the previous one."""
    digest, inputs = fingerprint(layout)
    corpus = load_corpus(layout.data_dir, layout.ontology_dir)
    data = sorted_quads([*map_corpus(corpus), *ontology_quads(layout.ontology_dir)])
    quads = sorted_quads([*data, *describe(data, inputs, digest)])
    files = _write_atomically(layout, quads, corpus, digest, inputs)
    return BuildResult(layout, len(corpus.articles), len(quads), files)


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


def _write_atomically(
    layout: Layout, quads: list[ox.Quad], corpus: Corpus, digest: str, inputs: list[tuple[str, str]]
) -> list[str]:
    target = layout.build_dir
    if target.exists() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise ClaimgraphError(f"{target}: exists and was not written by claimgraph; refusing to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    try:
        files = _write_outputs(staging, quads, corpus, digest, inputs)
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return files


def _write_outputs(
    out: Path, quads: list[ox.Quad], corpus: Corpus, digest: str, inputs: list[tuple[str, str]]
) -> list[str]:
    meta = [q for q in quads if q.graph_name.value == graph_iri("meta")]
    outputs = {"dataset.trig": ("trig", quads), "dataset.nq": ("nq", quads), "description.ttl": ("ttl", meta)}
    for name, (fmt, content) in outputs.items():
        with (out / name).open("wb") as fh:
            serialize(content, fmt, fh)
            fh.flush()
            os.fsync(fh.fileno())
    store = ox.Store(str(out / STORE))
    store.bulk_load(path=str(out / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    manifest = {
        "claimgraph": __version__,
        "fingerprint": digest,
        "inputs": [{"path": name, "sha256": sha} for name, sha in inputs],
        "articles": [a.annotation.article for a in corpus.articles],
        "quads": len(quads),
        "outputs": {name: hashlib.sha256((out / name).read_bytes()).hexdigest() for name in sorted(outputs)},
    }
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return [*sorted(outputs), MANIFEST, STORE + "/"]


def _swap(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.rename(target, old)
    os.rename(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
