"""The SHACL shapes (shapes/*.ttl) against the build of the packaged data, and must-fire fixtures.

Validation runs as `claimgraph validate` runs it:
- data: the union of every graph of the build except id:graph/ontology (one rdflib Graph);
- ont_graph: ontology/claimgraph.ttl + ontology/vocabularies.ttl, for rdfs:subClassOf in sh:targetClass
  and sh:class (pySHACL mixes it into a copy of the data); never an OWL RL closure;
- shapes: every shapes/*.ttl merged;
- pyshacl.validate(..., inference="none", allow_warnings=True, advanced=True).

Fixtures (tests/shapes/):
- invalid/<rule>.ru: a SPARQL 1.1 Update applied with rdflib to a copy of the data that breaks exactly one
  rule. Its `#+ ` header (YAML) names the rule: shape, path (or `none`), component, severity, engine
  (core or sparql) and optionally the focus node(s); `component` may list several components of that one
  shape when one edit necessarily breaks them together. The report must hold exactly that rule.
- valid/<case>.ru: an edge case that must keep the graph conforming, with a `#+ description:`.

Every constraint shape has a fixture, every predicate and class the build writes is covered by a shape,
and every shape is named, labelled and carries its message and severity. The fixtures are validated
in a pool of worker processes (one per CPU, fork) to keep this module within its time budget.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import traceback
from dataclasses import dataclass
from pathlib import Path

import pyshacl
import pytest
import rdflib
import yaml
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS

from claimgraph.core.namespaces import PREFIXES
from claimgraph.validate.validation import load_ontology, load_shapes

REPO = Path(__file__).resolve().parents[1]
SHAPES_DIR = REPO / "shapes"
FIXTURES = REPO / "tests" / "shapes"
CGSH = "https://w3id.org/claimgraph/shapes#"
CG = PREFIXES["cg"]
CGV = PREFIXES["cgv"]
ONTOLOGY_GRAPH = URIRef(PREFIXES["id"] + "graph/ontology")
NAMESPACES = {**PREFIXES, "cgsh": CGSH}
SEVERITIES = ("Violation", "Warning", "Info")
HEADER_KEYS = {"shape", "focus", "path", "component", "severity", "engine"}

# Parameters whose presence makes a shape a constraint (sh:property and sh:targets do not).
CONSTRAINT_PARAMETERS = {
    SH[name]
    for name in (
        *("class", "datatype", "nodeKind", "minCount", "maxCount", "minExclusive", "minInclusive"),
        *("maxExclusive", "maxInclusive", "minLength", "maxLength", "pattern", "languageIn", "uniqueLang"),
        *("equals", "disjoint", "lessThan", "lessThanOrEquals", "not", "and", "or", "xone", "node"),
        *("qualifiedValueShape", "closed", "hasValue", "in", "sparql"),
    )
}
# Parameters that point at other shapes: a shape only referenced this way is a helper, judged through the
# shape that refers to it.
SHAPE_REFERENCES = (SH["or"], SH["and"], SH.xone, SH["not"], SH.node, SH.qualifiedValueShape)
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target)


# ---------------------------------------------------------------------------------------------------
# Terms, paths and graphs


def expand(curie: str) -> URIRef:
    """cgsh:Foo, id:claim/x/y or <iri> to an IRI."""
    text = str(curie).strip()
    if text.startswith("<") and text.endswith(">"):
        return URIRef(text[1:-1])
    prefix, sep, local = text.partition(":")
    if not sep or prefix not in NAMESPACES:
        raise ValueError(f"not a CURIE with a known prefix: {curie!r}")
    return URIRef(NAMESPACES[prefix] + local)


def path_text(graph: rdflib.Graph, path) -> str:
    """A SHACL path as text: an IRI, ^inverse, a/b sequence, a|b alternatives, p* p+ p?."""
    if isinstance(path, URIRef):
        return str(path)
    for predicate, fmt in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = graph.value(path, predicate)
        if inner is not None:
            return fmt.format(path_text(graph, inner))
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(path_text(graph, p) for p in Collection(graph, alternatives))
    if (path, RDF.first, None) in graph:
        return "/".join(path_text(graph, p) for p in Collection(graph, path))
    raise ValueError(f"not a SHACL path: {path!r}")


def header_path(text) -> str | None:
    """`none`, prov:wasAttributedTo, ^prov:qualifiedAttribution, oa:hasSelector/rdf:type or void:a|void:b."""
    text = str(text).strip()
    if text == "none":
        return None

    def step(curie: str) -> str:
        return "^" + str(expand(curie[1:])) if curie.startswith("^") else str(expand(curie))

    separator = "|" if "|" in text else "/"
    return separator.join(step(s) for s in text.split(separator))


def path_predicates(graph: rdflib.Graph, path) -> set[URIRef]:
    """Every predicate IRI a SHACL path mentions."""
    if isinstance(path, URIRef):
        return {path}
    found: set[URIRef] = set()
    for predicate in (SH.inversePath, SH.zeroOrMorePath, SH.oneOrMorePath, SH.zeroOrOnePath):
        inner = graph.value(path, predicate)
        if inner is not None:
            found |= path_predicates(graph, inner)
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        for p in Collection(graph, alternatives):
            found |= path_predicates(graph, p)
    if (path, RDF.first, None) in graph:
        for p in Collection(graph, path):
            found |= path_predicates(graph, p)
    return found


def copy_graph(graph: rdflib.Graph) -> rdflib.Graph:
    copy = rdflib.Graph()
    copy.addN((s, p, o, copy) for s, p, o in graph)
    return copy


# ---------------------------------------------------------------------------------------------------
# Validation, exactly as `claimgraph validate` runs it


@dataclass(frozen=True)
class Row:
    """One top-level result of a report, as comparable text."""

    shape: str | None
    path: str | None
    component: str
    severity: str
    focus: str

    @property
    def rule(self) -> tuple:
        return (self.shape, self.path, self.component, self.severity)


def validate(data: rdflib.Graph, shapes: rdflib.Graph, ontology: rdflib.Graph) -> tuple[bool, list[Row]]:
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", allow_warnings=True, advanced=True
    )
    rows = []
    # Top-level results only: pySHACL types the nested sh:detail results of sh:or etc. as sh:ValidationResult too.
    for node in (
        n for rep in report.subjects(RDF.type, SH.ValidationReport) for n in report.objects(rep, SH.result)
    ):
        shape = report.value(node, SH.sourceShape)
        path = report.value(node, SH.resultPath)
        rows.append(
            Row(
                shape=None if shape is None or isinstance(shape, BNode) else str(shape),
                path=None if path is None else path_text(report, path),
                component=str(report.value(node, SH.sourceConstraintComponent)),
                severity=str(report.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
                focus=str(report.value(node, SH.focusNode)),
            )
        )
    return bool(conforms), sorted(rows, key=lambda r: tuple(str(x) for x in (*r.rule, r.focus)))


@dataclass
class World:
    data: rdflib.Graph
    ontology: rdflib.Graph
    shapes: rdflib.Graph
    build_classes: set[URIRef]
    build_predicates: set[URIRef]


def restore_rdflib_literal_conversions() -> None:
    """Undo what an OWL RL closure run earlier in this process (tests of the ontology and `check`) left
    behind: owlrl replaces rdflib's lexical-to-value conversions and never puts them back, and its
    xsd:gMonthDay conversion rejects every valid value ("--01-29"), so pySHACL would reject the build's
    partial dates. Literals are typed when made: call this before parsing."""
    mapping = rdflib.term._toPythonMapping
    mapping.update(rdflib.term.XSDToPython)
    for datatype, convert in list(mapping.items()):
        if (getattr(convert, "__module__", None) or "").startswith("owlrl"):
            del mapping[datatype]


def load_world(dataset_nq: Path) -> World:
    restore_rdflib_literal_conversions()
    dataset = rdflib.Dataset()
    dataset.parse(dataset_nq, format="nquads")
    data = rdflib.Graph()
    for s, p, o, g in dataset.quads((None, None, None, None)):
        if g != ONTOLOGY_GRAPH:
            data.add((s, p, o))
    ontology = load_ontology()
    return World(
        data=data,
        ontology=ontology,
        shapes=load_shapes(),
        build_classes=set(data.objects(None, RDF.type)),
        build_predicates=set(data.predicates()),
    )


# ---------------------------------------------------------------------------------------------------
# Fixtures


@dataclass
class Fixture:
    path: Path
    kind: str  # invalid | valid
    header: dict
    text: str
    error: str | None = None  # an unreadable header fails this fixture's test, not the collection

    @property
    def id(self) -> str:
        return f"{self.kind}/{self.path.stem}"


_HEADER = re.compile(r"^#\+(?: (.*))?$")


def read_fixture(path: Path, kind: str) -> Fixture:
    text = path.read_text(encoding="utf-8")
    lines = [m.group(1) or "" for line in text.splitlines() if (m := _HEADER.match(line))]
    try:
        header = yaml.safe_load("\n".join(lines)) if lines else None
        if not isinstance(header, dict):
            raise ValueError("no #+ YAML mapping header")
    except (yaml.YAMLError, ValueError) as exc:
        return Fixture(path, kind, {}, text, f"{path.name}: bad #+ header: {exc}")
    return Fixture(path, kind, header, text)


def collect(kind: str) -> list[Fixture]:
    return [read_fixture(p, kind) for p in sorted((FIXTURES / kind).glob("*.ru"))]


INVALID = collect("invalid")
VALID = collect("valid")


def as_list(value) -> list:
    return value if isinstance(value, list) else [value]


@dataclass(frozen=True)
class Expected:
    rules: frozenset[tuple]
    focus: frozenset[str] | None


def expected(fixture: Fixture) -> Expected:
    h = fixture.header
    unknown = set(h) - HEADER_KEYS
    assert not unknown, f"{fixture.path.name}: unknown header keys {sorted(unknown)}"
    missing = {"shape", "path", "component", "severity", "engine"} - set(h)
    assert not missing, f"{fixture.path.name}: header lacks {sorted(missing)}"
    assert h["severity"] in SEVERITIES, f"{fixture.path.name}: severity is one of {SEVERITIES}"
    shape = str(expand(h["shape"]))
    path = header_path(h["path"])
    components = [str(expand(c)) for c in as_list(h["component"])]
    sparql = str(SH.SPARQLConstraintComponent) in components
    assert h["engine"] == ("sparql" if sparql else "core"), (
        f"{fixture.path.name}: engine is 'sparql' exactly when the component is sh:SPARQLConstraintComponent"
    )
    focus = None if "focus" not in h else frozenset(str(expand(f)) for f in as_list(h["focus"]))
    return Expected(frozenset((shape, path, c, h["severity"]) for c in components), focus)


# Validating a fixture: a copy of the data, the update applied, the whole graph validated. The work is
# spread over worker processes forked after the world is loaded (they inherit it).

_WORLD: World | None = None


def _run(item: tuple[str, str]) -> tuple[str, object]:
    fixture_id, update = item
    try:
        assert _WORLD is not None
        graph = copy_graph(_WORLD.data)
        before = len(graph)
        graph.update(update)
        changed = len(graph) != before or set(graph) != set(_WORLD.data)
        conforms, rows = validate(graph, _WORLD.shapes, _WORLD.ontology)
        return fixture_id, (changed, conforms, rows)
    except Exception:
        return fixture_id, traceback.format_exc()


def run_all(world: World, fixtures: list[Fixture]) -> dict[str, object]:
    global _WORLD
    _WORLD = world
    items = [(f.id, f.text) for f in fixtures if f.error is None]
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    workers = min(cpus, 8, len(items))
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            return dict(pool.imap_unordered(_run, items, chunksize=1))
    return dict(map(_run, items))


@pytest.fixture(scope="session")
def world(built) -> World:
    return load_world(built.build_dir / "dataset.nq")


@pytest.fixture(scope="session")
def outcomes(request, world) -> dict[str, object]:
    """The fixtures the selected tests need (all of them in a full run), validated once."""
    selected = {
        item.callspec.params["case"].id
        for item in request.session.items
        if hasattr(item, "callspec") and isinstance(item.callspec.params.get("case"), Fixture)
    }
    return run_all(world, [f for f in INVALID + VALID if f.id in selected])


def outcome(outcomes: dict[str, object], fixture: Fixture) -> tuple[bool, bool, list[Row]]:
    assert fixture.error is None, fixture.error
    result = outcomes[fixture.id]
    if isinstance(result, str):
        pytest.fail(f"{fixture.path.name}: applying or validating failed:\n{result}")
    return result


def show(rows: list[Row]) -> str:
    return "\n".join(f"  {r.severity} {r.shape} | {r.path} | {r.component} | focus {r.focus}" for r in rows)


# ---------------------------------------------------------------------------------------------------
# Shapes graph helpers


def shape_nodes(shapes: rdflib.Graph) -> set:
    nodes = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    nodes |= set(shapes.objects(None, SH.property)) | set(shapes.subjects(SH.path, None))
    for predicate in SHAPE_REFERENCES:
        for _s, o in shapes.subject_objects(predicate):
            nodes |= set(Collection(shapes, o)) if (o, RDF.first, None) in shapes else {o}
    return nodes


def helper_shapes(shapes: rdflib.Graph) -> set:
    """Shapes used only inside sh:or / sh:not / sh:node / sh:qualifiedValueShape of another shape."""
    helpers = set()
    for predicate in SHAPE_REFERENCES:
        for _s, o in shapes.subject_objects(predicate):
            helpers |= set(Collection(shapes, o)) if (o, RDF.first, None) in shapes else {o}
    return {h for h in helpers if not any((h, t, None) in shapes for t in TARGETS)}


def constraint_shapes(shapes: rdflib.Graph) -> set:
    """Shapes whose results a report can hold: they carry a constraint and are not helpers."""
    helpers = helper_shapes(shapes)
    return {
        s
        for s in shape_nodes(shapes)
        if s not in helpers and any(p in CONSTRAINT_PARAMETERS for p in shapes.predicates(s))
    }


def rdf_list(graph: rdflib.Graph, node) -> list:
    return list(Collection(graph, node)) if node is not None else []


# ---------------------------------------------------------------------------------------------------
# The build conforms


def test_build_conforms_without_any_result(world):
    conforms, rows = validate(world.data, world.shapes, world.ontology)
    assert conforms and not rows, f"the build does not conform:\n{show(rows)}"


def test_partial_dates_are_not_ill_typed(world):
    """Guard for restore_rdflib_literal_conversions: the build's xsd:gMonthDay dates are well-typed."""
    dates = [o for o in world.data.objects(None, URIRef(CG + "date")) if "gMonthDay" in str(o.datatype)]
    assert dates and not any(d.ill_typed for d in dates)


