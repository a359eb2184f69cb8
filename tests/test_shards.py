"""Beyond one machine (docs/endpoints.md): the build exported as N-Quads shards, bulk-loaded into an oxigraph server
(`oxigraph load`, `oxigraph serve-read-only --union-default-graph`), answers every packaged query through
`claimgraph query NAME --endpoint URL` exactly as the local store does; parameters reach the server only
as RDF terms in a VALUES block.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import io
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from claimgraph.core.namespaces import CG, ID, RDF, RDFS
from claimgraph.core.resources import resource_dir
from claimgraph.query.catalogue import load_catalogue, query_form
from claimgraph.query.engine import bind, execute
from claimgraph.query.inline import inline_bindings
from claimgraph.query.params import _LABELLED

from .conftest import cli
from .test_queries import normal_rows

CATALOGUE = load_catalogue(resource_dir("queries"))
ARTICLE_GRAPH = ID + "graph/article/"
SHARDS = 3
EVIL = 'x" } ; DROP ALL ; SELECT * { ?s ?p ?o } #> '


def parameter_sets() -> list[tuple[str, dict[str, str]]]:
    """Every query with its defaults; each parameterised one also with each example value, every actor
    parameter with pakistan and with a label (resolved on the server), and timeline with a narrow range."""
    cases = []
    for name, query in CATALOGUE.items():
        cases.append((name, {}))
        for param in query.parameters.values():
            cases.append((name, {param.name: param.example}))
            if param.type == "actor":
                cases.append((name, {param.name: "pakistan"}))
                cases.append((name, {param.name: "Sarfraz Bugti"}))
    cases.append(("timeline", {"from": "2024-06", "to": "2024-11"}))
    cases.append(("responsibility-claims", {"actor": "bla", "event": "balochistan-coordinated-attacks"}))
    return cases


CASES = parameter_sets()


def oxigraph_cli() -> str:
    beside = Path(sys.executable).with_name("oxigraph")
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph server CLI is missing: it comes with pip install -e '.[dev]'")
        pytest.skip("the oxigraph server CLI is not installed (pip install -e '.[dev]')")
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graph_of(line: str) -> str:
    return str(next(iter(ox.parse(line, format=ox.RdfFormat.N_QUADS))).graph_name).strip("<>")


def shard_lines(path: Path) -> list[str]:
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return data.decode("utf-8").splitlines()


@pytest.fixture(scope="module")
def shards(built, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("shards") / "nq"
    run = cli(
        "--build-dir", str(built.build_dir), "export", "-f", "nq", "--shards", str(SHARDS), "-o", str(target)
    )
    assert run.code == 0, run.err
    return target


class Server:
    def __init__(self, location: Path, *, union: bool) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/query"
        args = [
            oxigraph_cli(),
            "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{self.port}",
        ]
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in stop); a file: a chatty server never blocks
        self.proc = subprocess.Popen(
            [*args, "--union-default-graph"] if union else args,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait(self, seconds: float = 30.0) -> Server:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                self.log.seek(0)
                raise AssertionError(f"oxigraph server exited: {self.log.read().decode(errors='replace')}")
            request = urllib.request.Request(
                self.url, data=b"ASK {}", headers={"Content-Type": "application/sparql-query"}
            )
            try:
                with urllib.request.urlopen(request, timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        raise AssertionError(f"oxigraph server did not answer on {self.url} within {seconds} s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.log.close()


@pytest.fixture(scope="module")
def location(shards, tmp_path_factory) -> Path:
    """The shards bulk-loaded, all at once, as docs/endpoints.md says."""
    loc = tmp_path_factory.mktemp("oxigraph") / "db"
    parts = sorted(str(p) for p in shards.glob("part-*.nq"))
    started = time.perf_counter()
    proc = subprocess.run(
        [oxigraph_cli(), "load", "--location", str(loc), "--file", *parts],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    print(f"oxigraph load of {len(parts)} shards: {time.perf_counter() - started:.2f} s")
    return loc


@pytest.fixture(scope="module")
def server(location):
    server = Server(location, union=True)
    try:
        yield server.wait()
    finally:
        server.stop()


# --- the shards ---------------------------------------------------------------------------------------


def test_shards_partition_the_dataset_by_whole_graphs(built, shards):
    dataset = (built.build_dir / "dataset.nq").read_text(encoding="utf-8").splitlines()
    parts = sorted(shards.glob("part-*.nq"))
    assert [p.name for p in parts] == [f"part-{i:05d}.nq" for i in range(SHARDS)]
    homes: dict[str, set[int]] = {}
    union: Counter[str] = Counter()
    for index, part in enumerate(parts):
        lines = shard_lines(part)
        union.update(lines)
        for line in lines:
            homes.setdefault(graph_of(line), set()).add(index)
    assert union == Counter(dataset), "the shards together are not exactly dataset.nq"
    assert all(len(where) == 1 for where in homes.values()), {g: w for g, w in homes.items() if len(w) > 1}
    for graph, (index,) in homes.items():
        if not graph.startswith(ARTICLE_GRAPH):
            assert index == 0, f"{graph} is in shard {index}, not 0"
    assert len({i for (i,) in homes.values()}) == SHARDS, "a shard is empty on the packaged data"


def test_manifest_lists_counts_and_checksums(built, shards):
    manifest = json.loads((shards / "manifest.json").read_text(encoding="utf-8"))
    dataset = built.build_dir / "dataset.nq"
    assert manifest["source"]["sha256"] == hashlib.sha256(dataset.read_bytes()).hexdigest()
    assert manifest["source"]["quads"] == len(dataset.read_text(encoding="utf-8").splitlines())
    sums = (shards / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    assert len(manifest["shards"]) == SHARDS == len(sums)
    for entry, line in zip(manifest["shards"], sums, strict=True):
        data = (shards / entry["file"]).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["bytes"] == len(data)
        assert entry["quads"] == data.count(b"\n")
        assert line == f"{entry['sha256']}  {entry['file']}"  # `sha256sum -c SHA256SUMS` format
    assert sum(e["quads"] for e in manifest["shards"]) == manifest["source"]["quads"]
    assert sum(e["graphs"] for e in manifest["shards"]) == manifest["source"]["graphs"] == 8


def test_shard_export_is_deterministic_and_replaces_an_earlier_one(built, shards, tmp_path):
    again = tmp_path / "again"
    for _ in range(2):  # the second run replaces the first export in place
        run = cli(
            "--build-dir",
            str(built.build_dir),
            "export",
            "-f",
            "nq",
            "--shards",
            str(SHARDS),
            "-o",
            str(again),
        )
        assert run.code == 0, run.err
        assert "wrote 3 shards" in run.err
        for part in shards.iterdir():
            assert (again / part.name).read_bytes() == part.read_bytes(), part.name
    assert sorted(p.name for p in again.iterdir()) == sorted(p.name for p in shards.iterdir())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")], "staging directory left behind"


def test_gzip_shards_hold_the_same_lines_and_the_same_bytes_every_time(built, shards, tmp_path):
    outputs = []
    for name in ("a", "b"):
        target = tmp_path / name
        run = cli(
            "--build-dir", str(built.build_dir), "export", "-f", "nq", "--shards", str(SHARDS), "--gzip",
            "-o", str(target),
        )  # fmt: skip
        assert run.code == 0, run.err
        outputs.append(target)
    for i in range(SHARDS):
        plain, packed = shards / f"part-{i:05d}.nq", outputs[0] / f"part-{i:05d}.nq.gz"
        assert gzip.decompress(packed.read_bytes()) == plain.read_bytes()
        assert packed.read_bytes() == (outputs[1] / packed.name).read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--shards", "3"], "--shards writes N-Quads: add -f nq"),
        (["-f", "nq", "--shards", "3"], "--shards writes a directory"),
        (["-f", "nq", "--gzip", "-o", "x"], "--gzip applies to sharded exports"),
        (["-f", "nq", "--shards", "0", "-o", "x"], "--shards must be between 1 and"),
    ],
)
def test_bad_shard_options_are_one_line_errors(built, args, message, tmp_path):
    run = cli("--build-dir", str(built.build_dir), "export", *args, cwd=tmp_path)
    assert run.code == 2
    assert run.err.strip().startswith("error: ") and message in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_shard_export_never_overwrites_other_files(built, tmp_path):
    target = tmp_path / "notes"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    run = cli("--build-dir", str(built.build_dir), "export", "-f", "nq", "--shards", "2", "-o", str(target))
    assert run.code == 2 and "not written by claimgraph" in run.err
    assert [p.name for p in target.iterdir()] == ["keep.txt"]


# --- binding parameters as VALUES ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "given"), CASES, ids=[f"{n}-{'-'.join(g.values()) or 'defaults'}" for n, g in CASES]
)
def test_values_binding_answers_as_substitution_does(built, name, given):
    """No server needed: on the local store, the VALUES text the endpoint receives answers exactly as
    pyoxigraph's substitution of the same terms, and as both together (the local path)."""
    store = ox.Store.read_only(str(built.store))
    query = CATALOGUE[name]
    bindings = bind(store, query, given)
    local = store.query(query.sparql, use_default_graph_as_union=True, substitutions=bindings or None)
    inline = store.query(inline_bindings(query.sparql, bindings), use_default_graph_as_union=True)
    both = execute(store, query.sparql, bindings)  # what `claimgraph query` runs: VALUES and substitution
    assert answer(local, query.form) == answer(inline, query.form) == answer(both, query.form)


