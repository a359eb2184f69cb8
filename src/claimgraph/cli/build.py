"""`claimgraph build`."""

from __future__ import annotations

import time

import click

from claimgraph.cli.common import Context, parallel_options, project_options


@click.command("build")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@parallel_options("mapping articles; small corpora are mapped in-process")
@project_options
@click.pass_obj
def build_cmd(obj: Context, quiet: bool, jobs: int, progress: bool | None) -> None:
    """Check all annotations and write the dataset (TriG, N-Quads, VoID/DCAT/PROV, query store)."""
    if quiet and progress is None:
        progress = False
    started = time.perf_counter()
    result = obj.project().build(jobs=jobs, progress=progress)
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"built {result.articles} articles, {result.quads} quads in {seconds:.2f} s -> "
            f"{result.layout.build_dir}: {', '.join(result.files)}"
        )
