"""`claimgraph export`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from claimgraph.cli.common import Context
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.publish import publish_file


@click.command("export")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["ttl", "trig", "nt", "nq", "jsonld", "xml"]),
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
@click.pass_obj
def export_cmd(obj: Context, fmt: str, output: str, shards: int | None, compressed: bool) -> None:
    """Export the built dataset (building first if needed) in an RDF format."""
    from claimgraph.build.ensure import ensure_built
    from claimgraph.export.exporter import export

    if shards is not None or compressed:
        _check_shard_options(fmt, output, shards)
    layout = ensure_built(obj.layout(), on_build=lambda msg: click.echo(msg, err=True))
    if shards is not None:
        _export_shards(layout, Path(output), shards, compressed)
        return
    if output == "-":
        export(layout, fmt, sys.stdout.buffer)
        return
    publish_file(Path(output), lambda fh: export(layout, fmt, fh))


def _check_shard_options(fmt: str, output: str, shards: int | None) -> None:
    if shards is None:
        raise ClaimgraphError("--gzip applies to sharded exports: add --shards K")
    if fmt != "nq":
        raise ClaimgraphError("--shards writes N-Quads: add -f nq")
    if output == "-":
        raise ClaimgraphError("--shards writes a directory: give it with -o DIR")


def _export_shards(layout, target: Path, shards: int, compressed: bool) -> None:
    from claimgraph.export.shards import write_shards

    started = time.perf_counter()
    result = write_shards(layout.build_dir / "dataset.nq", target, shards, compressed=compressed)
    seconds = time.perf_counter() - started
    rate = result.source_bytes / 1e6 / seconds if seconds > 0 else 0.0
    sizes = ", ".join(f"{s.quads}" for s in result.shards)
    click.echo(
        f"wrote {len(result.shards)} shards of {result.quads} quads in {result.graphs} graphs "
        f"(quads per shard: {sizes}) in {seconds:.2f} s ({rate:.0f} MB/s) -> {target}",
        err=True,
    )