def test_a_trailing_values_clause_would_change_the_answer(built):
    """Why the VALUES block opens the WHERE group: after it, timeline's range FILTERs see ?from unbound."""
    store = ox.Store.read_only(str(built.store))
    query = CATALOGUE["timeline"]
    bindings = bind(store, query, {"from": "2024-06", "to": "2024-11"})
    inline = answer(
        store.query(inline_bindings(query.sparql, bindings), use_default_graph_as_union=True), "SELECT"
    )
    row = " ".join(str(t) for t in bindings.values())
    trailing = query.sparql + f"VALUES ({' '.join(str(v) for v in bindings)}) {{ ({row}) }}\n"
    after = answer(store.query(trailing, use_default_graph_as_union=True), "SELECT")
    assert len(after) > len(inline)


def test_a_hostile_value_is_one_literal(built):
    """The label of a parameter goes to the server as one escaped literal: the query keeps its shape
    and matches an actor whose label is exactly that text."""
    needle, cls = ox.Variable("needle"), ox.Variable("class")
    text = inline_bindings(_LABELLED, {needle: ox.Literal(EVIL), cls: ox.NamedNode(CG + "Actor")})
    literal = str(ox.Literal(EVIL))  # "x\" } ; DROP ALL ; ...": the quote escaped, all one term
    assert text.count(literal) == 1 and "DROP" not in text.replace(literal, '""')
    store = ox.Store()
    actor = ox.NamedNode(ID + "actor/odd")
    store.add(ox.Quad(actor, ox.NamedNode(RDF + "type"), ox.NamedNode(CG + "Actor")))
    store.add(ox.Quad(actor, ox.NamedNode(RDFS + "label"), ox.Literal(EVIL)))
    rows = list(store.query(text))
    assert [(r["s"], r["needle"]) for r in rows] == [(actor, ox.Literal(EVIL))]
    probe = list(
        ox.Store().query(inline_bindings("SELECT ?v WHERE { }", {ox.Variable("v"): ox.Literal(EVIL)}))
    )
    assert [r["v"] for r in probe] == [ox.Literal(EVIL)]


