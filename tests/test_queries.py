"""The packaged query library: every file collected, headers strict, terms declared, and each query's
answer on the five articles equal to the expected result stored beside the tests, on both engines.

Expected results (tests/queries/expected/) were written from reading the articles (rationale per query in
tests/queries/EXPECTED.md) and are only rewritten by `pytest --update-expected`, to be reviewed in the diff.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.plugins.sparql import prepareQuery

from claimgraph.check.checks import undeclared_query_terms
from claimgraph.core.resources import resource_dir
from claimgraph.query.catalogue import load_catalogue, load_query
from claimgraph.query.engine import bind
from claimgraph.query.params import resolve
from claimgraph.validate.validation import load_ontology

QUERIES_DIR = resource_dir("queries")
EXPECTED = Path(__file__).parent / "queries" / "expected"
FILES = sorted(QUERIES_DIR.glob("*.rq"))
NAMES = [p.stem for p in FILES]
XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger", "int", "long")}


def test_the_collector_finds_the_library():
    assert len(FILES) >= 1, f"no packaged queries in {QUERIES_DIR}"
    assert sorted(load_catalogue(QUERIES_DIR)) == NAMES


@pytest.fixture(scope="session")
def store(built) -> ox.Store:
    return ox.Store.read_only(str(built.store))


@pytest.fixture(scope="session")
def dataset(built) -> rdflib.Dataset:
    ds = rdflib.Dataset(default_union=True)
    ds.parse(built.build_dir / "dataset.trig", format="trig")
    return ds


@pytest.fixture(scope="session")
def ontology() -> rdflib.Graph:
    return load_ontology()


@pytest.mark.parametrize("name", NAMES)
def test_header_is_complete(name):
    query = load_query(QUERIES_DIR / f"{name}.rq")
    assert query.title and query.description and query.tags
    for param in query.parameters.values():
        assert param.description and param.example


@pytest.mark.parametrize("name", NAMES)
def test_parses_in_both_engines_and_names_only_declared_terms(name, ontology, tmp_path):
    query = load_query(QUERIES_DIR / f"{name}.rq")
    prepareQuery(query.sparql)  # rdflib
    ox.Store().query(query.sparql)  # pyoxigraph parses before it evaluates (empty store)
    single = tmp_path / "q"
    single.mkdir()
    (single / f"{name}.rq").write_text(
        (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8"), encoding="utf-8"
    )
    assert undeclared_query_terms(ontology, single) == []


@pytest.mark.parametrize("name", NAMES)
def test_parameter_examples_resolve(name, store):
    query = load_query(QUERIES_DIR / f"{name}.rq")
    for param in query.parameters.values():
        resolve(store, param, param.example)
        if param.default is not None:
            resolve(store, param, param.default)


def run_oxigraph(store, query):
    bindings = bind(store, query, {})
    return store.query(
        query.sparql, use_default_graph_as_union=True, substitutions=bindings or None
    ), bindings


def to_rdflib(term):
    from claimgraph.core.rdfio import to_rdflib as convert

    return convert(term)


def normal_term(term: dict | None):
    """One SPARQL JSON binding, with integer subtypes and xsd:string folded (engines differ there)."""
    if term is None:
        return None
    datatype = term.get("datatype")
    if datatype in INTEGER_TYPES:
        return ("literal", str(int(term["value"])), XSD + "integer", None)
    if datatype == XSD + "string":
        datatype = None
    return (term["type"].replace("typed-literal", "literal"), term["value"], datatype, term.get("xml:lang"))


def normal_rows(doc: dict, ordered: bool) -> list:
    if "boolean" in doc:
        return [doc["boolean"]]
    variables = doc["head"]["vars"]
    rows = [tuple(normal_term(b.get(v)) for v in variables) for b in doc["results"]["bindings"]]
    return rows if ordered else sorted(rows, key=repr)


def rdflib_json(result) -> dict:
    return json.loads(result.serialize(format="json"))


@pytest.mark.parametrize("name", NAMES)
def test_answer_matches_expected_on_both_engines(name, store, dataset, request):
    query = load_query(QUERIES_DIR / f"{name}.rq")
    ox_result, bindings = run_oxigraph(store, query)
    init = {var.value: to_rdflib(term) for var, term in bindings.items()}
    rdf_result = dataset.query(query.sparql, initBindings=init)
    update = request.config.getoption("--update-expected")
    if query.form in ("CONSTRUCT", "DESCRIBE"):
        ox_graph = rdflib.Graph()
        for t in ox_result:
            ox_graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
        rdf_graph = rdflib.Graph()
        for t in rdf_result:
            rdf_graph.add(t)
        assert isomorphic(ox_graph, rdf_graph), "engines disagree"
        path = EXPECTED / f"{name}.ttl"
        if update:
            path.write_text(ox_graph.serialize(format="turtle"), encoding="utf-8")
        expected = rdflib.Graph().parse(path, format="turtle")
        assert len(expected) > 0
        assert isomorphic(ox_graph, expected), f"{name}: result differs from {path.name}"
        return
    buf = io.BytesIO()
    ox_result.serialize(buf, ox.QueryResultsFormat.JSON)
    ox_doc = json.loads(buf.getvalue())
    ordered = "ORDER BY" in query.sparql.upper()
    assert normal_rows(ox_doc, ordered) == normal_rows(rdflib_json(rdf_result), ordered), "engines disagree"
    path = EXPECTED / f"{name}.json"
    if update:
        path.write_text(json.dumps(ox_doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert normal_rows(ox_doc, ordered) == normal_rows(expected, ordered), (
        f"{name}: result differs from {path.name}"
    )


def test_every_expected_file_belongs_to_a_query():
    stems = {p.stem for p in EXPECTED.iterdir() if p.suffix in (".json", ".ttl")}
    assert stems <= set(NAMES), stems - set(NAMES)


def test_every_expected_result_has_a_reading_of_the_articles():
    """An expected file without a rationale in EXPECTED.md would be just the code's own output."""
    text = (EXPECTED.parent / "EXPECTED.md").read_text(encoding="utf-8")
    documented = {m.strip("`*") for m in re.findall(r"^- (\S+?)[ :(]", text, flags=re.M)}
    assert set(NAMES) <= documented, set(NAMES) - documented


