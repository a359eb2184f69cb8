"""Untrusted data directories (issue 13 items 5 and 6): only regular files inside the data directory,
under a size cap, with file names that are article ids, are read; anything else is one line, exit 2, no
build written, and no hang (every run has a timeout; a FIFO is refused without being opened).

Before the fix: the /etc/hostname link built and published that file as article text, the FIFO hung the
build (the timeout fired), the /dev/zero link read until memory ran out, the size cap did not exist and
`x y<z>.txt` ended in a traceback -- each test below failed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO

ARTICLE = "000_4787be1ce9b325a9"


def build(data: Path, out: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimgraph", "--data", str(data), "--build-dir", str(out), "build"],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=60,  # a FIFO that is opened blocks for ever: the timeout turns that into a failure
    )


def assert_refused(proc: subprocess.CompletedProcess[str], out: Path, *needles: str) -> str:
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    assert not out.exists()  # no build written
    return lines[0]


def replace_article(data_copy: Path, make) -> None:
    """Swap one packaged article text (it has an annotation) for whatever `make` creates at its path."""
    path = data_copy / "articles" / f"{ARTICLE}.txt"
    path.unlink()
    make(path)


def test_symlink_to_a_file_outside_the_data_directory(data_copy, tmp_path):
    replace_article(data_copy, lambda p: p.symlink_to("/etc/hostname"))
    proc = build(data_copy, tmp_path / "b")
    assert_refused(proc, tmp_path / "b", f"{ARTICLE}.txt", "outside the data directory")


def test_symlink_to_dev_zero(data_copy, tmp_path):
    replace_article(data_copy, lambda p: p.symlink_to("/dev/zero"))
    proc = build(data_copy, tmp_path / "b")
    assert_refused(proc, tmp_path / "b", f"{ARTICLE}.txt", "outside the data directory")


def test_fifo_article_is_refused_without_opening_it(data_copy, tmp_path):
    replace_article(data_copy, os.mkfifo)
    proc = build(data_copy, tmp_path / "b")
    assert_refused(proc, tmp_path / "b", f"{ARTICLE}.txt", "not a regular file (a FIFO)")


def test_fifo_annotation_and_registry_are_refused(data_copy, tmp_path):
    annotation = data_copy / "annotations" / f"{ARTICLE}.yaml"
    annotation.unlink()
    os.mkfifo(annotation)
    assert_refused(build(data_copy, tmp_path / "b"), tmp_path / "b", f"{ARTICLE}.yaml", "a FIFO")
    (data_copy / "registry.yaml").unlink()
    os.mkfifo(data_copy / "registry.yaml")
    assert_refused(build(data_copy, tmp_path / "b"), tmp_path / "b", "registry.yaml", "a FIFO")


def test_directory_symlinked_out_of_the_data_directory(data_copy, tmp_path):
    outside = tmp_path / "elsewhere"
    shutil.move(data_copy / "articles", outside)
    (data_copy / "articles").symlink_to(outside)
    proc = build(data_copy, tmp_path / "b")
    assert_refused(proc, tmp_path / "b", "articles", "outside the data directory")


def test_symlink_inside_the_data_directory_is_read(data_copy, tmp_path):
    """Control: a link that stays inside the data directory is an ordinary input."""
    real = data_copy / "texts" / f"{ARTICLE}.txt"
    real.parent.mkdir()
    shutil.move(data_copy / "articles" / f"{ARTICLE}.txt", real)
    (data_copy / "articles" / f"{ARTICLE}.txt").symlink_to(real)
    proc = build(data_copy, tmp_path / "b")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize(
    ("variable", "relpath"),
    [
        ("CLAIMGRAPH_MAX_ARTICLE_BYTES", f"articles/{ARTICLE}.txt"),
        ("CLAIMGRAPH_MAX_YAML_BYTES", "registry.yaml"),
    ],
)
def test_size_cap_is_configurable(data_copy, tmp_path, variable, relpath):
    size = (data_copy / relpath).stat().st_size  # every packaged input is larger than 100 bytes
    assert size > 100
    proc = build(data_copy, tmp_path / "b", env={variable: "100"})
    assert_refused(proc, tmp_path / "b", Path(relpath).name, f"larger than 100 bytes ({size})")


def test_default_article_cap_is_two_mebibytes(data_copy, tmp_path):
    path = data_copy / "articles" / f"{ARTICLE}.txt"
    with path.open("ab") as fh:
        fh.truncate(2 * 1024 * 1024 + 1)  # sparse: no 2 MiB written to disk
    proc = build(data_copy, tmp_path / "b")
    assert_refused(proc, tmp_path / "b", f"larger than {2 * 1024 * 1024} bytes")


def test_bad_cap_value_is_a_one_line_error(data_copy, tmp_path):
    proc = build(data_copy, tmp_path / "b", env={"CLAIMGRAPH_MAX_ARTICLE_BYTES": "lots"})
    assert_refused(proc, tmp_path / "b", "CLAIMGRAPH_MAX_ARTICLE_BYTES='lots'")


@pytest.mark.parametrize("name", ["x y<z>", "Upper", "a--b", "nl\nx"])
def test_file_stem_must_be_an_article_id(data_copy, tmp_path, name):
    (data_copy / "articles" / f"{name}.txt").write_text("Some text.\n", encoding="utf-8")
    proc = build(data_copy, tmp_path / "b")
    line = assert_refused(proc, tmp_path / "b", "is not an article id")
    assert "\n" not in line


def test_annotation_stem_must_be_an_article_id(data_copy, tmp_path):
    (data_copy / "annotations" / "x y<z>.yaml").write_text("article: x\n", encoding="utf-8")
    proc = build(data_copy, tmp_path / "b")
    assert_refused(proc, tmp_path / "b", "x y<z>.yaml", "is not an article id")
