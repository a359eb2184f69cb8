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

Invalid fixtures marked ``engine: sparql`` are cross-checked with shacl-engine only; invalid core
fixtures are judged by shacl-engine without its SPARQL plugin (``--core-only``: SPARQL is ~90% of its
time here), valid fixtures and the build by the full engine. When comparing result lists with
rdf-validate-shacl, results of SPARQL-based constraints are left out.

Engine defects found and handled here (details in tests/js/shacl-verdict.mjs):
- rdf-validate-shacl throws on sh:sparql: the script removes sh:sparql for it (listed as unsupported);
- rdf-validate-datatype 0.2.2 (its sh:datatype check) rejects every valid xsd:gMonthDay / xsd:gDay:
  the script replaces those two checks (test_rdf_validate_shacl_datatype_fix watches upstream);
- shacl-engine reads rdfs:subClassOf from the shapes graph, not the data graph (rdf-ext/shacl-engine#42):
  the script copies the data graph's rdfs:subClassOf triples into its shapes graph;
- pySHACL types the nested sh:detail results as sh:ValidationResult too: only top-level sh:result
  nodes are read from its report.

The JS side needs ``npm ci`` in tests/js: the session fixture ``js_engines`` (tests/conftest.py,
tests/js_setup.py) runs it when node_modules is missing or stale. Without node or npm, or when the install
fails, the module is skipped with a reason naming what to install and a banner at the end of the run;
under CI (CI set) that is an error instead, so a green CI run cannot silently hide a missing engine.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import rdflib
import yaml
from rdflib import RDF, SH, BNode, Literal, URIRef

from claimgraph.core.namespaces import ID, PREFIXES
from claimgraph.validate import validation

REPO = Path(__file__).resolve().parents[1]
JS_DIR = REPO / "tests" / "js"
SCRIPT = JS_DIR / "shacl-verdict.mjs"
SHAPES_DIR = REPO / "shapes"
FIXTURES = REPO / "tests" / "shapes"
ONTOLOGY_GRAPH = URIRef(f"{ID}graph/ontology")
CGSH = "https://w3id.org/claimgraph/shapes#"
SPARQL_COMPONENTS = {str(SH.SPARQLConstraintComponent)}
NODE = shutil.which("node")
CORE_ONLY = "rdf-validate-shacl"  # SHACL Core only
WITH_SPARQL = "shacl-engine"  # SHACL Core + SHACL-SPARQL
ENGINES = (CORE_ONLY, WITH_SPARQL)

pytestmark = pytest.mark.usefixtures("js_engines")  # installs tests/js, or skips (fails under CI)


# ---------------------------------------------------------------------------------------------------
# Graph helpers


def load_data(dataset_nq: Path) -> rdflib.Graph:
    """Union of every graph of a build except the ontology graph, loaded as `claimgraph validate` does."""
    return validation.load_data([dataset_nq])[0]


load_shapes = validation.load_shapes


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
    unsupported: list[dict] = field(default_factory=list)

    def show(self) -> str:
        lines = [f"{self.engine}: conforms={self.conforms}, {len(self.results)} result(s)"]
        if self.unsupported:
            lines.append(f"  (not checked: {len(self.unsupported)} SHACL-SPARQL constraint(s)/target(s))")
        lines += [
            "  " + " | ".join(f"{k}={r.get(k)}" for k in ("severity", "focus", "path", "shape", "component"))
            for r in self.results
        ]
        return "\n".join(lines)


def js_command(engine: str, data_nt: list[Path], shapes_nt: Path, *, core_only: bool = False) -> list[str]:
    options = ["--engine", engine, "--allow-warnings", *(["--core-only"] if core_only else []), "--batch"]
    return [NODE, str(SCRIPT), *options, str(shapes_nt), *map(str, data_nt)]


def js_verdicts(engine: str, proc: subprocess.CompletedProcess) -> list[Verdict]:
    assert proc.returncode == 0, (
        f"shacl-verdict.mjs --engine {engine} failed ({proc.returncode}):\n{proc.stderr}"
    )
    return [Verdict(engine, v["conforms"], v["results"], v["unsupported"]) for v in json.loads(proc.stdout)]


def run_js(engine: str, data_nt: list[Path], shapes_nt: Path, *, core_only: bool = False) -> list[Verdict]:
    """One node process for any number of data files (batch mode: shapes parsed once)."""
    if not data_nt:
        return []
    command = js_command(engine, data_nt, shapes_nt, core_only=core_only)
    return js_verdicts(engine, subprocess.run(command, capture_output=True, text=True, timeout=900))


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
            first = next(
                (g.value(head, RDF.first) for g in graphs if g.value(head, RDF.first) is not None), None
            )
            if first is None:
                break
            out.append(first)
            head = next(
                (g.value(head, RDF.rest) for g in graphs if g.value(head, RDF.rest) is not None), None
            )
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
    # Top-level results only: pySHACL also types the nested sh:detail results of sh:node etc. as
    # sh:ValidationResult, and they are not results of the report (nor listed by the JS engines).
    top_level = [
        n for rep in report.subjects(RDF.type, SH.ValidationReport) for n in report.objects(rep, SH.result)
    ]
    for node in top_level:
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


def comparable(verdict: Verdict, *, sparql: bool) -> Counter:
    """Results as a multiset, blank nodes anonymised (their labels are engine-specific); without
    SPARQL-based results unless both sides check SHACL-SPARQL."""

    def anon(value):
        return "_:" if value and value.startswith("_:") else value

    return Counter(
        (anon(r["focus"]), r["path"], anon(r["shape"]), r["component"], r["severity"])
        for r in verdict.results
        if sparql or r["component"] not in SPARQL_COMPONENTS
    )


# ---------------------------------------------------------------------------------------------------
# Fixtures of the other suite: tests/shapes/{invalid,valid}/*.ru


@dataclass
class Case:
    path: Path
    kind: str  # "invalid" or "valid"
    header: dict
    update: str
    error: str | None = None  # an unreadable header fails this case's test, not the whole module

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.path.stem}"

    @property
    def engine(self) -> str:
        return str(self.header.get("engine", "core")).strip()

    def engines(self) -> tuple[str, ...]:
        """The JS engines that judge this case. Invalid fixtures (191, one per rule) go to shacl-engine,
        the faster engine and the only one with SHACL-SPARQL; valid fixtures and the build go to both."""
        return (WITH_SPARQL,) if self.kind == "invalid" else ENGINES

    @property
    def expected_path(self) -> str | None:
        value = self.header.get("path")
        return None if value is None or str(value).strip().lower() == "none" else str(value)

    @property
    def breaks_conformance(self) -> bool:
        """Under allow_warnings (as `claimgraph validate` runs), only a Violation breaks conformance."""
        return str(self.header.get("severity", "Violation")).strip() == "Violation"

    def core_only(self, engine: str) -> bool:
        """Whether `engine` may judge this case with SHACL Core alone. An invalid core fixture needs no
        SPARQL (which is 90% of shacl-engine's time here); a valid fixture must conform to all of it."""
        return engine == CORE_ONLY or (self.kind == "invalid" and self.engine != "sparql")