# ---- EXPECTED.md, row by row -----------------------------------------------------------------------------
ARTICLE_NUMBERS = {p.stem.split("_")[0]: p.stem for p in (resource_dir("data") / "articles").glob("*.txt")}


def rationale_lines() -> dict[str, list[tuple[str, str]]]:
    """query name -> [(row key, rationale text)] from the indented `- `key` text` lines of EXPECTED.md."""
    out: dict[str, list[tuple[str, str]]] = {}
    query = None
    for line in (EXPECTED.parent / "EXPECTED.md").read_text(encoding="utf-8").splitlines():
        top = re.match(r"^- (\S+?)[ :(]", line)
        if top:
            query = top.group(1).strip("`*")
            out.setdefault(query, [])
        row = re.match(r"^  - `([^`]+)` (.+)$", line)
        if row and query:
            out[query].append((row.group(1), row.group(2)))
    return out


def expected_rows(name: str) -> list[dict[str, str]]:
    """The expected result as rows of column -> value; a CONSTRUCT result as one row per subject (`node`)."""
    if (EXPECTED / f"{name}.ttl").exists():
        graph = rdflib.Graph().parse(EXPECTED / f"{name}.ttl", format="turtle")
        return [{"node": str(s)} for s in sorted(set(graph.subjects()), key=str)]
    doc = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


def key_matches(key: str, row: dict[str, str]) -> bool:
    """`col=value; col^=prefix`: an exact value, an IRI's last segment, or a prefix of a long label."""
    for part in key.split("; "):
        prefix = "^=" in part
        column, value = part.split("^=" if prefix else "=", 1)
        actual = row.get(column)
        if actual is None:
            return False
        if prefix and actual.startswith(value):
            continue
        if not prefix and (actual == value or re.search(r"[/#]" + re.escape(value) + "$", actual)):
            continue
        return False
    return True


def row_articles(row: dict[str, str]) -> set[str]:
    """The numbers of the articles a row names (an articleId column, an article or claim IRI)."""
    return {n for n, stem in ARTICLE_NUMBERS.items() for v in row.values() if stem in v}


def rationale_problems(name: str, lines: list[tuple[str, str]], rows: list[dict[str, str]]) -> list[str]:
    problems = []
    explained = [0] * len(rows)
    for key, text in lines:
        hits = [i for i, row in enumerate(rows) if key_matches(key, row)]
        if len(hits) != 1:
            problems.append(f"{name}: rationale `{key}` names {len(hits)} expected rows, not one")
            continue
        explained[hits[0]] += 1
        cited = set(re.findall(r"\b(\d{3})\b", text)) & set(ARTICLE_NUMBERS)
        if not cited:
            problems.append(f"{name}: rationale `{key}` cites no article (000-004)")
        missing = row_articles(rows[hits[0]]) - cited
        if missing:
            problems.append(f"{name}: rationale `{key}` does not cite its article {sorted(missing)}")
    for row, count in zip(rows, explained, strict=True):
        if count != 1:
            shown = {k: v for k, v in row.items() if not v.startswith("http")} or row
            problems.append(f"{name}: expected row {shown} has {count} rationale lines, not one")
    return problems


@pytest.mark.parametrize("name", NAMES)
def test_every_expected_row_has_a_rationale_citing_its_article(name):
    """Per row, not just per query: before, a query with any rationale passed however many rows it had
    (this test failed on every query then; e.g. accusations-denied's two rows had none)."""
    lines = rationale_lines()
    assert name in lines, f"{name}: no entry in EXPECTED.md"
    problems = rationale_problems(name, lines[name], expected_rows(name))
    assert not problems, "\n".join(problems)


def test_rationale_check_catches_a_missing_row_a_wrong_article_and_an_ambiguous_key():
    rows = [
        {"who": "A", "articleId": ARTICLE_NUMBERS["002"]},
        {"who": "B", "articleId": ARTICLE_NUMBERS["004"]},
    ]
    assert rationale_problems("q", [("who=A", '002: "words"'), ("who=B", '004: "words"')], rows) == []
    assert any("has 0 rationale" in p for p in rationale_problems("q", [("who=A", "002: x")], rows))
    wrong = rationale_problems("q", [("who=A", "004: x"), ("who=B", "004: x")], rows)
    assert wrong == ["q: rationale `who=A` does not cite its article ['002']"]
    ambiguous = rationale_problems("q", [("articleId^=00", "002 004")], rows)
    assert any("names 2 expected rows" in p for p in ambiguous)
