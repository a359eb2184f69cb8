"""Command-line contract: listing, per-query help, auto-build when stale, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

from .conftest import cli, give_ttp_the_alias_bla


def test_queries_lists_the_headline_with_its_parameter():
    run = cli("queries")
    assert run.code == 0
    line = next(line for line in run.out.splitlines() if line.startswith("accusations-denied"))
    assert "Accusations against a party that were denied" in line and "accused=india" in line
    listed = json.loads(cli("queries", "--format", "json").out)
    headline = next(q for q in listed if q["name"] == "accusations-denied")
    assert headline["parameters"]["accused"]["type"] == "actor"


def test_query_help_shows_the_query_description():
    run = cli("query", "accusations-denied", "--help")
    assert run.code == 0
    assert "Each accusation against the given party that another party denied" in run.out
    assert "accused (actor, default india" in run.out


def test_query_builds_first_when_missing_then_reuses_the_build(tmp_path):
    target = tmp_path / "b"
    first = cli("--build-dir", str(target), "query", "accusations-denied", "-f", "csv")
    assert first.code == 0 and "building" in first.err
    assert (target / "manifest.json").is_file()
    second = cli("--build-dir", str(target), "query", "accusations-denied", "-f", "csv")
    assert second.code == 0 and second.err == "" and second.out == first.out


def test_query_rebuilds_when_an_annotation_changes(tmp_path, data_copy):
    target = tmp_path / "b"
    assert cli("--data", str(data_copy), "--build-dir", str(target), "build").code == 0
    path = data_copy / "annotations" / "004_e6948105772ef9ec.yaml"
    text = path.read_text(encoding="utf-8")
    # a curator removes the link between Delhi's denial and Naqvi's accusation: 004 no longer answers
    path.write_text(
        text.replace("    denies: naqvi-accuses-india\n", "    rejects: mohsin-naqvi\n"), encoding="utf-8"
    )
    run = cli(
        "--data", str(data_copy), "--build-dir", str(target), "query", "accusations-denied", "-f", "csv"
    )
    assert run.code == 0 and "building" in run.err
    assert "004_e6948105772ef9ec" not in run.out and "002_2c0ba4daa3fd75fe" in run.out


def test_unknown_query_and_unknown_parameter_exit_2(built):
    bad = cli("--build-dir", str(built.build_dir), "query", "accusations-denid")
    assert bad.code == 2 and "did you mean 'accusations-denied'" in bad.err
    param = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "-p", "accuser=india")
    assert param.code == 2 and "has no parameter 'accuser'" in param.err
    malformed = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "-p", "india")
    assert malformed.code == 2 and "--param expects K=V" in malformed.err


def test_wrong_format_for_query_form(built):
    run = cli("--build-dir", str(built.build_dir), "query", "accusations-denied", "-f", "ttl")
    assert run.code == 2 and "does not apply to a SELECT query" in run.err


def test_build_reports_what_it_wrote(tmp_path):
    run = cli("--build-dir", str(tmp_path / "b"), "build")
    assert run.code == 0
    assert run.out.startswith("built 5 articles,") and "dataset.trig" in run.out


def test_export_to_a_file_is_atomic_on_failure(tmp_path, built):
    target = tmp_path / "out.ttl"
    target.write_text("previous export\n")
    copy = tmp_path / "b"
    shutil.copytree(built.build_dir, copy)
    (copy / "dataset.nq").write_text("<broken\n")
    run = cli("--build-dir", str(copy), "export", "-f", "ttl", "-o", str(target))
    assert run.code == 2 and "is corrupted" in run.err and "Traceback" not in run.err
    assert target.read_text() == "previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "out.ttl"]


def test_version():
    run = cli("--version")
    assert run.code == 0 and "claimgraph" in run.out


def test_ambiguous_label_lists_the_candidates(tmp_path, data_copy):
    give_ttp_the_alias_bla(data_copy)
    args = (
        "--data",
        str(data_copy),
        "--build-dir",
        str(tmp_path / "b"),
        "query",
        "responsibility-claims",
        "-p",
    )
    assert cli(*args, "actor=bla").code == 0  # a key is never ambiguous
    run = cli(*args, "actor=BLA")
    assert run.code == 2 and len(run.err.strip().splitlines()) == 1
    assert (
        "'BLA' is ambiguous: Baloch Liberation Army (id:actor/bla); Tehrik-i-Taliban Pakistan (id:actor/ttp)"
        in run.err
    )


# One grammar (issue 14, item 9): -f is --format everywhere; --data/--build-dir after the command too.

DENIALS = "SELECT ?d WHERE { ?d a <https://w3id.org/claimgraph/ontology#Denial> } ORDER BY ?d"


def test_sparql_f_means_format(built):
    """Before: -f was --file in sparql, so `-f csv` tried to read a file named csv (exit 2)."""
    run = cli("--build-dir", str(built.build_dir), "sparql", "-f", "csv", DENIALS)
    assert run.code == 0, run.err
    lines = run.out.strip().splitlines()
    assert lines[0] == "d" and len(lines) == 4  # 002: India's and Afghanistan's denials; 004: Delhi's
    assert "warning" not in run.err


def test_sparql_file_with_i_and_the_deprecated_f(built, tmp_path):
    """-i FILE reads the query (before: no such option); -f FILE.rq still does, with a warning on stderr
    (before: no warning), and both give the same answer."""
    rq = tmp_path / "denials.rq"
    rq.write_text(DENIALS + "\n")
    new = cli("--build-dir", str(built.build_dir), "sparql", "-i", str(rq), "-f", "csv")
    old = cli("--build-dir", str(built.build_dir), "sparql", "-f", str(rq))
    assert new.code == 0 and old.code == 0, new.err + old.err
    assert "warning" not in new.err
    assert "-f now means --format" in old.err and f"-i {rq}" in old.err
    assert old.out.count("id:claim/") == new.out.count("/claim/") == 3
    both = cli("--build-dir", str(built.build_dir), "sparql", "-i", str(rq), "-f", str(rq))
    assert both.code == 2 and "once" in both.err


def test_sparql_f_with_neither_a_format_nor_a_file_is_a_usage_error(built):
    run = cli("--build-dir", str(built.build_dir), "sparql", "-f", "cvs", DENIALS)
    assert run.code == 2 and "cvs" in run.err and "csv" in run.err and "Traceback" not in run.err


def test_data_and_build_dir_after_the_command(tmp_path, data_copy):
    """Before: `claimgraph build --data DIR` was "no such option" (exit 2)."""
    target = tmp_path / "after"
    run = cli("build", "--data", str(data_copy), "--build-dir", str(target))
    assert run.code == 0, run.err
    assert (target / "dataset.nq").is_file()
    assert f"-> {target}" in run.out


def test_the_commands_build_dir_wins_over_the_groups(tmp_path):
    before, after = tmp_path / "before", tmp_path / "after"
    run = cli(
        "--build-dir", str(before), "query", "accusations-denied", "-f", "csv", "--build-dir", str(after)
    )
    assert run.code == 0, run.err
    assert (after / "dataset.nq").is_file() and not before.exists()
    assert "Mohsin Naqvi" in run.out


def test_query_help_takes_the_name_from_clicks_context():
    """In-process (sys.argv is pytest's): the old help re-parsed sys.argv and showed no description."""
    from click.testing import CliRunner

    from claimgraph.cli.main import main

    result = CliRunner().invoke(main, ["query", "-f", "csv", "accusations-denied", "--help"])
    assert result.exit_code == 0
    assert "Each accusation against the given party that another party denied" in result.output
    assert "accused (actor, default india" in result.output


def test_shell_completion_prints_a_script():
    """docs/cli.md's recipe: the installed console script prints a bash completion function. Catches an
    entry point that swallows click's completion exit or a renamed program (the variable names it)."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    exe = shutil.which("claimgraph", path=str(Path(sys.executable).parent))
    assert exe is not None, "the claimgraph console script is missing: pip install -e ."
    env = {**os.environ, "_CLAIMGRAPH_COMPLETE": "bash_source"}
    run = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "_claimgraph_completion()" in run.stdout and "complete -o nosort -F" in run.stdout
    env = {
        **os.environ,
        "_CLAIMGRAPH_COMPLETE": "bash_complete",
        "COMP_WORDS": "claimgraph que",
        "COMP_CWORD": "1",
    }
    run = subprocess.run([exe], env=env, capture_output=True, text=True, timeout=60)
    assert "plain,queries" in run.stdout and "plain,query" in run.stdout


def test_a_query_loads_only_its_own_command_module(built):
    """cli/main assembles the commands lazily (cli.main.COMMANDS): `claimgraph query` imports neither the
    other command modules nor the writer of directories. Catches eager assembly, which put 15-20 ms on
    every warm query (measured at the restructure)."""
    code = (
        "import sys, json\n"
        f"sys.argv = ['claimgraph', '--build-dir', {str(built.build_dir)!r}, 'query', 'accusations-denied',"
        " '-f', 'csv']\n"
        "from claimgraph.cli.main import run\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('claimgraph.cli.', 'claimgraph.core.publish',"
        " 'rdflib', 'pyshacl', 'owlrl')))\n"
        "sys.stderr.write(json.dumps(loaded))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    loaded = json.loads(run.stderr.strip().splitlines()[-1])
    assert loaded == ["claimgraph.cli.common", "claimgraph.cli.main", "claimgraph.cli.query"]


def test_help_lists_every_command_in_order():
    run = cli("--help")
    listed = [line.split()[0] for line in run.out.split("Commands:")[1].strip().splitlines()]
    assert listed == ["build", "export", "queries", "query", "validate", "check", "sparql", "synth"]
