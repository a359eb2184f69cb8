"""`validate` on hostile RDF (issue 13 item 7): each case is one line, exit 2, no traceback, in bounded
time (every run has a timeout). Inputs are generated here, in tmp_path; caps are exercised with a small
configured cap (CLAIMGRAPH_MAX_RDF_BYTES) or a sparse file, so nothing large is written.

Before the fix: both billion-laughs documents ran until the timeout (pyoxigraph expands the entities),
the 4,500-deep JSON-LD killed the process with SIGSEGV (rc -11/139), the FIFO blocked for ever, and no
size cap existed (the oversized files were parsed) -- each test below failed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import REPO

RDF = 'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/"'


def validate(*paths: Path, env: dict[str, str] | None = None, timeout: float = 60):
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "claimgraph", "validate", *map(str, paths)],
        cwd=REPO,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return proc, time.monotonic() - started


def assert_one_line_exit_2(proc, *needles: str) -> None:
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def laughs(levels: int, fan_out: int, *, in_attribute: bool) -> str:
    """A billion-laughs document: entity k is `fan_out` references to entity k-1."""
    decls = '<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{k} "{f"&l{k - 1};" * fan_out}">' for k in range(1, levels + 1)
    )
    top = f"&l{levels};"
    body = (
        f'<rdf:Description rdf:about="http://example.org/s" ex:p="{top}"/>'
        if in_attribute
        else f'<rdf:Description rdf:about="http://example.org/s"><ex:p>{top}</ex:p></rdf:Description>'
    )
    return f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [{decls}]>\n<rdf:RDF {RDF}>{body}</rdf:RDF>\n'


@pytest.mark.parametrize(
    ("levels", "fan_out", "in_attribute"),
    [(9, 10, False), (5, 30, True)],
    ids=["deep-element-1e9", "wide-attribute-2e7"],
)
def test_billion_laughs_is_refused_at_once(tmp_path, levels, fan_out, in_attribute):
    path = tmp_path / "laughs.rdf"
    path.write_text(laughs(levels, fan_out, in_attribute=in_attribute), encoding="utf-8")
    assert path.stat().st_size < 1000  # the documents were 667 and 779 bytes
    proc, seconds = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "laughs.rdf", "declares the entity 'l0'", "entit")
    assert seconds < 20


def test_plain_rdf_xml_still_validates(tmp_path):
    """Control: RDF/XML without a DTD is parsed as before (and conforms: nothing is targeted)."""
    path = tmp_path / "plain.rdf"
    path.write_text(
        f'<?xml version="1.0"?>\n<rdf:RDF {RDF}><rdf:Description rdf:about="http://example.org/s">'
        "<ex:p>x</ex:p></rdf:Description></rdf:RDF>\n",
        encoding="utf-8",
    )
    proc, _ = validate(path)
    assert proc.returncode == 0, proc.stderr


def nested_jsonld(depth: int, *, text: str = "x") -> str:
    inner = '{"http://example.org/p":' * depth + f'"{text}"' + "}" * depth
    return '{"@id": "http://example.org/s", "http://example.org/p": ' + inner + "}"


def test_deeply_nested_jsonld_is_refused_before_parsing(tmp_path):
    path = tmp_path / "deep.jsonld"
    path.write_text(nested_jsonld(4500), encoding="utf-8")
    proc, seconds = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "deep.jsonld", "nests deeper than 128 levels")
    assert seconds < 20


def test_moderate_jsonld_nesting_and_brackets_in_strings_are_fine(tmp_path):
    """Control: depth 100 is accepted, and brackets inside strings (escaped quotes too) do not count."""
    path = tmp_path / "ok.jsonld"
    path.write_text(nested_jsonld(100, text='\\"' + "{[" * 500), encoding="utf-8")
    proc, _ = validate(path)
    assert proc.returncode == 0, proc.stderr


def test_huge_literal_hits_the_configured_cap(tmp_path):
    path = tmp_path / "literal.nt"
    path.write_text(f'<http://example.org/s> <http://example.org/p> "{"x" * 5000}" .\n', encoding="utf-8")
    proc, _ = validate(path, env={"CLAIMGRAPH_MAX_RDF_BYTES": "4096"})
    assert_one_line_exit_2(proc, "literal.nt", "larger than 4096 bytes")


def test_many_lines_hit_the_configured_cap(tmp_path):
    path = tmp_path / "lines.nt"
    lines = "".join(
        f"<http://example.org/s{i}> <http://example.org/p> <http://example.org/o> .\n" for i in range(20_000)
    )
    path.write_text(lines, encoding="utf-8")
    proc, seconds = validate(path, env={"CLAIMGRAPH_MAX_RDF_BYTES": "100000"})
    assert_one_line_exit_2(proc, "lines.nt", "larger than 100000 bytes")
    assert seconds < 20


def test_default_cap_is_64_mebibytes(tmp_path):
    path = tmp_path / "big.nq"
    with path.open("wb") as fh:
        fh.truncate(64 * 1024 * 1024 + 1)  # sparse: nothing is written to disk
    proc, seconds = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "big.nq", f"larger than {64 * 1024 * 1024} bytes")
    assert seconds < 20


def test_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.ttl"
    os.mkfifo(path)
    proc, _ = validate(path, timeout=30)
    assert_one_line_exit_2(proc, "pipe.ttl", "not a regular file (a FIFO)")
