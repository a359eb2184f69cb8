"""Exports parse back, with an independent parser (rdflib), to exactly the built dataset."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from .conftest import cli

TRIPLE_FORMATS = {"ttl": "turtle", "nt": "nt", "xml": "xml"}
QUAD_FORMATS = {"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def dataset(built) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(built.build_dir / "dataset.nq", format="nquads")
    return ds


def graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = rdflib.Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


def union(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def export(built, fmt, tmp_path):
    target = tmp_path / f"out.{fmt}"
    run = cli("--build-dir", str(built.build_dir), "export", "--format", fmt, "-o", str(target))
    assert run.code == 0, run.err
    return target


@pytest.mark.parametrize("fmt", sorted(TRIPLE_FORMATS))
def test_triple_formats_are_the_union_of_the_graphs(built, dataset, fmt, tmp_path):
    path = export(built, fmt, tmp_path)
    parsed = rdflib.Graph().parse(path, format=TRIPLE_FORMATS[fmt])
    expected = union(dataset)
    assert len(expected) > 4000
    assert isomorphic(parsed, expected)


@pytest.mark.parametrize("fmt", sorted(QUAD_FORMATS))
def test_quad_formats_keep_every_named_graph(built, dataset, fmt, tmp_path):
    path = export(built, fmt, tmp_path)
    parsed = rdflib.Dataset()
    parsed.parse(path, format=QUAD_FORMATS[fmt])
    got, expected = graphs(parsed), graphs(dataset)
    assert sorted(got) == sorted(expected)
    assert len(expected) == 5 + 3  # five articles, registry, ontology, meta
    for name in expected:
        assert isomorphic(got[name], expected[name]), name


@pytest.mark.parametrize("fmt", sorted({**TRIPLE_FORMATS, **QUAD_FORMATS}))
def test_exports_parse_strictly_in_pyoxigraph(built, fmt, tmp_path):
    path = export(built, fmt, tmp_path)
    rdf_format = ox.RdfFormat.from_extension(
        {"ttl": "ttl", "nt": "nt", "xml": "rdf", "trig": "trig", "nq": "nq", "jsonld": "jsonld"}[fmt]
    )
    with path.open("rb") as fh:
        assert sum(1 for _ in ox.parse(fh, format=rdf_format)) > 4000


def test_export_is_deterministic_and_to_stdout(built):
    first = cli("--build-dir", str(built.build_dir), "export", "-f", "ttl")
    second = cli("--build-dir", str(built.build_dir), "export", "-f", "ttl")
    assert first.code == 0 and first.out == second.out and first.out.startswith("@prefix")
