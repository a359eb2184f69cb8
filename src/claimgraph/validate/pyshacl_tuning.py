"""Ways pySHACL spends time on work whose outcome it then throws away, and how claimgraph avoids them.

Each is applied only for the duration of a validation call and changes no result: tests/test_shapes.py
checks that `claimgraph validate` reports what plain pySHACL reports for every sh:or fixture, and that
every valid edge case still conforms; tests/test_partitioned.py checks that per-article validation, which
also skips focus nodes judged elsewhere, reports what whole-graph validation reports.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def tuned_pyshacl(home: Callable[[str], bool] | None = None) -> Iterator[None]:
    """The tunings below, for one validation; `home` as for `focus_nodes_within`."""
    with prepared_sparql(), first_conforming_or(), focus_nodes_within(home):
        yield


@contextlib.contextmanager
def prepared_sparql() -> Iterator[None]:
    """Translate each SPARQL text once: pySHACL hands rdflib the same constraint query as text for every
    focus node, and rdflib parses it again each time (about 40 ms, most of a small graph's validation).
    The cached object is what rdflib's own prepareQuery returns; evaluation does not modify it."""
    from rdflib.plugins.sparql import processor

    original = processor.SPARQLProcessor.query
    cache: dict[tuple, object] = {}

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):
        if isinstance(strOrQuery, str):
            key = (strOrQuery, base, tuple(sorted((k, str(v)) for k, v in (initNs or {}).items())))
            prepared = cache.get(key)
            if prepared is None:
                prepared = cache[key] = processor.translateQuery(
                    processor.parseQuery(strOrQuery), base, initNs
                )
            strOrQuery = prepared
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    processor.SPARQLProcessor.query = query  # type: ignore[method-assign]  # for this call only
    try:
        yield
    finally:
        processor.SPARQLProcessor.query = original  # type: ignore[method-assign]


# The pySHACL method replaced below, as the versions this was written against define it.
_OR_METHOD = "_evaluate_or_constraint"
_OR_PARAMETERS = ["self", "executor", "or_c", "target_graph", "focus_value_nodes", "_evaluation_path"]


@contextlib.contextmanager
def first_conforming_or() -> Iterator[None]:
    """Stop checking a value node against the members of an sh:or at the first member it conforms to.

    pySHACL checks every member and builds a full result (with a rendered message) for each one that
    fails, then discards them all: on valid data most of its sh:or time went into results nobody sees
    (13,031 results built for 105 synthetic articles, 4,953 with this). Checking has no side effects, so
    the outcome is the same; SHACL 1.2 notes that engines may stop early, and shacl-engine does. Members
    are tried in list order. If this pySHACL's method is not the one this was written against, nothing
    is replaced."""
    try:
        from pyshacl.constraints.core.logical_constraints import OrConstraintComponent
        from pyshacl.errors import ReportableRuntimeError
    except ImportError:
        yield
        return
    original = getattr(OrConstraintComponent, _OR_METHOD, None)
    if original is None or list(inspect.signature(original).parameters) != _OR_PARAMETERS:
        yield
        return

    def evaluate_or(self, executor, or_c, target_graph, focus_value_nodes, _evaluation_path):
        members = list(dict.fromkeys(self.shape.sg.graph.items(or_c)))
        if not members:
            raise ReportableRuntimeError("The list associated with sh:or is not a valid RDF list.")
        shapes = []
        for member in members:
            if self.shape.sg.is_filtered_out_shape(member):
                continue
            shape = self.shape.get_other_shape(member)
            if not shape:
                raise ReportableRuntimeError(
                    "Shape pointed to by sh:or does not exist or is not a well-formed SHACL Shape."
                )
            shapes.append(shape)
        if not shapes:
            return False, []

        def conforms(value) -> bool:
            for shape in shapes:
                ok, _results = shape.validate(
                    executor, target_graph, focus=value, _evaluation_path=_evaluation_path[:]
                )
                if ok:
                    return True
            return False

        reports = [
            self.make_v_result(target_graph, focus, value_node=value)
            for focus, values in focus_value_nodes.items()
            for value in values
            if not conforms(value)
        ]
        return bool(reports), reports

    setattr(OrConstraintComponent, _OR_METHOD, evaluate_or)
    try:
        yield
    finally:
        setattr(OrConstraintComponent, _OR_METHOD, original)


_FOCUS_METHOD = "focus_nodes"
_FOCUS_PARAMETERS = ["self", "data_graph", "debug"]


@contextlib.contextmanager
def focus_nodes_within(home: Callable[[str], bool] | None) -> Iterator[None]:
    """Leave out of each shape's targets the nodes `home` rejects (blank nodes included): the caller keeps
    only results about IRIs `home` accepts, and a result's focus node is always one of its shape's targets.

    Per-article validation gives each pass context it does not judge (the registry entries an article
    names, the anchors of a shared event); pySHACL checked every targeted node of that context and the
    caller discarded the results: 30,243 on valid data in the shared pass at 1k articles, mostly anchors
    and articles present only through their types. pySHACL's own focus_nodes option cannot do this, as
    it also filters the values passed to sh:or, sh:not and sh:node members. SHACL rules find their targets
    through the same method, so a shape with rules keeps all its targets (claimgraph's shapes have none)."""
    try:
        from pyshacl.shape import Shape
    except ImportError:
        yield
        return
    original = getattr(Shape, _FOCUS_METHOD, None)
    if home is None or original is None or list(inspect.signature(original).parameters) != _FOCUS_PARAMETERS:
        yield
        return
    from rdflib import URIRef
    from rdflib.namespace import SH

    judged: dict[object, bool] = {}  # most nodes are targets of many shapes

    def within(node) -> bool:
        kept = judged.get(node)
        if kept is None:
            kept = judged[node] = isinstance(node, URIRef) and home(str(node))
        return kept

    def focus_nodes(self, data_graph, debug=False):
        if self.sg.graph.value(self.node, SH.rule) is not None:
            return original(self, data_graph, debug)
        return {n for n in original(self, data_graph, debug) if within(n)}

    setattr(Shape, _FOCUS_METHOD, focus_nodes)
    try:
        yield
    finally:
        setattr(Shape, _FOCUS_METHOD, original)
