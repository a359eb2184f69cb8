"""Item 13 of issue 13: a local query has a deadline, Ctrl-C stops it at once, tables are capped.

Before: `--timeout` applied only to --endpoint (a local COUNT over a cross product ran for minutes), SIGINT
waited for pyoxigraph's native call to return (15 s+), and table/md output held every row in memory.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import pytest

from claimgraph.query.bounded import QueryTimeout, Stopped, run_bounded

from ..conftest import REPO, cli

# 5,126 quads cubed: ~1.3e11 solutions, hours of work for any engine.
COUNT_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
STREAM_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def start(built, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "claimgraph", "--build-dir", str(built.build_dir), "sparql", *args],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(proc: subprocess.Popen[str], within: float) -> tuple[int, str, float]:
    began = time.monotonic()
    try:
        _, err = proc.communicate(timeout=within)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"still running {within} s later")
    return proc.returncode, err, time.monotonic() - began


def test_timeout_stops_a_local_count_over_a_cross_product(built):
    began = time.monotonic()
    code, err, _ = finish(start(built, "--timeout", "1", COUNT_PRODUCT), within=15)
    assert code == 2, err
    assert err.startswith("error: query stopped after 1 s (--timeout)") and err.count("\n") == 1
    assert time.monotonic() - began < 8  # 1 s of query plus interpreter start-up on a busy machine


@pytest.mark.parametrize(("query", "fmt"), [(COUNT_PRODUCT, "table"), (STREAM_PRODUCT, "csv")])
def test_ctrl_c_stops_a_running_query_at_once(built, query, fmt):
    proc = start(built, "--format", fmt, query)
    time.sleep(2.5)  # started, and inside the query
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    code, err, took = finish(proc, within=10)
    assert code == 130, err
    assert err.strip() == "aborted"
    assert took < 2.5, took


def rows_between_header_and_footer(text: str, header_lines: int) -> list[str]:
    lines = text.splitlines()
    body = lines[header_lines:]
    return [line for line in body if line and not line.startswith(("(", "..."))]


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_table_and_md_stop_at_10000_rows_and_say_so(built, fmt):
    """5,126 x 5,126 = 26 million rows: before, all of them were held (and sized) in memory."""
    query = "SELECT ?n WHERE { ?a ?b ?c . ?d ?e ?f BIND(1 AS ?n) }"
    run = cli("--build-dir", str(built.build_dir), "sparql", "--format", fmt, query)
    assert run.code == 0, run.err
    assert run.out.rstrip().endswith(
        "... truncated at 10000 rows; use --format csv, tsv or json for all of them"
    )
    assert len(rows_between_header_and_footer(run.out, header_lines=2)) == 10_000


def test_machine_formats_are_not_capped(built):
    query = "SELECT ?n WHERE { ?a ?b ?c . ?d ?e ?f BIND(1 AS ?n) } LIMIT 12000"
    run = cli("--build-dir", str(built.build_dir), "sparql", "--format", "tsv", query)
    assert run.code == 0 and len(run.out.splitlines()) == 1 + 12_000


def test_a_stopped_query_stops_working_at_its_next_row():
    """The library side of --timeout: the worker is told to stop and does, it is not left running."""
    rows = []
    exited = threading.Event()

    def work(check):
        try:
            while True:
                check()
                rows.append(1)
                time.sleep(0.01)
        finally:
            exited.set()

    with pytest.raises(QueryTimeout):
        run_bounded(work, timeout=0.2)
    assert exited.wait(2)
    assert 5 < len(rows) < 100


def test_worker_errors_reach_the_caller_and_no_timeout_means_none():
    def fail(check):
        raise Stopped

    with pytest.raises(Stopped):
        run_bounded(fail, timeout=0)
    assert run_bounded(lambda check: 42, timeout=0) == 42
