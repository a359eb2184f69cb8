"""`claimgraph validate`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimgraph.cli.common import Context, parallel_options
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.publish import publish_file


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--shapes",
    "shapes_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Directory of SHACL shapes (*.ttl). Default: the packaged shapes.",
)
@click.option(
    "--inference",
    type=click.Choice(["none", "rdfs", "owlrl"]),
    default="none",
    show_default=True,
    help="Entailment pySHACL applies before validating (the ontology is always available for class "
    "hierarchy). owlrl is slow and can report closure artefacts; validate asserted data by default.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["violation", "warning", "info"]),
    default="violation",
    show_default=True,
    help="Lowest severity that makes the exit code 1.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle", "json", "junit", "github"]),
    default="text",
    show_default=True,
    help="text groups results by focus node; turtle is the SHACL validation report; junit and github "
    "(workflow annotations) are for CI systems.",
)
@click.option("-o", "--output", default="-", show_default=True, help="Report file, or - for standard output.")
@click.option(
    "--strategy",
    type=click.Choice(["auto", "per-article", "whole"]),
    default="auto",
    show_default=True,
    help="per-article validates each article graph (in parallel) plus one pass over what articles share, "
    "and gives the same report as whole-graph validation in a fraction of the memory; auto uses it for "
    "the build without --inference, and whole otherwise.",
)
@parallel_options("for per-article validation")
@click.pass_obj
def validate_cmd(
    obj: Context,
    paths: tuple[Path, ...],
    shapes_dir: Path | None,
    inference: str,
    fail_on: str,
    fmt: str,
    output: str,
    strategy: str,
    jobs: int,
    progress: bool | None,
) -> None:
    """Validate RDF against the SHACL shapes: by default the built graph, else PATH... (Turtle, TriG,
    N-Triples, N-Quads, JSON-LD, RDF/XML; a directory means every RDF file in it).

    Each PATH file may hold at most $CLAIMGRAPH_MAX_RDF_BYTES bytes (default 64 MiB); RDF/XML with DTD
    entities and JSON-LD nested over 128 levels are refused (docs/security.md).

    Exit codes: 0 conforms, 1 does not conform (at or above --fail-on), 2 usage or input error,
    3 internal error.
    """
    from claimgraph.validate.reporting import render
    from claimgraph.validate.validation import load_data, load_ontology, load_shapes, validate

    if strategy == "per-article" and (paths or inference != "none"):
        raise ClaimgraphError(
            "--strategy per-article validates the build's own dump without --inference; "
            "use --strategy whole for files or with inference"
        )
    per_article = strategy != "whole" and not paths and inference == "none"
    if paths:
        files = _rdf_files(paths)
        sources, checked = {}, [f"{len(files)} file{'s' if len(files) != 1 else ''}"]
    else:
        from claimgraph.build.ensure import ensure_built
        from claimgraph.corpus.sources import SourceIndex

        layout = ensure_built(obj.layout(), on_build=lambda msg: click.echo(msg, err=True))
        files = [layout.build_dir / "dataset.nq"]
        sources, checked = SourceIndex(layout.data_dir), ["the built graph"]
    shapes = load_shapes(shapes_dir)
    if inference != "none" and shapes_dir is None:
        click.echo(
            f"note: the packaged shapes describe asserted data; with --inference {inference} the entailed "
            "triples (superclass types, transitive cg:within) are judged too and closed shapes reject them",
            err=True,
        )
    if per_article:
        from claimgraph.build.graph_index import GRAPH_INDEX, read_index
        from claimgraph.validate.partitioned import dump_ontology, validate_dump

        index = read_index(layout.build_dir / GRAPH_INDEX)
        ontology = load_ontology() + dump_ontology(files[0], index)
        report = validate_dump(
            files[0], index, shapes, ontology, jobs=jobs, progress=progress, sources=sources
        )
    else:
        data, own_ontology = load_data(files, trusted=not paths)
        ontology = load_ontology() + own_ontology
        report = validate(data, shapes, ontology, inference=inference, sources=sources)
    report.checked = checked
    level = fail_on.capitalize()
    rendered = render(report, fmt, level).encode()
    if output == "-":
        sys.stdout.buffer.write(rendered)
        sys.stdout.flush()
    else:
        publish_file(Path(output), lambda fh: fh.write(rendered))
    if report.failing(level):
        sys.exit(1)


def _rdf_files(paths: tuple[Path, ...]) -> list[Path]:
    from claimgraph.core.rdfio import SUFFIXES

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file())
            if not found:
                raise ClaimgraphError(
                    f"{path}: no RDF files found (extensions: {', '.join(sorted(SUFFIXES))})"
                )
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise ClaimgraphError(f"{path}: no such file or directory")
    return files
