"""Item 15 of issue 13: what an --endpoint server can no longer do to the client.

A real HTTP server on 127.0.0.1 (http.server in a thread) plays the slow, huge and redirecting servers.
Before: --timeout bounded each socket read only (the drip below outlived `--timeout 2` by its whole 15 s),
no size cap, urllib followed redirects to any host, and user:password@ in the URL was sent and printed.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.core.errors import ClaimgraphError
from claimgraph.query.remote import Endpoint

from ..conftest import cli

ASK_TRUE = json.dumps({"head": {}, "boolean": True}).encode()
SEEN: list[dict[str, str]] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        SEEN.append({"path": self.path, "authorization": self.headers.get("Authorization", "")})
        route = getattr(self, "route_" + self.path.strip("/").split("?")[0].replace("-", "_"), None)
        if route is None:
            self.send_error(404)
            return
        route()

    def head(self, length: int | None) -> None:
        """200 and a JSON results type; no Content-Length (None): the body ends when the connection does."""
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header(
            *(("Content-Length", str(length)) if length is not None else ("Connection", "close"))
        )
        self.end_headers()

    def answer(self, body: bytes, length: int | None = None) -> None:
        self.head(len(body) if length is None else length)
        self.wfile.write(body)

    def route_sparql(self) -> None:
        self.answer(ASK_TRUE)

    def route_drip(self) -> None:
        """One byte every 0.5 s, 30 times (15 s): each read gets a byte well within any --timeout."""
        self.head(30)
        for _ in range(30):
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:
                return
            time.sleep(0.5)

    def route_huge_claimed(self) -> None:
        self.answer(b"{", length=1 << 30)

    def route_huge(self) -> None:
        """2 MiB of whitespace with no Content-Length (read until the connection closes)."""
        self.head(None)
        for _ in range(32):
            self.wfile.write(b" " * 65536)
        self.close_connection = True

    def redirect(self, location: str) -> None:
        self.send_response(307)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def route_same_host(self) -> None:
        self.redirect("/sparql")

    def route_other_host(self) -> None:  # localhost is another host name than 127.0.0.1
        self.redirect(f"http://localhost:{self.server.server_address[1]}/sparql")

    def route_to_file(self) -> None:
        self.redirect("file:///etc/passwd")


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_ambient_credentials(monkeypatch, tmp_path):
    monkeypatch.delenv("CLAIMGRAPH_ENDPOINT_AUTH", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    SEEN.clear()


def sparql(endpoint: str, *args: str, env: dict | None = None):
    return cli("sparql", "--endpoint", endpoint, *args, "ASK { ?s ?p ?o }", env=env)


def test_the_whole_request_has_one_deadline(server):
    began = time.monotonic()
    with pytest.raises(ClaimgraphError, match=r"no complete answer within 2 s \(--timeout\)"):
        Endpoint(f"{server}/drip", timeout=2).query("ASK { ?s ?p ?o }")
    assert time.monotonic() - began < 4  # before: 15 s, every 0.5 s read well within the 2 s timeout


def test_the_deadline_through_the_cli(server):
    run = sparql(f"{server}/drip", "--timeout", "2")
    assert run.code == 2 and "no complete answer within 2 s" in run.err and run.err.count("\n") == 1


def test_an_answer_over_the_cap_is_refused(server):
    with pytest.raises(ClaimgraphError, match="answer larger than 1 MiB"):
        Endpoint(f"{server}/huge", max_bytes=1 << 20).query("ASK { ?s ?p ?o }")
    run = sparql(f"{server}/huge-claimed")  # 1 GiB announced: refused before reading it
    assert run.code == 2 and "answer larger than 256 MiB" in run.err, run.err


def test_redirects_same_host_followed_other_host_refused_unless_allowed(server):
    assert sparql(f"{server}/same-host").out.strip() == "true"
    run = sparql(f"{server}/other-host")
    assert run.code == 2 and "redirected to another host" in run.err and "--allow-redirects" in run.err
    SEEN.clear()
    run = sparql(
        f"{server}/other-host", "--allow-redirects", env={"CLAIMGRAPH_ENDPOINT_AUTH": "alice:s3cret"}
    )
    assert run.code == 0 and run.out.strip() == "true", run.err
    assert SEEN[0]["authorization"].startswith("Basic ") and SEEN[1]["authorization"] == ""  # not re-sent


def test_non_http_schemes_refused(server):
    run = sparql(f"{server}/to-file", "--allow-redirects")
    assert run.code == 2 and "not an http(s) URL; refused" in run.err
    run = sparql("file:///etc/passwd")
    assert run.code == 2 and "expects an http(s) URL" in run.err


def test_credentials_in_the_url_are_refused_and_never_printed(server):
    run = sparql(server.replace("http://", "http://alice:s3cret@") + "/sparql")
    assert run.code == 2 and "s3cret" not in run.err and "CLAIMGRAPH_ENDPOINT_AUTH" in run.err
    assert "***@127.0.0.1" in run.err and SEEN == []  # nothing sent


def test_credentials_from_the_environment_or_netrc(server, tmp_path):
    run = sparql(f"{server}/sparql", env={"CLAIMGRAPH_ENDPOINT_AUTH": "alice:s3cret"})
    assert run.code == 0, run.err
    assert SEEN[-1]["authorization"] == "Basic " + base64.b64encode(b"alice:s3cret").decode()
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login bob password hunter2\n")
    netrc.chmod(0o600)
    run = sparql(f"{server}/sparql", env={"NETRC": str(netrc)})
    assert run.code == 0, run.err
    assert SEEN[-1]["authorization"] == "Basic " + base64.b64encode(b"bob:hunter2").decode()


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:abc/", "http://127.0.0.1:99999/", "http://[::1/", "http://u:s3cret@[::1/"]
)
def test_malformed_endpoint_urls_are_one_line_not_a_traceback(url):
    """Before: urllib's ValueError (bad port, bad IPv6 host) escaped as a traceback with exit 1."""
    run = sparql(url)
    assert run.code == 2 and run.err.startswith("error: --endpoint expects an http(s) URL")
    assert run.err.count("\n") == 1 and "s3cret" not in run.err
