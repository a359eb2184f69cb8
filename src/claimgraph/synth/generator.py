"""`claimgraph synth`: a deterministic synthetic corpus in the real annotation format (docs/synth.md).

Kept as the entry point the CLI and older imports use; the work is split by concern across synth/:
`profile` (distributions measured on the curated corpus), `world` (registry growth), `writer` (article and
claim generation), `annotation` (an article's annotation file), `text` and `sampling` (helpers), and
`output` (`synthesize`: staging, the marker file, publishing the corpus in place of OUTDIR).
"""

from __future__ import annotations

from claimgraph.synth.output import (
    FORMAT,
    GENERATOR,
    MARKER,
    SynthResult,
    check_target,
    report_progress,
    synthesize,
)
from claimgraph.synth.profile import Profile, measure

__all__ = [
    "FORMAT",
    "GENERATOR",
    "MARKER",
    "Profile",
    "SynthResult",
    "check_target",
    "measure",
    "report_progress",
    "synthesize",
]
