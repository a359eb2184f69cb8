"""Cross-check pySHACL against two independent JavaScript SHACL engines, run by node.

The engines (tests/js, versions pinned in package.json / package-lock.json):
- rdf-validate-shacl (zazuko): SHACL Core only. It cannot run sh:sparql constraints (it throws on them),
  so tests/js/shacl-verdict.mjs removes them for this engine and lists them as "unsupported";
- shacl-engine (rdf-ext): SHACL Core and SHACL-SPARQL (sh:sparql constraints, SPARQL-based targets).

Every engine sees the same thing, set up exactly as `claimgraph validate` does:
- data: the union of every graph of the build except claimgraph's ontology graph, after a fixture's
  SPARQL Update has been applied (with rdflib, as the fixture format prescribes);
- the ontology (ontology/*.ttl) mixed into the data for the class hierarchy: pySHACL gets it as
  ``ont_graph`` (which it merges into a copy of the data graph); the JS engines get one N-Triples file
  with data and ontology merged, which is the same graph;
- shapes: every shapes/*.ttl merged.

pySHACL runs with ``inference="none", allow_warnings=True, advanced=True``; the JS verdicts mirror
``allow_warnings`` (``--allow-warnings``: sh:Warning and sh:Info results do not break conformance).

Invalid fixtures marked ``engine: sparql`` are cross-checked with shacl-engine only; when comparing
result lists with rdf-validate-shacl, results of SPARQL-based constraints are left out.

The JS side needs ``npm ci`` in tests/js (done by .ci/run). Locally, without node or
tests/js/node_modules, the module is skipped; under CI (CI set) that is an error instead, so a green
CI run cannot silently hide a missing install step.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib
import yaml
from rdflib import RDF, SH, BNode, Literal, URIRef

from claimgraph.namespaces import ID, PREFIXES

REPO = Path(__file__).resolve().parents[1]
JS_DIR = REPO / "tests" / "js"
SCRIPT = JS_DIR / "shacl-verdict.mjs"
SHAPES_DIR = REPO / "shapes"
FIXTURES = REPO / "tests" / "shapes"
ONTOLOGY_GRAPH = URIRef(f"{ID}graph/ontology")
CGSH = "https://w3id.org/claimgraph/shapes#"
NON_BLOCKING = {str(SH.Warning), str(SH.Info)}
SPARQL_COMPONENTS = {str(SH.SPARQLConstraintComponent)}
NODE = shutil.which("node")

_missing = (
    "node is not on PATH"
    if NODE is None
    else "tests/js/node_modules is absent (run: cd tests/js && npm ci)"
    if not (JS_DIR / "node_modules").is_dir()
    else None
)
if _missing and os.environ.get("CI"):
    raise RuntimeError(f"second SHACL engine unavailable under CI: {_missing}")
pytestmark = pytest.mark.skipif(_missing is not None, reason=f"second SHACL engine: {_missing}")


# ---------------------------------------------------------------------------------------------------
# Graph helpers


def load_data(dataset_nq: Path) -> rdflib.Graph:
    """Union of every graph of a build's N-Quads except the ontology graph, as one plain Graph."""
    ds = rdflib.Dataset()
    ds.parse(dataset_nq, format="nquads")
    data = rdflib.Graph()
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g != ONTOLOGY_GRAPH:
            data.add((s, p, o))
    return data


def load_turtle(files: list[Path]) -> rdflib.Graph:
    graph = rdflib.Graph()
    for file in files:
        graph.parse(file, format="turtle")
    return graph


def load_shapes(shapes_dir: Path = SHAPES_DIR) -> rdflib.Graph:
    return load_turtle(sorted(shapes_dir.glob("*.ttl")))


def write_nt(path: Path, *graphs: rdflib.Graph) -> Path:
    """Graphs merged into one N-Triples file (blank node labels are rdflib's, unique per graph)."""
    with path.open("wb") as out:
        for graph in graphs:
            out.write(graph.serialize(format="nt", encoding="utf-8"))
    return path


