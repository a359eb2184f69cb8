"""Installing the second SHACL engine (tests/js) for the test session, so the README's test command runs it.

Before this, tests/test_second_engine.py skipped all its tests unless someone had run `npm ci` by hand, and
the skip was one line among 227. Now the session runs `npm ci` itself when node and npm exist and
tests/js/node_modules is missing or does not match package-lock.json; a file lock keeps parallel workers
(pytest-xdist) from installing at the same time. When it still cannot run, the skip names what to install,
and under CI it is a failure instead.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

INSTALL = "cd tests/js && npm ci"
NEED = "node >= 20.19 and npm (e.g. apt-get install nodejs npm), then: " + INSTALL


def installed_versions(lock_file: Path) -> dict[str, str | None]:
    """package path -> version, from a lockfile (package-lock.json or npm's node_modules/.package-lock.json)."""
    packages = json.loads(lock_file.read_text(encoding="utf-8")).get("packages", {})
    return {path: entry.get("version") for path, entry in packages.items() if path}


def stale(js_dir: Path) -> str | None:
    """Why tests/js/node_modules must be (re)installed, or None when it matches package-lock.json.

    npm ci records what it installed in node_modules/.package-lock.json; any package path or version that
    differs from package-lock.json (a bumped pin, a partial install) means a reinstall."""
    hidden = js_dir / "node_modules" / ".package-lock.json"
    if not hidden.is_file():
        return "tests/js/node_modules is missing or incomplete"
    try:
        if installed_versions(hidden) != installed_versions(js_dir / "package-lock.json"):
            return "tests/js/node_modules does not match package-lock.json"
    except (OSError, ValueError) as exc:
        return f"tests/js/node_modules cannot be read ({exc})"
    return None


def under_ci(env: Mapping[str, str] = os.environ) -> bool:
    """CI=true (GitHub Actions, GitLab, most others) or any other non-empty value but 0/false."""
    return env.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def ensure_js_engines(js_dir: Path, timeout: float = 900) -> str | None:
    """Install tests/js if needed; None when the engines can run, else the reason they cannot."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        missing = " and ".join(t for t in ("node", "npm") if shutil.which(t) is None)
        return f"{missing} not on PATH; install {NEED}"
    if stale(js_dir) is None:
        return None
    key = hashlib.sha256(str(js_dir.resolve()).encode()).hexdigest()[:16]
    lock = Path(tempfile.gettempdir()) / f"claimgraph-npm-ci-{key}.lock"
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # one installer; the others wait, then find it fresh
        why = stale(js_dir)
        if why is None:
            return None
        try:
            proc = subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=js_dir,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return f"{why}; `{INSTALL}` did not finish in {timeout:.0f} s"
        if proc.returncode != 0:
            last = (proc.stderr.strip().splitlines() or ["no message"])[-1]
            return (
                f"{why}; `{INSTALL}` failed ({last}); run it by hand with network access to the npm registry"
            )
        return stale(js_dir)
