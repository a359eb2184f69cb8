"""The streaming, parallel build against the naive rdflib pipeline (claimgraph.build.reference).

The fast build maps articles in worker processes, serialises each article's graph on its own, gathers the
VoID statistics graph by graph and never holds the corpus as one graph. The reference builds one rdflib
Dataset and counts with Python sets. Their graphs must be isomorphic, graph by graph, on the curated
articles and on a synthetic corpus large enough to use the worker pool; no timings are asserted here
(bench/ measures speed).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from claimgraph.build.builder import Layout, build
from claimgraph.build.graph_index import GRAPH_INDEX, read_index
from claimgraph.build.parallel_map import PARALLEL_FROM
from claimgraph.build.reference import reference_dataset, write_reference
from claimgraph.core.resources import resource_dir

from .conftest import SYNTH_ARTICLES, cli


def graphs_of(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def parsed(path: Path) -> dict[str, rdflib.Graph]:
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads" if path.suffix == ".nq" else "trig")
    return graphs_of(ds)


def assert_same_graphs(fast: dict[str, rdflib.Graph], reference: dict[str, rdflib.Graph]) -> None:
    assert sorted(fast) == sorted(reference)
    differing = [name for name in sorted(fast) if not isomorphic(fast[name], reference[name])]
    assert not differing, f"graphs differ from the rdflib reference: {differing}"


def test_fast_build_equals_the_rdflib_reference_on_the_curated_articles(built):
    assert_same_graphs(parsed(built.build_dir / "dataset.nq"), graphs_of(reference_dataset(built)))


def test_fast_build_equals_the_rdflib_reference_on_a_synthetic_corpus(synth_built):
    fast = parsed(synth_built.build_dir / "dataset.nq")
    assert len([g for g in fast if "/graph/article/" in g]) > PARALLEL_FROM
    assert_same_graphs(fast, graphs_of(reference_dataset(synth_built)))


def test_streamed_statistics_count_triples_shared_across_articles_once(synth_built):
    """The synthetic corpus repeats triples between shared resources in several article graphs (e.g. a
    registry event's place); void:triples counts the union, so it is below the sum over the graphs."""
    quads = list(ox.parse(path=str(synth_built.build_dir / "dataset.nq"), format=ox.RdfFormat.N_QUADS))
    data = [q for q in quads if not q.graph_name.value.endswith("/graph/meta")]
    union = {q.triple for q in data}
    assert len(union) < len(data), "the corpus should repeat some triples across graphs"
    triples = [
        int(q.object.value)
        for q in quads
        if q.subject.value.endswith("/id/dataset") and q.predicate.value == "http://rdfs.org/ns/void#triples"
    ]
    assert triples == [len(union)]


def test_trig_and_nquads_hold_the_same_graphs(synth_built):
    assert_same_graphs(
        parsed(synth_built.build_dir / "dataset.trig"), parsed(synth_built.build_dir / "dataset.nq")
    )


def test_one_worker_and_two_workers_write_identical_bytes(synth_data, synth_built, tmp_path):
    serial = Layout(synth_data, resource_dir("ontology"), tmp_path / "serial")
    build(serial, jobs=1)
    for name in ("dataset.nq", "dataset.trig", "description.ttl", GRAPH_INDEX):
        assert (serial.build_dir / name).read_bytes() == (synth_built.build_dir / name).read_bytes(), name


def test_graph_index_locates_every_graph_exactly(synth_built):
    dump = synth_built.build_dir / "dataset.nq"
    index = read_index(synth_built.build_dir / GRAPH_INDEX)
    offset = 0
    for block in index.blocks:
        assert block.offset == offset
        quads = list(ox.parse(index.read_block(dump, block.graph), format=ox.RdfFormat.N_QUADS))
        assert len(quads) == block.quads
        assert {q.graph_name.value for q in quads} == {block.graph}
        offset += block.length
    assert offset == dump.stat().st_size


def test_rdflib_reference_writes_parseable_files(built, tmp_path):
    files = write_reference(built, tmp_path / "ref")
    assert_same_graphs(parsed(files[1]), parsed(files[0]))


def test_bad_input_found_by_a_worker_is_one_line_and_writes_nothing(synth_data, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(synth_data, data)
    victim = sorted((data / "annotations").glob("*.yaml"))[SYNTH_ARTICLES // 2]
    text = victim.read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, line in enumerate(lines) if line.lstrip().startswith("claimant:")) + 1
    lines[number - 1] = lines[number - 1].split("claimant:")[0] + "claimant: no-such-actor"
    victim.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "build"
    run = cli("--data", str(data), "--build-dir", str(out), "build", "--jobs", "2")
    assert run.code == 2
    assert run.out == ""
    assert run.err.count("\n") == 1 and "Traceback" not in run.err
    assert f"{victim.name}:{number}:" in run.err and "claimant" in run.err and "no-such-actor" in run.err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".build.staging")]


def test_progress_goes_to_stderr_and_stdout_stays_clean(synth_data, tmp_path):
    run = cli(
        "--data", str(synth_data), "--build-dir", str(tmp_path / "b"), "build", "--progress", "--jobs", "2"
    )
    assert run.code == 0, run.err
    assert "mapping articles" in run.err and "100%" in run.err
    assert run.out.startswith("built ") and "mapping" not in run.out


def test_warm_query_reads_the_store_and_imports_no_validation_or_rdflib(built, tmp_path):
    env = {"CLAIMGRAPH_BUILD_DIR": str(built.build_dir)}
    first = cli("query", "accusations-denied", "-f", "json", env=env)
    assert first.code == 0, first.err
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "claimgraph", "query", "accusations-denied", "-f", "json"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    imported = {
        line.split("|")[-1].strip() for line in run.stderr.splitlines() if line.startswith("import time:")
    }
    assert "pyoxigraph" in imported
    for heavy in ("rdflib", "pyshacl", "owlrl"):
        assert heavy not in imported, f"a warm query imported {heavy}"
    assert json.loads(run.stdout) == json.loads(first.out)
