"""A non-editable wheel installed into a fresh virtual environment answers the headline from anywhere."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def sh(*args, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=900, check=False, **kw)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = sh(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO))
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("claimgraph-*.whl")
    return path


def test_wheel_ships_ontology_shapes_queries_and_data(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for required in (
        "claimgraph/_resources/ontology/claimgraph.ttl",
        "claimgraph/_resources/queries/accusations-denied.rq",
        "claimgraph/_resources/data/registry.yaml",
        "claimgraph/_resources/data/articles/004_e6948105772ef9ec.txt",
        "claimgraph/_resources/data/annotations/004_e6948105772ef9ec.yaml",
    ):
        assert required in names
    assert not any(n.startswith(("build/", "tests/")) for n in names)


def test_installed_wheel_answers_the_headline_from_another_directory(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    install = sh(str(py), "-m", "pip", "install", "-q", str(wheel))
    assert install.returncode == 0, install.stderr[-2000:]

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLAIMGRAPH_", "PYTHONPATH"))}
    env["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    where = sh(
        str(py),
        "-c",
        "import claimgraph.core.resources as r; print(r.resource_dir('data'))",
        cwd=elsewhere,
        env=env,
    )
    assert str(env_dir) in where.stdout  # the packaged copy, not this checkout

    run = sh(
        str(env_dir / "bin" / "claimgraph"),
        "query",
        "accusations-denied",
        "-f",
        "csv",
        cwd=elsewhere,
        env=env,
    )
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert [(r["accuserLabel"], r["denierLabel"], r["articleId"]) for r in rows] == [
        ("Sarfraz Bugti", "India", "002_2c0ba4daa3fd75fe"),
        ("Mohsin Naqvi", "Government of India", "004_e6948105772ef9ec"),
    ]
    assert (tmp_path / "cache" / "claimgraph").is_dir()  # documented build location for installed use
    assert list(elsewhere.iterdir()) == []  # nothing written into the user's working directory
