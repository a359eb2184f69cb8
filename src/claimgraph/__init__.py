"""claimgraph: news articles to a validated, queryable RDF knowledge graph of who claimed what.

The public API (see docs/api.md) is `claimgraph.Project` and the functions in `__all__`. They are loaded
lazily from claimgraph.api on first use, so `import claimgraph` stays cheap and a warm packaged query
imports neither rdflib, pySHACL nor owlrl.
"""

from __future__ import annotations

from claimgraph.core.version import __version__

TYPE_CHECKING = False  # not typing's: importing typing would be most of `import claimgraph`'s time
if TYPE_CHECKING:
    from typing import Any

    from claimgraph.api import (
        ClaimgraphError,
        InputError,
        PackagedQuery,
        Project,
        QueryResult,
        Rows,
        catalogue_turtle,
        packaged_query,
        queries,
        render_report,
        synthesize,
    )

__all__ = [
    "ClaimgraphError",
    "InputError",
    "PackagedQuery",
    "Project",
    "QueryResult",
    "Rows",
    "__version__",
    "catalogue_turtle",
    "packaged_query",
    "queries",
    "render_report",
    "synthesize",
]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from claimgraph import api

        value = getattr(api, name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module 'claimgraph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
