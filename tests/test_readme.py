"""The README's quick start is what CI runs, its example error is what the tool prints, and it stays short.

Checks of the reference pages it links to (docs/*.md) are in tests/test_docs.py.
"""

from __future__ import annotations

import re

from .conftest import REPO, cli

README = (REPO / "README.md").read_text(encoding="utf-8")


def quick_start() -> list[str]:
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line and not line.startswith("#")]


def test_quick_start_has_two_commands_and_ci_runs_the_test_one():
    commands = quick_start()
    assert len(commands) == 2
    assert "claimgraph query accusations-denied" in commands[0]
    assert "pytest" in commands[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_documented_error_example_is_real(data_copy, tmp_path):
    example = re.search(
        r"`(data/annotations/004\S+\.yaml:\d+: claims\[\d+\]\.claimant: [^`]+)`", README
    ).group(1)
    path = data_copy / "annotations" / "004_e6948105772ef9ec.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "claimant: mohsin-naqvi\n    role", "claimant: mohsin-naqvy\n    role"
        ),
        encoding="utf-8",
    )
    run = cli("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build", cwd=data_copy.parent)
    assert run.code == 2
    assert run.err.strip() == f"error: {example}"


def test_readme_is_a_front_door_under_10_kb():
    """Reference material lives in docs/; the README was 35 KB before it moved (this failed then)."""
    size = len(README.encode("utf-8"))
    assert size < 10_000, f"README.md is {size} bytes; move reference material to docs/"


def test_readme_examples_name_real_queries_and_work(built):
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue

    names = set(load_catalogue(resource_dir("queries")))
    used = set(re.findall(r"claimgraph query ([a-z][a-z-]+)", README))
    assert used and used <= names, used - names
    run = cli(
        "--build-dir",
        str(built.build_dir),
        "query",
        "accusations-by",
        "-p",
        "accuser=Sarfraz Bugti",
        "-f",
        "csv",
    )
    assert run.code == 0 and run.out.count("India") >= 1 and "Afghanistan" in run.out


def test_library_covers_the_competency_questions():
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue

    catalogue = load_catalogue(resource_dir("queries"))
    assert len(catalogue) >= 18
    assert {q.form for q in catalogue.values()} >= {"SELECT", "CONSTRUCT"}
