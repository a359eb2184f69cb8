"""`claimgraph validate`: exit codes, every report format parsed back, errors, and source locations.

The shapes in tests/validate/severities.ttl are test-only rules with known answers from the articles:
- Violation: accusations must not carry an allegation; the articles report 11 accusations, each with what
  the accused is said to have done (000: 2, 001: 4, 002: 4, 004: 1), so 11 violations;
- Warning: denials must repeat the allegation; 3 denials (002 India, 002 Afghanistan, 004 Delhi), none do;
- Info: pledges must name an addressee; 003 reports 3 pledges, none with an addressee.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import SH

from .conftest import REPO, cli

TEST_SHAPES = Path(__file__).parent / "validate"
A004 = REPO / "data" / "annotations" / "004_e6948105772ef9ec.yaml"


def run_validate(built, *args, shapes=TEST_SHAPES, cwd=None):
    extra = ("--shapes", str(shapes)) if shapes else ()
    return cli("--build-dir", str(built.build_dir), "validate", *extra, *args, cwd=cwd)


@pytest.fixture(scope="module")
def as_json(built):
    run = run_validate(built, "--format", "json")
    assert run.code == 1, run.err
    return json.loads(run.out)


def test_counts_per_severity_match_the_articles(as_json):
    assert as_json["counts"] == {"Violation": 11, "Warning": 3, "Info": 3}
    assert as_json["conforms"] is False
    denials = sorted(
        r["focusNode"].rsplit("/", 2)[-2] for r in as_json["results"] if r["severity"] == "Warning"
    )
    assert denials == ["002_2c0ba4daa3fd75fe", "002_2c0ba4daa3fd75fe", "004_e6948105772ef9ec"]


@pytest.mark.parametrize(("fail_on", "code"), [("violation", 1), ("warning", 1), ("info", 1)])
def test_fail_on_with_violations(built, fail_on, code):
    assert run_validate(built, "--fail-on", fail_on).code == code


def test_fail_on_threshold_decides_the_exit_code(built, tmp_path):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    text = (TEST_SHAPES / "severities.ttl").read_text()
    (shapes / "s.ttl").write_text(
        text.replace(
            "sh:maxCount 0 ;\n    sh:severity sh:Violation", "sh:maxCount 0 ;\n    sh:severity sh:Info"
        )
    )
    # now: 0 violations, 3 warnings, 14 infos
    assert run_validate(built, "--fail-on", "violation", shapes=shapes).code == 0
    assert run_validate(built, "--fail-on", "warning", shapes=shapes).code == 1
    assert run_validate(built, "--fail-on", "info", shapes=shapes).code == 1
    (shapes / "s.ttl").write_text(
        text.replace("sh:severity sh:Violation", "sh:severity sh:Info").replace(
            "sh:severity sh:Warning", "sh:severity sh:Info"
        )
    )
    assert run_validate(built, "--fail-on", "warning", shapes=shapes).code == 0
    assert run_validate(built, "--fail-on", "info", shapes=shapes).code == 1


def test_text_groups_by_focus_and_names_the_annotation_item(built):
    run = run_validate(built)
    lines = A004.read_text(encoding="utf-8").splitlines()
    line = 1 + next(i for i, text in enumerate(lines) if text.strip() == "- id: naqvi-accuses-india")
    header = next(
        x for x in run.out.splitlines() if x.startswith("id:claim/004_e6948105772ef9ec/naqvi-accuses-india")
    )
    assert (
        f"data/annotations/004_e6948105772ef9ec.yaml:{line} claims[" in header
        and "naqvi-accuses-india)" in header
    )
    assert "  Violation cg:allegation: test rule: an accusation carries no allegation text" in run.out
    assert run.out.rstrip().endswith(
        "does not conform (the built graph): 11 violations, 3 warnings, 3 infos on 17 focus nodes"
    )


def test_turtle_is_a_shacl_validation_report(built, as_json):
    run = run_validate(built, "--format", "turtle")
    g = rdflib.Graph().parse(data=run.out, format="turtle")
    (report,) = g.subjects(rdflib.RDF.type, SH.ValidationReport)
    assert g.value(report, SH.conforms) == rdflib.Literal(False)
    assert len(list(g.objects(report, SH.result))) == len(as_json["results"]) == 17


def test_junit_has_the_shape_of_a_junit_report(built):
    run = run_validate(built, "--format", "junit")
    root = ET.fromstring(run.out)
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert int(suite.get("tests")) == len(cases) == 18  # 17 results + overall conformance
    failures = [c for c in cases if c.find("failure") is not None]
    assert int(suite.get("failures")) == len(failures) == 11 + 1  # at --fail-on violation
    for case in cases:
        assert case.get("classname") and case.get("name") and case.get("time") is not None
    for case in failures:
        failure = case.find("failure")
        assert failure.get("message") and failure.get("type") in {"Violation", "Warning", "Info"}


def test_github_annotations_point_at_files_and_lines(built):
    run = run_validate(built, "--format", "github")
    lines = run.out.splitlines()
    assert len(lines) == 17
    pattern = re.compile(
        r"^::(error|warning|notice) file=data/annotations/\d{3}_[0-9a-f]+\.yaml,line=\d+,title=SHACL [^:]+::.+$"
    )
    for line in lines:
        assert pattern.match(line), line
    assert sum(line.startswith("::error ") for line in lines) == 11


def test_packaged_shapes_accept_the_built_graph(built):
    run = run_validate(built, shapes=None)
    assert run.code == 0, run.out[-3000:]
    assert "conforms (the built graph): 0 violations" in run.out


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nt", "nq", "jsonld"])
def test_user_files_in_every_format(built, tmp_path, fmt):
    path = tmp_path / f"data.{fmt}"
    assert cli("--build-dir", str(built.build_dir), "export", "-f", fmt, "-o", str(path)).code == 0
    run = cli("validate", "--shapes", str(TEST_SHAPES), "--format", "json", str(path))
    assert run.code == 1, run.err
    assert json.loads(run.out)["counts"] == {"Violation": 11, "Warning": 3, "Info": 3}


def test_inference_options_run(built):
    for inference in ("none", "rdfs"):
        run = run_validate(built, "--inference", inference, "--format", "json")
        assert json.loads(run.out)["counts"]["Violation"] == 11


PLACES = """@prefix cg: <https://w3id.org/claimgraph/ontology#> . @prefix ex: <https://example.org/place/> .
ex:quetta cg:locatedIn ex:quetta-district .
ex:quetta-district cg:locatedIn ex:balochistan .
ex:balochistan cg:locatedIn ex:pakistan .
"""
ENTAILMENT_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix cg: <https://w3id.org/claimgraph/ontology#> .
@prefix t: <https://example.org/test-shapes#> .
t:Within a sh:NodeShape ; sh:targetSubjectsOf cg:locatedIn ;
    sh:property [ sh:path cg:within ; sh:minCount 1 ; sh:message "within"@en ] .
t:OneAncestor a sh:NodeShape ; sh:targetSubjectsOf cg:locatedIn ;
    sh:property [ sh:path cg:within ; sh:maxCount 1 ; sh:message "ancestors"@en ] .
t:Place a sh:NodeShape ; sh:targetClass cg:Place ;
    sh:property [ sh:path cg:locatedIn ; sh:minCount 1 ; sh:message "parent"@en ] .
"""


