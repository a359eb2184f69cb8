"""Per-article validation (claimgraph.validate.partitioned) reports exactly what whole-graph validation reports.

Checked on the curated build, on a synthetic corpus with seeded errors (tests/partitioned/seeded/*.ru,
SPARQL updates that name the graph they break, applied losslessly with rdflib), and on the must-fire shape
fixtures of tests/shapes/ whose focus is not an article's own resource (the cases the shared pass handles),
plus every fifth of the others. A result is compared on every field: focus node, path, value, message,
source shape, constraint component and severity.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import re
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import yaml

from claimgraph.build.graph_index import GRAPH_INDEX, read_index, write_indexed_dump
from claimgraph.validate.partitioned import dump_ontology, validate_dump
from claimgraph.validate.validation import load_ontology, load_shapes, validate

from .conftest import cli

HERE = Path(__file__).parent
SEEDED = sorted((HERE / "partitioned" / "seeded").glob("*.ru"))
SHAPE_FIXTURES = HERE / "shapes"
ONTOLOGY = "https://w3id.org/claimgraph/id/graph/ontology"
CGSH = "https://w3id.org/claimgraph/shapes#"
ID = "https://w3id.org/claimgraph/id/"


BLANK = re.compile(r"^N[0-9a-f]{32}$")  # rdflib's fresh blank node ids differ from one parse to the next


def as_tuples(report) -> list[tuple]:
    return sorted(
        (
            r.focus,
            r.path or "",
            "_:blank" if BLANK.match(r.value or "") else r.value or "",
            r.message,
            r.shape or "",
            r.component,
            r.severity,
        )
        for r in report.results
    )


def to_ox(term):
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def write_dump(ds: rdflib.Dataset, directory: Path) -> Path:
    """The dataset as a build lays it out: dataset.nq grouped by graph, plus graph-index.tsv."""
    blocks = {}
    for graph in ds.graphs():
        if not len(graph) or not isinstance(graph.identifier, rdflib.URIRef):
            continue
        name = ox.NamedNode(str(graph.identifier))
        quads = sorted(
            (ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph),
            key=lambda q: (str(q.subject), str(q.predicate), str(q.object)),
        )
        buffer = io.BytesIO()
        ox.serialize(quads, buffer, ox.RdfFormat.N_QUADS)
        blocks[name.value] = buffer.getvalue()
    directory.mkdir(parents=True, exist_ok=True)
    dump, _index = write_indexed_dump(blocks, directory)
    return dump


def whole_and_partitioned(dump: Path, jobs: int = 1):
    shapes = load_shapes()
    index = read_index(dump.parent / GRAPH_INDEX)
    ontology = load_ontology() + dump_ontology(dump, index)
    data = rdflib.Graph()
    ds = rdflib.Dataset()
    ds.parse(dump, format="nquads")
    for s, p, o, g in ds.quads((None, None, None, None)):
        if str(g) != ONTOLOGY:
            data.add((s, p, o))
    whole = validate(data, shapes, ontology)
    parts = validate_dump(dump, index, shapes, ontology, jobs=jobs)
    return whole, parts


def header(path: Path) -> dict:
    lines = [line[3:] for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#+ ")]
    return yaml.safe_load("\n".join(lines))


# ---------------------------------------------------------------------------------------------------
# The curated build


def test_curated_build_same_report_both_ways(built):
    whole, parts = whole_and_partitioned(built.build_dir / "dataset.nq")
    assert as_tuples(parts) == as_tuples(whole) == []


def test_cli_strategies_agree_on_the_curated_build(built):
    env = {"CLAIMGRAPH_BUILD_DIR": str(built.build_dir)}
    per_article = cli("validate", "--strategy", "per-article", "-f", "json", env=env)
    whole = cli("validate", "--strategy", "whole", "-f", "json", env=env)
    assert per_article.code == whole.code == 0
    assert per_article.out == whole.out


def test_per_article_refuses_files_and_inference(built, tmp_path):
    env = {"CLAIMGRAPH_BUILD_DIR": str(built.build_dir)}
    run = cli("validate", "--strategy", "per-article", "--inference", "rdfs", env=env)
    assert run.code == 2 and run.err.count("\n") == 1 and "--strategy whole" in run.err
    run = cli("validate", "--strategy", "per-article", str(built.build_dir / "dataset.nq"), env=env)
    assert run.code == 2 and "--strategy whole" in run.err


# ---------------------------------------------------------------------------------------------------
# A synthetic corpus with seeded errors


@pytest.fixture(scope="module")
def seeded(synth_built, tmp_path_factory) -> tuple[Path, dict[str, int]]:
    """Every seeded update applied to the synthetic build; how many quads each one changed."""
    ds = rdflib.Dataset()
    ds.parse(synth_built.build_dir / "dataset.nq", format="nquads")
    changed = {}
    for path in SEEDED:
        before = set(ds.quads((None, None, None, None)))
        ds.update(path.read_text(encoding="utf-8"))
        changed[path.stem] = len(before ^ set(ds.quads((None, None, None, None))))
    return write_dump(ds, tmp_path_factory.mktemp("seeded")), changed


@pytest.fixture(scope="module")
def seeded_reports(seeded):
    dump, _changed = seeded
    return whole_and_partitioned(dump, jobs=2)


def test_every_seeded_update_changes_the_graph(seeded):
    _dump, changed = seeded
    assert len(changed) == len(SEEDED) >= 12
    assert not [name for name, n in changed.items() if n == 0]


@pytest.mark.parametrize("path", SEEDED, ids=[p.stem for p in SEEDED])
def test_seeded_error_is_reported(path, seeded_reports):
    whole, _parts = seeded_reports
    shape = header(path)["shape"].replace("cgsh:", CGSH)
    assert shape in {r.shape for r in whole.results}, f"{path.name} should make {shape} fire"


def test_seeded_corpus_same_report_both_ways(seeded_reports):
    whole, parts = seeded_reports
    assert len(whole.results) >= len(SEEDED)
    assert as_tuples(parts) == as_tuples(whole)


def test_seeded_errors_span_articles_registry_and_meta(seeded_reports):
    """The comparison covers both homes: results on articles' own nodes and on shared ones."""
    whole, _parts = seeded_reports
    focus = {r.focus for r in whole.results}
    assert any(re.match(rf"{ID}(claim|anchor|article)/syn-", f) for f in focus)
    assert any(f.startswith(ID + "actor/") or f.startswith(ID + "place/") for f in focus)
    assert ID + "dataset" in focus


