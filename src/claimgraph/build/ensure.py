"""The one "build first if stale" every reader of a build goes through (query, export, validate, check),
and the one place a build is verified before it is read."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimgraph.build.layout import Layout, is_stale, read_manifest, verify_outputs


def ensure_built(
    layout: Layout,
    *,
    on_build: Callable[[str], None] | None = None,
    jobs: int = 0,
    progress: bool | None = None,
    hashed: Iterable[str] = (),
) -> Layout:
    """Build when the build is missing or older than its inputs; the builder is imported only then, so a
    warm query never loads the mapping, YAML or validation code. A build that is not rebuilt is verified
    against its manifest: sizes always, the SHA-256 of `hashed` outputs (for readers of a whole file that
    cannot hash while streaming); a corrupted build is refused with one line, never read."""
    manifest = read_manifest(layout)  # read once for both checks
    if is_stale(layout, manifest):
        from claimgraph.build.builder import build

        if on_build:
            on_build(f"building {layout.build_dir} (missing or older than its inputs) ...")
        build(layout, jobs=jobs, progress=progress)
        manifest = None  # the new build's, read again
    verify_outputs(layout, hashed, manifest)
    return layout