def test_validation_sees_the_data_and_the_class_hierarchy(world):
    """Guard against a vacuous pass: shapes target real nodes, found through rdfs:subClassOf."""
    claims = set(world.data.subjects(RDF.type, URIRef(CG + "Accusation")))
    assert claims and not set(world.data.subjects(RDF.type, URIRef(CG + "Claim")))
    assert (URIRef(CG + "Accusation"), RDFS.subClassOf, URIRef(CG + "Claim")) in world.ontology
    assert (None, SH.targetClass, URIRef(CG + "Claim")) in world.shapes


# ---------------------------------------------------------------------------------------------------
# Fixtures: every one breaks exactly its rule, or keeps the graph conforming


def test_fixtures_are_there():
    """A collector that finds nothing must fail, not pass vacuously."""
    shapes = load_shapes()
    assert len(INVALID) >= len(constraint_shapes(shapes)) > 100, "invalid fixtures missing"
    assert len(VALID) >= 5, "valid fixtures missing"


def test_fixture_files_are_plain_updates():
    for fixture in INVALID + VALID:
        body = "\n".join(line for line in fixture.text.splitlines() if not line.lstrip().startswith("#"))
        body = re.sub(r'<[^>\s]*>|"[^"]*"', " ", body)  # IRIs and strings may say "graph"
        assert not re.search(r"\bGRAPH\b", body, re.IGNORECASE), f"{fixture.path.name}: no GRAPH clauses"
        assert re.search(r"\b(INSERT|DELETE)\b", body, re.IGNORECASE), f"{fixture.path.name}: not an update"


