"""`claimgraph synth`: a deterministic synthetic corpus that the real loader, shapes and queries accept."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from claimgraph.cli.main import main
from claimgraph.core.fields import SLUG
from claimgraph.core.publish import OWNER_MARKER
from claimgraph.corpus.annotations import CLAIM_TYPES
from claimgraph.synth import output as synth

from .conftest import DATA, cli

N, SEED = 40, 5
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def quotes(node, found: list[dict]) -> list[dict]:
    """Every quote block ({quote: ..., occurrence: ...}) of an annotation, wherever it sits."""
    if isinstance(node, dict):
        if "quote" in node:
            found.append(node)
        for value in node.values():
            quotes(value, found)
    elif isinstance(node, list):
        for value in node:
            quotes(value, found)
    return found


def occurrences(text: str, quote: str) -> int:
    return len(re.findall(f"(?={re.escape(quote)})", text))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("synth") / "corpus"
    run = cli("synth", "--articles", str(N), "--seed", str(SEED), str(out))
    assert run.code == 0, run.err
    assert run.out.startswith(f"wrote {N} synthetic articles and 5 curated") and run.err == ""
    return out


@pytest.fixture(scope="module")
def build_dir(corpus) -> Path:
    target = corpus.parent / "build"
    run = cli("--data", str(corpus), "--build-dir", str(target), "build")
    assert run.code == 0, run.err
    assert run.out.startswith(f"built {N + 5} articles,")
    return target


@pytest.fixture(scope="module")
def answers(corpus, build_dir) -> dict[str, dict]:
    """Every packaged query run once with its default parameters (in-process: a subprocess per query
    would take most of this file's time); SELECT results as SPARQL JSON."""
    listed = json.loads(cli("queries", "-f", "json").out)
    assert len(listed) >= 19
    runner, out = CliRunner(), {}
    for q in listed:
        fmt = ["-f", "json"] if q["form"] == "SELECT" else []
        args = ["--data", str(corpus), "--build-dir", str(build_dir), "query", q["name"], *fmt]
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and result.exception is None, f"{q['name']}: {result.output}"
        out[q["name"]] = json.loads(result.output) if fmt else {"text": result.output}
    return out


def test_layout_and_marker(corpus):
    assert sorted(p.name for p in corpus.iterdir()) == [
        OWNER_MARKER,
        synth.MARKER,
        "annotations",
        "articles",
        "registry.yaml",
    ]
    texts = sorted(p.stem for p in (corpus / "articles").glob("*.txt"))
    assert texts == sorted(p.stem for p in (corpus / "annotations").glob("*.yaml"))
    assert texts[-N:] == [f"syn-{k:06d}" for k in range(1, N + 1)]
    assert texts[:5] == sorted(p.stem for p in (DATA / "articles").glob("*.txt"))
    marker = json.loads((corpus / synth.MARKER).read_text())
    assert (marker["generator"], marker["articles"], marker["seed"]) == ("claimgraph synth", N, SEED)
    assert marker["version"] and marker["profile"]["claim_types"]


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path, corpus):
    one, two, other = tmp_path / "one", tmp_path / "two", tmp_path / "other"
    for target, seed in ((one, SEED), (two, SEED), (other, SEED + 1)):
        assert cli("synth", "-n", "12", "-s", str(seed), "-q", str(target)).code == 0
    first = tree(one)
    assert first == tree(two)
    assert first != tree(other)
    # article k does not depend on how many follow it: the 12-article corpus is a prefix of the 40-article one
    full = tree(corpus)
    for name, data in first.items():
        if name.startswith(("articles/syn-", "annotations/syn-")):
            assert full[name] == data, name
    assert [p.name for p in tmp_path.iterdir()] == ["one", "two", "other"]  # no staging left behind


def test_builds_and_conforms_with_no_result(corpus, build_dir):
    run = cli("--data", str(corpus), "--build-dir", str(build_dir), "validate", "-f", "json")
    assert run.code == 0, run.out[-2000:]
    report = json.loads(run.out)
    assert report["conforms"] and report["results"] == []
    assert report["counts"] == {"Violation": 0, "Warning": 0, "Info": 0}


def test_every_packaged_query_runs(answers):
    for name, answer in answers.items():
        assert answer.get("text", "").strip() or "results" in answer or "boolean" in answer, name


def test_headline_and_conflicting_figures_come_from_synthetic_articles(answers):
    denied = answers["accusations-denied"]["results"]["bindings"]
    rows = [r for r in denied if r["articleId"]["value"].startswith("syn-")]
    assert rows and {r["accusedLabel"]["value"] for r in rows} == {"India"}
    assert all(r["accuser"]["value"] != r["denier"]["value"] for r in rows)
    conflicts = answers["conflicting-figures"]["results"]["bindings"]
    synthetic = [r for r in conflicts if r["articleIdA"]["value"].startswith("syn-")]
    assert synthetic
    assert any(r["claimantA"]["value"] != r["claimantB"]["value"] for r in synthetic)


