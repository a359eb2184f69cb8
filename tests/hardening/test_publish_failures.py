"""One publisher, one failure behaviour (issue 14.2, 13.1): a failure injected at every step of publishing
a directory or a file leaves the old output byte-identical and no temporary or staging entry behind; a
failure after the final rename leaves the new output whole and is not reported as an error.

Each test fails on the code before core/publish.py took over: the old build `_swap` renamed the old build
away before renaming the new one in, without undoing the first rename when the second failed (step
"rename staging -> target" left no build at all), and the old file writer had no directory variant."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from claimgraph.core import publish
from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.publish import OWNER_MARKER, publish_file, remove_stale, staged

from ..conftest import cli
from .trees import snapshot

STEPS = ("rename", "replace", "fsync", "write", "unlink", "mkdir", "open")


class Fault(OSError):
    pass


class Injector:
    """Counts calls of the os functions publishing uses (and shutil.rmtree, publish._exchange) and makes
    call number `fail_at` raise."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_at: int | None) -> None:
        self.calls = 0
        self.fail_at = fail_at
        self.failed: str | None = None
        for name in STEPS:
            monkeypatch.setattr(os, name, self.wrap(name, getattr(os, name)))
        monkeypatch.setattr(shutil, "rmtree", self.wrap("rmtree", shutil.rmtree))
        monkeypatch.setattr(publish, "_exchange", self.wrap("exchange", publish._exchange))

    def wrap(self, name: str, fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            self.calls += 1
            if self.calls == self.fail_at:
                self.failed = name
                raise Fault(f"injected failure in {name}")
            return fn(*args, **kwargs)

        return wrapper


def write_tree(directory: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (directory / name).parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(directory / name, os.O_WRONLY | os.O_CREAT, 0o666)
        os.write(fd, data)
        os.close(fd)


OLD = {"a.txt": b"old a\n", "sub/b.txt": b"old b\n"}
NEW = {"a.txt": b"new a\n", "sub/b.txt": b"new b, longer\n", "c.txt": b"new c\n"}


def publish_tree(target: Path, files: dict[str, bytes]) -> None:
    with staged(target, "shards") as staging:
        write_tree(staging, files)


def check_outcome(parent: Path, target: Path, raised: bool, old: dict, new: dict, monkeypatch) -> None:
    if raised:
        assert snapshot(target) == old
    else:
        assert snapshot(target) == new
    leftovers = sorted(p.name for p in parent.iterdir() if p.name != target.name)
    if leftovers:  # only possible when cleaning the old output failed after the swap: the next writer's job
        assert not raised
        monkeypatch.setattr(publish, "_alive", lambda pid: False)
        remove_stale(parent, "shards")
        assert sorted(p.name for p in parent.iterdir()) == [target.name]


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_directory_publish_survives_a_failure_at_every_step(tmp_path, monkeypatch, exchange):
    if not exchange:
        monkeypatch.setattr(publish, "_renameat2", lambda: None)
    elif publish._renameat2() is None:
        pytest.skip("no renameat2 in this C library")
    target = tmp_path / "out"
    publish_tree(target, OLD)
    old = snapshot(target)
    with monkeypatch.context() as m:
        counter = Injector(m, None)
        publish_tree(target, NEW)
    steps = counter.calls
    new = snapshot(target)
    assert OWNER_MARKER in new and steps > 10
    for k in range(1, steps + 1):
        shutil.rmtree(target)
        publish_tree(target, OLD)
        with monkeypatch.context() as m:
            injector = Injector(m, k)
            try:
                publish_tree(target, NEW)
                raised = False
            except ClaimgraphError:
                raised = True
        assert injector.failed is not None, k
        check_outcome(tmp_path, target, raised, old, new, monkeypatch)


def test_file_publish_survives_a_failure_at_every_step(tmp_path, monkeypatch):
    target = tmp_path / "report.txt"
    target.write_bytes(b"old report\n")
    os.chmod(target, 0o640)

    def write(fh):
        fh.write(b"new ")
        fh.write(b"report\n")

    with monkeypatch.context() as m:
        counter = Injector(m, None)
        publish_file(target, write)
    assert target.read_bytes() == b"new report\n" and (target.stat().st_mode & 0o777) == 0o640
    for k in range(1, counter.calls + 1):
        target.write_bytes(b"old report\n")
        with monkeypatch.context() as m:
            Injector(m, k)
            try:
                publish_file(target, write)
                raised = False
            except ClaimgraphError:
                raised = True
        assert target.read_bytes() == (b"old report\n" if raised else b"new report\n"), k
        assert [p.name for p in tmp_path.iterdir()] == ["report.txt"], k


def test_a_failing_writer_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.nq"
    target.write_bytes(b"old\n")

    def write(fh):
        fh.write(b"half")
        raise RuntimeError("serializer failed")

    with pytest.raises(RuntimeError):
        publish_file(target, write)
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.nq"]


def test_build_swap_failure_keeps_the_old_build(built, tmp_path):
    """The real build's publish step failing (the rename that would put the new build in place): the
    previous build stays, byte for byte, and no staging directory remains. Fails on the old builder: its
    `_swap` had already renamed the old build away (to .build.old-PID) when the second rename failed."""
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    before = snapshot(target)
    boom = (
        "import claimgraph.core.publish as p, os\n"
        "p._renameat2 = lambda: None  # the two-renames path, where the old builder lost the build\n"
        "real, failed = os.rename, []\n"
        "def rename(a, b):\n"
        "    if '.claimgraph-build-' in str(a) and not failed:\n"
        "        failed.append(a)\n"
        "        raise OSError(28, 'No space left on device')\n"
        "    return real(a, b)\n"
        "os.rename = rename\n"
        "from claimgraph.cli.main import run\n"
        "run()\n"
    )
    script = tmp_path / "run.py"
    script.write_text(boom)
    proc = subprocess.run(
        [sys.executable, str(script), "--build-dir", str(target), "build"], capture_output=True, text=True
    )
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1, proc.stderr
    assert snapshot(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build", "run.py"]
    assert cli("--build-dir", str(target), "query", "accusations-denied").code == 0