@pytest.mark.parametrize("case", INVALID, ids=lambda f: f.path.stem)
def test_invalid_fixture_breaks_exactly_its_rule(case, outcomes):
    changed, conforms, rows = outcome(outcomes, case)
    want = expected(case)
    assert changed, f"{case.path.name}: the update changed nothing"
    assert rows, f"{case.path.name}: no result at all; expected {sorted(want.rules)}"
    got = {r.rule for r in rows}
    assert got == want.rules, f"{case.path.name}: expected exactly {sorted(want.rules)}\ngot:\n{show(rows)}"
    if case.header["severity"] == "Violation":
        assert not conforms, f"{case.path.name}: a violation must make the graph non-conforming"
    else:
        assert conforms, f"{case.path.name}: a {case.header['severity']} alone keeps the graph conforming"
    if want.focus is not None:
        assert {r.focus for r in rows} == want.focus, f"{case.path.name}: focus nodes\n{show(rows)}"


@pytest.mark.parametrize("case", VALID, ids=lambda f: f.path.stem)
def test_valid_fixture_conforms(case, outcomes):
    assert case.error is None, case.error
    assert str(case.header.get("description", "")).strip(), f"{case.path.name}: needs a description"
    changed, conforms, rows = outcome(outcomes, case)
    assert changed, f"{case.path.name}: the update changed nothing"
    assert conforms and not rows, f"{case.path.name}: must conform without any result:\n{show(rows)}"


