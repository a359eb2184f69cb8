"""Locate the packaged ontology, shapes, queries and data, in a wheel or in a source checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parents[1]  # src/claimgraph (or site-packages/claimgraph)
PACKAGED = PACKAGE_ROOT / "_resources"
SOURCE_ROOT = PACKAGE_ROOT.parents[1]


def resource_dir(name: str) -> Path:
    """Return the packaged directory `name` (ontology, shapes, queries or data)."""
    wheel_copy = PACKAGED / name
    if wheel_copy.is_dir():
        return wheel_copy
    return SOURCE_ROOT / name


def source_checkout() -> Path | None:
    """The repository root when running from a checkout (editable install), else None."""
    checkout = (SOURCE_ROOT / "pyproject.toml").is_file() and (SOURCE_ROOT / "data").is_dir()
    return SOURCE_ROOT if checkout and not PACKAGED.is_dir() else None
