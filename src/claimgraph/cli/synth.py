"""`claimgraph synth`."""

from __future__ import annotations

from pathlib import Path

import click

from claimgraph.cli.common import OneLineUsage, note


@click.command("synth", cls=OneLineUsage)
@click.argument("outdir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "-n", "--articles", type=click.IntRange(min=1), required=True, help="Number of synthetic articles (>= 1)."
)
@click.option("-s", "--seed", type=int, default=0, show_default=True, help="Random seed (any integer).")
@click.option(
    "--curated/--no-curated",
    default=True,
    show_default=True,
    help="Also copy the five curated articles, so every packaged query's default parameters resolve.",
)
@click.option("--force", is_flag=True, help="Replace OUTDIR if an earlier `claimgraph synth` wrote it.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
def synth_cmd(outdir: Path, articles: int, seed: int, curated: bool, force: bool, quiet: bool) -> None:
    """Write a deterministic synthetic corpus to OUTDIR (registry.yaml, articles/, annotations/) in the
    annotation format, shaped by the curated articles; build it with `claimgraph --data OUTDIR build`.

    The same --articles and --seed give byte-identical output. OUTDIR must be missing or empty, unless
    --force and an earlier synth run wrote it (OUTDIR/.claimgraph-synth.json). See docs/synth.md.
    """
    from claimgraph import synthesize

    progress = note if articles >= 5000 and not quiet else None
    result = synthesize(outdir, articles, seed, force=force, curated=curated, progress=progress)
    if not quiet:
        entries = ", ".join(f"{n} {kind}" for kind, n in result.registry.items())
        click.echo(
            f"wrote {result.articles} synthetic articles"
            + (f" and {result.curated} curated" if result.curated else "")
            + f" in {result.seconds:.1f} s -> {result.out_dir} (synthetic registry entries: {entries})"
        )
