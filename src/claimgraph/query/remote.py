"""A SPARQL 1.1 endpoint standing in for the local store, so the packaged queries run unchanged on a server
that holds the bulk-loaded shards (oxigraph, QLever, Virtuoso, Jena Fuseki).

`Endpoint.query` has the signature of `pyoxigraph.Store.query` and returns the same result objects, so
parameter resolution (params.py), execution (engine.py) and every output format (results.py) are shared
with the local path. A remote server has no pyoxigraph substitutions: parameters are bound only by the
inline `VALUES` block of inline.py, which the local path also adds.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.namespaces import CG
from claimgraph.core.version import __version__
from claimgraph.query.catalogue import query_form
from claimgraph.query.inline import inline_bindings

SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
MAX_ERROR_CHARS = 300


class Endpoint:
    """A SPARQL 1.1 Protocol query endpoint (POST application/sparql-query)."""

    def __init__(self, url: str, *, timeout: float = 60.0) -> None:
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise ClaimgraphError(f"--endpoint expects an http(s) URL, got {url!r}")
        self.url, self.timeout = url, timeout

    def query(
        self,
        sparql: str,
        *,
        use_default_graph_as_union: bool = True,
        substitutions: dict | None = None,
    ):
        """Run `sparql` remotely; the server's default graph must already be the union of all graphs
        (`use_default_graph_as_union` is a server setting there: see docs/endpoints.md)."""
        text = inline_bindings(sparql, substitutions or {})
        form = query_form(text) or "SELECT"
        graph = form in ("CONSTRUCT", "DESCRIBE")
        body, media = self._post(text, GRAPH_ACCEPT if graph else SELECT_ACCEPT)
        try:
            if graph:
                fmt = _format(media, ox.RdfFormat, ox.RdfFormat.N_TRIPLES)
                return [q.triple for q in ox.parse(body, format=fmt)]
            fmt = _format(media, ox.QueryResultsFormat, ox.QueryResultsFormat.JSON)
            return ox.parse_query_results(body, format=fmt)
        except (SyntaxError, ValueError) as exc:
            raise ClaimgraphError(
                f"{self.url}: unreadable {form} answer ({media or 'no type'}): {exc}"
            ) from None

    def check_union_default_graph(self) -> None:
        """Fail early, with the fix, when the server's default graph is not the union of the named graphs
        the shards were loaded into (the packaged queries would all answer nothing)."""
        article = f"<{CG}Article>"
        if self._ask(f"ASK {{ ?article a {article} }}"):
            return
        if self._ask(f"ASK {{ GRAPH ?g {{ ?article a {article} }} }}"):
            raise ClaimgraphError(
                f"{self.url}: the claimgraph data sit in named graphs that the server's default graph does "
                "not include; serve the union of all graphs as the default graph (oxigraph: "
                "--union-default-graph; see docs/endpoints.md)"
            )
        raise ClaimgraphError(f"{self.url}: the endpoint holds no claimgraph data (no cg:Article)")

    def _ask(self, sparql: str) -> bool:
        result = self.query(sparql)
        return bool(result) if isinstance(result, ox.QueryBoolean) else False

    def _post(self, text: str, accept: str) -> tuple[bytes, str]:
        request = urllib.request.Request(  # noqa: S310 (the constructor checked for http or https)
            self.url,
            data=text.encode("utf-8"),
            method="POST",
            headers={
                "Content-Type": "application/sparql-query; charset=utf-8",
                "Accept": accept,
                "User-Agent": f"claimgraph/{__version__}",
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                return response.read(), response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = _first_line(exc.read().decode("utf-8", "replace")) if exc.fp else ""
            raise ClaimgraphError(
                f"{self.url}: HTTP {exc.code} {exc.reason}" + (f": {detail}" if detail else "")
            ) from None
        except TimeoutError:
            raise ClaimgraphError(f"{self.url}: no answer within {self.timeout:g} s (--timeout)") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError):
                raise ClaimgraphError(
                    f"{self.url}: no answer within {self.timeout:g} s (--timeout)"
                ) from None
            raise ClaimgraphError(f"{self.url}: cannot reach the endpoint ({_reason(reason)})") from None
        except (OSError, ValueError, http.client.HTTPException) as exc:
            raise ClaimgraphError(f"{self.url}: request failed ({_reason(exc)})") from None


def _format(media: str, kind, default):
    media = media.split(";", 1)[0].strip().lower()
    if media in ("text/plain", ""):  # some servers label N-Triples or JSON results as plain text
        return default
    fmt = kind.from_media_type(media)
    if fmt is None:
        raise ClaimgraphError(f"the endpoint answered with an unsupported media type {media!r}")
    return fmt


def _reason(exc) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


def _first_line(text: str) -> str:
    line = next((s.strip() for s in text.splitlines() if s.strip()), "")
    return line[:MAX_ERROR_CHARS] + ("..." if len(line) > MAX_ERROR_CHARS else "")
