"""Issue 13.1: a directory is replaced only when claimgraph provably wrote it, and a file claimgraph did not
write is never removed. On the code before this change, `build` replaced any directory holding a file
named manifest.json (the fake checkout below lost .git/ and its inputs) and a rebuild silently deleted
files a user had added to the build directory."""

from __future__ import annotations

import json
import shutil

from claimgraph.core.publish import OWNER_MARKER, WRITTEN_BY

from ..conftest import DATA, cli
from .trees import snapshot


def one_line_refusal(run) -> str:
    assert run.code == 2, run.err
    assert len(run.err.splitlines()) == 1 and "Traceback" not in run.err, run.err
    return run.err


def test_build_refuses_a_git_checkout_with_a_manifest(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git" / "objects").mkdir(parents=True)
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    shutil.copytree(DATA, repo / "data")
    (repo / "manifest.json").write_text('{"manifest_version":3}\n')
    (repo / "README.md").write_text("my project\n")
    before = snapshot(repo)
    run = cli("--data", str(repo / "data"), "--build-dir", str(repo), "build")
    assert "not written by claimgraph" in one_line_refusal(run)
    assert snapshot(repo) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["repo"]  # no staging left beside it


def test_a_file_added_to_a_build_stops_the_rebuild_and_survives(built, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    (target / "notes.txt").write_text("my notes\n")
    before = snapshot(target)
    err = one_line_refusal(cli("--build-dir", str(target), "build"))
    assert "'notes.txt'" in err and "did not write" in err
    assert snapshot(target) == before
    (target / "notes.txt").unlink()  # moved out: the build is claimgraph's again and is replaced
    assert cli("--build-dir", str(target), "build").code == 0


def test_a_forged_or_foreign_marker_is_not_enough(built, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    marker = json.loads((target / OWNER_MARKER).read_text())
    assert marker["written_by"] == WRITTEN_BY and marker["kind"] == "build"
    assert marker["entries"] == [
        "dataset.nq",
        "dataset.trig",
        "description.ttl",
        "graph-index.tsv",
        "manifest.json",
        "store/",
    ]
    for forged in ({**marker, "written_by": "someone"}, {**marker, "kind": "shards"}, "not json"):
        (target / OWNER_MARKER).write_text(forged if isinstance(forged, str) else json.dumps(forged))
        before = snapshot(target)
        one_line_refusal(cli("--build-dir", str(target), "build"))
        assert snapshot(target) == before


def test_a_build_from_before_markers_is_refused_with_how_to_remove_it(built, tmp_path):
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    (target / OWNER_MARKER).unlink()
    before = snapshot(target)
    err = one_line_refusal(cli("--build-dir", str(target), "build"))
    assert "removed by hand" in err
    assert snapshot(target) == before


def test_shard_export_refuses_a_build_directory(built, tmp_path):
    """Kinds do not mix: a build is not an earlier shard export, so `export --shards -o BUILD` refuses."""
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    before = snapshot(target)
    run = cli("--build-dir", str(built.build_dir), "export", "-f", "nq", "--shards", "2", "-o", str(target))
    assert "not a shards" in one_line_refusal(run)
    assert snapshot(target) == before


def test_synth_force_keeps_a_users_file(tmp_path):
    corpus = tmp_path / "corpus"
    assert cli("synth", "-n", "3", "-q", str(corpus)).code == 0
    (corpus / "mine.txt").write_text("keep\n")
    before = snapshot(corpus)
    err = one_line_refusal(cli("synth", "-n", "3", "--force", "-q", str(corpus)))
    assert "'mine.txt'" in err
    assert snapshot(corpus) == before
