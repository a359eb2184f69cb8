"""Run SPARQL over the built store: packaged queries with bound parameters, or ad-hoc text."""

from __future__ import annotations

import re
from collections.abc import Callable

import pyoxigraph as ox

from claimgraph.build.ensure import ensure_built
from claimgraph.build.layout import Layout
from claimgraph.core.errors import ClaimgraphError
from claimgraph.query.catalogue import PackagedQuery
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


MAX_QUERY_CHARS = 64_000
MAX_NESTING = 128


def execute(store: ox.Store, sparql: str, bindings: dict | None = None, *, source: str = "query"):
    """Evaluate over the union of all graphs; syntax errors become one-line user errors."""
    guard(sparql, source)
    if bindings and isinstance(store, ox.Store):
        sparql = inline_bindings(sparql, bindings)  # for the planner; an endpoint inlines by itself
    try:
        return store.query(sparql, use_default_graph_as_union=True, substitutions=bindings or None)
    except SyntaxError as exc:
        raise ClaimgraphError(f"{source}: SPARQL syntax error {str(exc).removeprefix('error ')}") from None


def guard(sparql: str, source: str = "query") -> None:
    """Refuse what the engines handle badly: huge or deeply nested text (pyoxigraph can crash the process)
    and SERVICE, which pyoxigraph would send over HTTP from the user's machine."""
    from claimgraph.query.catalogue import TOKEN

    if len(sparql) > MAX_QUERY_CHARS:
        raise ClaimgraphError(f"{source}: query longer than {MAX_QUERY_CHARS} characters")
    code = TOKEN.sub(lambda m: " " if m.group().startswith("#") else '""', sparql)
    depth = deepest = 0
    for char in code:
        if char in "{(":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "})":
            depth -= 1
    if deepest > MAX_NESTING:
        raise ClaimgraphError(f"{source}: query nested deeper than {MAX_NESTING} levels")
    if re.search(r"(?i)\bSERVICE\b", code):
        raise ClaimgraphError(
            f"{source}: SERVICE (federated query) is not allowed: claimgraph queries only its own graph"
        )
