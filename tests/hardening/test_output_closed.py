"""Standard output that fails under the command: a reader that closes the pipe early is not an error
(exit 0, nothing on stderr), a full disk is a one-line error (exit 2). Before the fix click turned the
closed pipe into exit 1, the code `validate` uses for "does not conform", and a full disk reached the
catch-all as an internal error (exit 3)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from ..conftest import REPO

EVERY_TRIPLE = "SELECT * WHERE { ?s ?p ?o }"  # thousands of rows: more than one pipe buffer of csv


def claimgraph(built, *args: str) -> list[str]:
    return [sys.executable, "-m", "claimgraph", "--build-dir", str(built.build_dir), *args]


@pytest.mark.parametrize(
    "args",
    [("sparql", "--format", "csv", EVERY_TRIPLE), ("export", "-f", "nq")],
)
def test_reader_closing_the_pipe_is_exit_0(built, args):
    proc = subprocess.Popen(
        claimgraph(built, *args), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # as `| head -1` does
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert first and err == ""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_full_disk_is_one_line_exit_2(built):
    with open("/dev/full", "wb") as full:
        run = subprocess.run(
            claimgraph(built, "sparql", "--format", "csv", EVERY_TRIPLE),
            cwd=REPO,
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert run.returncode == 2, run.stderr
    assert run.stderr.strip().splitlines() == ["error: cannot write: No space left on device"]
