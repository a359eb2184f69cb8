"""Command-line contract: listing, per-query help, auto-build when stale, exit codes."""

from __future__ import annotations

import json
import shutil

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
