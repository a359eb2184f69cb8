"""Where each named graph lies in dataset.nq: the dump is grouped by graph, so one seek and one read give
any article's graph exactly as written (the store would return xsd:integer for xsd:nonNegativeInteger)."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from claimgraph.core.errors import InputError, display_path

GRAPH_INDEX = "graph-index.tsv"
HEADER = "graph\toffset\tlength\tquads\n"


@dataclass(frozen=True)
class Block:
    graph: str
    offset: int
    length: int
    quads: int


class GraphIndex:
    """Blocks of dataset.nq in file order."""

    def __init__(self, blocks: list[Block] | None = None) -> None:
        self.blocks: list[Block] = blocks or []
        self.by_graph = {b.graph: b for b in self.blocks}

    def add(self, graph: str, offset: int, length: int, quads: int) -> None:
        block = Block(graph, offset, length, quads)
        self.blocks.append(block)
        self.by_graph[graph] = block

    def write(self, path: Path) -> None:
        with path.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(HEADER)
            for b in self.blocks:
                fh.write(f"{b.graph}\t{b.offset}\t{b.length}\t{b.quads}\n")

    def read_block(self, dump: Path, graph: str) -> bytes:
        block = self.by_graph[graph]
        with dump.open("rb") as fh:
            fh.seek(block.offset)
            return fh.read(block.length)


def read_index(path: Path) -> GraphIndex:
    """Parse the index; a missing or damaged one is a user-facing error (rebuild)."""
    shown = display_path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(shown, f"cannot read graph index ({exc.strerror}); run `claimgraph build`") from None
    if not lines or lines[0] + "\n" != HEADER:
        raise InputError(shown, "not a claimgraph graph index; run `claimgraph build`", line=1)
    blocks = []
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split("\t")
        if len(parts) != 4 or not all(p.isdigit() for p in parts[1:]):
            raise InputError(shown, "expected graph, offset, length, quads", line=number)
        blocks.append(Block(parts[0], int(parts[1]), int(parts[2]), int(parts[3])))
    return GraphIndex(blocks)


def write_indexed_dump(graphs: dict[str, bytes], directory: Path) -> tuple[Path, Path]:
    """dataset.nq plus its index from N-Quads blocks keyed by graph (for tools and tests)."""
    index = GraphIndex()
    fd, name = tempfile.mkstemp(dir=directory, suffix=".nq")
    with os.fdopen(fd, "wb") as fh:
        for graph in sorted(graphs, key=lambda g: f"<{g}>"):
            block = graphs[graph]
            index.add(graph, fh.tell(), len(block), block.count(b"\n"))
            fh.write(block)
    dump = directory / "dataset.nq"
    os.replace(name, dump)
    index.write(directory / GRAPH_INDEX)
    return dump, directory / GRAPH_INDEX
