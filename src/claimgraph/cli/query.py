"""`claimgraph queries`, `claimgraph query` and `claimgraph sparql`."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

from claimgraph.cli.common import (
    FORMAT_HELP,
    Context,
    emit,
    endpoint_options,
    load_packaged_catalogue,
    packaged_query,
)
from claimgraph.core.errors import ClaimgraphError


@click.command("queries")
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "ttl"]),
    default="table",
    show_default=True,
    help="ttl: the catalogue as RDF (sh:SPARQLExecutable with sh:select etc., rdfs:comment, "
    "schema:keywords), as sib-swiss/sparql-examples publishes its own.",
)
def queries_cmd(fmt: str) -> None:
    """List the packaged queries with their parameters."""
    import json

    catalogue = load_packaged_catalogue()
    if fmt == "ttl":
        from claimgraph.query.catalogue import catalogue_rdf

        sys.stdout.buffer.write(catalogue_rdf(catalogue))
        return
    if fmt == "json":
        data = [
            {
                "name": q.name,
                "title": q.title,
                "form": q.form,
                "tags": q.tags,
                "parameters": {
                    p.name: {
                        "type": p.type,
                        "default": p.default,
                        "example": p.example,
                        "description": p.description,
                    }
                    for p in q.parameters.values()
                },
            }
            for q in catalogue.values()
        ]
        click.echo(json.dumps(data, indent=2))
        return
    width = max(len(n) for n in catalogue) if catalogue else 4
    for q in catalogue.values():
        params = ", ".join(f"{p.name}={p.default or '<' + p.type + '>'}" for p in q.parameters.values())
        click.echo(f"{q.name.ljust(width)}  {q.title}" + (f"  [{params}]" if params else ""))


class QueryCommand(click.Command):
    """`query NAME --help` shows that query's own description and parameters."""

    def get_help(self, ctx: click.Context) -> str:
        name = (
            next((a for a in sys.argv[sys.argv.index("query") + 1 :] if not a.startswith("-")), None)
            if "query" in sys.argv
            else None
        )
        text = super().get_help(ctx)
        if name:
            try:
                q = load_packaged_catalogue().get(name)
            except ClaimgraphError:
                q = None
            if q is not None:
                text += "\n\n" + describe_query(q)
        return text


def describe_query(q) -> str:
    lines = [f"{q.name}: {q.title} ({q.form})", "", q.description.strip(), ""]
    if q.parameters:
        lines.append("Parameters:")
        for p in q.parameters.values():
            default = (
                f"default {p.default}"
                if p.default is not None
                else ("required" if p.required else "optional")
            )
            lines.append(f"  {p.name} ({p.type}, {default}; e.g. {p.example}): {p.description}")
    if q.tags:
        lines.append(f"Tags: {', '.join(q.tags)}")
    return "\n".join(lines)


@click.command("query", cls=QueryCommand)
@click.argument("name")
@click.option(
    "-p", "--param", "params", multiple=True, metavar="K=V", help="Parameter value: key, label, CURIE or IRI."
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "md", "ttl", "jsonld", "nt"]),
    default=None,
    help=FORMAT_HELP + "; ttl, jsonld or nt for CONSTRUCT/DESCRIBE (default table or ttl).",
)
@endpoint_options(
    "Run on this SPARQL 1.1 query endpoint (one that serves the bulk-loaded export, its default graph the "
    "union of all graphs) instead of the local build; parameters are resolved there too."
)
@click.pass_obj
def query_cmd(
    obj: Context,
    name: str,
    params: tuple[str, ...],
    fmt: str | None,
    endpoint: str | None,
    timeout: float,
    allow_redirects: bool,
) -> None:
    """Run the packaged query NAME (see `claimgraph queries`); builds first when the build is stale."""
    from claimgraph.query.bounded import run_bounded
    from claimgraph.query.engine import bind, execute, open_store

    query = packaged_query(name)
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ClaimgraphError(f"--param expects K=V, got {item!r}")
        given[key.strip()] = value
    if endpoint:
        store = _endpoint(endpoint, timeout, allow_redirects, check=True)
    else:
        store = open_store(obj.layout(), on_build=lambda msg: click.echo(msg, err=True))
    bindings = bind(store, query, given)
    run_bounded(
        lambda check: emit(
            execute(store, query.sparql, bindings, source=query.path.name), query.form, fmt, check
        ),
        timeout=None if endpoint else timeout,  # an endpoint keeps its own deadline (remote.py)
    )


def _endpoint(url: str, timeout: float, allow_redirects: bool, *, check: bool):
    """A remote SPARQL endpoint standing in for the local store (see remote.py)."""
    from claimgraph.query.remote import Endpoint

    endpoint = Endpoint(url, timeout=timeout or None, allow_redirects=allow_redirects)
    if check:
        endpoint.check_union_default_graph()
    return endpoint


@click.command("sparql")
@click.argument("text", required=False)
@click.option(
    "-f",
    "--file",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Read the query from a .rq file (- for stdin).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json", "xml", "md", "ttl", "jsonld", "nt"]),
    default=None,
    help=FORMAT_HELP + "; ttl, jsonld or nt for CONSTRUCT/DESCRIBE.",
)
@endpoint_options("Send the query to this SPARQL 1.1 query endpoint instead of the local build.")
@click.pass_obj
def sparql_cmd(
    obj: Context,
    text: str | None,
    path: Path | None,
    fmt: str | None,
    endpoint: str | None,
    timeout: float,
    allow_redirects: bool,
) -> None:
    """Run an ad-hoc SPARQL query (TEXT, or -f FILE.rq) over the built graph (union of all named graphs).

    Read-only: updates, SERVICE and dataset clauses (FROM, FROM NAMED) are refused, as is text nested
    deeper than 128 levels. Tables stop at 10,000 rows (csv, tsv, json, xml stream them all).
    Exit codes: 0 success, 2 malformed or refused query, bad input or --timeout reached, 130 Ctrl-C.
    """
    from claimgraph.query.bounded import run_bounded
    from claimgraph.query.catalogue import query_form
    from claimgraph.query.engine import execute, open_store

    if (text is None) == (path is None):
        raise ClaimgraphError("give the query as TEXT or with -f FILE.rq (not both)")
    source = "query"
    if path is not None:
        source = str(path)
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ClaimgraphError(f"{path}: cannot read query ({exc})") from None
    form = query_form(text)
    if form is None and re.search(r"(?i)\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", text):
        raise ClaimgraphError(
            f"{source}: only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are run; updates are refused"
        )
    if endpoint:
        store = _endpoint(endpoint, timeout, allow_redirects, check=False)
    else:
        store = open_store(obj.layout(), on_build=lambda msg: click.echo(msg, err=True))
    run_bounded(
        lambda check: emit(execute(store, text, source=source), form or "SELECT", fmt, check),
        timeout=None if endpoint else timeout,  # an endpoint keeps its own deadline (remote.py)
    )
