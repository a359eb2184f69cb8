"""Issue 13.3: after `kill -9` of a build, the previous build is intact, no worker outlives the build, and
the next build into the same parent removes the dead writer's staging directory, and only directories
whose name and marker say claimgraph made them. On the code before this change, staging directories
(.build.staging-*) stayed forever and workers stayed blocked on their queue after the parent died."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimgraph.core.publish import OWNER_MARKER, STAGING_MARKER, WRITTEN_BY, remove_stale

from ..conftest import REPO, cli
from .trees import snapshot


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def staging(parent: Path, kind: str, pid: int, *, marker: bool = True, name: str = "b") -> Path:
    path = parent / f".{name}.claimgraph-{kind}-{pid}-0123abcd"
    path.mkdir()
    (path / "dataset.nq").write_text("half\n")
    if marker:
        (path / STAGING_MARKER).write_text(json.dumps({"written_by": WRITTEN_BY, "kind": kind, "pid": pid}))
    return path


def test_only_marked_staging_of_a_dead_writer_of_the_same_kind_is_removed(tmp_path):
    dead = dead_pid()
    stale = staging(tmp_path, "build", dead)
    unmarked = staging(tmp_path, "build", dead, marker=False, name="c")
    other_kind = staging(tmp_path, "shards", dead, name="d")
    running = staging(tmp_path, "build", os.getppid(), name="e")
    lookalike = tmp_path / f".b.staging-{dead}"
    lookalike.mkdir()
    assert remove_stale(tmp_path, "build") == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in (unmarked, other_kind, running, lookalike)
    )


def test_a_complete_output_whose_target_is_missing_is_put_back(tmp_path):
    """A writer killed between its two renames (systems without renameat2) leaves the old output aside and
    no target: the next writer restores it rather than deleting the only copy."""
    aside = tmp_path / f".b.claimgraph-build-{dead_pid()}-0123abcd"
    aside.mkdir()
    (aside / "dataset.nq").write_text("old\n")
    entries = ["dataset.nq"]
    (aside / OWNER_MARKER).write_text(
        json.dumps({"written_by": WRITTEN_BY, "kind": "build", "entries": entries})
    )
    assert remove_stale(tmp_path, "build") == []
    assert [p.name for p in tmp_path.iterdir()] == ["b"]
    assert (tmp_path / "b" / "dataset.nq").read_text() == "old\n"


def children(pid: int) -> set[int]:
    out = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.add(int(entry.name))
    return out


def running_with(text: str) -> list[int]:
    """Processes (not zombies) whose command line mentions `text`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if text in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_kill_9_mid_build_leaves_the_old_build_no_orphans_and_a_stale_staging_the_next_build_removes(
    built, tmp_path
):
    data = tmp_path / "data"
    assert cli("synth", "-n", "200", "-s", "3", "-q", str(data)).code == 0
    target = tmp_path / "b"
    shutil.copytree(built.build_dir, target)
    before = snapshot(target)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "claimgraph",
            "--data",
            str(data),
            "--build-dir",
            str(target),
            "build",
            "-j",
            "2",
        ],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 240
    workers: set[int] = set()
    try:
        while time.monotonic() < deadline and proc.poll() is None:  # mid-way: workers mapping articles
            staged = list(tmp_path.glob(".b.claimgraph-build-*/dataset.nq"))
            workers = children(proc.pid)
            if staged and staged[0].stat().st_size > 0 and len(workers) >= 2:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the build finished before it could be killed; use a larger corpus"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        if proc.poll() is None:
            proc.kill()
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(".b.claimgraph-build-")]
    assert len(leftovers) == 1 and (leftovers[0] / STAGING_MARKER).is_file()
    assert snapshot(target) == before
    for _ in range(100):  # the kernel delivers SIGKILL to the workers as the parent dies
        if not running_with(str(target)):
            break
        time.sleep(0.1)
    assert running_with(str(target)) == [], f"orphan workers of {workers}"
    assert cli("--build-dir", str(target), "build").code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b", "data"]
