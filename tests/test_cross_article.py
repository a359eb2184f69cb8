"""A denial of another article's claim (`denies: <article>#<claim>`) must name a claim that exists.

Left unchecked, the build writes a dangling cg:denies to a claim IRI nothing describes, and every query
joining a denial to what it denies silently loses the row. The check runs across files once every article
is read (corpus.inputs.check_across), in the serial and in the parallel build alike.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from .conftest import cli
from .test_bad_input import snapshot

A002 = "annotations/002_2c0ba4daa3fd75fe.yaml"
DENIAL = "    denies: bugti-accuses-afghanistan\n"  # the last claim of 002, on line 299


def build_fails_cleanly(data: Path, tmp_path: Path, *options: str) -> str:
    """Build broken data: exit 2 with one line, no traceback, no new build, an existing one untouched."""
    fresh = tmp_path / "fresh-build"
    run = cli("--data", str(data), "--build-dir", str(fresh), "build", *options)
    assert run.code == 2, run.out + run.err
    assert "Traceback" not in run.err
    lines = run.err.strip().splitlines()
    assert len(lines) == 1, run.err
    assert not fresh.exists()
    return lines[0]


def break_denial(data: Path, target: str) -> None:
    path = data / A002
    text = path.read_text(encoding="utf-8")
    assert text.count(DENIAL) == 1 and text.splitlines().index(DENIAL.rstrip("\n")) == 298
    path.write_text(text.replace(DENIAL, f'    denies: "{target}"\n'), encoding="utf-8")


@pytest.mark.parametrize(
    ("target", "message"),
    [
        (
            "004_e6948105772ef9ec#naqvi-accuses-indai",
            "unknown claim '004_e6948105772ef9ec#naqvi-accuses-indai' (did you mean 'naqvi-accuses-india'?)",
        ),
        ("004_e6948105772ef9ec#", "unknown claim '004_e6948105772ef9ec#'"),
        ("005_no-such-article#naqvi-accuses-india", "unknown article '005_no-such-article'"),
    ],
)
def test_denying_a_claim_that_the_named_article_lacks_is_an_input_error(data_copy, tmp_path, target, message):
    """The line is the `denies:` line (299), not the claim's first line (292) that the check used to
    report; the message suggests the nearest claim key. Catches the check in check_across removed or
    loosened (the build would exit 0 with a dangling cg:denies)."""
    break_denial(data_copy, target)
    line = build_fails_cleanly(data_copy, tmp_path)
    expected = rf"002_2c0ba4daa3fd75fe\.yaml:299: claims\[25\]\.denies: {re.escape(message)}"
    assert re.search(expected, line), line


def test_an_existing_build_is_left_as_it_was(data_copy, tmp_path):
    good = tmp_path / "good"
    assert cli("--data", str(data_copy), "--build-dir", str(good), "build").code == 0
    before = snapshot(good)
    break_denial(data_copy, "004_e6948105772ef9ec#no-such-claim")
    assert cli("--data", str(data_copy), "--build-dir", str(good), "build").code == 2
    assert snapshot(good) == before


def test_the_unbroken_cross_article_denial_builds(data_copy, tmp_path):
    """Control: the same edit naming an existing claim of 004 builds, so the failures above are the key's."""
    break_denial(data_copy, "004_e6948105772ef9ec#naqvi-accuses-india")
    run = cli("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build", "--quiet")
    assert run.code == 0, run.err


@pytest.mark.slow
def test_the_parallel_build_checks_cross_article_denials_too(synth_data, tmp_path):
    """The worker pool sends back only each article's keys; the check must still see every denial."""
    data = tmp_path / "data"
    shutil.copytree(synth_data, data)
    pattern = re.compile(r'^(\s+denies: "?)([^"\s#]+)#([a-z0-9-]+)', re.MULTILINE)
    for path in sorted((data / "annotations").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        found = pattern.search(text)
        if found:
            path.write_text(pattern.sub(r"\1\2#\3-gone", text, count=1), encoding="utf-8")
            line_no = text.count("\n", 0, found.start()) + 1
            break
    else:
        pytest.fail("the synthetic corpus has no cross-article denial to break")
    line = build_fails_cleanly(data, tmp_path, "--jobs", "2")
    assert re.search(rf"{re.escape(path.name)}:{line_no}: claims\[\d+\]\.denies: unknown claim '", line), line
