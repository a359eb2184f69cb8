"""The public Python API (claimgraph.Project, docs/api.md) and the rule that the CLI uses only it.

Expected values come from reading the five articles (see tests/queries/EXPECTED.md):
- accusations-denied: India is accused by Sarfraz Bugti (002, "directly accused neighbors India and
  Afghanistan") and Mohsin Naqvi (004, "blamed India ..."), both denied; Afghanistan only by Bugti (002).
- who-accused-whom: 7 accusation nodes of 4 triples each plus the labels of the 9 parties: 37 triples.
- tests/validate/severities.ttl gives 11 violations, 3 warnings and 3 infos (see tests/test_validate.py).
"""

from __future__ import annotations

import ast
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import claimgraph
from claimgraph.core.resources import resource_dir

from .conftest import REPO

CLI_DIR = REPO / "src" / "claimgraph" / "cli"
DOCS = REPO / "docs" / "api.md"
ARTICLES = resource_dir("data") / "articles"
TEST_SHAPES = Path(__file__).parent / "validate"
ACCUSERS_OF_INDIA = ["Sarfraz Bugti", "Mohsin Naqvi"]


@pytest.fixture(scope="module")
def project(built) -> claimgraph.Project:
    return claimgraph.Project(build_dir=built.build_dir)


def cli_imports() -> list[tuple[str, int, str]]:
    """(file, line, module) for every claimgraph import under cli/, at any depth (functions, TYPE_CHECKING)."""
    found = []
    for path in sorted(CLI_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                # `from claimgraph import query` imports a subpackage; `from claimgraph import Project` does not
                names = [
                    f"{node.module}.{a.name}" if _is_module(f"{node.module}.{a.name}") else node.module
                    for a in node.names
                ]
            else:
                continue
            found += [(path.name, node.lineno, n) for n in names if n.split(".")[0] == "claimgraph"]
    return found


def _is_module(dotted: str) -> bool:
    path = REPO / "src" / Path(*dotted.split("."))
    return path.with_suffix(".py").is_file() or path.is_dir()


def test_cli_imports_only_the_public_api_and_core():
    """Fails on the code before the API: cli/*.py imported claimgraph.build.builder, query.engine, ..."""
    allowed = re.compile(r"claimgraph(\.cli(\..*)?|\.core\..*)?")
    imports = cli_imports()
    offending = [
        f"cli/{f}:{line} imports {module}" for f, line, module in imports if not allowed.fullmatch(module)
    ]
    assert not offending, "the CLI must call the public API (claimgraph), not stage modules: " + "; ".join(
        offending
    )
    assert any(module == "claimgraph" for _f, _l, module in imports)  # the walk does see the API imports


def test_import_and_warm_query_import_no_rdflib_pyshacl_or_owlrl(built):
    """`import claimgraph` plus a packaged query on a warm build: fails if __init__ imports the API (or the
    API a stage) eagerly enough to pull in rdflib, and before the API existed (no claimgraph.Project)."""
    code = (
        "import sys, json, claimgraph\n"
        f"rows = claimgraph.Project(build_dir={str(built.build_dir)!r}).query('accusations-denied')\n"
        "heavy = sorted(m for m in ('rdflib', 'pyshacl', 'owlrl') if m in sys.modules)\n"
        "print(json.dumps([heavy, [r['accuserLabel'] for r in rows], 'pyoxigraph' in sys.modules]))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    heavy, accusers, oxigraph = json.loads(run.stdout)
    assert heavy == [] and oxigraph
    assert accusers == ACCUSERS_OF_INDIA


def test_version_and_public_names():
    assert claimgraph.__version__ == "0.1.0"
    for name in claimgraph.__all__:
        assert getattr(claimgraph, name) is not None
    with pytest.raises(AttributeError):
        _ = claimgraph.no_such_name


def test_query_with_parameters_gives_plain_rows(project):
    rows = project.query("accusations-denied", accused="Afghanistan")
    assert isinstance(rows, claimgraph.Rows) and len(rows) == 1
    row = rows[0]
    assert (row["accuserLabel"], row["accusedLabel"], row["denierWording"]) == (
        "Sarfraz Bugti",
        "Afghanistan",
        "both countries",
    )
    start, end = row["accusationStart"], row["accusationEnd"]
    assert isinstance(start, int) and isinstance(end, int)  # xsd:integer offsets as Python ints
    text = (ARTICLES / f"{row['articleId']}.txt").read_text(encoding="utf-8")
    assert text[start:end] == row["accusationQuote"]
    assert set(rows.variables) >= {"accuserLabel", "accusedLabel", "articleId"}
    assert rows.column("accuserLabel") == ["Sarfraz Bugti"]


def test_default_parameters_and_resource_forms(project):
    assert project.query("accusations-denied").column("accuserLabel") == ACCUSERS_OF_INDIA
    by_iri = project.query("accusations-denied", accused="https://w3id.org/claimgraph/id/actor/india")
    assert by_iri.column("accuserLabel") == ACCUSERS_OF_INDIA


def test_bad_parameter_is_a_claimgraph_error(project):
    with pytest.raises(claimgraph.ClaimgraphError, match="no actor matches 'Indai'"):
        project.query("accusations-denied", accused="Indai")
    with pytest.raises(claimgraph.ClaimgraphError, match="no packaged query"):
        project.query("no-such-query")


def test_sparql_select_ask_and_construct(project):
    count = project.sparql(
        "PREFIX cg: <https://w3id.org/claimgraph/ontology#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a cg:Article }"
    )
    assert count[0]["n"] == len(list(ARTICLES.glob("*.txt")))  # an int, counted from the article files
    assert project.sparql("ASK { ?s ?p ?o }") is True
    triples = project.query("who-accused-whom")
    assert triples.variables == ["subject", "predicate", "object"] and len(triples) == 37
    with pytest.raises(claimgraph.ClaimgraphError, match="updates are refused"):
        project.sparql("DELETE WHERE { ?s ?p ?o }")


def test_sparql_stops_at_its_timeout(project):
    """The API bounds a query as the CLI does (catches: QueryResult evaluating outside run_bounded, so a
    COUNT over a cross product of the five articles' ~5,000 quads runs for minutes)."""
    started = time.monotonic()
    with pytest.raises(claimgraph.ClaimgraphError, match="stopped after 1 s"):
        project.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=1)
    assert time.monotonic() - started < 10


def test_queries_lists_the_catalogue():
    catalogue = claimgraph.queries()
    assert list(claimgraph.Project().queries()) == list(catalogue)
    assert "accusations-denied" in catalogue
    assert set(catalogue["accusations-denied"].parameters) >= {"accused"}
    assert b"sh:SPARQLExecutable" in claimgraph.catalogue_turtle()


def test_query_result_writes_the_cli_formats(project):
    out = io.BytesIO()
    project.run("accusations-denied", {"accused": "India"}).write(out, "json")
    bindings = json.loads(out.getvalue())["results"]["bindings"]
    assert [b["accuserLabel"]["value"] for b in bindings] == ACCUSERS_OF_INDIA
    with pytest.raises(claimgraph.ClaimgraphError, match="does not apply to a SELECT"):
        project.run("accusations-denied").write(io.BytesIO(), "ttl")


def test_export_to_stream_path_and_bytes(project, tmp_path):
    stream = io.BytesIO()
    project.export("nt", stream)
    target = tmp_path / "out" / "all.nt"
    project.export("nt", target)
    assert stream.getvalue() == target.read_bytes() == project.export("nt")
    # registry.yaml labels the actor india "India"
    assert (
        b'<https://w3id.org/claimgraph/id/actor/india> <http://www.w3.org/2000/01/rdf-schema#label> "India"'
        in (stream.getvalue())
    )
    with pytest.raises(claimgraph.ClaimgraphError, match="export format 'csv'"):
        project.export("csv", io.BytesIO())


@pytest.mark.slow
def test_validate_the_build_and_files_with_test_shapes(project, built):
    """Both strategies of the build and the file path give the counts read from the articles."""
    for strategy in ("per-article", "whole"):
        report = project.validate(shapes=TEST_SHAPES, strategy=strategy, jobs=1)
        assert report.counts() == {"Violation": 11, "Warning": 3, "Info": 3}, strategy
    files = project.validate([built.build_dir / "dataset.trig"], shapes=TEST_SHAPES)
    assert files.counts() == {"Violation": 11, "Warning": 3, "Info": 3}
    assert "does not conform" in claimgraph.render_report(files, "text", "violation")
    with pytest.raises(claimgraph.ClaimgraphError, match="per-article"):
        project.validate([built.build_dir / "dataset.trig"], strategy="per-article")


def test_to_pandas_without_pandas_says_how_to_install(project):
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import claimgraph\n"
        "try:\n"
        "    claimgraph.Rows(['a'], [{'a': 1}]).to_pandas()\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "pip install 'claimgraph[pandas]'" in run.stdout, run.stdout + run.stderr


def test_to_pandas(project):
    pytest.importorskip("pandas")
    frame = project.query("accusations-denied").to_pandas()
    assert list(frame["accuserLabel"]) == ACCUSERS_OF_INDIA
    assert list(frame.columns) == project.query("accusations-denied").variables


def python_blocks(markdown: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", markdown, flags=re.DOTALL | re.MULTILINE)


@pytest.mark.slow
def test_docs_api_examples_run(tmp_path, monkeypatch):
    """Every ```python block of docs/api.md, in order, in one namespace, in a fresh directory (so the
    examples' build/ is their own). Their results are then checked against the articles."""
    blocks = python_blocks(DOCS.read_text(encoding="utf-8"))
    assert len(blocks) >= 6
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMGRAPH_DATA", raising=False)
    monkeypatch.delenv("CLAIMGRAPH_BUILD_DIR", raising=False)
    namespace: dict = {}
    for number, block in enumerate(blocks, 1):
        if "to_pandas" in block and _missing("pandas"):
            continue
        try:
            exec(compile(block, f"docs/api.md block {number}", "exec"), namespace)
        except Exception as exc:  # name the block that failed
            pytest.fail(f"docs/api.md python block {number} failed: {exc!r}\n{block}")
    assert namespace["accusers"] == ACCUSERS_OF_INDIA
    assert namespace["accused"] == {"India"}
    assert namespace["n_articles"] == len(list(ARTICLES.glob("*.txt")))
    assert namespace["report"].failing("Violation") == []  # the packaged data conforms
    assert (tmp_path / "claims.ttl").stat().st_size > 0
    assert (tmp_path / "build" / "dataset.nq").is_file()


def _missing(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is None


def test_project_reads_the_build_dir_from_the_environment():
    """Project() defaults as the CLI does ($CLAIMGRAPH_BUILD_DIR): catches a Project that fixes its own."""
    env = {**os.environ, "CLAIMGRAPH_BUILD_DIR": "/nonexistent/cg-build"}
    code = "import claimgraph; print(claimgraph.Project().build_dir)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
    assert run.stdout.strip() == "/nonexistent/cg-build", run.stderr


def test_a_query_parameter_without_its_fields_is_a_located_error(tmp_path):
    """A `#+` header naming a parameter with nothing under it: before, an AttributeError traceback."""
    from claimgraph.query.catalogue import load_query

    rq = tmp_path / "bad.rq"
    rq.write_text(
        "#+ title: t\n#+ description: d\n#+ parameters:\n#+   accused:\nSELECT ?accused WHERE { ?accused ?p ?o }\n"
    )
    with pytest.raises(claimgraph.InputError, match=r"bad.rq:4: header.parameters.accused: expected type"):
        load_query(rq)


@pytest.mark.parametrize(
    ("lexical", "datatype", "expected"),
    [
        ("3", "integer", 3),
        ("x1", "integer", "x1"),  # not a valid integer: its text, not an exception
        ("1.50", "decimal", __import__("decimal").Decimal("1.50")),
        ("1e3", "double", 1000.0),
        ("true", "boolean", True),
        ("0", "boolean", False),
        ("2025-03-11", "date", __import__("datetime").date(2025, 3, 11)),
        ("2025", "gYear", "2025"),  # a partial date stays its text
        ("Quetta", "string", "Quetta"),
    ],
)
def test_plain_values_follow_the_datatype(lexical, datatype, expected):
    """Rows hold Python values of the XSD datatype (read from the XSD spec, not from the code)."""
    import pyoxigraph as ox

    from claimgraph.query.rows import XSD, plain

    value = plain(ox.Literal(lexical, datatype=ox.NamedNode(XSD + datatype)))
    assert value == expected and type(value) is type(expected)
