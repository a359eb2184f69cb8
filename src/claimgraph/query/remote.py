"""A SPARQL 1.1 endpoint standing in for the local store, so the packaged queries run unchanged on a server
that holds the bulk-loaded shards (oxigraph, QLever, Virtuoso, Jena Fuseki).

`Endpoint.query` has the signature of `pyoxigraph.Store.query` and returns the same result objects, so
parameter resolution (params.py), execution (engine.py) and every output format (results.py) are shared
with the local path. A remote server has no pyoxigraph substitutions: parameters are bound only by the
inline `VALUES` block of inline.py, which the local path also adds.
"""

from __future__ import annotations

import base64
import contextlib
import http.client
import netrc
import os
import re
import socket
import ssl
import threading
import time
import urllib.parse
from email.message import Message
from pathlib import Path

import pyoxigraph as ox

from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.namespaces import CG
from claimgraph.core.version import __version__
from claimgraph.query.catalogue import query_form
from claimgraph.query.inline import inline_bindings

SELECT_ACCEPT = "application/sparql-results+json, application/sparql-results+xml;q=0.8"
GRAPH_ACCEPT = "application/n-triples, text/turtle;q=0.8, application/rdf+xml;q=0.5"
MAX_ERROR_CHARS = 300
DEFAULT_TIMEOUT = 60.0
MAX_RESPONSE_BYTES = (
    256 * 1024 * 1024
)  # the answer is parsed in memory: a bound on what a server can make us hold
MAX_REDIRECTS = 5
AUTH_ENV = "CLAIMGRAPH_ENDPOINT_AUTH"  # "user:password" (HTTP Basic) or "Bearer TOKEN"
_REDIRECTS = (301, 302, 303, 307, 308)


class Endpoint:
    """A SPARQL 1.1 Protocol query endpoint (POST application/sparql-query).

    What a server cannot do to the client: take longer than `timeout` for the whole request (a deadline
    across connect, headers and every read, not per read: a server dripping one byte every 2 s kept the
    old per-read timeout alive for minutes), send more than `max_bytes`, or redirect it to another host
    (unless `allow_redirects`) or to anything but http(s). Credentials come from $CLAIMGRAPH_ENDPOINT_AUTH
    or ~/.netrc, never from the URL (argv is visible to every user), and are never printed."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float | None = DEFAULT_TIMEOUT,
        allow_redirects: bool = False,
        max_bytes: int = MAX_RESPONSE_BYTES,
    ) -> None:
        self.shown = redact(url)
        parsed = _parse(url)
        if parsed is None or parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ClaimgraphError(f"--endpoint expects an http(s) URL, got {self.shown!r}")
        if parsed.username is not None or parsed.password is not None:
            raise ClaimgraphError(
                f"--endpoint {self.shown}: credentials in the URL are refused (the command line is visible "
                f"to other users); set {AUTH_ENV}=user:password or put them in ~/.netrc"
            )
        self.url, self.timeout, self.allow_redirects, self.max_bytes = (
            url,
            timeout,
            allow_redirects,
            max_bytes,
        )
        self.authorization = _authorization(parsed.hostname)

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
                f"{self.shown}: unreadable {form} answer ({media or 'no type'}): {_printable(str(exc))}"
            ) from None

    def check_union_default_graph(self) -> None:
        """Fail early, with the fix, when the server's default graph is not the union of the named graphs
        the shards were loaded into (the packaged queries would all answer nothing)."""
        article = f"<{CG}Article>"
        if self._ask(f"ASK {{ ?article a {article} }}"):
            return
        if self._ask(f"ASK {{ GRAPH ?g {{ ?article a {article} }} }}"):
            raise ClaimgraphError(
                f"{self.shown}: the claimgraph data sit in named graphs that the server's default graph does "
                "not include; serve the union of all graphs as the default graph (oxigraph: "
                "--union-default-graph; see docs/endpoints.md)"
            )
        raise ClaimgraphError(f"{self.shown}: the endpoint holds no claimgraph data (no cg:Article)")

    def _ask(self, sparql: str) -> bool:
        result = self.query(sparql)
        return bool(result) if isinstance(result, ox.QueryBoolean) else False

    def _post(self, text: str, accept: str) -> tuple[bytes, str]:
        """POST the query, following same-host redirects, all within one deadline."""
        deadline = None if not self.timeout else time.monotonic() + self.timeout
        url, authorization = self.url, self.authorization
        for _ in range(MAX_REDIRECTS + 1):
            status, headers, body = self._request(url, text, accept, authorization, deadline)
            if status in _REDIRECTS:
                url, authorization = self._redirect(url, headers.get("Location"), authorization)
                continue
            if status >= 400:
                detail = _first_line(body.decode("utf-8", "replace"))
                raise ClaimgraphError(
                    f"{self.shown}: HTTP {status} {http.client.responses.get(status, '')}".rstrip()
                    + (f": {detail}" if detail else "")
                )
            return body, headers.get("Content-Type", "")
        raise ClaimgraphError(f"{self.shown}: more than {MAX_REDIRECTS} redirects")

    def _redirect(self, url: str, location: str | None, authorization: str | None) -> tuple[str, str | None]:
        if not location:
            raise ClaimgraphError(f"{self.shown}: redirect without a Location")
        try:
            target = urllib.parse.urljoin(url, location)
        except ValueError:
            target = location
        parsed, origin = _parse(target), urllib.parse.urlsplit(url)
        if parsed is None or parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ClaimgraphError(
                f"{self.shown}: redirected to {redact(target)!r}, not an http(s) URL; refused"
            )
        if parsed.username is not None or parsed.password is not None:
            raise ClaimgraphError(f"{self.shown}: redirected to a URL with credentials; refused")
        if _origin(parsed) != _origin(origin):
            if not self.allow_redirects:
                raise ClaimgraphError(
                    f"{self.shown}: redirected to another host ({redact(target)}); "
                    "pass --allow-redirects to follow it"
                )
            authorization = None  # credentials are for the host they were given for
        return target, authorization

    def _request(
        self, url: str, text: str, accept: str, authorization: str | None, deadline: float | None
    ) -> tuple[int, Message, bytes]:
        parsed = urllib.parse.urlsplit(url)
        remaining = _remaining(deadline)
        connection: http.client.HTTPConnection
        if parsed.scheme == "https":
            connection = http.client.HTTPSConnection(
                parsed.hostname or "", parsed.port, timeout=remaining, context=ssl.create_default_context()
            )
        else:
            connection = http.client.HTTPConnection(parsed.hostname or "", parsed.port, timeout=remaining)
        headers = {
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": accept,
            "User-Agent": f"claimgraph/{__version__}",
        }
        if authorization:
            headers["Authorization"] = authorization
        try:
            connection.connect()
        except OSError as exc:
            if isinstance(exc, TimeoutError):
                raise self._late() from None
            raise ClaimgraphError(f"{self.shown}: cannot reach the endpoint ({_reason(exc)})") from None
        expired = threading.Event()
        watchdog = None
        if deadline is not None:  # a read blocked past the deadline ends when the watchdog shuts the socket
            watchdog = threading.Timer(_remaining(deadline) or 0.0, _expire, (connection.sock, expired))
            watchdog.daemon = True
            watchdog.start()
        try:
            path = (parsed.path or "/") + (f"?{parsed.query}" if parsed.query else "")
            connection.request("POST", path, body=text.encode("utf-8"), headers=headers)
            response = connection.getresponse()
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise self._too_large()
            body = bytearray()
            while chunk := response.read1(1 << 16):
                body += chunk
                if len(body) > self.max_bytes:
                    raise self._too_large()
            if expired.is_set():  # the shut socket read as the end of the answer: it is not complete
                raise TimeoutError
            return response.status, response.headers, bytes(body)
        except (OSError, http.client.HTTPException) as exc:
            if expired.is_set() or isinstance(exc, TimeoutError):
                raise self._late() from None
            raise ClaimgraphError(f"{self.shown}: request failed ({_reason(exc)})") from None
        finally:
            if watchdog is not None:
                watchdog.cancel()
            connection.close()

    def _late(self) -> ClaimgraphError:
        return ClaimgraphError(f"{self.shown}: no complete answer within {self.timeout:g} s (--timeout)")

    def _too_large(self) -> ClaimgraphError:
        return ClaimgraphError(
            f"{self.shown}: answer larger than {self.max_bytes // (1024 * 1024)} MiB; refused "
            "(add a LIMIT or narrow the query)"
        )


def redact(url: str) -> str:
    """The URL with any user:password@ replaced, for every message that shows it (malformed ones too)."""
    return _printable(re.sub(r"^([^:/?#]*://)[^/?#]*@", r"\1***@", url))


def _parse(url: str) -> urllib.parse.SplitResult | None:
    """The URL's parts, or None when its host or port cannot be read (`[::1`, `:abc`, `:99999`)."""
    try:
        parsed = urllib.parse.urlsplit(url)
        parsed.port  # noqa: B018 (raises on a bad port)
    except ValueError:
        return None
    return parsed


