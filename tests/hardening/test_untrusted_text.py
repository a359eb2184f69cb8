"""Control characters (issue 13 item 9): rejected in every text field at build, with file:line:field;
escaped in everything shown to people (query table and md, the text, junit and github validation
reports, error lines).

Before the fix the label `India\\x1b[2J` built, and a table, md or text report sent ESC [2J (clear
screen) straight to the terminal: every test below failed on that code."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.core.textsafe import printable
from claimgraph.query.results import write_results

from ..conftest import REPO

CLEAR = "\x1b[2J"
A004 = "annotations/004_e6948105772ef9ec.yaml"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "claimgraph", *args],
        cwd=REPO,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture drifted: {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CASES = {
    # (file, old, new: a YAML double-quoted escape puts the control character in the value, expected)
    "escape in a label": (
        "registry.yaml",
        "    label: India\n",
        '    label: "India\\e[2J"\n',
        r"registry\.yaml:12: places\.india\.label: contains control character U\+001B \(no control characters\)$",
    ),
    "tab in a label": (
        "registry.yaml",
        "    label: India\n",
        '    label: "In\\tdia"\n',
        r"registry\.yaml:12: places\.india\.label: contains control character U\+0009",
    ),
    "bell in an allegation": (
        A004,
        "    allegation: backing terrorists and attacks\n",
        '    allegation: "backing \\a terrorists"\n',
        r"004_e6948105772ef9ec\.yaml:111: claims\[\d+\]\.allegation: contains control character U\+0007 "
        r"\(no control characters other than tab and line breaks\)",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_control_characters_are_rejected_at_build(case, data_copy, tmp_path):
    relpath, old, new, expected = CASES[case]
    edit(data_copy / relpath, old, new)
    proc = run("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build")
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert re.search(expected, lines[0]), lines[0]
    assert not (tmp_path / "b").exists()


def test_line_breaks_and_tabs_stay_allowed_in_running_text(data_copy, tmp_path):
    """Control: a comment may keep a tab and a line break (only labels allow no control at all)."""
    edit(
        data_copy / "registry.yaml",
        "    comment: The town of Mastung, seat of Mastung District.\n",
        '    comment: "The town of Mastung,\\tseat of\\nMastung District."\n',
    )
    proc = run("--data", str(data_copy), "--build-dir", str(tmp_path / "b"), "build")
    assert proc.returncode == 0, proc.stderr


def labelled_store() -> ox.Store:
    store = ox.Store()
    store.add(
        ox.Quad(
            ox.NamedNode("http://example.org/india"),
            ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
            ox.Literal(f"India{CLEAR}\u202eevil\nnext"),
        )
    )
    return store


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_query_output_for_people_escapes_non_printables(fmt):
    import io

    out = io.BytesIO()
    write_results(labelled_store().query("SELECT ?label WHERE { ?s ?p ?label }"), fmt, out)
    text = out.getvalue().decode()
    assert "\x1b" not in text and "\u202e" not in text
    assert "India\\x1b[2J\\u202eevil\\nnext" in text


def test_machine_formats_keep_the_data_exact():
    """Control: CSV and JSON are for programs and keep the value byte for byte (their own escaping)."""
    import io

    out = io.BytesIO()
    write_results(labelled_store().query("SELECT ?label WHERE { ?s ?p ?label }"), "json", out)
    import json

    value = json.loads(out.getvalue())["results"]["bindings"][0]["label"]["value"]
    assert value == f"India{CLEAR}\u202eevil\nnext"


SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:Short a sh:NodeShape ; sh:targetNode ex:india ;
  sh:property [ sh:path ex:label ; sh:maxLength 3 ; sh:message "label \\u001B[2J too long" ] .
"""


@pytest.mark.parametrize("fmt", ["text", "junit", "github"])
def test_validation_reports_for_people_escape_non_printables(tmp_path, fmt):
    shapes = tmp_path / "shapes"
    shapes.mkdir()
    (shapes / "short.ttl").write_text(SHAPE, encoding="utf-8")
    data = tmp_path / "data.ttl"
    data.write_text('<http://example.org/india> <http://example.org/label> "India\\u001B[2J" .\n')
    proc = run("validate", "--shapes", str(shapes), "-f", fmt, str(data))
    assert proc.returncode == 1, proc.stderr
    assert "\x1b" not in proc.stdout
    assert "label \\x1b[2J too long" in proc.stdout  # the shape's message (all three formats show it)
    if fmt != "github":  # the value itself, which GitHub annotations do not show
        assert "India\\x1b[2J" in proc.stdout


def test_printable_escapes_only_what_is_not_printable():
    assert printable("Ürümqi — 北京 ok") == "Ürümqi — 北京 ok"
    assert printable("a\x00b\x7fc\x9bd\te\r\n") == "a\\x00b\\x7fc\\x9bd\\te\\r\\n"
    assert printable("\u2028\U000e0001") == "\\u2028\\U000e0001"