_HEADER = re.compile(r"^#\+(?: (.*))?$")


def read_case(path: Path, kind: str) -> Case:
    text = path.read_text(encoding="utf-8")
    header_lines = [m.group(1) or "" for line in text.splitlines() if (m := _HEADER.match(line))]
    try:
        header = yaml.safe_load("\n".join(header_lines)) if header_lines else {}
        if not isinstance(header or {}, dict):
            raise ValueError("the #+ header is not a YAML mapping")
    except (yaml.YAMLError, ValueError) as exc:
        return Case(path, kind, {}, text, f"{path.name}: bad #+ header: {exc}")
    return Case(path, kind, header or {}, text)


def collect(kind: str) -> list[Case]:
    return [read_case(p, kind) for p in sorted((FIXTURES / kind).glob("*.ru"))]


INVALID = collect("invalid")
VALID = collect("valid")


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
    shapes_nt: Path


@pytest.fixture(scope="module")
def world(built, tmp_path_factory) -> World:
    tmp = tmp_path_factory.mktemp("second-engine")
    data = load_data(built.build_dir / "dataset.nq")
    ontology = validation.load_ontology()
    shapes = load_shapes()
    assert len(shapes) > 0, "no shapes in shapes/*.ttl"
    namespaces = {**PREFIXES, "cgsh": CGSH, **{p: str(n) for p, n in shapes.namespaces() if p}}
    return World(
        data,
        ontology,
        shapes,
        namespaces,
        tmp,
        write_nt(tmp / "shapes.nt", shapes),
    )


