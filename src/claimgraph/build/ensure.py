"""The one "build first if stale" every reader of a build goes through (query, export, validate, check)."""

from __future__ import annotations

from collections.abc import Callable

from claimgraph.build.layout import Layout, is_stale


def ensure_built(
    layout: Layout,
    *,
    on_build: Callable[[str], None] | None = None,
    jobs: int = 0,
    progress: bool | None = None,
) -> Layout:
    """Build when the build is missing or older than its inputs; the builder is imported only then, so a
    warm query never loads the mapping, YAML or validation code."""
    if is_stale(layout):
        from claimgraph.build.builder import build

        if on_build:
            on_build(f"building {layout.build_dir} (missing or older than its inputs) ...")
        build(layout, jobs=jobs, progress=progress)
    return layout
