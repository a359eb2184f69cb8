"""The inner loop `pytest -m "not slow"` leaves out the expensive tests and keeps the rest.

Before the `slow` marker (registered in pyproject.toml, applied in tests/conftest.py) this failed: the marker
was unknown and `-m "not slow"` selected every test, the 14-minute SHACL fixture runs included.
"""

from __future__ import annotations

import subprocess
import sys

from .conftest import REPO


def collected(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr
    return {line for line in proc.stdout.splitlines() if "::" in line}


def test_not_slow_leaves_out_the_expensive_tests_only():
    everything = collected()
    fast = collected("-m", "not slow")
    slow = everything - fast
    assert fast and slow
    modules = {item.split("::")[0] for item in slow}
    assert {"tests/test_second_engine.py", "tests/test_wheel.py"} <= modules
    assert not any(item.startswith(("tests/test_second_engine.py", "tests/test_wheel.py")) for item in fast)
    assert any("test_invalid_fixture_breaks_exactly_its_rule" in item for item in slow)  # every fixture
    assert any("test_fast_build_equals_the_rdflib_reference_on_a_synthetic_corpus" in item for item in slow)
    # the cheap checks of the same files stay in the loop
    assert "tests/test_shapes.py::test_fixtures_are_there" in fast
    assert any(item.startswith("tests/test_readme.py::test_quick_start") for item in fast)


def test_slow_marker_is_registered():
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "--markers", "-p", "no:cacheprovider"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "@pytest.mark.slow:" in proc.stdout
