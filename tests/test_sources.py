"""Where a validation result's node came from (claimgraph.corpus.sources): read on demand, same answer in any order."""

from __future__ import annotations

from pathlib import Path

from claimgraph.build.graph_index import GRAPH_INDEX, read_index
from claimgraph.core.namespaces import ID
from claimgraph.corpus.sources import SourceIndex, locate
from claimgraph.validate.partitioned import dump_ontology, validate_dump
from claimgraph.validate.validation import load_ontology, load_shapes

EVENT = "\n".join(
    [
        "events:",
        "  - id: shared-raid",
        "    label: A raid",
        "    type: attack",
        "    quote: a raid",
        "claims:",
        "  - id: c1",
        "    type: statement",
    ]
)


def small_data(root: Path) -> Path:
    """Two articles that both list the event shared-raid; the registry lists one actor."""
    (root / "annotations").mkdir(parents=True)
    (root / "registry.yaml").write_text("actors:\n  bla:\n    label: BLA\n")
    for name in ("a1", "b2"):
        (root / "annotations" / f"{name}.yaml").write_text(f"article: {name}\n\n{EVENT}\n")
    return root


def test_an_event_listed_twice_is_located_in_the_first_article_whatever_was_asked_before(tmp_path):
    data = small_data(tmp_path)
    event = f"{ID}event/shared-raid"
    fresh = SourceIndex(data).get(event)
    assert fresh is not None and fresh.endswith("a1.yaml:4 events[0] shared-raid")
    index = SourceIndex(data)
    assert index.get(f"{ID}claim/b2/c1").endswith("b2.yaml:9 claims[0] c1")  # reads b2 first
    assert index.get(event) == fresh


def test_lines_of_registry_articles_claims_and_their_parts(tmp_path):
    index = SourceIndex(small_data(tmp_path))
    assert index.get(f"{ID}actor/bla").endswith("registry.yaml:2 actors.bla")
    assert index.get(f"{ID}article/b2").endswith("b2.yaml:1 article")
    assert locate(index, f"{ID}claim/a1/c1/attribution").endswith("a1.yaml:9 claims[0] c1")
    assert locate(index, f"{ID}anchor/a1/17").endswith("a1.yaml:1 article")
    assert index.get(f"{ID}claim/zz/c1") is None and index.get("https://example.org/x") is None


def test_valid_data_reads_no_annotation_file(built):
    """Validating a conforming build asks for no source, so the index reads nothing."""
    index = SourceIndex(built.data_dir)
    dump = built.build_dir / "dataset.nq"
    graph_index = read_index(built.build_dir / GRAPH_INDEX)
    ontology = load_ontology() + dump_ontology(dump, graph_index)
    report = validate_dump(dump, graph_index, load_shapes(), ontology, jobs=1, sources=index)
    assert not report.results and index.read == set()


def test_results_read_the_files_of_their_articles(built):
    """The other side of reading on demand: a result about a claim names its annotation line, read from
    the registry and the files of the articles the results are about (here claims only, so no full scan)."""
    index = SourceIndex(built.data_dir)
    dump = built.build_dir / "dataset.nq"
    graph_index = read_index(built.build_dir / GRAPH_INDEX)
    ontology = load_ontology() + dump_ontology(dump, graph_index)
    shapes = load_shapes(Path(__file__).parent / "validate")
    report = validate_dump(dump, graph_index, shapes, ontology, jobs=1, sources=index)
    claims = [r for r in report.results if r.focus.startswith(f"{ID}claim/004_e6948105772ef9ec/")]
    assert claims and all(r.source and "004_e6948105772ef9ec.yaml:" in r.source for r in claims)
    asked = {r.focus[len(ID) :].split("/")[1] for r in report.results}
    assert {r.focus[len(ID) :].split("/")[0] for r in report.results} == {"claim"}
    assert index.read == asked | {"registry"}


def test_every_packaged_iri_gets_the_same_source_asked_in_any_order(built):
    data = built.data_dir
    iris = sorted(
        {
            line.split(" ", 1)[0].strip("<>")
            for line in (built.build_dir / "dataset.nq").read_text().splitlines()
        }
    )
    iris = [i for i in iris if i.startswith(ID)]
    forward = {i: locate(SourceIndex(data), i) for i in iris}
    shared = SourceIndex(data)
    backward = {i: locate(shared, i) for i in reversed(iris)}
    assert forward == backward
    assert sum(v is not None for v in forward.values()) > 100
