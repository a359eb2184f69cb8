"""The public Python API: everything the `claimgraph` command does, callable from Python.

    import claimgraph
    project = claimgraph.Project()                       # the packaged data, its default build dir
    rows = project.query("accusations-denied", accused="India")

The command line is a thin shell over this module (tests/test_api.py checks that cli/ imports nothing
else of claimgraph but core/), so a notebook and the CLI answer alike. Stage modules are imported inside
the methods that need them: opening a project and running a query on a warm build imports neither rdflib,
pySHACL nor owlrl. See docs/api.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from claimgraph.build.layout import Layout, default_layout
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.errors import InputError as InputError  # re-exported: the error type of bad input files
from claimgraph.core.formats import GRAPH_FORMATS, SELECT_FORMATS
from claimgraph.query.bounded import DEFAULT_TIMEOUT
from claimgraph.query.catalogue import PackagedQuery
from claimgraph.query.rows import Rows

if TYPE_CHECKING:
    from claimgraph.build.builder import BuildResult
    from claimgraph.check.checks import Outcome
    from claimgraph.export.shards import ShardResult
    from claimgraph.synth.generator import SynthResult
    from claimgraph.validate.validation import Report

Message = Callable[[str], None]
PathLike = str | os.PathLike[str]
QUERY_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
UPDATE = re.compile(r"(?i)\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b")


def queries() -> dict[str, PackagedQuery]:
    """The packaged query library by name (title, description, form, tags, parameters of each)."""
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue

    return load_catalogue(resource_dir("queries"))


def packaged_query(name: str) -> PackagedQuery:
    """One packaged query; only its own header is parsed (a warm query should not read all of them)."""
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_query

    directory = resource_dir("queries")
    path = directory / f"{name}.rq"
    if not QUERY_NAME.fullmatch(name) or not path.is_file():
        from claimgraph.core.fields import suggest

        names = sorted(p.stem for p in directory.glob("*.rq"))
        raise ClaimgraphError(f"no packaged query {name!r}{suggest(name, names)}; see `claimgraph queries`")
    return load_query(path)


def catalogue_turtle() -> bytes:
    """The query library as RDF (sh:SPARQLExecutable ...), as sib-swiss/sparql-examples publishes its own."""
    from claimgraph.query.catalogue import catalogue_rdf

    return catalogue_rdf(queries())


def render_report(report: Report, fmt: str = "text", fail_on: str = "violation") -> str:
    """A validation report as text, turtle, json, junit or github (workflow annotations)."""
    from claimgraph.validate.reporting import render

    return render(report, fmt, fail_on.capitalize())


def synthesize(
    out_dir: PathLike,
    articles: int,
    seed: int = 0,
    *,
    force: bool = False,
    curated: bool = True,
    progress: Message | None = None,
) -> SynthResult:
    """Write a deterministic synthetic corpus (registry.yaml, articles/, annotations/) to `out_dir`."""
    from claimgraph.synth.generator import synthesize as generate

    return generate(Path(out_dir), articles, seed, force=force, curated=curated, progress=progress)


class QueryResult:
    """A query ready to run. `write` evaluates it and formats the answer (streaming where the format
    allows); `to_python` turns it into Rows (SELECT, CONSTRUCT, DESCRIBE) or a bool (ASK). Either runs the
    evaluation where it can be stopped (query/bounded.py): past `timeout` seconds it raises QueryTimeout,
    and Ctrl-C stops it at once. Use one of the two, once."""

    def __init__(self, evaluate: Callable[[], Any], form: str, timeout: float | None) -> None:
        self._evaluate, self.form, self.timeout = evaluate, form, timeout

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")

    def write(self, out: IO[bytes], fmt: str | None = None) -> None:
        """Write as `fmt` (default: table for SELECT and ASK, ttl for a graph)."""
        from claimgraph.query.bounded import run_bounded
        from claimgraph.query.results import write_results

        fmt = fmt or ("ttl" if self.is_graph else "table")
        allowed = GRAPH_FORMATS if self.is_graph else SELECT_FORMATS
        if fmt not in allowed:
            raise ClaimgraphError(
                f"format {fmt!r} does not apply to a {self.form} query (use one of {', '.join(allowed)})"
            )
        run_bounded(
            lambda check: write_results(self._evaluate(), fmt, out, check=check), timeout=self.timeout
        )

    def to_python(self) -> Rows | bool:
        from claimgraph.query.bounded import run_bounded

        return run_bounded(lambda check: _to_python(self._evaluate(), self.is_graph), timeout=self.timeout)


def _to_python(raw: Any, is_graph: bool) -> Rows | bool:
    import pyoxigraph as ox

    if isinstance(raw, ox.QueryBoolean):
        return bool(raw)
    if is_graph or isinstance(raw, list):
        return Rows.from_triples(raw)
    return Rows.from_solutions(raw)


class Project:
    """A data directory (default: $CLAIMGRAPH_DATA, else the packaged articles) and where it builds
    (default: $CLAIMGRAPH_BUILD_DIR, else build/ of a source checkout or beside the data, else the user
    cache). Every reader builds first when the build is missing or older than its inputs."""

    def __init__(self, data: PathLike | None = None, build_dir: PathLike | None = None) -> None:
        self.layout: Layout = default_layout(
            Path(data) if data is not None else None, Path(build_dir) if build_dir is not None else None
        )

    def __repr__(self) -> str:
        return f"Project(data={str(self.layout.data_dir)!r}, build_dir={str(self.layout.build_dir)!r})"

    @property
    def data_dir(self) -> Path:
        return self.layout.data_dir

    @property
    def build_dir(self) -> Path:
        return self.layout.build_dir

    def build(self, *, jobs: int = 0, progress: bool | None = False) -> BuildResult:
        """Check every annotation and write the dataset; the old build stays if anything is wrong."""
        from claimgraph.build.builder import build

        return build(self.layout, jobs=jobs, progress=progress)

    def ensure_built(self, *, on_build: Message | None = None) -> Path:
        """Build only when stale; returns the build directory."""
        from claimgraph.build.ensure import ensure_built

        return ensure_built(self.layout, on_build=on_build).build_dir

    def queries(self) -> dict[str, PackagedQuery]:
        """The packaged queries `query` runs (the same library for every project)."""
        return queries()

    def query(self, name: str, /, **params: object) -> Rows | bool:
        """Run the packaged query `name` with parameters (a key, label, CURIE or IRI for resources; str,
        int or date for literals; the query's defaults for the rest). See `claimgraph.queries()`."""
        return self.run(name, {k: str(v) for k, v in params.items()}).to_python()

    def sparql(self, text: str, *, timeout: float = DEFAULT_TIMEOUT) -> Rows | bool:
        """Run ad-hoc, read-only SPARQL over the union of all graphs; past `timeout` seconds (0: no limit)
        it stops and raises QueryTimeout, a ClaimgraphError."""
        return self.run_sparql(text, timeout=timeout).to_python()

    def run(
        self,
        name: str,
        params: Mapping[str, str] | None = None,
        *,
        endpoint: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        allow_redirects: bool = False,
        on_build: Message | None = None,
    ) -> QueryResult:
        """`query`, ready to write with `QueryResult.write`; with `endpoint`, run on that SPARQL 1.1
        endpoint (the bulk-loaded export) instead of the local build. `timeout` seconds (0: none) bound
        the whole run, writing included; an endpoint's request has its own deadline of the same length."""
        from claimgraph.query.engine import bind, execute

        query = packaged_query(name)
        store = self._store(endpoint, timeout, allow_redirects, on_build, check=True)
        bindings = bind(store, query, dict(params or {}))
        return QueryResult(
            lambda: execute(store, query.sparql, bindings, source=query.path.name),
            query.form,
            timeout=None if endpoint else timeout,
        )

    def run_sparql(
        self,
        text: str,
        *,
        source: str = "query",
        endpoint: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        allow_redirects: bool = False,
        on_build: Message | None = None,
    ) -> QueryResult:
        """`sparql`, ready to write; `source` names the query in error messages; `timeout` as for `run`."""
        from claimgraph.query.catalogue import query_form
        from claimgraph.query.engine import execute
        from claimgraph.query.guard import guard

        form = query_form(text)
        if form is None and UPDATE.search(text):
            raise ClaimgraphError(
                f"{source}: only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are run; updates are refused"
            )
        guard(text, source)  # refused at once, before any build or connection
        store = self._store(endpoint, timeout, allow_redirects, on_build, check=False)
        return QueryResult(
            lambda: execute(store, text, source=source),
            form or "SELECT",
            timeout=None if endpoint else timeout,
        )

    def _store(
        self,
        endpoint: str | None,
        timeout: float,
        allow_redirects: bool,
        on_build: Message | None,
        *,
        check: bool,
    ) -> Any:
        if endpoint:
            from claimgraph.query.remote import Endpoint

            remote = Endpoint(endpoint, timeout=timeout or None, allow_redirects=allow_redirects)
            if check:
                remote.check_union_default_graph()
            return remote
        from claimgraph.query.engine import open_store

        return open_store(self.layout, on_build=on_build)

    def validate(
        self,
        paths: Iterable[PathLike] | None = None,
        *,
        shapes: PathLike | None = None,
        inference: str = "none",
        strategy: str = "auto",
        jobs: int = 0,
        progress: bool | None = False,
        on_build: Message | None = None,
        on_note: Message | None = None,
    ) -> Report:
        """SHACL-validate the build (default) or RDF files/directories (`paths`) against the packaged
        shapes or a `shapes` directory. `inference` is none, rdfs or owlrl; `strategy` auto, per-article or
        whole (files and inference always validate whole). `report.failing("Violation")` lists failures."""
        from claimgraph.validate.run import validate_build, validate_files

        shapes_dir = Path(shapes) if shapes is not None else None
        if paths is not None:
            files = [Path(p) for p in paths]
            return validate_files(
                files, shapes_dir=shapes_dir, inference=inference, strategy=strategy, on_note=on_note
            )
        return validate_build(
            self.layout,
            shapes_dir=shapes_dir,
            inference=inference,
            strategy=strategy,
            jobs=jobs,
            progress=progress,
            on_build=on_build,
            on_note=on_note,
        )

    def export(
        self, fmt: str = "trig", out: PathLike | IO[bytes] | None = None, *, on_build: Message | None = None
    ) -> bytes | None:
        """The built dataset as ttl, trig, nt, nq, jsonld or xml: written to a binary stream, or to a path
        (atomically: the old file stays on any error), or returned as bytes when `out` is None."""
        import io

        from claimgraph.core.formats import EXPORT_FORMATS
        from claimgraph.core.publish import check_output_target, publish_file
        from claimgraph.export.exporter import export

        if fmt not in EXPORT_FORMATS:
            raise ClaimgraphError(f"export format {fmt!r}: use one of {', '.join(EXPORT_FORMATS)}")
        if isinstance(out, str | os.PathLike):
            check_output_target(Path(out))  # before any work: a directory or symlink is refused at once
        self.ensure_built(on_build=on_build)
        if out is None:
            buffer = io.BytesIO()
            export(self.layout, fmt, buffer)
            return buffer.getvalue()
        if isinstance(out, str | os.PathLike):
            publish_file(Path(out), lambda fh: export(self.layout, fmt, fh))
        else:
            export(self.layout, fmt, out)
        return None

    def export_shards(
        self, target: PathLike, shards: int, *, compressed: bool = False, on_build: Message | None = None
    ) -> ShardResult:
        """N-Quads in `shards` files under `target` (each named graph whole in one shard), with manifest.json
        and SHA256SUMS, for a bulk loader."""
        from claimgraph.build.layout import recorded_sha256
        from claimgraph.core.publish import check_dir_target
        from claimgraph.export.shards import write_shards

        check_dir_target(Path(target), "shards")
        self.ensure_built(on_build=on_build)
        return write_shards(
            self.build_dir / "dataset.nq",
            Path(target),
            shards,
            compressed=compressed,
            expected_sha256=recorded_sha256(self.layout, "dataset.nq"),
        )

    def check(self, *, hermit: bool = True, on_build: Message | None = None) -> list[Outcome]:
        """Ontology and data checks (reasoner consistency, labels, undeclared terms, queries/checks/)."""
        from claimgraph.check.checks import run_checks

        return run_checks(self.layout, hermit=hermit, on_build=on_build)
