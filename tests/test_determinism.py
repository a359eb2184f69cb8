"""Same inputs, same bytes: two builds, from different working directories, are identical."""

from __future__ import annotations

import json

from .conftest import cli

OUTPUTS = ("dataset.trig", "dataset.nq", "description.ttl", "manifest.json")


def test_two_builds_are_byte_identical(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    (tmp_path / "elsewhere").mkdir()
    assert cli("--build-dir", str(first), "build").code == 0
    assert cli("--build-dir", str(second), "build", cwd=tmp_path / "elsewhere").code == 0
    for name in OUTPUTS:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_outputs_leak_no_local_paths(built):
    text = (built.build_dir / "dataset.nq").read_text(encoding="utf-8")
    assert "file:" not in text
    assert str(built.build_dir.parent) not in text
    manifest = json.loads((built.build_dir / "manifest.json").read_text())
    assert all(not entry["path"].startswith("/") for entry in manifest["inputs"])


def test_rebuild_replaces_and_is_still_identical(tmp_path):
    target = tmp_path / "b"
    assert cli("--build-dir", str(target), "build").code == 0
    before = (target / "dataset.nq").read_bytes()
    assert cli("--build-dir", str(target), "build").code == 0
    assert (target / "dataset.nq").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b"]  # no staging or old directories left behind