# An inverse path and a SPARQL constraint with two focus nodes, plus every sh:or fixture: claimgraph stops
# checking sh:or members at the first that conforms (claimgraph.validate.pyshacl_tuning), this module never does.
SAME_AS_CLAIMGRAPH = ["Attribution-claim", "Place-noCycle"] + [
    f.path.stem for f in INVALID if "sh:OrConstraintComponent" in as_list(f.header.get("component"))
]


@pytest.mark.parametrize("name", SAME_AS_CLAIMGRAPH)
def test_same_results_as_claimgraph_validate(world, name):
    """This module validates as `claimgraph validate` does, which runs pySHACL tuned: the same results
    through claimgraph.validate.validation."""
    from claimgraph.validate.validation import validate as claimgraph_validate

    [case] = [f for f in INVALID if f.path.stem == name]
    graph = copy_graph(world.data)
    graph.update(case.text)
    _conforms, rows = validate(graph, world.shapes, world.ontology)
    report = claimgraph_validate(graph, world.shapes, world.ontology)
    theirs = {(r.shape, r.path, r.component, r.severity, r.focus) for r in report.results}
    ours = {(r.shape, r.path, r.component.rsplit("#", 1)[-1], r.severity, r.focus) for r in rows}
    assert ours and theirs == ours