def load_synthetic(corpus: Path) -> list[tuple[dict, str]]:
    out = []
    for path in sorted((corpus / "annotations").glob("syn-*.yaml")):
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=LOADER)
        out.append((doc, (corpus / "articles" / f"{path.stem}.txt").read_text(encoding="utf-8")))
    return out


def test_every_quote_occurs_in_its_text(corpus):
    for doc, text in load_synthetic(corpus):
        story = text.split("\nShare:\n")[0]
        boilerplate = doc.get("boilerplate")
        for block in quotes(doc, []):
            n = occurrences(text if block is boilerplate else story, block["quote"])
            if "occurrence" in block:
                assert 1 <= block["occurrence"] <= n, (doc["article"], block)
            else:
                assert n == 1, (doc["article"], block)


def test_shaped_like_the_curated_articles(corpus):
    docs = load_synthetic(corpus)
    curated = [
        yaml.load(p.read_text(encoding="utf-8"), Loader=LOADER)
        for p in sorted((DATA / "annotations").glob("*.yaml"))
    ]
    curated_types = {c["type"] for doc in curated for c in doc["claims"]}
    claims = [c for doc, _ in docs for c in doc["claims"]]
    types = Counter(c["type"] for c in claims)
    assert set(types) <= curated_types <= set(CLAIM_TYPES)
    assert types["CasualtyClaim"] and types["Accusation"] and types["Denial"]
    assert any("#" in c.get("denies", "") for c in claims)  # a denial of another article's accusation
    assert any(c.get("denies") and "#" not in c["denies"] for c in claims)  # and one in the same article
    for c in claims:
        if c["type"] == "Denial" and "#" not in c["denies"]:
            doc = next(d for d, _ in docs if any(x is c for x in d["claims"]))
            accused = next(x for x in doc["claims"] if x["id"] == c["denies"])
            assert accused["claimant"] != c["claimant"]
    lengths = [len(text) for _, text in docs]
    assert 2500 <= sum(lengths) / len(lengths) <= 4500 and min(lengths) >= 1500
    per_article = [len(doc["claims"]) for doc, _ in docs]
    assert 12 <= sum(per_article) / len(per_article) <= 26
    local = [e for doc, _ in docs for e in doc["events"] if "id" in e]
    shared = [e for doc, _ in docs for e in doc["events"] if "ref" in e]
    assert local and shared
    assert len({e["id"] for e in local}) == len(local)  # local events are unique across the corpus


def test_registry_keeps_the_curated_entries_and_grows(corpus):
    curated = yaml.load((DATA / "registry.yaml").read_text(encoding="utf-8"), Loader=LOADER)
    grown = yaml.load((corpus / "registry.yaml").read_text(encoding="utf-8"), Loader=LOADER)
    for section, entries in curated.items():
        for key, entry in entries.items():
            assert grown[section][key] == entry, (section, key)
        added = {k: v for k, v in grown[section].items() if k not in entries}
        assert added, section
        for key, entry in added.items():
            assert SLUG.match(key)
            assert "wikidata" not in entry and "geonames" not in entry  # never invent identifiers


def test_bad_arguments_and_foreign_directories(tmp_path):
    zero = cli("synth", "--articles", "0", str(tmp_path / "out"))
    assert zero.code == 2 and "Traceback" not in zero.err
    assert len(zero.err.strip().splitlines()) == 1 and "--articles" in zero.err
    assert not (tmp_path / "out").exists()

    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me\n")
    for extra in ((), ("--force",)):
        run = cli("synth", "-n", "3", *extra, str(foreign))
        assert run.code == 2 and "Traceback" not in run.err
        assert len(run.err.strip().splitlines()) == 1 and str(foreign) in run.err
        assert tree(foreign) == {"notes.txt": b"keep me\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


def test_force_replaces_only_a_synth_corpus(tmp_path):
    out = tmp_path / "corpus"
    assert cli("synth", "-n", "3", "-q", str(out)).code == 0
    again = cli("synth", "-n", "3", "-s", "1", str(out))
    assert again.code == 2 and "not empty" in again.err
    forced = cli("synth", "-n", "4", "-s", "1", "--force", "-q", str(out))
    assert forced.code == 0 and forced.out == ""
    assert json.loads((out / synth.MARKER).read_text())["articles"] == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]


def test_progress_goes_to_the_callback(tmp_path, monkeypatch):
    monkeypatch.setattr(synth, "PROGRESS_EVERY", 2)
    messages: list[str] = []
    synth.synthesize(tmp_path / "c", 5, 0, curated=False, progress=messages.append)
    assert [m.split(" (")[0] for m in messages] == ["synth: 2/5 articles", "synth: 4/5 articles"]
    assert len(list((tmp_path / "c" / "articles").iterdir())) == 5
