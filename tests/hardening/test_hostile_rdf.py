"""`validate` on hostile RDF (issue 13 item 7): each case is one line, exit 2, no traceback, in bounded
time (every run has a timeout). Inputs are generated here, in tmp_path; caps are exercised with a small
configured cap (CLAIMGRAPH_MAX_RDF_BYTES) or a sparse file, so nothing large is written.

Before the fix: both billion-laughs documents ran until the timeout (pyoxigraph expands the entities),
the 4,500-deep JSON-LD killed the process with SIGSEGV (rc -11/139), the FIFO blocked for ever, and no
size cap existed (the oversized files were parsed) -- each test below failed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import REPO

RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'


def validate(*paths: Path, env: dict[str, str] | None = None, timeout: float = 60):
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "claimgraph", "validate", *map(str, paths)],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc, time.monotonic() - started


def assert_one_line_exit_2(proc, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def laughs(levels: int, fan_out: int, *, in_attribute: bool) -> str:
    """A billion-laughs document: entity k is `fan_out` references to entity k-1."""
    decls = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{k} "{f"&l{k - 1};" * fan_out}">' for k in range(1, levels + 1)
    )
    top = f"&l{levels};"
    body = (
        f'<rdf:Description rdf:about="http://example.org/s" ex:p="{top}"/>'
        if in_attribute
        else f'<rdf:Description rdf:about="http://example.org/s"><ex:p>{top}</ex:p></rdf:Description>'
    )
    return f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{decls}]>\n<rdf:RDF {RDF}>{body}</rdf:RDF>\n'


@pytest.mark.parametrize(
    ("levels", "fan_out", "in_attribute"),
    [(9, 10, False), (5, 30, True)],
    ids=["deep-element-1e9", "wide-attribute-2e7"],
)
def test_billion_laughs_is_refused_at_once(tmp_path, levels, fan_out, in_attribute):
    path = tmp_path / "laughs.rdf"
    path.write_text(laughs(levels, fan_out, in_attribute=in_attribute), encoding="utf-8")
    assert path.stat().st_size < 1000  # the documents were 667 and 779 bytes
    proc, seconds = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "laughs.rdf", "declares the entity 'l0'", "entit")
    assert seconds < 20


def test_external_entity_is_refused_not_resolved(tmp_path):
    """XXE: an entity naming a local file is refused before any parser could resolve it (checklist
    row 11; before the fix pyoxigraph left it unresolved, so this documents the stricter rule)."""
    path = tmp_path / "xxe.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
        f'<rdf:RDF {RDF}><rdf:Description rdf:about="http://example.org/s"><ex:p>&x;</ex:p>'
        "</rdf:Description></rdf:RDF>\n",
        encoding="utf-8",
    )
    proc, _ = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "xxe.rdf", "declares the entity 'x'")
    assert Path("/etc/hostname").read_text().strip() not in proc.stdout + proc.stderr


def test_plain_rdf_xml_still_validates(tmp_path):
    """Control: RDF/XML without a DTD is parsed as before (and conforms: nothing is targeted)."""
    path = tmp_path / "plain.rdf"
    path.write_text(
        f'<?xml version="1.0"?>\n<rdf:RDF {RDF}><rdf:Description rdf:about="http://example.org/s">'
        "<ex:p>x</ex:p></rdf:Description></rdf:RDF>\n",
        encoding="utf-8",
    )
    proc, _ = validate(path)
    assert proc.returncode == 0, proc.stderr


def nested_jsonld(depth: int, *, text: str = "x") -> str:
    inner = '{"http://example.org/p":' * depth + f'"{text}"' + "}" * depth
    return '{"@id": "http://example.org/s", "http://example.org/p": ' + inner + "}"


def test_deeply_nested_jsonld_is_refused_before_parsing(tmp_path):
    path = tmp_path / "deep.jsonld"
    path.write_text(nested_jsonld(4500), encoding="utf-8")
    proc, seconds = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "deep.jsonld", "nests deeper than 128 levels")
    assert seconds < 20


def test_moderate_jsonld_nesting_and_brackets_in_strings_are_fine(tmp_path):
    """Control: depth 100 is accepted, and brackets inside strings (escaped quotes too) do not count."""
    path = tmp_path / "ok.jsonld"
    path.write_text(nested_jsonld(100, text='\\"' + "{[" * 500), encoding="utf-8")
    proc, _ = validate(path)
    assert proc.returncode == 0, proc.stderr


def test_huge_literal_hits_the_configured_cap(tmp_path):
    path = tmp_path / "literal.nt"
    path.write_text(f'<http://example.org/s> <http://example.org/p> "{"x" * 5000}" .\n', encoding="utf-8")
    proc, _ = validate(path, env={"CLAIMGRAPH_MAX_RDF_BYTES": "4096"})
    assert_one_line_exit_2(proc, "literal.nt", "larger than 4096 bytes")


def test_many_lines_hit_the_configured_cap(tmp_path):
    path = tmp_path / "lines.nt"
    lines = "".join(
        f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o> .\n" for i in range(20_000)
    )
    path.write_text(lines, encoding="utf-8")
    proc, seconds = validate(path, env={"CLAIMGRAPH_MAX_RDF_BYTES": "100000"})
    assert_one_line_exit_2(proc, "lines.nt", "larger than 100000 bytes")
    assert seconds < 20


def test_default_cap_is_64_mebibytes(tmp_path):
    path = tmp_path / "big.nq"
    with path.open("wb") as fh:
        fh.truncate(64 * 1024 * 1024 + 1)  # sparse: nothing is written to disk
    proc, seconds = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "big.nq", f"larger than {64 * 1024 * 1024} bytes")
    assert seconds < 20


def test_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.ttl"
    os.mkfifo(path)
    proc, _ = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "pipe.ttl", "not a regular file (a FIFO)")


# ---- item 10: the OWL RL closure of an owl:sameAs chain runs under a time and size budget

TRIVIAL_SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:S a sh:NodeShape ; sh:targetNode ex:nobody ; sh:property [ sh:path ex:p ; sh:maxCount 1 ] .
"""