@pytest.mark.parametrize("name", SAME_AS_CLAIMGRAPH)
def test_targets_within_home_keep_exactly_the_results_about_home(world, name):
    """Per-article validation leaves out of the targets the nodes whose results it would discard
    (claimgraph.validate.pyshacl_tuning.focus_nodes_within): the results about the other nodes must not change,
    though their sh:or members are checked against values (actors, places) that are outside home."""
    from claimgraph.validate.pyshacl_tuning import focus_nodes_within

    [case] = [f for f in INVALID if f.path.stem == name]
    graph = copy_graph(world.data)
    graph.update(case.text)
    _conforms, rows = validate(graph, world.shapes, world.ontology)
    focus = sorted({r.focus for r in rows})
    assert focus
    for home in (set(focus), set(focus[1:])):
        with focus_nodes_within(home.__contains__):
            _conforms, within = validate(graph, world.shapes, world.ontology)
        assert within == [r for r in rows if r.focus in home], f"home: {sorted(home)}"


def test_sh_or_fixtures_are_compared():
    assert len(SAME_AS_CLAIMGRAPH) >= 15


@pytest.mark.parametrize("case", VALID, ids=lambda f: f.path.stem)
def test_valid_fixture_conforms_in_claimgraph_validate(world, case):
    """Edge cases that conform through a later sh:or member conform for the tuned validation too."""
    from claimgraph.validate.validation import validate as claimgraph_validate

    graph = copy_graph(world.data)
    graph.update(case.text)
    report = claimgraph_validate(graph, world.shapes, world.ontology)
    assert not report.results, f"{case.path.name}: {report.results[:3]}"