@pytest.mark.parametrize(
    ("inference", "expected"),
    [
        # asserted only: no cg:within triple, and no node is typed, so only the three `within` results
        ("none", {("within", "quetta"), ("within", "quetta-district"), ("within", "balochistan")}),
        # RDFS: cg:locatedIn rdfs:subPropertyOf cg:within gives each place its parent as cg:within (one
        # value, RDFS has no transitivity); rdfs:domain/range cg:Place type all four places, and Pakistan,
        # the top of the chain, has no cg:locatedIn
        ("rdfs", {("parent", "pakistan")}),
        # OWL RL: cg:within is an owl:TransitiveProperty, so Quetta is within three places and its district
        # within two; Balochistan only in Pakistan
        pytest.param(
            "owlrl",
            {("ancestors", "quetta"), ("ancestors", "quetta-district"), ("parent", "pakistan")},
            marks=pytest.mark.slow,  # the OWL RL closure of the ontology: about 10 s
        ),
    ],
)
def test_inference_changes_what_validation_sees(tmp_path, inference, expected):
    """Each result set follows from the ontology (ontology/claimgraph.ttl: cg:locatedIn rdfs:subPropertyOf
    cg:within; both with rdfs:domain and rdfs:range cg:Place; cg:within an owl:TransitiveProperty) and
    three hand-written triples. The old test expected the same count with and without --inference, so
    ignoring the option passed it; with the option ignored, rdfs and owlrl here give the `none` answer."""
    data = tmp_path / "places.ttl"
    data.write_text(PLACES, encoding="utf-8")
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "entailment.ttl").write_text(ENTAILMENT_SHAPES, encoding="utf-8")
    run = cli("validate", str(data), "--shapes", str(shapes), "--inference", inference, "--format", "json")
    assert run.code == 1, run.err
    found = {(r["message"], r["focusNode"].rsplit("/", 1)[-1]) for r in json.loads(run.out)["results"]}
    assert found == expected


