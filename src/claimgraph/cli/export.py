"""`claimgraph export`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from claimgraph.cli.common import Context, note, project_options
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.formats import EXPORT_FORMATS


@click.command("export")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="trig",
    show_default=True,
    help="ttl, nt and xml carry the union of all graphs; trig, nq and jsonld keep the named graphs.",
)
@click.option("-o", "--output", default="-", show_default=True, help="Output file, or - for standard output.")
@click.option(
    "--shards",
    type=int,
    default=None,
    metavar="K",
    help="With -f nq: write K files OUTPUT/part-00000.nq ... (each named graph whole in one shard) plus "
    "manifest.json and SHA256SUMS, for a bulk loader (see docs/endpoints.md).",
)
@click.option("--gzip", "compressed", is_flag=True, help="With --shards: gzip each shard (part-*.nq.gz).")
@project_options
@click.pass_obj
def export_cmd(obj: Context, fmt: str, output: str, shards: int | None, compressed: bool) -> None:
    """Export the built dataset (building first if needed) in an RDF format."""
    if shards is not None or compressed:
        _check_shard_options(fmt, output, shards)
    project = obj.project()
    if shards is not None:
        started = time.perf_counter()
        result = project.export_shards(Path(output), shards, compressed=compressed, on_build=note)
        seconds = time.perf_counter() - started
        rate = result.source_bytes / 1e6 / seconds if seconds > 0 else 0.0
        sizes = ", ".join(f"{s.quads}" for s in result.shards)
        click.echo(
            f"wrote {len(result.shards)} shards of {result.quads} quads in {result.graphs} graphs "
            f"(quads per shard: {sizes}) in {seconds:.2f} s ({rate:.0f} MB/s) -> {output}",
            err=True,
        )
        return
    project.export(fmt, sys.stdout.buffer if output == "-" else Path(output), on_build=note)


def _check_shard_options(fmt: str, output: str, shards: int | None) -> None:
    if shards is None:
        raise ClaimgraphError("--gzip applies to sharded exports: add --shards K")
    if fmt != "nq":
        raise ClaimgraphError("--shards writes N-Quads: add -f nq")
    if output == "-":
        raise ClaimgraphError("--shards writes a directory: give it with -o DIR")