def test_every_constraint_shape_has_an_invalid_fixture():
    shapes = load_shapes()
    wanted = {str(s) for s in constraint_shapes(shapes)}
    covered = {str(expand(f.header["shape"])) for f in INVALID if f.error is None and "shape" in f.header}
    assert not sorted(wanted - covered), (
        f"constraint shapes without an invalid fixture: {sorted(wanted - covered)}"
    )
    unknown = covered - wanted
    assert not unknown, f"fixtures name shapes that are not constraint shapes: {sorted(unknown)}"


def test_every_sparql_constraint_has_an_invalid_fixture():
    shapes = load_shapes()
    holders = {str(s) for s in shapes.subjects(SH.sparql, None)}
    assert holders, "no SPARQL-based constraint found"
    sparql_fixtures = {
        str(expand(f.header["shape"]))
        for f in INVALID
        if f.error is None and f.header.get("engine") == "sparql"
    }
    assert holders <= sparql_fixtures, (
        f"SPARQL constraints without a fixture: {sorted(holders - sparql_fixtures)}"
    )


def test_helper_shapes_are_used():
    """A shape without targets is referenced by another shape; otherwise it checks nothing."""
    shapes = load_shapes()
    referenced = {o for p in (SH.property, *SHAPE_REFERENCES) for o in shapes.objects(None, p)}
    for _s, o in shapes.subject_objects(None):
        if (o, RDF.first, None) in shapes:
            referenced |= set(Collection(shapes, o))
    orphans = [
        s
        for s in shape_nodes(shapes)
        if s not in referenced and not any((s, t, None) in shapes for t in TARGETS)
    ]
    assert not orphans, f"shapes that nothing targets or references: {sorted(orphans)}"


# ---------------------------------------------------------------------------------------------------
# Coverage: every predicate and class of the build is constrained


def test_every_predicate_and_class_of_the_build_is_constrained(world):
    shapes = world.shapes
    paths = set()
    for path in shapes.objects(None, SH.path):
        paths |= path_predicates(shapes, path)
    classes = set(shapes.objects(None, SH.targetClass)) | set(shapes.objects(None, SH["class"]))
    uncovered_predicates = sorted(world.build_predicates - paths)
    uncovered_classes = sorted(world.build_classes - classes)
    assert not uncovered_predicates and not uncovered_classes, (
        f"predicates no shape has as sh:path: {uncovered_predicates}\n"
        f"classes no shape has as sh:targetClass or sh:class: {uncovered_classes}"
    )
    assert len(world.build_predicates) > 80 and len(world.build_classes) > 35


def test_closed_shapes_allow_exactly_the_checked_properties():
    """A closed shape's sh:ignoredProperties lists what it allows: each is on the path of some shape, and
    the path of every property shape sharing a target with the closed shape is allowed by it."""
    shapes = load_shapes()
    all_paths = set()
    for path in shapes.objects(None, SH.path):
        all_paths |= path_predicates(shapes, path)
    closed = list(shapes.subjects(SH.closed, Literal(True)))
    assert len(closed) >= 14
    for shape in closed:
        allowed = set(rdf_list(shapes, shapes.value(shape, SH.ignoredProperties)))
        assert RDF.type in allowed, f"{shape}: rdf:type is allowed"
        unchecked = sorted(allowed - all_paths - {RDF.type})
        assert not unchecked, f"{shape}: allows properties no shape checks: {unchecked}"
        targets = {(t, o) for t in TARGETS for o in shapes.objects(shape, t)}
        for prop in set(shapes.subjects(RDF.type, SH.PropertyShape)):
            path = shapes.value(prop, SH.path)
            prop_targets = {(t, o) for t in TARGETS for o in shapes.objects(prop, t)}
            if isinstance(path, URIRef) and prop_targets & targets and path != RDF.type:
                assert path in allowed, f"{shape} is closed but forbids {path}, which {prop} checks"


# ---------------------------------------------------------------------------------------------------
# Style


