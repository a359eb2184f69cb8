"""`claimgraph check`: every check passes on the build and fires on its own bad fixture."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from claimgraph.check.checks import checks_dir, load_checks, run_sparql_checks, undeclared_query_terms
from claimgraph.check.reasoning import hermit_errors, owlrl_errors
from claimgraph.validate.validation import load_ontology

from .conftest import cli, give_ttp_the_alias_bla

FIXTURES = Path(__file__).parent / "checks"
CHECKS = load_checks(checks_dir())
CG = rdflib.Namespace("https://w3id.org/claimgraph/ontology#")


def store_of(built) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(built.build_dir / "dataset.nq"), format=ox.RdfFormat.N_QUADS)
    return store


def test_every_check_file_has_a_must_fire_fixture():
    assert len(CHECKS) >= 6
    assert sorted(c.name for c in CHECKS) == sorted(p.stem for p in FIXTURES.glob("*.ru"))


@pytest.mark.parametrize("check", CHECKS, ids=lambda c: c.name)
def test_check_passes_on_the_build_and_fires_on_its_fixture(built, check):
    store = store_of(built)
    (clean,) = run_sparql_checks(store, [check])
    if check.severity != "info":
        assert clean.status == "ok", clean.rows
    before = len(clean.rows)
    store.update((FIXTURES / f"{check.name}.ru").read_text(encoding="utf-8"))
    (dirty,) = run_sparql_checks(store, [check])
    assert dirty.status == "fail" and len(dirty.rows) > before


def test_check_command_passes_on_the_build(built):
    run = cli("--build-dir", str(built.build_dir), "check")
    assert run.code == 0, run.out + run.err
    assert "ok    error    hermit-consistency" in run.out
    assert "ok    error    owlrl-consistency" in run.out
    assert "0 failing at or above error" in run.out


def test_check_fail_on_threshold(tmp_path, data_copy):
    give_ttp_the_alias_bla(data_copy)
    args = ("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "check", "--no-hermit")
    default = cli(*args)
    assert default.code == 0 and "note  warning  ambiguous-actor-label" in default.out
    strict = cli(*args, "--fail-on", "warning")
    assert (
        strict.code == 1
        and "FAIL  warning  ambiguous-actor-label" in strict.out
        and "actor/bla" in strict.out
    )


def test_reasoners_detect_a_disjointness_clash_in_data():
    ontology = load_ontology()
    bad = rdflib.Graph()
    bad.add((rdflib.URIRef("https://w3id.org/claimgraph/id/actor/x"), rdflib.RDF.type, CG.Person))
    bad.add((rdflib.URIRef("https://w3id.org/claimgraph/id/actor/x"), rdflib.RDF.type, CG.Organization))
    assert owlrl_errors(ontology + bad)
    assert owlrl_errors(ontology) == []
    assert hermit_errors(ontology) == []


def test_undeclared_terms_in_queries_are_found(tmp_path):
    shutil.copytree(Path(checks_dir()).parent, tmp_path / "queries", ignore=shutil.ignore_patterns("checks"))
    assert undeclared_query_terms(load_ontology(), tmp_path / "queries") == []
    (tmp_path / "queries" / "bad.rq").write_text(
        '#+ title: "Bad"\n#+ description: "Uses an undeclared property."\n'
        "PREFIX cg: <https://w3id.org/claimgraph/ontology#>\nSELECT ?s WHERE { ?s cg:perpetratedBy ?o }\n"
    )
    assert undeclared_query_terms(load_ontology(), tmp_path / "queries") == [
        "bad: https://w3id.org/claimgraph/ontology#perpetratedBy"
    ]


def test_owlrl_leaves_rdflib_literal_handling_as_it_found_it(built):
    """Regression: owlrl swapped rdflib's lexical conversions for its own (rejecting "--01-29" as an
    xsd:gMonthDay) and never swapped them back, so validating after `check` in one process failed."""
    from claimgraph.validate.validation import load_data, load_shapes, validate

    data, _ = load_data([built.build_dir / "dataset.nq"])
    ontology = load_ontology()
    owlrl_errors(ontology + data)
    date = rdflib.Literal("--01-29", datatype=rdflib.XSD.gMonthDay)
    assert not date.ill_typed
    assert validate(data, load_shapes(), ontology).results == []