def same_as_chain(tmp_path: Path, n: int) -> tuple[Path, Path]:
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "s.ttl").write_text(TRIVIAL_SHAPE, encoding="utf-8")
    data = tmp_path / "chain.nt"
    same = "<http://www.w3.org/2002/07/owl#sameAs>"
    data.write_text(
        "".join(f"<http://example.org/a{i}> {same} <http://example.org/a{i + 1}> .\n" for i in range(n)),
        encoding="utf-8",
    )
    return shapes, data


def validate_with(shapes: Path, data: Path, *extra: str, env: dict[str, str], timeout: float = 60):
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "claimgraph", "validate", "--shapes", str(shapes), *extra, str(data)],
        cwd=REPO,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc, time.monotonic() - started


def test_same_as_chain_stops_at_the_time_budget(tmp_path):
    """200 owl:sameAs triples entail ~20,000 and ran past 180 s before; a 2 s budget stops it."""
    shapes, data = same_as_chain(tmp_path, 200)
    proc, seconds = validate_with(
        shapes, data, "--inference", "owlrl", env={"CLAIMGRAPH_INFERENCE_SECONDS": "2"}
    )
    assert_one_line_exit_2(proc, "--inference owlrl stopped at its time budget of 2 s", "owl:sameAs")
    assert seconds < 30


def test_same_as_chain_stops_at_the_triple_budget(tmp_path):
    shapes, data = same_as_chain(tmp_path, 200)
    proc, seconds = validate_with(
        shapes, data, "--inference", "owlrl", env={"CLAIMGRAPH_INFERENCE_MAX_TRIPLES": "1000"}
    )
    assert_one_line_exit_2(proc, "stopped at its budget of 1000 entailed triples")
    assert seconds < 30


def test_small_closure_fits_the_default_budget(tmp_path):
    """Control: a 5-link chain is entailed and validated as before."""
    shapes, data = same_as_chain(tmp_path, 5)
    proc, _ = validate_with(shapes, data, "--inference", "owlrl", env={})
    assert proc.returncode == 0, proc.stderr


