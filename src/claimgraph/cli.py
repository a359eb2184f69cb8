"""The `claimgraph` command: thin click commands over the library; exit 0 ok, 1 failed check, 2 bad input."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

import click

from . import __version__
from .errors import ClaimgraphError

FORMAT_HELP = "table for people; csv, tsv, json, xml (SPARQL results) for machines; md for Markdown"


class Context:
    def __init__(self, data: Path | None, build_dir: Path | None) -> None:
        self.data, self.build_dir = data, build_dir

    def layout(self):
        from .layout import default_layout

        return default_layout(self.data, self.build_dir)


def _packaged_query(name: str):
    """One packaged query; only its own header is parsed (a warm query should not read all of them)."""
    from .catalogue import load_query
    from .resources import resource_dir

    directory = resource_dir("queries")
    path = directory / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) or not path.is_file():
        from .fields import suggest

        names = sorted(p.stem for p in directory.glob("*.rq"))
        raise ClaimgraphError(f"no packaged query {name!r}{suggest(name, names)}; see `claimgraph queries`")
    return load_query(path)


def _catalogue():
    from .catalogue import load_catalogue
    from .resources import resource_dir

    return load_catalogue(resource_dir("queries"))


def parallel_options(what: str):
    """--jobs and --progress, shared by the commands that fan work out over processes."""

    def decorate(command):
        command = click.option(
            "--progress/--no-progress",
            default=None,
            help="Progress on standard error for long runs. Default: on when standard error is a terminal.",
        )(command)
        return click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help=f"Worker processes {what}; 0 means one per CPU.",
        )(command)

    return decorate


def endpoint_options(endpoint_help: str):
    """--endpoint and --timeout, shared by the commands that can query a remote SPARQL server."""

    def decorate(command):
        command = click.option(
            "--timeout",
            type=click.FloatRange(min=0, min_open=True),
            default=60.0,
            show_default=True,
            help="With --endpoint: seconds to wait for each answer.",
        )(command)
        return click.option("--endpoint", metavar="URL", help=endpoint_help)(command)

    return decorate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="claimgraph")
@click.option(
    "--data",
    type=click.Path(file_okay=False, path_type=Path),
    help="Data directory (registry.yaml, articles/, annotations/). "
    "Default: $CLAIMGRAPH_DATA, else the packaged data.",
)
@click.option(
    "--build-dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Build directory. Default: $CLAIMGRAPH_BUILD_DIR; else build/ of a source checkout; else "
    "~/.cache/claimgraph/<version>/build for an installed package; else build/ beside --data.",
)
@click.pass_context
def main(ctx: click.Context, data: Path | None, build_dir: Path | None) -> None:
    """Build, query and export a knowledge graph of who claimed what in news articles."""
    ctx.obj = Context(data, build_dir)


@main.command("build")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing on success.")
@parallel_options("mapping articles; small corpora are mapped in-process")
@click.pass_obj
def build_cmd(obj: Context, quiet: bool, jobs: int, progress: bool | None) -> None:
    """Check all annotations and write the dataset (TriG, N-Quads, VoID/DCAT/PROV, query store)."""
    from .build import build

    if quiet and progress is None:
        progress = False
    started = time.perf_counter()
    result = build(obj.layout(), jobs=jobs, progress=progress)
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"built {result.articles} articles, {result.quads} quads in {seconds:.2f} s -> "
            f"{result.layout.build_dir}: {', '.join(result.files)}"
        )


@main.command("export")
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
    "manifest.json and SHA256SUMS, for a bulk loader (see README, Beyond one machine).",
)
@click.option("--gzip", "compressed", is_flag=True, help="With --shards: gzip each shard (part-*.nq.gz).")
@click.pass_obj
def export_cmd(obj: Context, fmt: str, output: str, shards: int | None, compressed: bool) -> None:
    """Export the built dataset (building first if needed) in an RDF format."""
    from .build import build, is_stale
    from .exporting import export

    if shards is not None or compressed:
        _check_shard_options(fmt, output, shards)
    layout = obj.layout()
    if is_stale(layout):
        build(layout)
    if shards is not None:
        _export_shards(layout, Path(output), shards, compressed)
        return
    if output == "-":
        export(layout, fmt, sys.stdout.buffer)
        return
    _write_file_atomically(Path(output), lambda fh: export(layout, fmt, fh))


def _check_shard_options(fmt: str, output: str, shards: int | None) -> None:
    if shards is None:
        raise ClaimgraphError("--gzip applies to sharded exports: add --shards K")
    if fmt != "nq":
        raise ClaimgraphError("--shards writes N-Quads: add -f nq")
    if output == "-":
        raise ClaimgraphError("--shards writes a directory: give it with -o DIR")


def _export_shards(layout, target: Path, shards: int, compressed: bool) -> None:
    from .sharding import write_shards

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


@main.command("queries")
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

    catalogue = _catalogue()
    if fmt == "ttl":
        from .catalogue import catalogue_rdf

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
                q = _catalogue().get(name)
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


@main.command("query", cls=QueryCommand)
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
) -> None:
    """Run the packaged query NAME (see `claimgraph queries`); builds first when the build is stale."""
    from .engine import bind, execute, open_store

    query = _packaged_query(name)
    given = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise ClaimgraphError(f"--param expects K=V, got {item!r}")
        given[key.strip()] = value
    if endpoint:
        store = _endpoint(endpoint, timeout, check=True)
    else:
        store = open_store(obj.layout(), on_build=lambda msg: click.echo(msg, err=True))
    result = execute(store, query.sparql, bind(store, query, given), source=str(query.path.name))
    _emit(result, query.form, fmt)


def _endpoint(url: str, timeout: float, *, check: bool):
    """A remote SPARQL endpoint standing in for the local store (see remote.py)."""
    from .remote import Endpoint

    endpoint = Endpoint(url, timeout=timeout)
    if check:
        endpoint.check_union_default_graph()
    return endpoint


@main.command("validate")
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

    Exit codes: 0 conforms, 1 does not conform (at or above --fail-on), 2 usage or input error.
    """
    from .reporting import render
    from .validation import load_data, load_ontology, load_shapes, validate

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
        from .build import build, is_stale
        from .sources import SourceIndex

        layout = obj.layout()
        if is_stale(layout):
            click.echo(f"building {layout.build_dir} (missing or older than its inputs) ...", err=True)
            build(layout)
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
        from .graph_index import GRAPH_INDEX, read_index
        from .partitioned import dump_ontology, validate_dump

        index = read_index(layout.build_dir / GRAPH_INDEX)
        ontology = load_ontology() + dump_ontology(files[0], index)
        report = validate_dump(
            files[0], index, shapes, ontology, jobs=jobs, progress=progress, sources=sources
        )
    else:
        data, own_ontology = load_data(files)
        ontology = load_ontology() + own_ontology
        report = validate(data, shapes, ontology, inference=inference, sources=sources)
    report.checked = checked
    level = fail_on.capitalize()
    rendered = render(report, fmt, level).encode()
    if output == "-":
        sys.stdout.buffer.write(rendered)
        sys.stdout.flush()
    else:
        _write_file_atomically(Path(output), lambda fh: fh.write(rendered))
    if report.failing(level):
        sys.exit(1)


