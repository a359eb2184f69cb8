"""`claimgraph check`: ROBOT-style quality checks of the ontology, the data and the packaged queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.fields import Fields
from claimgraph.core.formats import CHECK_SEVERITIES
from claimgraph.core.namespaces import ID, OWL, RDF, RDFS, XSD
from claimgraph.core.resources import resource_dir
from claimgraph.query.catalogue import load_catalogue

SEVERITIES = CHECK_SEVERITIES
BUILTIN = (RDF, RDFS, OWL, XSD, ID)  # the languages themselves and data IRIs need no declaration


@dataclass
class CheckFile:
    name: str
    path: Path
    title: str
    description: str
    severity: str
    sparql: str


@dataclass
class Outcome:
    name: str
    title: str
    severity: str
    status: str  # ok | fail | skipped
    rows: list[str] = field(default_factory=list)


def load_checks(directory: Path) -> list[CheckFile]:
    """`queries/checks/*.rq`: each a SELECT that describes violations; any row means the check fails."""
    import yaml

    from claimgraph.query.catalogue import HEADER_LINE, convert_node

    checks = []
    for path in sorted(directory.glob("*.rq")):
        shown = display_path(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        header = [m.group(1) for m in map(HEADER_LINE.match, lines) if m]
        if not header:
            raise InputError(shown, "missing '#+' header (title, description, severity)", line=1)
        try:
            node = yaml.compose("\n".join(header), Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            raise InputError(
                shown, f"header is not valid YAML: {getattr(exc, 'problem', exc)}", line=1
            ) from None
        f = Fields(convert_node(node, shown) if node else None, shown, "header", 1)
        f.reject_unknown(("title", "description", "severity"))
        body = "\n".join(line for line in lines if not HEADER_LINE.match(line))
        checks.append(
            CheckFile(
                path.stem,
                path,
                f.text("title", required=True),
                f.text("description", required=True),
                f.choice("severity", SEVERITIES, required=True),
                body,
            )
        )
    return checks


def run_sparql_checks(store: ox.Store, checks: list[CheckFile]) -> list[Outcome]:
    outcomes = []
    for check in checks:
        solutions = store.query(check.sparql, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise InputError(
                str(check.path), "a check must be a SELECT query (rows are its failures)", line=1
            )
        variables = [v.value for v in solutions.variables]
        rows = [" ".join(_show(row[v]) for v in variables) for row in solutions]
        outcomes.append(Outcome(check.name, check.title, check.severity, "fail" if rows else "ok", rows))
    return outcomes


def undeclared_query_terms(ontology: rdflib.Graph, queries_dir: Path) -> list[str]:
    """Classes and properties named by packaged queries that the ontology does not declare."""
    from rdflib.plugins.sparql import prepareQuery

    declared = set(ontology.subjects())
    missing = []
    for query in load_catalogue(queries_dir).values():
        for term in sorted(_iris(prepareQuery(query.sparql).algebra)):
            if not term.startswith(BUILTIN) and rdflib.URIRef(term) not in declared:
                missing.append(f"{query.name}: {term}")
    return missing


def _iris(node) -> set[str]:
    found: set[str] = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, rdflib.URIRef):
            found.add(str(item))
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
        elif hasattr(item, "__dict__") and not isinstance(item, rdflib.term.Node):
            stack.extend(vars(item).values())
    return found


def _show(term) -> str:
    if term is None:
        return "-"
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def checks_dir() -> Path:
    return resource_dir("queries") / "checks"


def run_checks(layout, *, hermit: bool = True, on_build=None) -> list[Outcome]:
    """Every check, in a fixed order: reasoners first, then terms, then the SPARQL check files."""
    from claimgraph.build.layout import verify_outputs
    from claimgraph.check.reasoning import Skipped, hermit_errors, owlrl_errors
    from claimgraph.core.rdfio import split_graphs
    from claimgraph.query.engine import open_store

    store = open_store(layout, on_build=on_build)
    verify_outputs(layout, hashed=("dataset.nq",))  # read whole below: its hash is cheap to check too
    with (layout.build_dir / "dataset.nq").open("rb") as fh:
        data, ontology = split_graphs(list(ox.parse(fh, format=ox.RdfFormat.N_QUADS)))
    outcomes = []
    if hermit:
        try:
            rows = hermit_errors(ontology)
            outcomes.append(
                _outcome("hermit-consistency", "Ontology consistent under HermiT (OWL 2 DL)", rows)
            )
        except Skipped as reason:
            outcomes.append(Outcome("hermit-consistency", f"HermiT not run: {reason}", "warning", "skipped"))
    rows = owlrl_errors(ontology + data)
    outcomes.append(_outcome("owlrl-consistency", "Ontology and data consistent under OWL RL (owlrl)", rows))
    rows = undeclared_query_terms(ontology, resource_dir("queries"))
    outcomes.append(
        _outcome("undeclared-term-in-queries", "Terms in packaged queries declared in the ontology", rows)
    )
    outcomes.extend(run_sparql_checks(store, load_checks(checks_dir())))
    return outcomes


def _outcome(name: str, title: str, rows: list[str], severity: str = "error") -> Outcome:
    return Outcome(name, title, severity, "fail" if rows else "ok", rows)
