"""The headline question, answered from the five articles.

Expected rows were written by reading the articles, not by running the code:
- 002: "Balochistan's Chief Minister, Sarfraz Bugti, ... directly accused neighbors India and Afghanistan of
  backing the fighters—allegations both countries consistently deny."
- 004: "Pakistan's Interior Minister, Mohsin Naqvi, blamed India for backing terrorists and attacks, but
  Delhi denied the allegations." (the body is repeated; it must still count once)
- 000: the military's claim that the insurgents were "allegedly backed by neighboring India" has no
  reported denial, so it is not an answer.
"""

from __future__ import annotations

import csv
import io
import json

import pytest
import rdflib

from claimgraph.core.resources import resource_dir
from claimgraph.query.catalogue import load_query

from .conftest import cli

QUERY = resource_dir("queries") / "accusations-denied.rq"

INDIA = [
    # (accuser, post held, accused, denier, how the article names the denier, article)
    (
        "Sarfraz Bugti",
        "Chief Minister of Balochistan",
        "India",
        "India",
        "both countries",
        "002_2c0ba4daa3fd75fe",
    ),
    (
        "Mohsin Naqvi",
        "Interior Minister of Pakistan",
        "India",
        "Government of India",
        "Delhi",
        "004_e6948105772ef9ec",
    ),
]
AFGHANISTAN = [
    (
        "Sarfraz Bugti",
        "Chief Minister of Balochistan",
        "Afghanistan",
        "Afghanistan",
        "both countries",
        "002_2c0ba4daa3fd75fe",
    ),
]
KEY_COLUMNS = ("accuserLabel", "postLabel", "accusedLabel", "denierLabel", "denierWording", "articleId")


def rows_of(csv_text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text)))


def key(row: dict) -> tuple:
    return tuple(row[c] for c in KEY_COLUMNS)


def test_default_is_india_and_answer_is_exact(built):
    run = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "--format", "csv")
    assert run.code == 0, run.err
    rows = rows_of(run.out)
    assert [key(r) for r in rows] == INDIA


def test_each_row_is_traced_to_the_exact_words(built):
    run = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "--format", "csv")
    for row in rows_of(run.out):
        text = (resource_dir("data") / "articles" / f"{row['articleId']}.txt").read_text(encoding="utf-8")
        start, end = int(row["accusationStart"]), int(row["accusationEnd"])
        assert text[start:end] == row["accusationQuote"]
        assert "India" in row["accusationQuote"]
        assert row["denialQuote"] in text
        assert "den" in row["denialQuote"]  # "deny" / "denied": the words of the denial itself


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("india", INDIA),  # registry key
        ("India", INDIA),  # label
        ("INDIA", INDIA),  # labels match case-insensitively
        ("id:actor/india", INDIA),  # CURIE
        ("https://w3id.org/claimgraph/id/actor/india", INDIA),  # IRI
        ("Afghanistan", AFGHANISTAN),
        ("pakistan", []),  # nobody accused Pakistan's state of something that was then denied
    ],
)
def test_parameter_forms(built, value, expected):
    run = cli(
        "--build-dir",
        str(built.build_dir),
        "query",
        "accusations-denied",
        "-p",
        f"accused={value}",
        "-f",
        "csv",
    )
    assert run.code == 0, run.err
    assert [key(r) for r in rows_of(run.out)] == expected


def test_unknown_party_is_a_one_line_error_with_candidates(built):
    run = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "-p", "accused=Indai")
    assert run.code == 2
    assert run.err.strip().count("\n") == 0
    assert "no actor matches 'Indai'" in run.err and "India (id:actor/india)" in run.err
    assert "Traceback" not in run.err


def test_injection_attempt_is_just_a_value_that_matches_nothing(built):
    payload = 'India" } UNION { ?s ?p ?o } #'
    run = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "-p", f"accused={payload}")
    assert run.code == 2 and "no actor matches" in run.err


def test_rdflib_gives_the_same_answer_as_pyoxigraph(built):
    """A second, independent SPARQL engine over the same TriG, with the parameter bound as a term."""
    ds = rdflib.Dataset(default_union=True)
    ds.parse(built.build_dir / "dataset.trig", format="trig")
    query = load_query(QUERY)
    india = rdflib.URIRef("https://w3id.org/claimgraph/id/actor/india")
    result = ds.query(query.sparql, initBindings={"accused": india})
    got = [tuple(str(row[c]) if row[c] is not None else "" for c in KEY_COLUMNS) for row in result]
    assert got == INDIA


def test_json_output_is_sparql_results_json(built):
    run = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "-f", "json")
    doc = json.loads(run.out)
    assert "accuserLabel" in doc["head"]["vars"]
    assert len(doc["results"]["bindings"]) == len(INDIA)
