"""`claimgraph export -f nq --shards K -o DIR`: the built N-Quads split into K files for a bulk loader.

Each named graph lands whole in one shard: an article graph in the shard chosen by a hash of its IRI (so
adding articles never moves the ones already exported), every other graph (registry, ontology, meta) in
part-00000. The input is streamed line by line, so memory stays constant however large the dump; the
lines are copied byte for byte, so the shards together are exactly build/dataset.nq.

Blank node labels are scoped to one file in N-Quads, so a blank node used in two graphs that fall in
different shards is refused (the build uses blank nodes only inside the ontology graph); remembering the
labels seen is the only memory that grows with the input.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from claimgraph.build.layout import corrupted
from claimgraph.core.errors import ClaimgraphError, InputError, display_path
from claimgraph.core.namespaces import ID
from claimgraph.core.publish import staged

ARTICLE_GRAPHS = ID + "graph/article/"
MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
MAX_SHARDS = 1000
ASSIGNMENT = (
    f"article graphs (<{ARTICLE_GRAPHS}...>): shard = first 8 bytes of sha256(graph IRI), big-endian, "
    "modulo the number of shards; every other graph: shard 0"
)
_FLUSH_BYTES = 1 << 20

# One N-Quads line: subject, predicate, object, optional graph label, " .". Possessive quantifiers: no
# backtracking, so a long literal costs one pass.
_NODE = rb"<[^>]*+>|_:[^\s]++"
_LITERAL = rb'"(?:[^"\\\n]++|\\.)*+"(?:@[A-Za-z0-9-]++|\^\^<[^>]*+>)?+'
_QUAD = re.compile(
    rb"[ \t]*+(?P<subject>%s)[ \t]++<[^>]*+>[ \t]++(?P<object>%s|%s)[ \t]*+(?P<graph>%s)?+"
    rb"[ \t]*+\.[ \t]*+(?:#[^\n]*+)?+\r?\n?" % (_NODE, _NODE, _LITERAL, _NODE)
)
_SKIP = re.compile(rb"[ \t]*(?:#[^\n]*)?\r?\n?")


def shard_of(graph: str, shards: int) -> int:
    """The shard of a graph, given its IRI (without angle brackets) or "" for the default graph."""
    if shards == 1 or not graph.startswith(ARTICLE_GRAPHS):
        return 0
    return int.from_bytes(hashlib.sha256(graph.encode()).digest()[:8], "big") % shards


def part_name(index: int, compressed: bool) -> str:
    return f"part-{index:05d}.nq" + (".gz" if compressed else "")


@dataclass
class Shard:
    file: str
    quads: int = 0
    graphs: int = 0
    bytes: int = 0
    sha256: str = ""


@dataclass
class ShardResult:
    directory: Path
    shards: list[Shard]
    quads: int
    graphs: int
    source_bytes: int
    files: list[str] = field(default_factory=list)


class _Sink:
    """One shard file: buffered lines, optionally gzip (no name, no timestamp: same bytes every run),
    with the size and sha256 of what reaches the disk."""

    def __init__(self, path: Path, compressed: bool) -> None:
        self.raw = path.open("wb")
        self.sha = hashlib.sha256()
        self.size = 0
        self.buffer: list[bytes] = []
        self.pending = 0
        self.zip = (
            gzip.GzipFile(filename="", mode="wb", compresslevel=6, fileobj=self, mtime=0)
            if compressed
            else None
        )

    def write(self, data: bytes) -> int:  # called by GzipFile for the compressed bytes
        self.sha.update(data)
        self.size += len(data)
        return self.raw.write(data)

    def flush(self) -> None:  # GzipFile calls this on its file object
        self.raw.flush()

    def add(self, line: bytes) -> None:
        self.buffer.append(line)
        self.pending += len(line)
        if self.pending >= _FLUSH_BYTES:
            self.drain()

    def drain(self) -> None:
        if self.buffer:
            chunk = b"".join(self.buffer)
            (self.zip or self).write(chunk)
            self.buffer, self.pending = [], 0

    def close(self) -> None:
        self.drain()
        if self.zip is not None:
            self.zip.close()
        self.raw.flush()
        os.fsync(self.raw.fileno())
        self.raw.close()


def write_shards(
    source: Path, target: Path, shards: int, *, compressed: bool = False, expected_sha256: str | None = None
) -> ShardResult:
    """Split `source` (N-Quads sorted by graph, as `claimgraph build` writes it) into `target`/part-*.nq
    plus manifest.json and SHA256SUMS. The directory appears complete or not at all (core/publish.py), and
    not at all when `source` does not hash to `expected_sha256` (a corrupted build)."""
    if not 1 <= shards <= MAX_SHARDS:
        raise ClaimgraphError(f"--shards must be between 1 and {MAX_SHARDS}, got {shards}")
    with staged(target, "shards") as staging:
        result = _split(source, staging, shards, compressed, expected_sha256)
    result.directory = target
    return result


def _split(
    source: Path, staging: Path, shards: int, compressed: bool, expected_sha256: str | None
) -> ShardResult:
    shown = display_path(source)
    sinks = [_Sink(staging / part_name(i, compressed), compressed) for i in range(shards)]
    stats = [Shard(part_name(i, compressed)) for i in range(shards)]
    source_sha = hashlib.sha256()
    source_bytes = 0
    blank_home: dict[bytes, int] = {}  # blank node label -> shard; N-Quads scopes labels to one file
    last_key: bytes | None = None
    current = 0
    graphs = quads = 0
    try:
        with source.open("rb") as fh:
            for number, line in enumerate(fh, 1):
                source_sha.update(line)
                source_bytes += len(line)
                m = _QUAD.fullmatch(line)
                if m is None:
                    if _SKIP.fullmatch(line):
                        continue
                    raise InputError(
                        shown, "not a canonical N-Quads line; run `claimgraph build`", line=number
                    )
                graph = m.group("graph")
                key = graph if graph is not None else b"DEFAULT"
                if key != last_key:
                    if last_key is not None and key < last_key:
                        raise InputError(
                            shown,
                            "quads are not grouped by graph (the file is not as `claimgraph build` wrote it)",
                            line=number,
                        )
                    iri = graph[1:-1].decode() if graph is not None and graph.startswith(b"<") else ""
                    current = shard_of(iri, shards)
                    stats[current].graphs += 1
                    graphs += 1
                    last_key = key
                for label in (m.group("subject"), m.group("object")):
                    if label.startswith(b"_:"):
                        home = blank_home.setdefault(label, current)
                        if home != current:
                            raise InputError(
                                shown,
                                f"blank node {label.decode()} is used in graphs that fall in different "
                                "shards; a bulk loader would read it as two nodes",
                                line=number,
                            )
                sinks[current].add(line if line.endswith(b"\n") else line + b"\n")
                stats[current].quads += 1
                quads += 1
    except OSError as exc:
        raise InputError(shown, f"cannot read ({exc.strerror or exc}); run `claimgraph build`") from None
    finally:
        for sink in sinks:
            sink.close()
    if expected_sha256 is not None and source_sha.hexdigest() != expected_sha256:
        raise corrupted(source)
    for sink, shard in zip(sinks, stats, strict=True):
        shard.bytes, shard.sha256 = sink.size, sink.sha.hexdigest()
    manifest = {
        "format": "application/n-quads" + (" (gzip)" if compressed else ""),
        "source": {
            "file": source.name,
            "quads": quads,
            "graphs": graphs,
            "bytes": source_bytes,
            "sha256": source_sha.hexdigest(),
        },
        "assignment": ASSIGNMENT,
        "shards": [shard.__dict__ for shard in stats],
    }
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    (staging / CHECKSUMS).write_text(
        "".join(f"{shard.sha256}  {shard.file}\n" for shard in stats), encoding="utf-8"
    )
    for name in (MANIFEST, CHECKSUMS):
        with (staging / name).open("rb") as fh:
            os.fsync(fh.fileno())
    return ShardResult(
        staging, stats, quads, graphs, source_bytes, [s.file for s in stats] + [MANIFEST, CHECKSUMS]
    )
