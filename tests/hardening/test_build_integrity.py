"""Issue 13.4: a build is verified on read against its manifest (bytes and SHA-256 per output): sizes by
every reader, the hash by readers of a whole file (export, export --shards, validate). A corrupted build is
refused with one line telling to rebuild, exit 2, nothing written. On the code before this change, export
of a truncated dataset.nq exited 0 and the manifest's hashes were never read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ..conftest import cli

CORRUPTED = "is corrupted (size/hash differs from its manifest); rebuild with `claimgraph build`"


@pytest.fixture
def copy(built, tmp_path) -> Path:
    target = tmp_path / "build"
    shutil.copytree(built.build_dir, target)
    return target


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip_a_letter(path: Path) -> None:
    """Same size, still valid N-Quads: the first letter inside a literal changes case."""
    data = bytearray(path.read_bytes())
    start = data.index(b' "') + 2
    i = next(k for k in range(start, len(data)) if chr(data[k]).isalpha())
    data[i] = ord(chr(data[i]).swapcase())
    size = path.stat().st_size
    path.write_bytes(bytes(data))
    assert path.stat().st_size == size


def refused(run) -> None:
    assert run.code == 2, (run.code, run.err)
    assert len(run.err.splitlines()) == 1 and CORRUPTED in run.err, run.err


def test_manifest_records_size_and_hash(built):
    import hashlib

    outputs = json.loads((built.build_dir / "manifest.json").read_text())["outputs"]
    nq = (built.build_dir / "dataset.nq").read_bytes()
    assert outputs["dataset.nq"] == {"bytes": len(nq), "sha256": hashlib.sha256(nq).hexdigest()}


def test_export_of_a_truncated_dump_writes_nothing(copy, tmp_path):
    truncate(copy / "dataset.nq")
    out = tmp_path / "out.nq"
    refused(cli("--build-dir", str(copy), "export", "-f", "nq", "-o", str(out)))
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]


@pytest.mark.parametrize("fmt", ["nq", "ttl"])
def test_export_refuses_a_flipped_byte(copy, tmp_path, fmt):
    flip_a_letter(copy / "dataset.nq")
    out = tmp_path / "out"
    refused(cli("--build-dir", str(copy), "export", "-f", fmt, "-o", str(out)))
    assert not out.exists()


def test_export_to_stdout_of_a_flipped_trig_fails(copy):
    flip_a_letter(copy / "dataset.trig")
    refused(cli("--build-dir", str(copy), "export", "-f", "trig"))


def test_shard_export_refuses_a_flipped_byte(copy, tmp_path):
    flip_a_letter(copy / "dataset.nq")
    out = tmp_path / "shards"
    refused(cli("--build-dir", str(copy), "export", "-f", "nq", "--shards", "2", "-o", str(out)))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["build"]


@pytest.mark.parametrize(
    "command", [("query", "accusations-denied"), ("sparql", "SELECT * WHERE { ?s ?p ?o } LIMIT 1")]
)
def test_query_and_sparql_refuse_a_truncated_build(copy, command):
    truncate(copy / "dataset.nq")
    refused(cli("--build-dir", str(copy), *command))


def test_validate_refuses_a_flipped_byte(copy, tmp_path):
    flip_a_letter(copy / "dataset.nq")
    out = tmp_path / "report.txt"
    refused(cli("--build-dir", str(copy), "validate", "-o", str(out)))
    assert not out.exists()


def test_an_intact_build_still_reads(copy):
    run = cli("--build-dir", str(copy), "query", "accusations-denied")
    assert run.code == 0 and run.out.strip(), run.err


def test_check_refuses_a_flipped_byte(copy):
    flip_a_letter(copy / "dataset.nq")
    refused(cli("--build-dir", str(copy), "check", "--no-hermit"))
