"""The README's quick start is what CI runs, and its example error is what the tool prints."""

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


def test_pre_commit_hooks_run_real_commands():
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"]: h for h in hooks}
    assert set(ids) == {"claimgraph-validate", "claimgraph-build"}
    assert ids["claimgraph-validate"]["entry"] == "claimgraph validate"
    readme_ids = set(re.findall(r"- id: (claimgraph-[a-z]+)", README))
    assert readme_ids == set(ids)


def test_readme_ci_step_uses_real_options():
    step = README.split("A GitHub Actions step:", 1)[1].split("```", 2)[1]
    assert "claimgraph validate --format github" in step and "--format junit -o" in step
    run = cli("validate", "--help")
    for option in ("--format", "--fail-on", "--inference", "--shapes", "-o, --output"):
        assert option in run.out


def test_readme_lists_every_packaged_query():
    """The table between the query-table markers is generated: `python -m claimgraph.query.doc_table` rewrites it."""
    from claimgraph.core.resources import resource_dir
    from claimgraph.query.catalogue import load_catalogue
    from claimgraph.query.doc_table import with_table

    assert with_table(README, load_catalogue(resource_dir("queries"))) == README


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
