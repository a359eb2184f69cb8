"""mypy passes over src/ with the configuration in pyproject.toml ([tool.mypy]): `py.typed` is shipped,
so users' type checkers read these annotations, and they must be true.

Catches: an annotation that lies (a None a caller does not expect, a result type that changed), which
would otherwise surface only in a user's type check or at run time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_mypy_passes_over_src():
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if "No module named mypy" in run.stderr:
        pytest.fail("mypy is missing: install the dev extras (pip install -e '.[dev]')")
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
