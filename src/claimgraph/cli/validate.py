"""`claimgraph validate`: options and output; the validation itself is claimgraph.Project.validate."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from claimgraph.cli.common import Context, note, parallel_options, project_options
from claimgraph.core.formats import INFERENCE, REPORT_FORMATS, STRATEGIES


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
    type=click.Choice(INFERENCE),
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
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="text groups results by focus node; turtle is the SHACL validation report; junit and github "
    "(workflow annotations) are for CI systems.",
)
@click.option("-o", "--output", default="-", show_default=True, help="Report file, or - for standard output.")
@click.option(
    "--strategy",
    type=click.Choice(STRATEGIES),
    default="auto",
    show_default=True,
    help="per-article validates each article graph (in parallel) plus one pass over what articles share, "
    "and gives the same report as whole-graph validation in a fraction of the memory; auto uses it for "
    "the build without --inference, and whole otherwise.",
)
@parallel_options("for per-article validation")
@project_options
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
    from claimgraph import render_report
    from claimgraph.core.publish import check_output_target, publish_file  # not on every command's start

    if output != "-":
        check_output_target(Path(output))  # before any work
    report = obj.project().validate(
        paths or None,
        shapes=shapes_dir,
        inference=inference,
        strategy=strategy,
        jobs=jobs,
        progress=progress,
        on_build=note,
        on_note=note,
    )
    rendered = render_report(report, fmt, fail_on).encode()
    if output == "-":
        sys.stdout.buffer.write(rendered)
        sys.stdout.flush()
    else:
        publish_file(Path(output), lambda fh: fh.write(rendered))
    if report.failing(fail_on.capitalize()):
        sys.exit(1)
