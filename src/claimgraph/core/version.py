"""The package version, in the foundation layer so that every stage can record it without importing
the public API (claimgraph/__init__)."""

__version__ = "0.1.0"
