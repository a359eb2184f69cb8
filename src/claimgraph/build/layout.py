"""Where a build reads and writes, and whether it is stale: light enough for `claimgraph query` to import
on every call (it must not pull in the mapping, YAML or validation code)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimgraph.core.errors import ClaimgraphError, display_path
from claimgraph.core.resources import resource_dir, source_checkout
from claimgraph.core.version import __version__

MANIFEST = "manifest.json"
STORE = "store"


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


def read_manifest(layout: Layout) -> dict[str, Any] | None:
    """The build's manifest.json, or None when it is missing or not a JSON object."""
    try:
        manifest = json.loads(layout.manifest.read_text())
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def is_stale(layout: Layout, manifest: dict[str, Any] | None = None) -> bool:
    """Compare sizes and modification times first (as make does); hash only when they differ. `manifest`
    saves a second read when the caller has it (ensure_built)."""
    manifest = manifest if manifest is not None else read_manifest(layout)
    recorded = manifest.get("fingerprint") if manifest is not None else None
    if manifest is None or not isinstance(recorded, str):
        return True
    if not layout.store.is_dir() or recorded_outputs(manifest) is None:
        return True  # no sizes and hashes to verify: made by an earlier version, build again
    if manifest.get("stat") == stat_inputs(layout):
        return False
    return recorded != fingerprint(layout)[0]


def recorded_outputs(manifest: object) -> dict[str, tuple[int, str]] | None:
    """{output name: (bytes, sha256)} from a manifest, or None when it records no such list."""
    outputs = manifest.get("outputs") if isinstance(manifest, dict) else None
    if not isinstance(outputs, dict) or not outputs:
        return None
    out = {}
    for name, rec in outputs.items():
        if not (isinstance(rec, dict) and isinstance(rec.get("bytes"), int) and isinstance(rec.get("sha256"), str)):
            return None
        out[name] = (rec["bytes"], rec["sha256"])
    return out


def verify_outputs(layout: Layout, hashed: Iterable[str] = (), manifest: dict[str, Any] | None = None) -> None:
    """Refuse a build whose outputs differ from its manifest: the size of every output (a few stat calls,
    cheap enough for every query), and the SHA-256 of those in `hashed` (for readers of the whole file)."""
    recorded = recorded_outputs(manifest if manifest is not None else read_manifest(layout))
    if recorded is None:
        raise corrupted(layout.manifest)
    for name, (size, _sha) in recorded.items():
        try:
            actual = os.stat(layout.build_dir / name).st_size
        except OSError:
            actual = -1
        if actual != size:
            raise corrupted(layout.build_dir / name)
    for name in hashed:
        check_digest(layout, name, file_sha256(layout.build_dir / name))


def check_digest(layout: Layout, name: str, sha256: str) -> None:
    """Compare a digest computed while streaming an output with the one its manifest records."""
    if recorded_sha256(layout, name) != sha256:
        raise corrupted(layout.build_dir / name)


def recorded_sha256(layout: Layout, name: str) -> str:
    """The SHA-256 the manifest records for output `name`; a build without one is corrupted."""
    try:
        recorded = recorded_outputs(json.loads(layout.manifest.read_text()))
    except (OSError, ValueError):
        recorded = None
    if recorded is None or name not in recorded:
        raise corrupted(layout.manifest)
    return recorded[name][1]


def corrupted(path: Path) -> ClaimgraphError:
    return ClaimgraphError(
        f"{display_path(path)} is corrupted (size/hash differs from its manifest); "
        "rebuild with `claimgraph build`"
    )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def stat_inputs(layout: Layout) -> list[list]:
    """[name, size, mtime_ns] of every input (the files `input_paths` lists), plus the software version:
    the cheap staleness check. os.scandir keeps it to one system call per file for large corpora."""
    rows: list[list] = [["claimgraph", __version__, 0]]
    registry = layout.data_dir / "registry.yaml"
    rows.append(["data/registry.yaml", *_size_mtime(registry)])
    for sub, suffix in (("articles", ".txt"), ("annotations", ".yaml")):
        rows += [[f"data/{sub}/{name}", *st] for name, st in _scan(layout.data_dir / sub, suffix)]
    rows += [[f"ontology/{name}", *st] for name, st in _scan(layout.ontology_dir, ".ttl")]
    return rows


def _size_mtime(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return -1, 0
    return st.st_size, st.st_mtime_ns


def _scan(directory: Path, suffix: str) -> list[tuple[str, tuple[int, int]]]:
    try:
        entries = [e for e in os.scandir(directory) if e.name.endswith(suffix) and e.is_file()]
    except OSError:
        return []
    out = []
    for entry in sorted(entries, key=lambda e: e.name):
        try:
            st = entry.stat()
        except OSError:
            out.append((entry.name, (-1, 0)))
            continue
        out.append((entry.name, (st.st_size, st.st_mtime_ns)))
    return out


def input_paths(data_dir: Path, ontology_dir: Path) -> list[tuple[str, Path]]:
    """Every file whose content determines the build, under a name independent of where it lives."""
    files = [("data/registry.yaml", data_dir / "registry.yaml")]
    for sub, pattern in (("articles", "*.txt"), ("annotations", "*.yaml")):
        files += [(f"data/{sub}/{p.name}", p) for p in sorted((data_dir / sub).glob(pattern))]
    files += [(f"ontology/{p.name}", p) for p in sorted(ontology_dir.glob("*.ttl"))]
    return files


def file_digests(paths: Iterable[tuple[str, Path]]) -> list[tuple[str, str]]:
    """(stable name, sha256) for each input: the basis of staleness checks and of provenance."""
    return [(name, hashlib.sha256(p.read_bytes()).hexdigest()) for name, p in paths]