@pytest.mark.parametrize(
    ("sparql", "rows"),
    [
        ("# a { brace in a comment\nSELECT ?v WHERE { }", 1),
        ('SELECT ?v ?where WHERE { BIND ("}{ WHERE" AS ?where) }', 1),
        ("SELECT ?v { { SELECT ?x WHERE { } } }", 1),
        ("CONSTRUCT { <urn:s> <urn:p> ?v } WHERE { }", 1),
        ("CONSTRUCT { <urn:s> <urn:p> ?v } { }", 1),
        ("ASK { FILTER (?v = 1) }", None),
    ],
)
def test_the_values_row_opens_the_where_group(sparql, rows):
    text = inline_bindings(sparql, {ox.Variable("v"): ox.Literal(1)})
    result = ox.Store().query(text)
    if isinstance(result, ox.QueryBoolean):
        assert bool(result)
    else:
        assert len(list(result)) == rows
        assert 'VALUES (?v) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) }' in text


def test_the_construct_short_form_cannot_take_parameters():
    from claimgraph.core.errors import ClaimgraphError

    with pytest.raises(ClaimgraphError, match="no WHERE group"):
        inline_bindings("CONSTRUCT WHERE { ?s ?p ?v }", {ox.Variable("v"): ox.Literal(1)})


class Recorder(http.server.BaseHTTPRequestHandler):
    """A stand-in endpoint that records each query text and answers yes to ASK, nothing to SELECT."""

    bodies: ClassVar[list[str]] = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        Recorder.bodies.append(body)
        assert self.headers["Content-Type"].startswith("application/sparql-query")
        if query_form(body) == "ASK":
            reply = {"head": {}, "boolean": True}
        else:
            reply = {"head": {"vars": []}, "results": {"bindings": []}}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


def test_the_text_sent_for_a_hostile_label_is_the_query_plus_one_values_row(tmp_path):
    Recorder.bodies = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/sparql"
        run = cli("query", "accusations-by", "--endpoint", url, "-p", f"accuser={EVIL}", cwd=tmp_path)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert run.code == 2 and "no actor matches" in run.err, run.err
    expected = inline_bindings(
        _LABELLED, {ox.Variable("needle"): ox.Literal(EVIL), ox.Variable("class"): ox.NamedNode(CG + "Actor")}
    )
    assert expected in Recorder.bodies
    assert not any(EVIL in body for body in Recorder.bodies), "the raw value was spliced into a query"


# --- the same queries on the server --------------------------------------------------------------------


