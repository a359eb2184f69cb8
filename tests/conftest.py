"""Shared fixtures: a build of the packaged data, copies of the data to break, a CLI runner, and the
second SHACL engine (tests/js) installed for the session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimgraph.build.builder import Layout, build
from claimgraph.core.resources import resource_dir

from .js_setup import NEED, ensure_js_engines, under_ci

REPO = Path(__file__).resolve().parents[1]
DATA = resource_dir("data")
ARTICLE_IDS = sorted(p.stem for p in (DATA / "articles").glob("*.txt"))
JS_DIR = REPO / "tests" / "js"


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Layout:
    """One build of the packaged data, shared by read-only tests."""
    layout = Layout(DATA, resource_dir("ontology"), tmp_path_factory.mktemp("cg") / "build")
    build(layout)
    return layout


SYNTH_ARTICLES = 80  # above claimgraph.build.parallel_map.PARALLEL_FROM, so builds use the worker pool


@pytest.fixture(scope="session")
def synth_data(tmp_path_factory) -> Path:
    """A synthetic corpus (`claimgraph synth`) large enough for the parallel paths."""
    out = tmp_path_factory.mktemp("synth") / "data"
    run = cli("synth", "--articles", str(SYNTH_ARTICLES), "--seed", "7", str(out), "--quiet")
    assert run.code == 0, run.err
    return out


@pytest.fixture(scope="session")
def synth_built(synth_data, tmp_path_factory) -> Layout:
    """The synthetic corpus built with two worker processes."""
    layout = Layout(synth_data, resource_dir("ontology"), tmp_path_factory.mktemp("synth-build") / "build")
    build(layout, jobs=2)
    return layout


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of the packaged data that a test may break."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@dataclass
class Run:
    code: int
    out: str
    err: str


def cli(*args: str, cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run the real console entry point in a subprocess, as a user or CI would."""
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "claimgraph", *args],
        cwd=cwd or REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def pytest_addoption(parser):
    parser.addoption(
        "--update-expected",
        action="store_true",
        help="rewrite tests/queries/expected/* from the current results (review the diff against the articles)",
    )


def give_ttp_the_alias_bla(data_dir: Path) -> None:
    """Make the label "BLA" name two actors (the BLA and, wrongly, the TTP): an ambiguity on purpose."""
    registry = data_dir / "registry.yaml"
    text = registry.read_text(encoding="utf-8")
    old = "alt_labels: [Tehrik-e-Taliban Pakistan, TTP,"
    assert old in text
    registry.write_text(
        text.replace(old, "alt_labels: [BLA, Tehrik-e-Taliban Pakistan, TTP,"), encoding="utf-8"
    )


_js_not_run: list[str] = []  # why the second SHACL engine did not run, for the end-of-session summary


@pytest.fixture(scope="session")
def js_engines() -> Path:
    """tests/js with its node_modules installed (`npm ci`, once per session, under a lock).

    Without node or npm, or when the install fails, the tests that use it are skipped with a reason
    that names what to install, and a banner says so at the end of the run; under CI they fail instead,
    so a green CI run cannot hide a missing engine."""
    problem = ensure_js_engines(JS_DIR)
    if problem is None:
        return JS_DIR
    if under_ci():
        pytest.fail(f"second SHACL engine unavailable under CI: {problem}")
    if not _js_not_run:
        _js_not_run.append(problem)
    pytest.skip(f"second SHACL engine not run: {problem}")


def pytest_terminal_summary(terminalreporter) -> None:
    """Make the skip of the second SHACL engine impossible to miss among the other skips."""
    if _js_not_run:
        terminalreporter.section("second SHACL engine NOT RUN", sep="!", yellow=True, bold=True)
        terminalreporter.line(f"tests/test_second_engine.py was skipped: {_js_not_run[0]}")
        terminalreporter.line(f"To run it: {NEED}")


# ---- the inner loop: `pytest -m "not slow"` (docs/contributing.md) ---------------------------------------
# A test is slow when it needs one of these fixtures: a synthetic corpus and its builds, every SHACL fixture
# validated (pySHACL or both JS engines), the seeded corpus validated both ways, the wheel built and
# installed, the oxigraph server. Measured with `pytest --durations` on the 2-core machine: each costs
# 20 s (the server's 40 query comparisons) to 14 min (every SHACL fixture) under load.
SLOW_FIXTURES = frozenset(
    {
        "synth_data",
        "synth_built",
        "outcomes",
        "seeded",
        "seeded_reports",
        "fixture_outcomes",
        "corpus",
        "wheel",
        "js_engines",
        "location",  # the shards bulk-loaded into an oxigraph server, and the server answering every query
        "server",
    }
)
# Tests over about 5 s on their own (the same measurement): reasoners, pySHACL per fixture, subprocess runs.
SLOW_TESTS = {
    "test_checks.py": {
        "test_check_command_passes_on_the_build",
        "test_check_fail_on_threshold",
        "test_reasoners_detect_a_disjointness_clash_in_data",
        "test_undeclared_terms_in_queries_are_found",
        "test_owlrl_leaves_rdflib_literal_handling_as_it_found_it",
    },
    "test_shapes.py": {
        "test_build_conforms_without_any_result",
        "test_same_results_as_claimgraph_validate",
        "test_targets_within_home_keep_exactly_the_results_about_home",
        "test_valid_fixture_conforms_in_claimgraph_validate",
    },
    "test_sources.py": {"test_every_packaged_iri_gets_the_same_source_asked_in_any_order"},
    "test_validate.py": {"test_inference_with_packaged_shapes_warns", "test_inference_options_run"},
    "test_js_setup.py": {"test_skip_without_node_is_loud", "test_missing_node_fails_under_ci"},
    # over about 1 s idle (pytest --durations after the hardening work): Java, budgets, signals, pytest in pytest
    "test_inner_loop.py": {"test_not_slow_leaves_out_the_expensive_tests_only"},
    "test_ontology.py": {
        "test_hermit_consistent_and_satisfiable",
        "test_hermit_reports_an_unsatisfiable_class",
        "test_hermit_reports_the_inconsistent_fixture",
    },
    "test_partitioned.py": {
        "test_cli_strategies_agree_on_the_curated_build",
        "test_curated_build_same_report_both_ways",
    },
    "test_hostile_rdf.py": {
        "test_same_as_chain_stops_at_the_time_budget",
        "test_small_closure_fits_the_default_budget",
    },
    "test_query_timeout.py": {
        "test_ctrl_c_stops_a_running_query_at_once",
        "test_timeout_stops_a_local_count_over_a_cross_product",
    },
    "test_fast_build.py": {"test_rdflib_reference_writes_parseable_files"},
}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(config, items) -> None:
    """Mark the slow tests in one place, so the inner loop stays fast as tests are added and moved."""
    slow = pytest.mark.slow
    for item in items:
        names = SLOW_TESTS.get(item.path.name, set())
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.originalname in names:
            item.add_marker(slow)
