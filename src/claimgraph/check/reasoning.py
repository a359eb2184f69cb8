"""Consistency under two reasoners: owlrl (OWL RL, pure Python) and HermiT (OWL 2 DL, via owlready2)."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

import rdflib
from rdflib.namespace import RDF

ERRNS = rdflib.Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
NOTHING = "http://www.w3.org/2002/07/owl#Nothing"


class Skipped(Exception):
    """A reasoner that cannot run here (not installed, no Java): reported, not hidden."""


def owlrl_errors(graph: rdflib.Graph) -> list[str]:
    """Inconsistencies found by the OWL RL closure; owlrl reports them as triples, not exceptions. The
    closure runs under the inference budget (time and entailed triples), as validate's does."""
    import owlrl

    from claimgraph.validate.inference_budget import Budget, budgeted

    closure = rdflib.Graph()
    for triple in graph:
        closure.add(triple)
    semantics = budgeted(owlrl.OWLRL_Semantics, Budget.from_environment("the owlrl consistency check"))
    with rdflib_literal_conversions_restored():
        owlrl.DeductiveClosure(semantics).expand(closure)
    return sorted(str(closure.value(n, ERRNS.error)) for n in closure.subjects(RDF.type, ERRNS.ErrorMessage))


@contextlib.contextmanager
def rdflib_literal_conversions_restored():
    """owlrl swaps rdflib's lexical-to-Python table for its own and never swaps it back; its xsd:gMonthDay
    parser rejects valid values such as "--01-29", which then breaks later validation in the process."""
    from rdflib.term import _toPythonMapping

    saved = dict(_toPythonMapping)
    try:
        yield
    finally:
        _toPythonMapping.clear()
        _toPythonMapping.update(saved)


def hermit_errors(graph: rdflib.Graph) -> list[str]:
    """Inconsistency or unsatisfiable classes under HermiT; raises Skipped when it cannot run."""
    try:
        import owlready2
    except ImportError:
        raise Skipped("owlready2 is not installed (pip install 'claimgraph[reasoner]')") from None
    if not (
        shutil.which("java") or (getattr(owlready2, "JAVA_EXE", None) and shutil.which(owlready2.JAVA_EXE))
    ):
        raise Skipped("HermiT needs a Java runtime (java not found on PATH)")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ontology.nt"
        graph.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError as exc:
            return [f"inconsistent ontology: {exc}".strip()]
        return sorted(
            f"unsatisfiable class {c.iri}" for c in world.inconsistent_classes() if c.iri != NOTHING
        )
