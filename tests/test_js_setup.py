"""The second SHACL engine is installed by the test session, and never skipped silently (tests/js_setup.py).

Before: tests/test_second_engine.py skipped its 227 tests unless `npm ci` had been run by hand, with no
more than the usual one-line skip reason; `test_skip_without_node_is_loud` failed on that code (no banner),
`test_session_installs_the_engines` could not run (no `js_engines` fixture).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from .conftest import JS_DIR, REPO
from .js_setup import installed_versions, stale, under_ci


def write_lock(path, packages: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"lockfileVersion": 3, "packages": packages}), encoding="utf-8")


def test_stale_compares_node_modules_with_the_lockfile(tmp_path):
    root = {"": {"name": "x", "dependencies": {"n3": "2.13.12"}}}
    n3 = {"node_modules/n3": {"version": "2.13.12"}}
    write_lock(tmp_path / "package-lock.json", {**root, **n3})
    assert "missing" in stale(tmp_path)
    write_lock(tmp_path / "node_modules" / ".package-lock.json", n3)  # what npm ci records
    assert stale(tmp_path) is None
    write_lock(tmp_path / "node_modules" / ".package-lock.json", {"node_modules/n3": {"version": "2.0.0"}})
    assert "does not match" in stale(tmp_path)


def test_real_lockfile_is_readable():
    versions = installed_versions(JS_DIR / "package-lock.json")
    assert versions["node_modules/shacl-engine"] == "1.1.2"  # the pin in tests/js/package.json


def test_under_ci():
    assert under_ci({"CI": "true"}) and under_ci({"CI": "1"})
    assert not under_ci({}) and not under_ci({"CI": "false"}) and not under_ci({"CI": ""})


def run_second_engine_without_node(tmp_path, ci: str | None) -> subprocess.CompletedProcess:
    """One test of tests/test_second_engine.py, in a pytest whose PATH holds neither node nor npm."""
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = str(tmp_path)  # empty: no node, no npm
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "test_bad_input_exits_2",
            "tests/test_second_engine.py",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_skip_without_node_is_loud(tmp_path):
    run = run_second_engine_without_node(tmp_path, ci=None)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "1 skipped" in run.stdout
    assert "second SHACL engine NOT RUN" in run.stdout  # the banner, not just one skip line among many
    assert "node and npm not on PATH" in run.stdout and "npm ci" in run.stdout


def test_missing_node_fails_under_ci(tmp_path):
    run = run_second_engine_without_node(tmp_path, ci="true")
    assert run.returncode == 1, run.stdout + run.stderr
    assert "second SHACL engine unavailable under CI" in run.stdout


def test_session_installs_the_engines(js_engines):
    """Where node and npm exist, the session leaves tests/js/node_modules matching package-lock.json."""
    assert stale(js_engines) is None