def answer(result, form: str):
    """A comparable form: SELECT rows as a multiset of normalised bindings, a graph as a set of triples."""
    if form in ("CONSTRUCT", "DESCRIBE"):
        return sorted(str(t) for t in result)
    buf = io.BytesIO()
    result.serialize(buf, ox.QueryResultsFormat.JSON)
    return normal_rows(json.loads(buf.getvalue()), ordered=False)


def cli_answer(run, form: str):
    assert run.code == 0, run.err
    if form in ("CONSTRUCT", "DESCRIBE"):
        return rdflib.Graph().parse(data=run.out, format="nt")
    return normal_rows(json.loads(run.out), ordered=False)


@pytest.mark.parametrize(
    ("name", "given"), CASES, ids=[f"{n}-{'-'.join(g.values()) or 'defaults'}" for n, g in CASES]
)
def test_every_packaged_query_answers_the_same_over_the_endpoint(built, server, name, given):
    query = CATALOGUE[name]
    fmt = "nt" if query.form in ("CONSTRUCT", "DESCRIBE") else "json"
    params = [arg for key, value in given.items() for arg in ("-p", f"{key}={value}")]
    local = cli("--build-dir", str(built.build_dir), "query", name, *params, "-f", fmt)
    remote = cli("query", name, *params, "-f", fmt, "--endpoint", server.url)
    mine, theirs = cli_answer(local, query.form), cli_answer(remote, query.form)
    if fmt == "nt":
        assert len(mine) > 0 and isomorphic(mine, theirs)
    else:
        assert mine == theirs
    if given == {} and fmt == "json":
        assert remote.out == local.out, "the same engine behind the endpoint should give the same bytes"


def test_table_output_is_the_same_over_the_endpoint(built, server):
    local = cli(
        "--build-dir",
        str(built.build_dir),
        "query",
        "accusations-by",
        "-p",
        "accuser=Sarfraz Bugti",
        "-f",
        "table",
    )
    remote = cli(
        "query", "accusations-by", "-p", "accuser=Sarfraz Bugti", "-f", "table", "--endpoint", server.url
    )
    assert remote.code == 0 and remote.out == local.out


def test_ad_hoc_sparql_over_the_endpoint(built, server):
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    remote = cli("sparql", count, "--format", "csv", "--endpoint", server.url)
    local = cli("--build-dir", str(built.build_dir), "sparql", count, "--format", "csv")
    assert remote.code == 0 and remote.out == local.out
    bad = cli("sparql", "SELECT ?x WHERE { ?x ?y }", "--endpoint", server.url)
    assert bad.code == 2 and bad.err.startswith("error: ") and "HTTP 400" in bad.err
    assert len(bad.err.strip().splitlines()) == 1


def test_a_hostile_value_changes_nothing_on_the_server(server):
    run = cli("query", "accusations-by", "-p", f"accuser={EVIL}", "--endpoint", server.url)
    assert run.code == 2 and "no actor matches" in run.err and "Traceback" not in run.err
    iri = cli("query", "claims-of-type", "-p", "type=http://x> } ; DROP ALL", "--endpoint", server.url)
    assert iri.code == 2 and "invalid IRI" in iri.err
    after = cli("query", "dataset-statistics", "-f", "json", "--endpoint", server.url)
    assert after.code == 0 and json.loads(after.out)["results"]["bindings"]


def test_a_server_without_the_union_default_graph_is_named(location):
    plain = Server(location, union=False)
    try:
        plain.wait()
        run = cli("query", "denials", "--endpoint", plain.url)
    finally:
        plain.stop()
    assert run.code == 2
    assert "--union-default-graph" in run.err and len(run.err.strip().splitlines()) == 1


def test_endpoint_down_is_one_line_and_exit_2():
    url = f"http://127.0.0.1:{free_port()}/query"
    for args in (["query", "denials"], ["sparql", "ASK {}"]):
        run = cli(*args, "--endpoint", url, "--timeout", "5")
        assert run.code == 2, run.err
        assert run.err.startswith(f"error: {url}: cannot reach the endpoint")
        assert len(run.err.strip().splitlines()) == 1 and "Traceback" not in run.err


def test_a_silent_endpoint_times_out_in_one_line():
    with socket.socket() as listener:  # accepts connections (backlog) and never answers
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/query"
        started = time.monotonic()
        run = cli("sparql", "ASK {}", "--endpoint", url, "--timeout", "0.5")
    assert run.code == 2 and run.err.strip() == f"error: {url}: no complete answer within 0.5 s (--timeout)"
    assert time.monotonic() - started < 30


def test_endpoint_must_be_http():
    run = cli("query", "denials", "--endpoint", "file:///etc/passwd")
    assert run.code == 2 and "expects an http(s) URL" in run.err
