"""Run SPARQL over the built store: packaged queries with bound parameters, or ad-hoc text."""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox

from claimgraph.build.ensure import ensure_built
from claimgraph.build.layout import Layout
from claimgraph.core.errors import ClaimgraphError
from claimgraph.query.catalogue import PackagedQuery
from claimgraph.query.guard import guard
from claimgraph.query.inline import inline_bindings
from claimgraph.query.params import resolve


def open_store(layout: Layout, *, on_build: Callable[[str], None] | None = None) -> ox.Store:
    """Open the build's store read-only, building first when it is missing or older than its inputs."""
    ensure_built(layout, on_build=on_build)
    return ox.Store.read_only(str(layout.store))


def bind(
    store: ox.Store, query: PackagedQuery, given: dict[str, str]
) -> dict[ox.Variable, ox.NamedNode | ox.Literal]:
    """Resolve each parameter (given value, else default) to an RDF term keyed by its variable."""
    unknown = sorted(set(given) - set(query.parameters))
    if unknown:
        known = ", ".join(query.parameters) or "none"
        raise ClaimgraphError(f"query {query.name} has no parameter {unknown[0]!r} (parameters: {known})")
    bindings = {}
    for name, param in query.parameters.items():
        value = given.get(name, param.default)
        if value is None:
            if param.required:
                raise ClaimgraphError(f"query {query.name} needs --param {name}=... ({param.description})")
            continue
        bindings[ox.Variable(name)] = resolve(store, param, value)
    return bindings


MAX_ERROR_CHARS = 300


def execute(store: ox.Store, sparql: str, bindings: dict | None = None, *, source: str = "query"):
    """Evaluate over the union of all graphs; syntax errors become one-line user errors."""
    guard(sparql, source)
    if bindings and isinstance(store, ox.Store):
        sparql = inline_bindings(sparql, bindings)  # for the planner; an endpoint inlines by itself
    try:
        return store.query(sparql, use_default_graph_as_union=True, substitutions=bindings or None)
    except SyntaxError as exc:  # pyoxigraph lists expected tokens over several lines: keep one, short
        detail = " ".join(str(exc).removeprefix("error ").split())
        if len(detail) > MAX_ERROR_CHARS:
            detail = detail[:MAX_ERROR_CHARS] + "..."
        raise ClaimgraphError(f"{source}: SPARQL syntax error {detail}") from None