def test_report_graph_holds_each_result_once(seeded_reports):
    from rdflib.namespace import RDF, SH

    whole, parts = seeded_reports
    g = parts.report_graph
    reports = list(g.subjects(RDF.type, SH.ValidationReport))
    assert len(reports) == 1
    assert len(list(g.objects(reports[0], SH.result))) == len(parts.results) == len(whole.results)
    assert g.value(reports[0], SH.conforms) == rdflib.Literal(False)


# ---------------------------------------------------------------------------------------------------
# Shape fixtures (tests/shapes/invalid): the update runs on the union graph, as test_shapes runs it; new
# triples go to the graph that already describes their subject (else their object, else the registry).


def fixture_cases() -> list[Path]:
    """A quarter of the fixtures whose focus is shared (registry, events, dataset) and a 20th of the rest, to
    keep the suite fast; CLAIMGRAPH_ALL_FIXTURES=1 compares every one (about 5 minutes on 2 cores)."""
    shared, own = [], []
    for path in sorted((SHAPE_FIXTURES / "invalid").glob("*.ru")):
        focus = header(path).get("focus")
        foci = focus if isinstance(focus, list) else [focus]
        owned = focus is not None and all(re.match(r"id:(claim|anchor|article)/", str(f)) for f in foci)
        (own if owned else shared).append(path)
    if os.environ.get("CLAIMGRAPH_ALL_FIXTURES") == "1":
        return shared + own
    return shared[::4] + own[::20]


FIXTURES = fixture_cases()


_CURATED: rdflib.Dataset | None = None


def compare_fixture(path: Path) -> tuple[str, list[tuple], list[tuple]]:
    """(fixture, whole-graph results, per-article results) for one fixture, in a forked worker."""
    assert _CURATED is not None
    home: dict = {}
    for s, _p, _o, g in _CURATED.quads((None, None, None, None)):
        if str(g) != ONTOLOGY:
            home.setdefault(s, g)
    union = rdflib.Graph()
    for s, p, o, g in _CURATED.quads((None, None, None, None)):
        if str(g) != ONTOLOGY:
            union.add((s, p, o))
    before = set(union)
    union.update(path.read_text(encoding="utf-8"))
    ds = rdflib.Dataset()
    for s, p, o, g in _CURATED.quads((None, None, None, None)):
        if str(g) == ONTOLOGY or (s, p, o) in union:
            ds.graph(g).add((s, p, o))
    for s, p, o in set(union) - before:
        g = home.get(s) or home.get(o) or rdflib.URIRef(ID + "graph/registry")
        ds.graph(g).add((s, p, o))
    with tempfile.TemporaryDirectory() as tmp:
        whole, parts = whole_and_partitioned(write_dump(ds, Path(tmp)))
    return path.name, as_tuples(whole), as_tuples(parts)


@pytest.fixture(scope="module")
def fixture_outcomes(built) -> dict[str, tuple[list[tuple], list[tuple]]]:
    global _CURATED
    _CURATED = rdflib.Dataset()
    _CURATED.parse(built.build_dir / "dataset.nq", format="nquads")
    workers = min(os.cpu_count() or 1, 4)
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            outcomes = pool.map(compare_fixture, FIXTURES, chunksize=1)
    else:
        outcomes = [compare_fixture(p) for p in FIXTURES]
    return {name: (whole, parts) for name, whole, parts in outcomes}


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_shape_fixture_same_report_both_ways(path, fixture_outcomes):
    whole, parts = fixture_outcomes[path.name]
    assert whole, f"{path.name} should break a rule"
    assert parts == whole


@pytest.mark.skipif(os.environ.get("CLAIMGRAPH_ALL_FIXTURES") == "1", reason="all fixtures selected")
def test_fixture_selection_covers_shared_homes():
    shared = [
        p for p in FIXTURES if "focus" in header(p) and not str(header(p)["focus"]).startswith("id:claim")
    ]
    assert len(FIXTURES) >= 25 and len(shared) >= 15


def test_damaged_index_is_a_one_line_error(built, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    (target / GRAPH_INDEX).write_text("graph\toffset\n", encoding="utf-8")
    run = cli("validate", "--strategy", "per-article", env={"CLAIMGRAPH_BUILD_DIR": str(target)})
    assert run.code == 2 and run.err.count("\n") == 1 and GRAPH_INDEX in run.err
