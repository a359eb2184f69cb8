"""Validation as one call: what to validate (the build or RDF files), which strategy, which ontology.

This is the work `claimgraph validate` used to do itself; it lives here so that Python callers (the public
API, notebooks) validate exactly as the command does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from claimgraph.build.ensure import ensure_built
from claimgraph.build.layout import Layout
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.formats import INFERENCE, RDF_SUFFIXES, STRATEGIES
from claimgraph.validate.validation import Report, load_data, load_ontology, load_shapes, validate

Note = Callable[[str], None]


def validate_build(
    layout: Layout,
    *,
    shapes_dir: Path | None = None,
    inference: str = "none",
    strategy: str = "auto",
    jobs: int = 0,
    progress: bool | None = None,
    on_build: Note | None = None,
    on_note: Note | None = None,
) -> Report:
    """Validate the built graph (building first when stale). `auto` validates article by article, which
    gives the whole-graph report in a fraction of the memory, unless inference needs the whole graph."""
    _check_options(inference, strategy, files=False)
    ensure_built(layout, on_build=on_build, hashed=("dataset.nq",))  # validation reads all of it
    from claimgraph.corpus.sources import SourceIndex

    dump = layout.build_dir / "dataset.nq"
    sources = SourceIndex(layout.data_dir)
    shapes = _shapes(shapes_dir, inference, on_note)
    if strategy != "whole" and inference == "none":
        from claimgraph.build.graph_index import GRAPH_INDEX, read_index
        from claimgraph.validate.partitioned import dump_ontology, validate_dump

        index = read_index(layout.build_dir / GRAPH_INDEX)
        ontology = load_ontology() + dump_ontology(dump, index)
        report = validate_dump(dump, index, shapes, ontology, jobs=jobs, progress=progress, sources=sources)
    else:
        data, own_ontology = load_data([dump], trusted=True)  # the build's own dump, verified by ensure_built
        report = validate(data, shapes, load_ontology() + own_ontology, inference=inference, sources=sources)
    report.checked = ["the built graph"]
    return report


def validate_files(
    paths: Iterable[Path],
    *,
    shapes_dir: Path | None = None,
    inference: str = "none",
    strategy: str = "whole",
    on_note: Note | None = None,
) -> Report:
    """Validate RDF files (a directory means every RDF file under it) as one graph."""
    _check_options(inference, strategy, files=True)
    files = rdf_files(paths)
    if not files:
        raise ClaimgraphError("no RDF files given to validate")
    shapes = _shapes(shapes_dir, inference, on_note)
    data, own_ontology = load_data(files)
    report = validate(data, shapes, load_ontology() + own_ontology, inference=inference)
    report.checked = [f"{len(files)} file{'s' if len(files) != 1 else ''}"]
    return report


def _check_options(inference: str, strategy: str, *, files: bool) -> None:
    if inference not in INFERENCE:
        raise ClaimgraphError(f"inference {inference!r}: use one of {', '.join(INFERENCE)}")
    if strategy not in STRATEGIES:
        raise ClaimgraphError(f"strategy {strategy!r}: use one of {', '.join(STRATEGIES)}")
    if strategy == "per-article" and (files or inference != "none"):
        raise ClaimgraphError(
            "--strategy per-article validates the build's own dump without --inference; "
            "use --strategy whole for files or with inference"
        )


def _shapes(shapes_dir: Path | None, inference: str, on_note: Note | None):
    shapes = load_shapes(shapes_dir)
    if inference != "none" and shapes_dir is None and on_note is not None:
        on_note(
            f"note: the packaged shapes describe asserted data; with --inference {inference} the entailed "
            "triples (superclass types, transitive cg:within) are judged too and closed shapes reject them"
        )
    return shapes


def rdf_files(paths: Iterable[Path]) -> list[Path]:
    """The files to read: each file as given, each directory's RDF files (by extension) in sorted order."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in RDF_SUFFIXES and p.is_file())
            if not found:
                raise ClaimgraphError(
                    f"{path}: no RDF files found (extensions: {', '.join(sorted(RDF_SUFFIXES))})"
                )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise ClaimgraphError(f"{path}: no such file or directory")
    return files
