"""Issue 13.2: what `-o PATH` does to what is already at PATH (rule in core/publish.py's docstring): a
regular file is replaced atomically, a symlink is refused, a FIFO or device is written through, a directory
is refused before any work. On the code before this change, every -o renamed a temporary file over the
path: /dev/null (as root) and a FIFO became regular files, a symlink was replaced, `-o DIR` built first and
then failed with a traceback."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from ..conftest import cli


def export_to(built, target: Path, *extra: str):
    return cli("--build-dir", str(built.build_dir), "export", "-f", "nq", "-o", str(target), *extra)


def null_device(tmp_path: Path) -> Path:
    """A private node of the null device (1, 3) where we may make one (root): a regression then replaces
    that node, not the machine's /dev/null (running this test as root on the unfixed code did exactly
    that). Elsewhere the real /dev/null, which a non-root user cannot replace."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError):
        return Path("/dev/null")
    return node


def test_dev_null_stays_a_character_device(built, tmp_path):
    null = null_device(tmp_path)
    run = export_to(built, null)
    assert run.code == 0, run.err
    assert stat.S_ISCHR(os.lstat(null).st_mode)
    assert os.major(os.lstat(null).st_rdev) == 1 and os.minor(os.lstat(null).st_rdev) == 3


def test_a_fifo_gets_the_bytes(built, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with open(fifo, "rb") as fh:
            received.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    run = export_to(built, fifo)
    thread.join(timeout=30)
    assert run.code == 0, run.err
    assert received == [(built.build_dir / "dataset.nq").read_bytes()]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_symlink_is_refused_and_its_target_untouched(built, tmp_path):
    real = tmp_path / "real.nq"
    real.write_text("mine\n")
    link = tmp_path / "link.nq"
    link.symlink_to(real)
    run = export_to(built, link)
    assert run.code == 2 and len(run.err.splitlines()) == 1 and "symbolic link" in run.err, run.err
    assert real.read_text() == "mine\n"
    assert link.is_symlink() and os.readlink(link) == str(real)


def test_a_regular_file_is_replaced_keeping_its_mode(built, tmp_path):
    target = tmp_path / "out.nq"
    target.write_text("old\n")
    os.chmod(target, 0o640)
    assert export_to(built, target).code == 0
    assert target.read_bytes() == (built.build_dir / "dataset.nq").read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.nq"]


@pytest.mark.parametrize("command", ["export", "validate"])
def test_an_existing_directory_is_refused_before_any_work(tmp_path, command):
    """The build directory does not exist, so any work would first build it: it must stay missing."""
    out = tmp_path / "somedir"
    out.mkdir()
    build_dir = tmp_path / "never-built"
    run = cli("--build-dir", str(build_dir), command, "-o", str(out))
    assert run.code == 2 and len(run.err.splitlines()) == 1 and "is a directory" in run.err, run.err
    assert not build_dir.exists()
    assert list(out.iterdir()) == []
