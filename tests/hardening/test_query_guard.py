"""Item 12 and 14 of issue 13: query text that would crash pyoxigraph, or be silently misread, is refused.

Before the guard covered every recursive construct, each query in DEEP below killed the process with
SIGSEGV (rc 139 through the shell, -11 from subprocess): pyoxigraph 0.5.13 parses on the caller's stack.
The guard then counted only `{` and `(`, so `!`, `[` and IRIs or long strings hiding brackets got through.
"""

from __future__ import annotations

import select
import struct
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.core.errors import ClaimgraphError
from claimgraph.query.guard import MAX_NESTING, guard

from ..conftest import cli

N = 5_000
P = "<http://example.org/p>"
DEEP = {
    "group": "SELECT * WHERE " + "{" * N + "}" * N,
    "parenthesis": "SELECT * WHERE { FILTER(" + "(" * N + "true" + ")" * N + ") }",
    "not": "SELECT * WHERE { FILTER(" + "!" * (2 * N) + "true) }",
    "not-parenthesis": "SELECT * WHERE { FILTER(" + "!(" * N + "?a" + ")" * N + ") }",
    "blank-node-list": "SELECT * WHERE { ?s ?p " + "[?p " * N + "[]" + " ]" * N + " }",
    "function-call": "SELECT * WHERE { FILTER(" + "STR(" * N + "?a" + ")" * N + ") }",
    # 2,000 deep: 5,000 would be longer than the 64,000-character cap, which refuses it first.
    "exists": "SELECT * WHERE { ?s ?p ?o FILTER("
    + "EXISTS { ?s ?p ?o FILTER(" * 2_000
    + "true"
    + ")}" * 2_000
    + ") }",
    "sub-select": "SELECT * WHERE { " + "{ SELECT * WHERE " * 3_000 + "{}" + "}" * 3_000 + " }",
    "unary-minus-plus": "SELECT * WHERE { FILTER(" + "-(+(" * (N // 2) + "1" + "))" * (N // 2) + " > 0) }",
    "collection": "SELECT * WHERE { ?s ?p " + "( " * N + ")" * N + " }",  # parsing took > 60 s at 5,000
    "path-inverse": "SELECT * WHERE { ?s " + "^(" * N + P + ")" * N + " ?o }",
    # The tokeniser read `<((...?b>` as an IRI and a long string's inner quote as the end of a short
    # string: both hid the brackets that the parser reads as code.
    "hidden-in-iri": "SELECT * WHERE { FILTER(?a<" + "(" * N + "?b>0" + ")" * N + ") }",
    "hidden-by-long-string": 'SELECT * WHERE { FILTER("""x"y""" = ' + "(" * N + '"z"' + ")" * N + ") }",
}


@pytest.mark.parametrize("name", sorted(DEEP))
def test_deep_nesting_is_one_line_exit_2_not_a_crash(built, tmp_path, name):
    """Segfaulted before (the old guard counted only `{` and `(`): not, blank-node-list, hidden-in-iri,
    hidden-by-long-string. The others were refused already and stay here so the new count keeps them."""
    rq = tmp_path / "deep.rq"
    rq.write_text(DEEP[name], encoding="utf-8")
    assert len(DEEP[name]) < 64_000
    run = cli("--build-dir", str(built.build_dir), "sparql", "-i", str(rq))
    assert run.code == 2, (run.code, run.err[-300:])  # -11 (SIGSEGV) before the fix
    assert run.err.startswith(f"error: {rq}: query nested deeper than") and run.err.count("\n") == 1


def test_from_is_refused_not_silently_ignored(built):
    """Before: the FROM clause was overridden by the union default graph and 5,126 quads were counted
    instead of the registry graph's; the help promised dataset clauses were refused."""
    for clause in ("FROM", "FROM NAMED"):
        text = f"SELECT (COUNT(*) AS ?n) {clause} <https://w3id.org/claimgraph/graph/registry> WHERE {{ ?s ?p ?o }}"
        run = cli("--build-dir", str(built.build_dir), "sparql", text)
        assert run.code == 2 and run.out == "", run.out
        assert "dataset clauses (FROM, FROM NAMED) are refused" in run.err and run.err.count("\n") == 1


def test_keywords_inside_names_are_not_refused(built):
    """`?service`, `?from` and a `from:` prefix are names, not SERVICE or FROM (the old `\\bSERVICE\\b`
    refused `?service`)."""
    text = (
        "PREFIX from: <https://w3id.org/claimgraph/ontology#> "
        "ASK { ?service a from:Denial . OPTIONAL { ?service ?from ?o } }"
    )
    run = cli("--build-dir", str(built.build_dir), "sparql", text)
    assert run.code == 0 and run.out.strip() == "true", run.err


def test_ordinary_nesting_still_runs(built):
    run = cli(
        "--build-dir",
        str(built.build_dir),
        "sparql",
        "ASK { " + "{ " * 20 + "?s ?p ?o FILTER(!(!(!bound(?x)))) " + "} " * 20 + "}",
    )
    assert run.code == 0 and run.out.strip() == "true", run.err


# --- property: whatever the guard admits, pyoxigraph parses without crashing -------------------------

PARSER = r"""
import struct, sys
import pyoxigraph as ox
store = ox.Store()
read, write = sys.stdin.buffer, sys.stdout
while True:
    head = read.read(4)
    if len(head) < 4:
        break
    text = read.read(struct.unpack(">I", head)[0]).decode("utf-8")
    try:
        result = store.query(text, use_default_graph_as_union=True)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except Exception:
        pass
    write.write("ok\n")
    write.flush()
"""


PARSE_SECONDS = 3


class Parser:
    """pyoxigraph in a subprocess (main thread, default stack): a crash there fails the example, not pytest."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None

    def survives(self, text: str) -> bool:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", PARSER], stdin=subprocess.PIPE, stdout=subprocess.PIPE
            )
        data = text.encode("utf-8")
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(struct.pack(">I", len(data)) + data)
            self.proc.stdin.flush()
        except BrokenPipeError:
            return False
        ready, _, _ = select.select([self.proc.stdout], [], [], PARSE_SECONDS)
        if not ready:  # slow, not crashed: time is --timeout's business (test_query_timeout.py)
            self.close()
            return True
        return self.proc.stdout.readline() == b"ok\n"

    def close(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


OPENERS = {"{": "}", "(": ")", "[?p ": " ]", "!": "", "!(": ")", "STR(": ")", "^(": ")", "EXISTS {": "}"}
# Text that a tokeniser might misread as a string, IRI or comment, mixed between the openers.
NOISE = ['"""x"y"""', "'''a'b'''", '"', "'", "<", ">", "#", "\n", "?a<", "?b>", '""""', "<a(b)>", " "]


# Small counts, and the depths where pyoxigraph's stack gives out (a few thousand; 10,000 for `!`).
COUNTS = st.one_of(st.integers(1, 200), st.sampled_from([1_000, 3_000, 6_000, 12_000]))


@st.composite
def nestings(draw) -> str:
    parts = draw(
        st.lists(
            st.tuples(st.sampled_from(sorted(OPENERS)), COUNTS, st.sampled_from(NOISE)),
            min_size=1,
            max_size=4,
        )
    )
    head = "".join(opener * count + noise for opener, count, noise in parts)
    tail = "".join(OPENERS[opener] * count for opener, count, _ in reversed(parts))
    prefix = draw(st.sampled_from(["SELECT * WHERE { FILTER(", "SELECT * WHERE { ?s ?p ", "ASK "]))
    return prefix + head + "?a" + tail + draw(st.sampled_from([") }", " }", ""]))


@pytest.fixture(scope="module")
def parser():
    p = Parser()
    yield p
    p.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=nestings())
def test_guard_admits_only_what_parses_without_crashing(parser, text):
    try:
        guard(text)
    except ClaimgraphError:
        return
    assert parser.survives(text), f"admitted by the guard (limit {MAX_NESTING}) but crashed pyoxigraph"