def test_every_shape_is_named_labelled_and_has_message_and_severity():
    shapes = load_shapes()
    problems = []
    for shape in sorted(shape_nodes(shapes), key=str):
        if isinstance(shape, BNode) or not str(shape).startswith(CGSH):
            problems.append(f"{shape}: not a named cgsh: IRI")
            continue
        if not any(
            isinstance(lab, Literal) and lab.language == "en" for lab in shapes.objects(shape, RDFS.label)
        ):
            problems.append(f"{shape}: no rdfs:label@en")
        if any(p in CONSTRAINT_PARAMETERS for p in shapes.predicates(shape)):
            if not any(
                isinstance(m, Literal) and m.language == "en" for m in shapes.objects(shape, SH.message)
            ):
                problems.append(f"{shape}: constraint without sh:message@en")
            if shapes.value(shape, SH.severity) not in (SH.Violation, SH.Warning, SH.Info):
                problems.append(f"{shape}: constraint without an explicit sh:severity")
    for helper in helper_shapes(shapes):
        # pySHACL lets a failing shape of severity sh:Warning or sh:Info conform under allow_warnings, also
        # inside sh:or / sh:not: such a helper would never fail.
        if shapes.value(helper, SH.severity) != SH.Violation:
            problems.append(f"{helper}: a helper shape must have severity sh:Violation")
    for constraint in set(shapes.objects(None, SH.sparql)):
        if isinstance(constraint, BNode):
            problems.append(
                f"a SPARQL constraint of {shapes.value(None, SH.sparql, constraint)} is a blank node"
            )
        if not any(m.language == "en" for m in shapes.objects(constraint, SH.message)):
            problems.append(f"{constraint}: SPARQL constraint without sh:message@en")
    assert not problems, "\n".join(problems)
    assert len(shape_nodes(shapes)) > 150


def test_one_shape_file_per_concern():
    names = {p.stem for p in SHAPES_DIR.glob("*.ttl")}
    assert names == {
        "articles",
        "actors",
        "places",
        "events",
        "claims",
        "casualty",
        "evidence",
        "provenance",
        "dataset",
    }
    for path in SHAPES_DIR.glob("*.ttl"):
        text = path.read_text(encoding="utf-8")
        assert f"@prefix cgsh:    <{CGSH}> ." in text, f"{path.name}: declares cgsh:"


# ---------------------------------------------------------------------------------------------------
# Lists that repeat the ontology stay in step with it


def scheme_members(ontology: rdflib.Graph, scheme: str) -> set[URIRef]:
    return set(ontology.subjects(SKOS.inScheme, URIRef(CGV + scheme)))


def subclasses(ontology: rdflib.Graph, cls: str) -> set[URIRef]:
    found, todo = set(), [URIRef(CG + cls)]
    while todo:
        for sub in ontology.subjects(RDFS.subClassOf, todo.pop()):
            if sub not in found:
                found.add(sub)
                todo.append(sub)
    return found


@pytest.mark.parametrize(
    ("shape", "kind", "name"),
    [
        ("Event-eventType", "scheme", "event-types"),
        ("Casualty-outcome", "scheme", "outcomes"),
        ("Casualty-victimCategory", "scheme", "victim-categories"),
        ("Casualty-hedge", "scheme", "hedges"),
        ("Claim-reviewStatus", "scheme", "review-statuses"),
        ("Claim-type", "subclasses", "Claim"),
        ("Actor-type", "subclasses", "Actor"),
        ("Place-level", "subclasses", "Place"),
    ],
)
def test_lists_match_the_ontology(shape, kind, name):
    shapes = load_shapes()
    ontology = load_ontology()
    listed = set(rdf_list(shapes, shapes.value(URIRef(CGSH + shape), SH["in"])))
    truth = scheme_members(ontology, name) if kind == "scheme" else subclasses(ontology, name)
    assert truth, f"nothing found for {name} in the ontology"
    assert listed == truth, f"cgsh:{shape} sh:in differs from the ontology: {sorted(listed ^ truth)}"
    if kind == "subclasses":
        assert all((t, RDF.type, OWL.Class) in ontology for t in truth)