def _authorization(host: str) -> str | None:
    """The Authorization header from $CLAIMGRAPH_ENDPOINT_AUTH, else ~/.netrc's entry for `host`."""
    value = os.environ.get(AUTH_ENV)
    if value:
        if value.startswith("Bearer "):
            return value
        user, sep, password = value.partition(":")
        if not sep or not user:
            raise ClaimgraphError(f"${AUTH_ENV} must be user:password or 'Bearer TOKEN'")
        return _basic(user, password)
    path = Path(os.environ.get("NETRC") or Path.home() / ".netrc")
    if not path.is_file():
        return None
    try:
        entry = netrc.netrc(str(path)).authenticators(host)
    except (netrc.NetrcParseError, OSError) as exc:  # the message could quote a secret: not shown
        line = getattr(exc, "lineno", None)
        raise ClaimgraphError(f"{path}{f':{line}' if line else ''}: cannot read the netrc file") from None
    if entry is None:
        return None
    login, _, password = entry
    return _basic(login, password or "")


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def _origin(parsed: urllib.parse.SplitResult) -> tuple[str, str, int]:
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return parsed.scheme, (parsed.hostname or "").lower(), port


def _remaining(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    return max(deadline - time.monotonic(), 0.001)


def _expire(sock: socket.socket | None, expired: threading.Event) -> None:
    """The watchdog: shut the socket (not the connection object, which a closing response detaches)."""
    expired.set()
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv


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
    line = _printable(next((s.strip() for s in text.splitlines() if s.strip()), ""))
    return line[:MAX_ERROR_CHARS] + ("..." if len(line) > MAX_ERROR_CHARS else "")


def _printable(text: str) -> str:
    """A server's text as it may reach a terminal: control characters escaped, not interpreted."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in text)
