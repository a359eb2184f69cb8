"""`claimgraph export`: re-serialise the built dataset in any supported RDF format."""

from __future__ import annotations

from typing import IO

import pyoxigraph as ox

from .build import Layout
from .errors import InputError, display_path
from .serialize import serialize


def export(layout: Layout, fmt: str, out: IO[bytes]) -> None:
    """Read the canonical N-Quads (already sorted) and write `fmt`; same input, same bytes."""
    path = layout.build_dir / "dataset.nq"
    try:
        with path.open("rb") as fh:
            quads = list(ox.parse(fh, format=ox.RdfFormat.N_QUADS))
    except SyntaxError as exc:
        raise InputError(
            display_path(path), f"corrupt build output ({exc}); run `claimgraph build`"
        ) from None
    serialize(quads, fmt, out)
