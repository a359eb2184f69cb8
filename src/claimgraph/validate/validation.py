"""SHACL validation with pySHACL: the packaged shapes (or a user's) against the build or any RDF files."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib
from rdflib.namespace import RDF, SH

from claimgraph.core.errors import ClaimgraphError, InputError, display_path
from claimgraph.core.formats import VALIDATION_SEVERITIES
from claimgraph.core.inputfiles import RDF_CAP
from claimgraph.core.rdfio import read_graph, read_quads, split_graphs
from claimgraph.core.resources import resource_dir
from claimgraph.validate.inference_budget import Budget, budgeted_pyshacl_inference
from claimgraph.validate.pyshacl_tuning import tuned_pyshacl

if TYPE_CHECKING:
    from claimgraph.corpus.sources import Sources

SEVERITIES = VALIDATION_SEVERITIES  # most severe first


@dataclass(frozen=True)
class Result:
    severity: str
    focus: str
    path: str | None
    message: str
    shape: str | None
    component: str
    value: str | None
    source: str | None = None


@dataclass
class Report:
    results: list[Result]
    report_graph: rdflib.Graph
    shapes: rdflib.Graph
    checked: list[str] = field(default_factory=list)  # what was validated, for messages

    def failing(self, fail_on: str) -> list[Result]:
        limit = SEVERITIES.index(fail_on)
        return [r for r in self.results if SEVERITIES.index(r.severity) <= limit]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for r in self.results if r.severity == s) for s in SEVERITIES}


def load_shapes(shapes_dir: Path | None = None) -> rdflib.Graph:
    """The packaged shapes, or a user's directory of them (untrusted: capped and checked like data, and
    refused if their SPARQL would reach out with SERVICE)."""
    directory = shapes_dir or resource_dir("shapes")
    files = sorted(directory.glob("*.ttl"))
    if not files:
        raise InputError(display_path(directory), "no shapes (*.ttl) found")
    shapes = rdflib.Graph()
    for path in files:
        graph = read_graph([path], None if shapes_dir is None else RDF_CAP)
        refuse_service(graph, path)
        shapes += graph
    return shapes


# Where SHACL-SPARQL keeps query text: constraints and targets (select, ask), rules (construct), update.
_SPARQL_TEXT = tuple(rdflib.URIRef(str(SH) + name) for name in ("select", "ask", "construct", "update"))
# What is not query code: strings (long and short), IRIs and comments; SERVICE inside them is harmless.
_NOT_CODE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE\b", re.IGNORECASE)


def refuse_service(shapes: rdflib.Graph, path: Path) -> None:
    """pySHACL would run a federated query (an outbound request from validation), or crash on it: the
    SERVICE keyword anywhere in a shape's SPARQL is refused before pySHACL sees the shapes."""
    for predicate in _SPARQL_TEXT:
        for node, text in shapes.subject_objects(predicate):
            if _SERVICE.search(_NOT_CODE.sub(" ", str(text))):
                name = node if isinstance(node, rdflib.URIRef) else "a blank node"
                raise InputError(
                    display_path(path),
                    f"the SPARQL of {name} (sh:{predicate.rsplit('#', 1)[-1]}) uses SERVICE: federated "
                    "queries are refused in shapes, validation sends no requests",
                )


def load_ontology() -> rdflib.Graph:
    return read_graph(sorted(resource_dir("ontology").glob("*.ttl")), None)


def load_data(paths: list[Path], *, trusted: bool = False) -> tuple[rdflib.Graph, rdflib.Graph]:
    """Union of all graphs of all files as data; claimgraph's own ontology graph, if present, apart.
    Files are untrusted (size cap, entity and depth checks in read_quads) unless `trusted`: the build's
    own dump, which can outgrow the cap for user files."""
    quads = []
    for path in paths:
        quads.extend(read_quads(path, None if trusted else RDF_CAP))
    return split_graphs(quads)


def validate(
    data: rdflib.Graph,
    shapes: rdflib.Graph,
    ontology: rdflib.Graph,
    *,
    inference: str = "none",
    sources: Sources | None = None,
) -> Report:
    """Validate asserted data; the ontology is mixed in only for class and property hierarchies."""
    import contextlib

    import pyshacl

    budget = (
        contextlib.nullcontext()
        if inference == "none"
        else budgeted_pyshacl_inference(Budget.from_environment(f"--inference {inference}"))
    )
    with tuned_pyshacl(), budget:
        _conforms, report_graph, _text = pyshacl.validate(
            data,
            shacl_graph=shapes,
            ont_graph=ontology,
            inference=None if inference == "none" else inference,
            allow_warnings=True,
            advanced=True,
            abort_on_first=False,
        )
    if not isinstance(report_graph, rdflib.Graph):
        # pySHACL reports a shape it cannot use (MINUS, VALUES or SERVICE in a SPARQL constraint, ...) by
        # returning a ValidationFailure instead of a report: a fault of the shapes, not a verdict
        message = getattr(report_graph, "message", None) or str(report_graph)
        raise ClaimgraphError(f"shapes cannot be used: {message}")
    # Only the report's own results: pySHACL also types nested sh:detail results as sh:ValidationResult.
    report = next(report_graph.subjects(RDF.type, SH.ValidationReport))
    results = [
        read_result(report_graph, node, sources or {}) for node in report_graph.objects(report, SH.result)
    ]
    results.sort(
        key=lambda r: (r.focus, SEVERITIES.index(r.severity), r.path or "", r.shape or "", r.message)
    )
    return Report(results, report_graph, shapes)


def read_result(g: rdflib.Graph, node, sources: Sources) -> Result:
    """One sh:ValidationResult as a Result; per-article validation (partitioned.py) reads its reports the
    same way, so both strategies give the same report."""
    from claimgraph.corpus.sources import locate

    def one(pred):
        value = g.value(node, pred)
        return None if value is None else str(value)

    severity = one(SH.resultSeverity) or str(SH.Violation)
    messages = sorted(str(m) for m in g.objects(node, SH.resultMessage))
    focus = one(SH.focusNode) or ""
    return Result(
        severity=severity.rsplit("#", 1)[-1],
        focus=focus,
        path=_path_text(g, g.value(node, SH.resultPath)),
        message=messages[0] if messages else "(no message)",
        shape=_shape_name(g, g.value(node, SH.sourceShape)),
        component=(one(SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1],
        value=one(SH.value),
        source=locate(sources, focus),
    )


def _shape_name(g: rdflib.Graph, shape) -> str | None:
    return None if shape is None or isinstance(shape, rdflib.BNode) else str(shape)


def _path_text(g: rdflib.Graph, path) -> str | None:
    if path is None:
        return None
    if isinstance(path, rdflib.URIRef):
        return str(path)
    inverse = g.value(path, SH.inversePath)
    if inverse is not None:
        return f"^{_path_text(g, inverse)}"
    for pred, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
        inner = g.value(path, pred)
        if inner is not None:
            return f"({_path_text(g, inner)}){mark}"
    alternatives = g.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_path_text(g, p) or "?" for p in rdflib.collection.Collection(g, alternatives))
    if (path, RDF.first, None) in g:
        return "/".join(_path_text(g, p) or "?" for p in rdflib.collection.Collection(g, path))
    return "(complex path)"
