"""Ad-hoc SPARQL, the catalogue as RDF, and the entailment decision (property paths, no closure)."""

from __future__ import annotations

import glob

import rdflib
import yaml

from .conftest import REPO, cli

CG = "https://w3id.org/claimgraph/ontology#"


def claims_in_annotations() -> int:
    return sum(
        len(yaml.safe_load(open(p, encoding="utf-8")).get("claims", []))
        for p in glob.glob(str(REPO / "data/annotations/*.yaml"))
    )


def count(built, query: str) -> int:
    run = cli("--build-dir", str(built.build_dir), "sparql", query, "--format", "csv")
    assert run.code == 0, run.err
    return int(run.out.splitlines()[1])


def test_subclass_answers_need_the_path(built):
    """Claims are typed only with their specific class; queries reach cg:Claim through rdfs:subClassOf*."""
    n = claims_in_annotations()
    assert n > 50
    direct = f"SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a <{CG}Claim> }}"
    entailed = f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {{ ?c a/rdfs:subClassOf* <{CG}Claim> }}"
    assert count(built, direct) == 0
    assert count(built, entailed) == n


def test_transitive_containment_needs_the_path(built):
    """Article 000: "two operations ... in the districts of Panjgur and Harnai" counts for Balochistan."""
    base = "PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> PREFIX cg: <https://w3id.org/claimgraph/ontology#> "
    target = "<https://w3id.org/claimgraph/id/place/balochistan>"
    event = "<https://w3id.org/claimgraph/id/event/panjgur-operation>"
    assert count(built, base + f"SELECT (COUNT(*) AS ?n) WHERE {{ {event} sem:hasPlace {target} }}") == 0
    assert (
        count(
            built, base + f"SELECT (COUNT(*) AS ?n) WHERE {{ {event} sem:hasPlace/cg:locatedIn* {target} }}"
        )
        == 1
    )


def test_malformed_query_reports_line_and_column(built):
    run = cli(
        "--build-dir", str(built.build_dir), "sparql", "SELECT ?x WHERE {\n ?x <http://a/p> ?y . FILTER( }"
    )
    assert run.code == 2 and "Traceback" not in run.err
    assert "SPARQL syntax error at 2:" in run.err and len(run.err.strip().splitlines()) == 1


def test_refused_queries(built, tmp_path):
    def refused(text: str, needle: str) -> None:
        run = cli("--build-dir", str(built.build_dir), "sparql", text)
        assert run.code == 2 and needle in run.err, run.err

    refused("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE")
    refused("INSERT DATA { <http://a/b> <http://a/c> <http://a/d> }", "updates are refused")
    refused("SELECT * WHERE " + "{" * 300 + "}" * 300, "nested deeper")
    refused("SELECT * WHERE { ?s ?p ?o } #" + "x" * 70_000, "longer than")


def test_query_from_file_and_stdin(built, tmp_path):
    rq = tmp_path / "q.rq"
    rq.write_text(
        "# a comment with SERVICE in it is fine\nASK { ?s a <https://w3id.org/claimgraph/ontology#Denial> }\n"
    )
    run = cli("--build-dir", str(built.build_dir), "sparql", "-f", str(rq))
    assert run.code == 0 and run.out.strip() == "true"
    construct = "CONSTRUCT { ?d a <https://w3id.org/claimgraph/ontology#Denial> } WHERE { ?d a <https://w3id.org/claimgraph/ontology#Denial> }"
    run = cli("--build-dir", str(built.build_dir), "sparql", construct, "--format", "nt")
    assert run.code == 0 and len(run.out.strip().splitlines()) == 3  # 002: India, Afghanistan; 004: Delhi


def test_catalogue_as_rdf():
    run = cli("queries", "--format", "ttl")
    assert run.code == 0
    g = rdflib.Graph().parse(data=run.out, format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    executables = set(g.subjects(rdflib.RDF.type, sh.SPARQLExecutable))
    files = sorted((REPO / "queries").glob("*.rq"))
    assert len(executables) == len(files) >= 1
    headline = rdflib.URIRef("https://w3id.org/claimgraph/queries/accusations-denied")
    assert "cg:denies ?accusation" in str(g.value(headline, sh.select))
    assert g.value(headline, rdflib.RDFS.comment) is not None
    keywords = {str(k) for k in g.objects(headline, rdflib.URIRef("https://schema.org/keywords"))}
    assert keywords == {"accusation", "denial", "headline"}


def test_describe_and_select_formats(built):
    run = cli(
        "--build-dir",
        str(built.build_dir),
        "sparql",
        "DESCRIBE <https://w3id.org/claimgraph/id/actor/ispr>",
        "--format",
        "nt",
    )
    assert run.code == 0 and "<https://w3id.org/claimgraph/id/actor/pakistan-armed-forces>" in run.out
    md = cli("--build-dir", str(built.build_dir), "query", "denials", "--format", "md")
    assert md.code == 0
    lines = md.out.strip().splitlines()
    assert lines[0].startswith("| ") and set(lines[1]) <= {"|", "-"} and len(lines) == 2 + 3  # three denials
    import xml.etree.ElementTree as ET

    xml = cli("--build-dir", str(built.build_dir), "query", "denials", "--format", "xml")
    root = ET.fromstring(xml.out)
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert root.tag == f"{ns}sparql" and len(root.find(f"{ns}results")) == 3


def test_syntax_error_with_many_expected_tokens_is_still_one_line(built):
    """pyoxigraph lists the expected characters over several lines after `FILTER(`; the message printed
    four lines before it was joined."""
    run = cli("--build-dir", str(built.build_dir), "sparql", "SELECT * WHERE { FILTER(")
    assert run.code == 2 and run.err.startswith("error: query: SPARQL syntax error at 1:25")
    assert run.err.count("\n") == 1 and len(run.err) < 400
