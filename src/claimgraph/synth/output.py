"""Writing a corpus: the staging directory, the marker file, and publishing it in place of OUTDIR.

The corpus is written beside OUTDIR and renamed into it only when complete, so an interrupted run leaves no
half corpus; only an empty directory or an earlier synth output (its marker file) is ever replaced.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.publish import check_dir_target, new_staging, publish_dir
from claimgraph.core.version import __version__
from claimgraph.synth.profile import measure
from claimgraph.synth.world import World
from claimgraph.synth.writer import Writer

MARKER = ".claimgraph-synth.json"
GENERATOR = "claimgraph synth"
FORMAT = 1  # bump whenever the same (articles, seed) would give a different corpus
PROGRESS_EVERY = 5000


@dataclass
class SynthResult:
    out_dir: Path
    articles: int
    curated: int
    registry: dict[str, int]
    seconds: float


def check_target(out_dir: Path, force: bool, shown: Path | None = None) -> None:
    """Refuse to overwrite anything but an empty directory or, with --force, an earlier synth output that
    holds nothing else (core/publish.py decides what claimgraph provably wrote)."""
    shown = shown or out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise ClaimgraphError(f"{shown}: exists and is not a directory")
    if not out_dir.exists() or not any(out_dir.iterdir()):
        return
    if not force:
        raise ClaimgraphError(
            f"{shown}: exists and is not empty; refusing to overwrite it "
            "(use --force to replace a corpus written by claimgraph synth)"
        )
    check_dir_target(out_dir, "synth")


def synthesize(
    out_dir: Path,
    articles: int,
    seed: int,
    *,
    force: bool = False,
    curated: bool = True,
    progress: Callable[[str], None] | None = None,
) -> SynthResult:
    """Write a synthetic corpus of `articles` articles (plus, by default, the curated ones) to `out_dir`."""
    from claimgraph.core.resources import resource_dir
    from claimgraph.corpus.inputs import load_corpus

    if articles < 1:
        raise ClaimgraphError(f"--articles must be at least 1, got {articles}")
    started = time.perf_counter()
    shown = Path(out_dir)
    out_dir = shown.resolve()  # so that the staging directory is a sibling even for "." or a symlink
    check_target(out_dir, force, shown)
    data = resource_dir("data")
    corpus = load_corpus(data, resource_dir("ontology"))
    profile = measure(corpus)
    world = World(corpus.registry, corpus, profile, seed)
    writer = Writer(world, profile, seed, max(6, len(str(articles))))

    staging = new_staging(out_dir, "synth")  # marked, so a run killed with -9 is cleaned up by the next
    try:
        (staging / "articles").mkdir()
        (staging / "annotations").mkdir()
        copied = 0
        if curated:
            for sub in ("articles", "annotations"):
                for path in sorted((data / sub).iterdir()):
                    if path.suffix in (".txt", ".yaml"):
                        shutil.copyfile(path, staging / sub / path.name)
                        copied += sub == "articles"
        art_dir, ann_dir = str(staging / "articles"), str(staging / "annotations")
        for k in range(1, articles + 1):
            aid, text, annotation = writer.article(k)  # streamed out: nothing of an article is kept
            with open(f"{art_dir}/{aid}.txt", "wb") as fh:
                fh.write(text.encode())
            with open(f"{ann_dir}/{aid}.yaml", "wb") as fh:
                fh.write(annotation.encode())
            if progress and k % PROGRESS_EVERY == 0 and k < articles:
                progress(f"synth: {k}/{articles} articles ({time.perf_counter() - started:.1f} s)")
        header = (
            f"# Synthetic corpus: claimgraph synth --articles {articles} --seed {seed} (claimgraph "
            f"{__version__}).\n# The curated registry follows unchanged; synthetic entries close each "
            "section and carry no external identifiers.\n"
        )
        registry = world.registry_text((data / "registry.yaml").read_text(encoding="utf-8"), header)
        (staging / "registry.yaml").write_bytes(registry.encode())
        counts = {s: world.counts[s] for s in ("places", "actors", "posts", "events")}
        marker = {
            "generator": GENERATOR,
            "version": __version__,
            "format": FORMAT,
            "articles": articles,
            "seed": seed,
            "curated_articles": copied,
            "synthetic_registry_entries": counts,
            "profile": profile.summary(),
        }
        (staging / MARKER).write_text(json.dumps(marker, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        _swap(staging, out_dir, force, shown)
    except OSError as exc:  # a full disk, a permission: one line, and nothing left behind
        shutil.rmtree(staging, ignore_errors=True)
        raise ClaimgraphError(f"{shown}: cannot write the corpus ({exc.strerror})") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SynthResult(shown, articles, copied, counts, time.perf_counter() - started)


def _swap(staging: Path, target: Path, force: bool, shown: Path) -> None:
    check_target(target, force, shown)  # again: the directory may have changed while we wrote
    publish_dir(staging, target, "synth")


def report_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