@main.command("check")
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info"]),
    default="error",
    show_default=True,
    help="Lowest check severity that makes the exit code 1.",
)
@click.option(
    "--no-hermit", is_flag=True, help="Skip the HermiT consistency check (needs owlready2 and Java)."
)
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def check_cmd(obj: Context, fail_on: str, no_hermit: bool, fmt: str) -> None:
    """Ontology and data checks: reasoner consistency (HermiT, owlrl), labels and definitions, undeclared
    terms in data and queries, and the "must return nothing" SPARQL checks in queries/checks/.

    Exit codes: 0 all checks at or above --fail-on pass, 1 a check failed, 2 usage or input error.
    """
    import json

    from .checks import SEVERITIES, run_checks

    outcomes = run_checks(obj.layout(), hermit=not no_hermit, on_build=lambda m: click.echo(m, err=True))
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
                click.echo(f"        {row}")
            if len(o.rows) > 10:
                click.echo(f"        ... {len(o.rows) - 10} more")
        click.echo(f"{len(outcomes)} checks: {len(failed)} failing at or above {fail_on}")
    if failed:
        sys.exit(1)


def _rdf_files(paths: tuple[Path, ...]) -> list[Path]:
    from .rdfio import SUFFIXES

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


@main.command("sparql")
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
) -> None:
    """Run an ad-hoc SPARQL query (TEXT, or -f FILE.rq) over the built graph (union of all named graphs).

    Read-only: updates, SERVICE and dataset clauses that reach outside the graph are refused.
    Exit codes: 0 success, 2 malformed query or bad input (the parser's message with line and column).
    """
    from .catalogue import query_form
    from .engine import execute, open_store

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
        store = _endpoint(endpoint, timeout, check=False)
    else:
        store = open_store(obj.layout(), on_build=lambda msg: click.echo(msg, err=True))
    result = execute(store, text, source=source)
    _emit(result, form or "SELECT", fmt)


class _OneLineUsage(click.Command):
    """Report a bad option value on one line ("error: ..."), exit 2, like every other input error."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.UsageError as exc:
            raise ClaimgraphError(f"{ctx.command_path}: {exc.format_message()}") from None


@main.command("synth", cls=_OneLineUsage)
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
    from .synth import report_progress, synthesize

    progress = report_progress if articles >= 5000 and not quiet else None
    result = synthesize(outdir, articles, seed, force=force, curated=curated, progress=progress)
    if not quiet:
        entries = ", ".join(f"{n} {kind}" for kind, n in result.registry.items())
        click.echo(
            f"wrote {result.articles} synthetic articles"
            + (f" and {result.curated} curated" if result.curated else "")
            + f" in {result.seconds:.1f} s -> {result.out_dir} (synthetic registry entries: {entries})"
        )


def _emit(result, form: str, fmt: str | None) -> None:
    from .results import GRAPH_FORMATS, SELECT_FORMATS, write_results

    graph = form in ("CONSTRUCT", "DESCRIBE")
    fmt = fmt or ("ttl" if graph else "table")
    allowed = GRAPH_FORMATS if graph else SELECT_FORMATS
    if fmt not in allowed:
        raise ClaimgraphError(
            f"format {fmt!r} does not apply to a {form} query (use one of {', '.join(allowed)})"
        )
    write_results(result, fmt, sys.stdout.buffer)
    sys.stdout.flush()


def _write_file_atomically(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual permissions
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def run() -> None:
    """Console entry point: user errors print one line and exit 2, never a traceback."""
    try:
        main.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except ClaimgraphError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
