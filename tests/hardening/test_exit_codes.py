"""Exit codes CI can trust (issue 13 item 8): a bug is never reported as 1 ("does not conform").

A failure is injected by running the real entry point `claimgraph.cli.main.run()` in a subprocess after
patching one method to raise. On the code before the fix the exception escaped `run()`: Python printed a
traceback and exited 1, which `validate` and `check` use for a verdict -- every test here failed."""

from __future__ import annotations

import os
import subprocess
import sys

from ..conftest import REPO

INJECT = """
import sys
import claimgraph.cli.common as common

def boom(self):
    raise RuntimeError("boom \\x1b[2J")

for name in ("layout", "project"):  # whichever the commands use to reach the build
    if hasattr(common.Context, name):
        setattr(common.Context, name, boom)
sys.argv = ["claimgraph", *sys.argv[1:]]
from claimgraph.cli.main import run
run()
"""


def run_injected(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "CLAIMGRAPH_DEBUG"}
    return subprocess.run(
        [sys.executable, "-c", INJECT, *args],
        cwd=REPO,
        env={**full_env, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_internal_error_is_one_line_with_a_hint_and_exit_3():
    proc = run_injected("check", "--no-hermit")
    assert proc.returncode == 3, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("internal error: RuntimeError: boom"), lines[0]
    assert "--debug" in lines[0]
    assert "Traceback" not in proc.stderr
    # the message is data too: the escape sequence is shown, not sent to the terminal
    assert "\x1b" not in proc.stderr and "\\x1b[2J" in proc.stderr


def test_debug_flag_prints_the_traceback_and_keeps_exit_3():
    proc = run_injected("--debug", "check", "--no-hermit")
    assert proc.returncode == 3, proc.stderr
    assert "Traceback (most recent call last)" in proc.stderr
    assert "RuntimeError: boom" in proc.stderr


def test_debug_environment_variable_prints_the_traceback():
    proc = run_injected("validate", env={"CLAIMGRAPH_DEBUG": "1"})
    assert proc.returncode == 3, proc.stderr
    assert "Traceback (most recent call last)" in proc.stderr


def test_user_errors_keep_exit_2_and_help_documents_the_codes():
    """Control: the catch-all must not swallow user errors into 3; --help states every code."""
    bad = run_injected("query", "accusations-denied", "--param", "no-equals-sign")  # refused before the build
    assert bad.returncode == 2, bad.stderr
    helped = subprocess.run(
        [sys.executable, "-m", "claimgraph", "--help"], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert "3 internal error" in " ".join(helped.stdout.split())
    assert "--debug" in helped.stdout
