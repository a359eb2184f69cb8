"""`claimgraph check`."""

from __future__ import annotations

import sys

import click

from claimgraph.cli.common import Context, note, project_options
from claimgraph.core.formats import CHECK_FORMATS
from claimgraph.core.formats import CHECK_SEVERITIES as SEVERITIES
from claimgraph.core.textsafe import printable


@click.command("check")
@click.option(
    "--fail-on",
    type=click.Choice(SEVERITIES),
    default="error",
    show_default=True,
    help="Lowest check severity that makes the exit code 1.",
)
@click.option(
    "--no-hermit", is_flag=True, help="Skip the HermiT consistency check (needs owlready2 and Java)."
)
@click.option("-f", "--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text", show_default=True)
@project_options
@click.pass_obj
def check_cmd(obj: Context, fail_on: str, no_hermit: bool, fmt: str) -> None:
    """Ontology and data checks: reasoner consistency (HermiT, owlrl), labels and definitions, undeclared
    terms in data and queries, and the "must return nothing" SPARQL checks in queries/checks/.

    Exit codes: 0 all checks at or above --fail-on pass, 1 a check failed, 2 usage or input error.
    """
    import json

    outcomes = obj.project().check(hermit=not no_hermit, on_build=note)
    limit = SEVERITIES.index(fail_on)
    failed = [o for o in outcomes if o.status == "fail" and SEVERITIES.index(o.severity) <= limit]
    if fmt == "json":
        click.echo(json.dumps([o.__dict__ for o in outcomes], indent=2))
    else:
        for o in outcomes:
            mark = {"ok": "ok  ", "fail": "FAIL" if o in failed else "note", "skipped": "skip"}[o.status]
            click.echo(
                f"{mark}  {o.severity:<7}  {o.name}: {o.title}" + (f" ({len(o.rows)})" if o.rows else "")
            )
            for row in o.rows[:10]:
                click.echo(f"        {printable(row)}")  # rows quote data: no escape sequence gets through
            if len(o.rows) > 10:
                click.echo(f"        ... {len(o.rows) - 10} more")
        click.echo(f"{len(outcomes)} checks: {len(failed)} failing at or above {fail_on}")
    if failed:
        sys.exit(1)