def _apply(world: World, case: Case) -> rdflib.Graph:
    graph = copy_graph(world.data)
    graph.update(case.update)
    return graph


class Runs:
    """Each fixture's verdicts. The JS engines judge all fixtures in a few node batches (one per engine and
    mode), started together in the background so that they run while pySHACL works through the
    fixtures in this process; pySHACL's verdict is computed once per fixture."""

    def __init__(self, world: World):
        self.world = world
        self.cases = [c for c in INVALID + VALID if c.error is None]
        self.batches: dict[tuple[str, bool], tuple[list[str], subprocess.Popen]] | None = None
        self.js: dict[tuple[str, bool], dict[str, Verdict]] = {}
        self.py: dict[str, Verdict] = {}

    def start(self) -> None:
        files = {}
        for i, case in enumerate(self.cases):
            try:
                graph = _apply(self.world, case)
            except Exception:  # reported by the case's own test, which applies the update again
                continue
            files[case.id] = write_nt(self.world.dir / f"case-{i}.nt", graph, self.world.ontology)
        groups: dict[tuple[str, bool], list[str]] = {}
        for case in self.cases:
            for engine in case.engines():
                if case.id in files:
                    groups.setdefault((engine, case.core_only(engine)), []).append(case.id)
        self.batches = {}
        for (engine, core_only), ids in groups.items():
            command = js_command(engine, [files[i] for i in ids], self.world.shapes_nt, core_only=core_only)
            out = self.world.dir / f"{engine}-{core_only}"
            with out.with_suffix(".out").open("w") as stdout, out.with_suffix(".err").open("w") as stderr:
                proc = subprocess.Popen(command, stdout=stdout, stderr=stderr)
            self.batches[engine, core_only] = (ids, proc)

    def verdict(self, case: Case, engine: str) -> Verdict:
        if self.batches is None:
            self.start()
        key = (engine, case.core_only(engine))
        if key not in self.js:
            ids, proc = self.batches[key]
            code = proc.wait(timeout=900)
            out = self.world.dir / f"{engine}-{key[1]}"
            done = subprocess.CompletedProcess(
                proc.args, code, out.with_suffix(".out").read_text(), out.with_suffix(".err").read_text()
            )
            self.js[key] = dict(zip(ids, js_verdicts(engine, done), strict=True))
        return self.js[key][case.id]

    def pyshacl(self, case: Case) -> Verdict:
        if case.id not in self.py:
            self.py[case.id] = run_pyshacl(_apply(self.world, case), self.world.shapes, self.world.ontology)
        return self.py[case.id]

    def close(self) -> None:
        for _ids, proc in (self.batches or {}).values():
            if proc.poll() is None:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="module")
def runs(world):
    runs = Runs(world)
    runs.start()
    yield runs
    runs.close()


# ---------------------------------------------------------------------------------------------------
# Tests


NEGATIVE_SHAPES = """\
<urn:s:Person> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/shacl#NodeShape> .
<urn:s:Person> <http://www.w3.org/ns/shacl#targetClass> <urn:c:Person> .
<urn:s:Person> <http://www.w3.org/ns/shacl#property> <urn:s:Person-name> .
<urn:s:Person-name> <http://www.w3.org/ns/shacl#path> <urn:p:name> .
<urn:s:Person-name> <http://www.w3.org/ns/shacl#minCount> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
"""
NEGATIVE_DATA = """\
<urn:x:alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:c:Person> .
<urn:x:alice> <urn:p:name> "Alice" .
<urn:x:bob> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:c:Person> .
"""


