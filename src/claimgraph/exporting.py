"""`claimgraph export`: re-serialise the built dataset in any supported RDF format."""

from __future__ import annotations

from typing import IO

import pyoxigraph as ox

from .build import Layout
from .serialize import serialize


def export(layout: Layout, fmt: str, out: IO[bytes]) -> None:
    """Read the canonical N-Quads (already sorted) and write `fmt`; same input, same bytes."""
    with (layout.build_dir / "dataset.nq").open("rb") as fh:
        quads = list(ox.parse(fh, format=ox.RdfFormat.N_QUADS))
    serialize(quads, fmt, out)
