"""Bad input: one clear line naming file, line and field; exit code 2; no traceback; build untouched."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from .conftest import cli

A004 = "annotations/004_e6948105772ef9ec.yaml"
A001 = "annotations/001_6c959af80028444d.yaml"
REG = "registry.yaml"
NAQVI = "  - id: naqvi-accuses-india\n    type: Accusation\n    claimant: mohsin-naqvi\n"

CASES = {
    "unknown key": (
        A004,
        "claimant: mohsin-naqvi\n    role",
        "claimant: mohsin-naqvy\n    role",
        r"004_e6948105772ef9ec\.yaml:\d+: claims\[\d+\]\.claimant: unknown actor 'mohsin-naqvy' "
        r"\(did you mean 'mohsin-naqvi'\?\)",
    ),
    "missing field": (
        A004,
        NAQVI,
        "  - id: naqvi-accuses-india\n    type: Accusation\n",
        r"004_e6948105772ef9ec\.yaml:102: claims\[\d+\]: missing required field 'claimant'",
    ),
    "mistyped field": (
        A004,
        "value: 84",
        "value: eighty-four",
        r"004_e6948105772ef9ec\.yaml:84: claims\[\d+\]\.value: expected a whole number, got 'eighty-four'",
    ),
    "negative figure": (
        A004,
        "value: 84",
        "value: -84",
        r"claims\[\d+\]\.value: must be at least 0, got -84",
    ),
    "unknown field": (
        A004,
        "    allegation: backing terrorists",
        "    alegation: backing terrorists",
        r":111: claims\[\d+\]\.alegation: unknown field \(did you mean 'allegation'\?\)",
    ),
    "duplicate claim id": (
        A004,
        "  - id: delhi-denies-naqvi-accusation",
        "  - id: naqvi-accuses-india",
        r"004_e6948105772ef9ec\.yaml:113: claims\[\d+\]: duplicate claim id 'naqvi-accuses-india'",
    ),
    "duplicate yaml key": (
        A004,
        NAQVI,
        NAQVI + "    claimant: bla\n",
        r"004_e6948105772ef9ec\.yaml:105: duplicate key 'claimant'",
    ),
    "duplicate event id across files": (
        A004,
        "  - id: naqvi-bugti-quetta-condolence-visit",
        "  - id: turbat-convoy-ambush",
        r"004_e6948105772ef9ec\.yaml:\d+: events\[\d+\]\.id: duplicate event id 'turbat-convoy-ambush': "
        r"already defined in .*001_6c959af80028444d\.yaml",
    ),
    "quote not found": (
        A004,
        "quote: \"Pakistan's Interior Minister, Mohsin Naqvi, blamed India",
        "quote: \"Pakistan's Interior Minister, Mohsin Naqvi, blamed Iran",
        r"004_e6948105772ef9ec\.yaml:107: claims\[\d+\]\.quote: quote not found in .*004_e6948105772ef9ec\.txt",
    ),
    "ambiguous quote": (
        A004,
        'quote: "Pakistan\'s Interior Minister, Mohsin Naqvi, blamed India for backing terrorists and attacks"',
        'quote: "Naqvi"',
        r":107: claims\[\d+\]\.quote: quote occurs 2 times in \S*004_e6948105772ef9ec\.txt \(lines 4, 4\); add 'occurrence', 'prefix' or 'suffix'",
    ),
    "bad date": (A001, 'date: "2024-11"', 'date: "2024-13"', r":48: events\[\d+\]\.date: bad date '2024-13'"),
    "impossible day": (
        A001,
        'date: "--01-04"',
        'date: "--02-30"',
        r":31: events\[\d+\]\.date: bad date '--02-30'",
    ),
    "invalid IRI": (
        A004,
        "article: 004_e6948105772ef9ec\n",
        'article: 004_e6948105772ef9ec\nurl: "http://example.org/a b"\n',
        r"004_e6948105772ef9ec\.yaml:2: url: invalid IRI 'http://example.org/a b': contains a space",
    ),
    "relative IRI": (
        A004,
        "article: 004_e6948105772ef9ec\n",
        "article: 004_e6948105772ef9ec\nurl: news/4\n",
        r":2: url: invalid IRI 'news/4': must be an absolute http\(s\) IRI",
    ),
    "role not held": (
        A004,
        "role: interior-minister-of-pakistan",
        "role: defence-minister-of-pakistan",
        r":105: claims\[\d+\]\.role: 'mohsin-naqvi' does not hold the post 'defence-minister-of-pakistan'",
    ),
    "denial by the accuser": (
        A004,
        "claimant: government-of-india",
        "claimant: mohsin-naqvi",
        r"claims\[\d+\]: a denial's claimant must differ from the accuser",
    ),
    "unknown event type": (
        A004,
        "type: official-visit",
        "type: offical-visit",
        r"events\[\d+\]\.type: unknown value 'offical-visit' \(did you mean 'official-visit'\?\)",
    ),
    "yaml alias": (
        A004,
        "    events: [balochistan-coordinated-attacks]\n    accused: india",
        "    events: &e [balochistan-coordinated-attacks]\n    accused: india",
        r"004_e6948105772ef9ec\.yaml:109: YAML anchors and aliases are not allowed",
    ),
    "yaml syntax": (
        A004,
        "    type: Accusation\n",
        "    type: [Accusation\n",
        r"004_e6948105772ef9ec\.yaml:\d+: YAML syntax error",
    ),
    "bad wikidata id": (
        REG,
        "wikidata: Q843",
        "wikidata: 843",
        r"registry\.yaml:\d+: places\.pakistan\.wikidata: '843' is not a Wikidata item id",
    ),
    "containment cycle": (
        REG,
        "  balochistan:\n    label: Balochistan\n    type: Province\n    located_in: pakistan",
        "  balochistan:\n    label: Balochistan\n    type: Province\n    located_in: quetta",
        r"registry\.yaml:\d+: places\.\S+\.located_in: containment cycle",
    ),
    "latitude out of range": (
        REG,
        "lat: 30.19900",
        "lat: 130.19900",
        r"places\.quetta\.lat: 130\.199 is outside",
    ),
}


def snapshot(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file() and "store" not in p.parts
    }


@pytest.fixture(scope="module")
def good_build(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("good") / "build"
    assert cli("--build-dir", str(target), "build").code == 0
    return target


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input(case, data_copy, good_build, tmp_path):
    relpath, old, new, expected = CASES[case]
    path = data_copy / relpath
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture drifted: {old!r} not in {relpath}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")

    fresh = tmp_path / "fresh-build"
    run = cli("--data", str(data_copy), "--build-dir", str(fresh), "build")
    assert run.code == 2, run.out + run.err
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert re.search(expected, lines[0]), lines[0]
    assert not fresh.exists()  # nothing half-written
    assert [p.name for p in tmp_path.iterdir()] == ["data"]

    # an existing build is left exactly as it was
    import shutil

    existing = tmp_path / "existing"
    shutil.copytree(good_build, existing)
    before = snapshot(existing)
    assert cli("--data", str(data_copy), "--build-dir", str(existing), "build").code == 2
    assert snapshot(existing) == before


def test_the_unbroken_copy_builds(data_copy, tmp_path):
    """Control for the cases above: the copy itself is valid, so each failure is the mutation's."""
    run = cli("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build")
    assert run.code == 0, run.err


def test_article_without_annotation(data_copy, tmp_path):
    (data_copy / "articles" / "005_new.txt").write_text("A new article.\n", encoding="utf-8")
    run = cli("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build")
    assert run.code == 2 and "005_new.txt: article has no annotation file" in run.err


def test_article_with_bom_is_rejected(data_copy, tmp_path):
    path = data_copy / "articles" / "000_4787be1ce9b325a9.txt"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    run = cli("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build")
    assert run.code == 2 and "byte-order mark" in run.err


def test_yaml_alias_bomb_is_rejected_fast(data_copy, tmp_path):
    bomb = 'a: &a ["x","x"]\n' + "".join(
        f"{c}: &{c} [*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=False)
    )
    (data_copy / "registry.yaml").write_text(bomb, encoding="utf-8")
    run = cli("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build")
    assert run.code == 2 and "anchors and aliases are not allowed" in run.err


def test_foreign_directory_is_not_replaced(tmp_path):
    precious = tmp_path / "mine"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    run = cli("--build-dir", str(precious), "build")
    assert run.code == 2 and "not written by claimgraph" in run.err
    assert (precious / "notes.txt").read_text() == "keep me"
