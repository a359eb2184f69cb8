"""Which resources belong to one article: the basis for streaming statistics, union exports and
per-article validation.

The mapping mints an article's own resources under its id (`id:article/<id>`, `id:claim/<id>/...`,
`id:anchor/<id>/...`), and an article's local events appear in no other graph (the build rejects a
local event id used twice). A triple whose subject or object is owned by the article of its graph can
therefore occur in no other graph; only the remaining triples can repeat across graphs.
"""

from __future__ import annotations

from claimgraph.core.namespaces import ID, graph_iri

ARTICLE_GRAPH_PREFIX = graph_iri("article/")


def article_of_graph(graph: str) -> str | None:
    """The article id of an article graph IRI, else None (registry, ontology, meta)."""
    if graph.startswith(ARTICLE_GRAPH_PREFIX):
        return graph[len(ARTICLE_GRAPH_PREFIX) :]
    return None


class Owner:
    """Tests IRIs (plain strings, no angle brackets) for ownership by one article."""

    __slots__ = ("article", "events", "prefixes")

    def __init__(self, article_id: str, local_events: frozenset[str] = frozenset()) -> None:
        self.article = f"{ID}article/{article_id}"
        self.prefixes = (f"{ID}claim/{article_id}/", f"{ID}anchor/{article_id}/")
        self.events = frozenset(f"{ID}event/{key}" for key in local_events)

    def owns(self, iri: str) -> bool:
        return iri == self.article or iri.startswith(self.prefixes) or iri in self.events