def copy_graph(graph: rdflib.Graph) -> rdflib.Graph:
    copy = rdflib.Graph()
    for triple in graph:
        copy.add(triple)
    return copy


# ---------------------------------------------------------------------------------------------------
# The two engines, reduced to comparable verdicts


@dataclass
class Verdict:
    engine: str
    conforms: bool
    results: list[dict]

    def show(self) -> str:
        lines = [f"{self.engine}: conforms={self.conforms}, {len(self.results)} result(s)"]
        lines += [
            "  " + " | ".join(f"{k}={r.get(k)}" for k in ("severity", "focus", "path", "shape", "component"))
            for r in self.results
        ]
        return "\n".join(lines)


def run_js(data_nt: list[Path], shapes_nt: Path) -> list[Verdict]:
    """One node process for any number of data files (batch mode: shapes parsed once)."""
    proc = subprocess.run(
        [NODE, str(SCRIPT), "--allow-warnings", "--batch", str(shapes_nt), *map(str, data_nt)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, f"shacl-verdict.mjs failed ({proc.returncode}):\n{proc.stderr}"
    return [Verdict("rdf-validate-shacl", v["conforms"], v["results"]) for v in json.loads(proc.stdout)]


def _term(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return term.n3()
    return str(term)


def _path(term, *graphs: rdflib.Graph) -> str | None:
    """A result path as the JS script writes it: an IRI, or a SPARQL property path for complex ones."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return str(term)

    def one(pred):
        for g in graphs:
            value = g.value(term, pred)
            if value is not None:
                return value
        return None

    def items(head):
        out = []
        while head is not None and head != RDF.nil:
            first = next((g.value(head, RDF.first) for g in graphs if g.value(head, RDF.first) is not None), None)
            if first is None:
                break
            out.append(first)
            head = next((g.value(head, RDF.rest) for g in graphs if g.value(head, RDF.rest) is not None), None)
        return out

    def sub(t):
        return f"<{t}>" if isinstance(t, URIRef) else f"({_path(t, *graphs)})"

    for pred, fmt in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = one(pred)
        if inner is not None:
            return fmt.format(sub(inner))
    inner = one(SH.alternativePath)
    if inner is not None:
        return "|".join(sub(t) for t in items(inner))
    if one(RDF.first) is not None:
        return "/".join(sub(t) for t in items(term))
    return _term(term)


def run_pyshacl(data: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph) -> Verdict:
    import pyshacl

    conforms, report, _text = pyshacl.validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        allow_warnings=True,
        advanced=True,
    )
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            {
                "focus": _term(report.value(node, SH.focusNode)),
                "path": _path(report.value(node, SH.resultPath), report, shapes),
                "shape": _term(report.value(node, SH.sourceShape)),
                "component": _term(report.value(node, SH.sourceConstraintComponent)),
                "severity": _term(report.value(node, SH.resultSeverity)),
            }
        )
    results.sort(key=lambda r: tuple(r[k] or "" for k in ("focus", "shape", "path", "component", "severity")))
    return Verdict("pySHACL", bool(conforms), results)


def comparable(verdict: Verdict) -> Counter:
    """Results both engines can produce, blank nodes anonymised (their labels are engine-specific)."""

    def anon(value):
        return "_:" if value and value.startswith("_:") else value

    return Counter(
        (anon(r["focus"]), r["path"], anon(r["shape"]), r["component"], r["severity"])
        for r in verdict.results
        if r["component"] not in SPARQL_COMPONENTS
    )


def blocking(verdict: Verdict) -> list[dict]:
    return [r for r in verdict.results if r["severity"] not in NON_BLOCKING]


# ---------------------------------------------------------------------------------------------------
# Fixtures of the other suite: tests/shapes/{invalid,valid}/*.ru


@dataclass
class Case:
    path: Path
    kind: str  # "invalid" or "valid"
    header: dict
    update: str

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.path.stem}"


_HEADER = re.compile(r"^#\+ ?(.*)$")


def read_case(path: Path, kind: str) -> Case:
    text = path.read_text(encoding="utf-8")
    header_lines = [m.group(1) for line in text.splitlines() if (m := _HEADER.match(line))]
    header = yaml.safe_load("\n".join(header_lines)) if header_lines else {}
    return Case(path, kind, header or {}, text)


def collect(kind: str) -> list[Case]:
    return [read_case(p, kind) for p in sorted((FIXTURES / kind).glob("*.ru"))]


INVALID = collect("invalid")
VALID = collect("valid")
INVALID_CORE = [c for c in INVALID if str(c.header.get("engine", "core")).strip() != "sparql"]


def expand(curie: str, namespaces: dict[str, str]) -> str:
    """cgsh:Foo, cg:bar, <iri> or a full IRI to an IRI; a path with ^ / | keeps its operators."""
    curie = str(curie).strip()
    if curie.startswith("<") and curie.endswith(">") and " " not in curie:
        return curie[1:-1]
    if re.match(r"^[a-z][a-z0-9+.-]*://", curie):
        return curie
    if re.fullmatch(r"[\w-]*:[\w.-]*", curie):
        prefix, local = curie.split(":", 1)
        if prefix in namespaces:
            return namespaces[prefix] + local
        raise AssertionError(f"unknown prefix in {curie!r}")

    # A complex path written with CURIEs, e.g. ^cg:reportedIn or cg:a/cg:b: expand each CURIE to <iri>.
    def sub(m):
        return f"<{expand(m.group(0), namespaces)}>"

    return re.sub(r"(?<![<\w])[\w-]*:[\w.-]+", sub, curie)


# ---------------------------------------------------------------------------------------------------
# Shared, expensive inputs


@dataclass
class World:
    data: rdflib.Graph
    ontology: rdflib.Graph
    shapes: rdflib.Graph
    namespaces: dict[str, str]
    dir: Path
    ontology_nt: Path
    shapes_nt: Path


@pytest.fixture(scope="module")
def world(built, tmp_path_factory) -> World:
    tmp = tmp_path_factory.mktemp("second-engine")
    data = load_data(built.build_dir / "dataset.nq")
    ontology = load_turtle(sorted(built.ontology_dir.glob("*.ttl")))
    shapes = load_shapes()
    assert len(shapes) > 0, "no shapes in shapes/*.ttl"
    namespaces = {**PREFIXES, "cgsh": CGSH, **{p: str(n) for p, n in shapes.namespaces() if p}}
    return World(
        data,
        ontology,
        shapes,
        namespaces,
        tmp,
        write_nt(tmp / "ontology.nt", ontology),
        write_nt(tmp / "shapes.nt", shapes),
    )


def _apply(world: World, case: Case) -> rdflib.Graph:
    graph = copy_graph(world.data)
    graph.update(case.update)
    return graph


@pytest.fixture(scope="module")
def js_cases(world) -> dict[str, Verdict]:
    """The JS verdict of every fixture, from one node process."""
    cases = INVALID_CORE + VALID
    if not cases:
        return {}
    files = []
    for i, case in enumerate(cases):
        files.append(write_nt(world.dir / f"case-{i}.nt", _apply(world, case), world.ontology))
    return dict(zip((c.id for c in cases), run_js(files, world.shapes_nt), strict=True))


# ---------------------------------------------------------------------------------------------------
# Tests


def test_js_engine_can_fail(tmp_path):
    """Negative control: the JS engine reports an sh:minCount violation (and only that)."""
    shapes = tmp_path / "shapes.nt"
    shapes.write_text(
        "<urn:s:Person> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/shacl#NodeShape> .\n"
        "<urn:s:Person> <http://www.w3.org/ns/shacl#targetClass> <urn:c:Person> .\n"
        "<urn:s:Person> <http://www.w3.org/ns/shacl#property> <urn:s:Person-name> .\n"
        "<urn:s:Person-name> <http://www.w3.org/ns/shacl#path> <urn:p:name> .\n"
        '<urn:s:Person-name> <http://www.w3.org/ns/shacl#minCount> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    )
    data = tmp_path / "data.nt"
    data.write_text(
        "<urn:x:alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:c:Person> .\n"
        '<urn:x:alice> <urn:p:name> "Alice" .\n'
        "<urn:x:bob> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:c:Person> .\n"
    )
    proc = subprocess.run([NODE, str(SCRIPT), str(data), str(shapes)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    verdict = json.loads(proc.stdout)
    assert verdict == {
        "conforms": False,
        "results": [
            {
                "focus": "urn:x:bob",
                "path": "urn:p:name",
                "shape": "urn:s:Person-name",
                "component": str(SH.MinCountConstraintComponent),
                "severity": str(SH.Violation),
                "value": None,
            }
        ],
    }


def test_js_engine_ignores_sparql_constraints(tmp_path):
    """rdf-validate-shacl has no SHACL-SPARQL: a violated sh:sparql constraint is silently not checked.

    If this starts failing, the engine gained SPARQL support: then `engine: sparql` fixtures can be
    cross-checked too.
    """
    shapes = rdflib.Graph().parse(
        format="turtle",
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s:Thing> a sh:NodeShape ; sh:targetClass <urn:c:Thing> ;
          sh:sparql [ sh:select "SELECT $this WHERE { $this <urn:p:bad> ?x }" ; sh:message "bad" ] .
        """,
    )
    data = rdflib.Graph().parse(format="turtle", data="<urn:x:a> a <urn:c:Thing> ; <urn:p:bad> 1 .")
    [js] = run_js([write_nt(tmp_path / "data.nt", data)], write_nt(tmp_path / "shapes.nt", shapes))
    assert js.conforms and js.results == []
    py = run_pyshacl(data, shapes, rdflib.Graph())
    assert not py.conforms, "control: pySHACL does check sh:sparql"


def test_bad_input_exits_2(tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<urn:a> <urn:b> .\n")
    for args in ([str(bad), str(bad)], [str(tmp_path / "missing.nt"), str(bad)], [str(bad)]):
        proc = subprocess.run([NODE, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


def test_built_graph_conforms_in_both_engines(world):
    js = run_js([write_nt(world.dir / "built.nt", world.data, world.ontology)], world.shapes_nt)[0]
    py = run_pyshacl(world.data, world.shapes, world.ontology)
    assert (py.conforms, js.conforms) == (True, True), f"{py.show()}\n\n{js.show()}"
    # Beyond the verdict: the same warnings and infos (SPARQL-based results apart; see module doc).
    assert comparable(py) == comparable(js), f"engines report different results\n{py.show()}\n\n{js.show()}"


def test_invalid_fixtures_exist():
    assert INVALID, f"no invalid fixtures found in {FIXTURES / 'invalid'}/*.ru"


@pytest.mark.parametrize("case", INVALID_CORE, ids=lambda c: c.id)
def test_invalid_fixture_fails_in_both_engines(case, world, js_cases):
    js = js_cases[case.id]
    py = run_pyshacl(_apply(world, case), world.shapes, world.ontology)
    assert not py.conforms, f"pySHACL accepts {case.id}\n{py.show()}"
    assert not js.conforms, f"rdf-validate-shacl accepts {case.id}\n{py.show()}\n\n{js.show()}"
    assert "shape" in case.header, f"{case.path.name}: header has no shape:"
    shape = expand(case.header["shape"], world.namespaces)
    path = expand(case.header["path"], world.namespaces) if case.header.get("path") else None
    hits = [r for r in js.results if r["shape"] == shape and (path is None or r["path"] == path)]
    assert hits, (
        f"rdf-validate-shacl does not report shape {shape}" + (f" on path {path}" if path else "")
        + f" for {case.id}\n{py.show()}\n\n{js.show()}"
    )


@pytest.mark.parametrize("case", VALID, ids=lambda c: c.id)
def test_valid_fixture_conforms_in_both_engines(case, world, js_cases):
    js = js_cases[case.id]
    py = run_pyshacl(_apply(world, case), world.shapes, world.ontology)
    assert (py.conforms, js.conforms) == (True, True), f"{case.id}\n{py.show()}\n\n{js.show()}"