def test_unparseable_rdf_is_one_line_with_the_line_number(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://example.org/> .\n\nex:a ex:b "unterminated .\nex:c ex:d ex:e .\n')
    run = cli("validate", str(bad))
    assert run.code == 2
    assert "Traceback" not in run.err and len(run.err.strip().splitlines()) == 1
    assert re.match(r"error: \S*bad\.ttl:3: not valid Turtle: ", run.err)


def test_relative_iri_and_unknown_extension_and_missing_file(tmp_path):
    rel = tmp_path / "rel.nt"
    rel.write_text("<s> <http://example.org/p> <http://example.org/o> .\n")
    run = cli("validate", str(rel))
    assert run.code == 2 and "rel.nt:1: not valid N-Triples: No scheme found" in run.err
    odd = tmp_path / "data.csv"
    odd.write_text("a,b\n")
    assert cli("validate", str(odd)).code == 2
    missing = cli("validate", str(tmp_path / "nope.ttl"))
    assert missing.code == 2 and "no such file" in missing.err


def test_remote_jsonld_context_is_not_fetched(tmp_path):
    doc = tmp_path / "remote.jsonld"
    doc.write_text('{"@context": "http://127.0.0.1:9/context.jsonld", "@id": "http://example.org/a"}')
    run = cli("validate", str(doc))
    assert run.code == 2 and "remote contexts" in run.err


def test_nested_details_are_not_counted_as_results(built, tmp_path):
    """Regression: pySHACL types sh:detail results as sh:ValidationResult too; only top-level ones count."""
    shapes = tmp_path / "nested"
    shapes.mkdir()
    (shapes / "nested.ttl").write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix cg: <https://w3id.org/claimgraph/ontology#> .
        @prefix t: <https://example.org/test-shapes#> .
        t:Denial a sh:NodeShape ; sh:targetClass cg:Denial ; sh:node t:Inner ;
            sh:severity sh:Warning ; sh:message "outer warning"@en .
        t:Inner a sh:NodeShape ; sh:property t:Inner-allegation .
        t:Inner-allegation a sh:PropertyShape ; sh:path cg:allegation ; sh:minCount 1 ;
            sh:severity sh:Violation ; sh:message "inner violation"@en ."""
    )
    run = run_validate(built, "--format", "json", shapes=shapes)
    assert json.loads(run.out)["counts"] == {"Violation": 0, "Warning": 3, "Info": 0}
    assert run.code == 0


def test_inference_with_packaged_shapes_warns(built):
    run = run_validate(built, "--inference", "rdfs", "--format", "json", shapes=None)
    assert "note: the packaged shapes describe asserted data" in run.err
    assert run_validate(built, shapes=None).err == ""


def test_alternative_and_repeated_paths_are_rendered(built, tmp_path):
    shapes = tmp_path / "paths"
    shapes.mkdir()
    (shapes / "paths.ttl").write_text(
        """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix cg: <https://w3id.org/claimgraph/ontology#> .
        @prefix t: <https://example.org/test-shapes#> .
        t:Denial a sh:NodeShape ; sh:targetClass cg:Denial ; sh:property t:Alt, t:Star .
        t:Alt sh:path [ sh:alternativePath ( cg:allegation cg:accused ) ] ; sh:minCount 1 ;
            sh:severity sh:Violation ; sh:message "alternative"@en .
        t:Star sh:path [ sh:oneOrMorePath cg:allegation ] ; sh:minCount 1 ;
            sh:severity sh:Violation ; sh:message "repeated"@en ."""
    )
    results = json.loads(run_validate(built, "--format", "json", shapes=shapes).out)["results"]
    paths = {r["resultPath"] for r in results}
    cg = "https://w3id.org/claimgraph/ontology#"
    assert paths == {f"{cg}allegation|{cg}accused", f"({cg}allegation)+"}