@pytest.mark.parametrize("engine", ENGINES)
def test_js_engine_can_fail(engine, tmp_path):
    """Negative control: each JS engine reports an sh:minCount violation (and only that)."""
    (tmp_path / "shapes.nt").write_text(NEGATIVE_SHAPES)
    (tmp_path / "data.nt").write_text(NEGATIVE_DATA)
    proc = subprocess.run(
        [NODE, str(SCRIPT), "--engine", engine, str(tmp_path / "data.nt"), str(tmp_path / "shapes.nt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == {
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
        "unsupported": [],
    }


def test_shacl_sparql_support(tmp_path):
    """rdf-validate-shacl cannot check sh:sparql (the script drops and lists it); shacl-engine can.

    If rdf-validate-shacl gains SHACL-SPARQL, drop the stripping in shacl-verdict.mjs and judge
    `engine: sparql` fixtures with it too.
    """
    shapes = rdflib.Graph().parse(
        format="turtle",
        data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        <urn:s:Thing> a sh:NodeShape ; sh:targetClass <urn:c:Thing> ;
          sh:sparql [ sh:select "SELECT $this ?value WHERE { $this <urn:p:bad> ?value }" ; sh:message "bad" ] .
        """,
    )
    data = rdflib.Graph().parse(format="turtle", data="<urn:x:a> a <urn:c:Thing> ; <urn:p:bad> 1 .")
    data_nt, shapes_nt = write_nt(tmp_path / "data.nt", data), write_nt(tmp_path / "shapes.nt", shapes)
    py = run_pyshacl(data, shapes, rdflib.Graph())
    assert not py.conforms, "control: pySHACL checks sh:sparql"
    [core] = run_js(CORE_ONLY, [data_nt], shapes_nt)
    assert (core.conforms, core.results) == (True, [])
    assert core.unsupported == [{"shape": "urn:s:Thing", "feature": "sh:sparql"}]
    [full] = run_js(WITH_SPARQL, [data_nt], shapes_nt)
    assert not full.conforms and full.unsupported == []
    assert comparable(full, sparql=True) == comparable(py, sparql=True), f"{py.show()}\n\n{full.show()}"


def test_rdf_validate_shacl_datatype_fix(tmp_path):
    """rdf-validate-datatype 0.2.2 gets xsd:gMonthDay and xsd:gDay wrong (patterns without the leading
    dashes); shacl-verdict.mjs replaces the two checks. This test shows the bug is still there upstream
    (when it fails there, drop the fix) and that the fix agrees with XSD 1.1 and with shacl-engine."""
    xsd = "http://www.w3.org/2001/XMLSchema#"
    values = {  # focus -> (literal, well-formed per XSD 1.1)
        "urn:x:md": ('"--01-04"', "gMonthDay", True),
        "urn:x:mdz": ('"--02-29Z"', "gMonthDay", True),
        "urn:x:md-nodash": ('"01-04"', "gMonthDay", False),
        "urn:x:md-range": ('"--04-31"', "gMonthDay", False),
        "urn:x:d": ('"---04"', "gDay", True),
        "urn:x:d-nodash": ('"04"', "gDay", False),
    }
    shapes, data = [], []
    for i, (focus, (lexical, datatype, _ok)) in enumerate(values.items()):
        shape = f"<urn:s:{i}>"
        shapes += [
            f"{shape} <{RDF}type> <{SH}NodeShape> .",
            f"{shape} <{SH}targetNode> <{focus}> .",
            f"{shape} <{SH}property> <urn:s:{i}p> .",
            f"<urn:s:{i}p> <{SH}path> <urn:p:v> .",
            f"<urn:s:{i}p> <{SH}datatype> <{xsd}{datatype}> .",
        ]
        data.append(f"<{focus}> <urn:p:v> {lexical}^^<{xsd}{datatype}> .")
    (tmp_path / "shapes.nt").write_text("\n".join(shapes) + "\n")
    (tmp_path / "data.nt").write_text("\n".join(data) + "\n")
    ill_formed = {focus for focus, (_l, _d, ok) in values.items() if not ok}

    def failing(*options):
        proc = subprocess.run(
            [NODE, str(SCRIPT), *options, str(tmp_path / "data.nt"), str(tmp_path / "shapes.nt")],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        return {r["focus"] for r in json.loads(proc.stdout)["results"]}

    assert failing("--engine", CORE_ONLY, "--no-datatype-fix") == {
        "urn:x:md",
        "urn:x:mdz",
        "urn:x:md-range",
        "urn:x:d",
    }, "rdf-validate-datatype changed: check whether the fix in shacl-verdict.mjs is still needed"
    assert failing("--engine", CORE_ONLY) == ill_formed
    # shacl-engine checks the form but not the day-of-month limit ("--04-31" passes there).
    assert failing("--engine", WITH_SPARQL) == ill_formed - {"urn:x:md-range"}


def test_bad_input_exits_2(tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<urn:a> <urn:b> .\n")
    for args in (
        [str(bad), str(bad)],
        [str(tmp_path / "missing.nt"), str(bad)],
        [str(bad)],
        ["--engine", "nope", str(bad), str(bad)],
    ):
        proc = subprocess.run([NODE, str(SCRIPT), *args], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2, (args, proc.stdout, proc.stderr)
        assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1, proc.stderr


@pytest.fixture(scope="module")
def built_py(world) -> Verdict:
    return run_pyshacl(world.data, world.shapes, world.ontology)


@pytest.fixture(scope="module")
def built_nt(world) -> Path:
    return write_nt(world.dir / "built.nt", world.data, world.ontology)


@pytest.mark.parametrize("engine", ENGINES)
def test_built_graph_conforms_in_both_engines(engine, built_py, built_nt, world):
    py, [js] = built_py, run_js(engine, [built_nt], world.shapes_nt)
    assert (py.conforms, js.conforms) == (True, True), f"{py.show()}\n\n{js.show()}"
    # Beyond the verdict: the same warnings and infos (for rdf-validate-shacl, SPARQL-based ones apart).
    sparql = engine == WITH_SPARQL
    assert comparable(py, sparql=sparql) == comparable(js, sparql=sparql), (
        f"engines report different results\n{py.show()}\n\n{js.show()}"
    )


def test_invalid_fixtures_exist():
    assert INVALID, f"no invalid fixtures found in {FIXTURES / 'invalid'}/*.ru"


def _case_params(cases: list[Case]):
    return [
        pytest.param(case, engine, id=f"{case.id}-{engine}") for case in cases for engine in case.engines()
    ]


@pytest.mark.parametrize(("case", "engine"), _case_params(INVALID))
def test_invalid_fixture_fails_in_both_engines(case, engine, runs, world):
    assert case.error is None, case.error
    assert case.engine in ("core", "sparql"), f"{case.path.name}: engine: must be core or sparql"
    assert case.header.get("shape"), f"{case.path.name}: header has no shape:"
    # pySHACL's verdict on this fixture is pinned to the same header by tests/test_shapes.py (exact shape,
    # path, component and severity), so agreeing with the header is agreeing with pySHACL.
    js = runs.verdict(case, engine)
    assert js.conforms is not case.breaks_conformance, f"{case.id}: {engine} verdict differs\n{js.show()}"
    shape = expand(case.header["shape"], world.namespaces)
    path = expand(case.expected_path, world.namespaces) if case.expected_path else None
    severity = str(SH) + str(case.header.get("severity", "Violation")).strip()
    hits = [
        r
        for r in js.results
        if r["shape"] == shape and (path is None or r["path"] == path) and r["severity"] == severity
    ]
    where = f"shape {shape}" + (f" on path {path}" if path else "") + f" at {severity}"
    assert hits, f"{engine} does not report {where} for {case.id}\n{js.show()}"


@pytest.mark.parametrize(("case", "engine"), _case_params(VALID))
def test_valid_fixture_conforms_in_both_engines(case, engine, runs):
    assert case.error is None, case.error
    py = runs.pyshacl(case)  # while the JS batches run
    js = runs.verdict(case, engine)
    assert (py.conforms, js.conforms) == (True, True), f"{case.id}\n{py.show()}\n\n{js.show()}"