def test_check_consistency_closure_has_the_budget_too(monkeypatch):
    import rdflib

    from claimgraph.check.reasoning import owlrl_errors
    from claimgraph.validate.inference_budget import InferenceBudgetExceeded

    graph = rdflib.Graph()
    same = rdflib.OWL.sameAs
    for i in range(200):
        graph.add(
            (rdflib.URIRef(f"http://example.org/a{i}"), same, rdflib.URIRef(f"http://example.org/a{i + 1}"))
        )
    monkeypatch.setenv("CLAIMGRAPH_INFERENCE_MAX_TRIPLES", "500")
    with pytest.raises(InferenceBudgetExceeded, match="owlrl consistency check stopped at its budget of 500"):
        owlrl_errors(graph)


# ---- item 11: SERVICE in a shape's SPARQL is refused before pySHACL runs (nothing is ever sent)

SPARQL_SHAPES = {
    "constraint": """ex:S a sh:NodeShape ; sh:targetNode ex:s ;
  sh:sparql [ sh:select "SELECT $this WHERE { SERVICE <http://127.0.0.1:9/sparql> { $this ?p ?o } }" ] .""",
    "target": """ex:S a sh:NodeShape ; sh:property [ sh:path ex:p ; sh:minCount 1 ] ;
  sh:target [ a sh:SPARQLTarget ; sh:select \"\"\"SELECT ?this WHERE {
    service silent <http://127.0.0.1:9/sparql> { ?this ?p ?o } }\"\"\" ] .""",
}


@pytest.mark.parametrize("where", sorted(SPARQL_SHAPES))
def test_service_in_shape_sparql_is_refused(tmp_path, where):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    prefixes = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n"
    (shapes / "remote.ttl").write_text(prefixes + SPARQL_SHAPES[where] + "\n", encoding="utf-8")
    data = tmp_path / "data.nt"
    data.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    proc, _ = validate_with(shapes, data, env={}, timeout=60)
    assert_one_line_exit_2(proc, "remote.ttl", "uses SERVICE", "federated queries are refused")


def test_service_in_strings_iris_comments_and_names_is_not_a_service_call(tmp_path):
    """Control for the scan: the word in a string, an IRI, a comment or a variable name is no SERVICE
    clause. (Checked on the scan itself: pySHACL refuses any `service` text in sh:sparql constraints.)"""
    import rdflib

    from claimgraph.validate.validation import refuse_service

    graph = rdflib.Graph()
    text = (
        "SELECT $this ?service WHERE { $this <http://example.org/SERVICE> ?service ; ex:SERVICE 'SERVICE' "
        '# SERVICE <x>\n FILTER(?service = "SERVICE" && ?a < 3) }'
    )
    graph.add((rdflib.URIRef("http://example.org/t"), rdflib.SH.select, rdflib.Literal(text)))
    refuse_service(graph, tmp_path / "ok.ttl")  # no error
    graph.add((rdflib.URIRef("http://example.org/u"), rdflib.SH.select, rdflib.Literal(text + " SERVICE")))
    with pytest.raises(Exception, match="uses SERVICE"):
        refuse_service(graph, tmp_path / "bad.ttl")


def test_shapes_pyshacl_cannot_use_are_one_line_not_an_attribute_error(tmp_path):
    """Before: pySHACL returned a ValidationFailure instead of a report and validate crashed on it with
    AttributeError. Now any such shape fault is one line, exit 2 (here: MINUS, which pySHACL forbids)."""
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "minus.ttl").write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n@prefix ex: <http://example.org/> .\n"
        'ex:S a sh:NodeShape ; sh:targetNode ex:s ; sh:sparql [ sh:select """SELECT $this\n'
        'WHERE { $this ?p ?o MINUS { $this ex:q ?o } }""" ] .\n',
        encoding="utf-8",
    )
    data = tmp_path / "data.nt"
    data.write_text("<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    proc, _ = validate_with(shapes, data, env={})
    assert_one_line_exit_2(proc, "shapes cannot be used: A SPARQL Constraint must not contain a MINUS clause")
