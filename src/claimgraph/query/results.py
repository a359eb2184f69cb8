"""Render query results for people (table, md) and machines (SPARQL JSON/XML/CSV/TSV, RDF)."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from typing import IO, cast

import pyoxigraph as ox

from claimgraph.build.serialize import FORMATS, sorted_quads
from claimgraph.core.namespaces import ID, PREFIXES
from claimgraph.core.textsafe import printable

_RESULTS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}


MAX_TABLE_ROWS = 10_000
TRUNCATED = "... truncated at {n} rows; use --format csv, tsv or json for all of them\n"


def write_results(
    result,
    fmt: str,
    out: IO[bytes],
    *,
    check: Callable[[], None] = lambda: None,
    max_rows: int = MAX_TABLE_ROWS,
) -> int:
    """Write any query result; returns rows or triples written (1/0 for ASK, -1 when streamed).

    Machine formats stream; table and md hold at most `max_rows` rows (a table needs every row to size
    its columns) and then say they were truncated. `check` is called between rows and written chunks,
    so a query stopped by its deadline or Ctrl-C (bounded.py) stops here too."""
    sink = cast(IO[bytes], _Sink(out, check))  # pyoxigraph needs only write()
    try:
        return _write(result, fmt, sink, check, max_rows)
    finally:
        sink.flush()


def _write(result, fmt: str, out: IO[bytes], check: Callable[[], None], max_rows: int) -> int:
    if isinstance(result, ox.QueryBoolean):
        if fmt in _RESULTS:
            result.serialize(out, _RESULTS[fmt])
        else:
            out.write(b"true\n" if bool(result) else b"false\n")
        return int(bool(result))
    if isinstance(result, ox.QueryTriples | list):  # a list: a remote endpoint's CONSTRUCT (remote.py)
        triples = []
        for triple in result:
            check()
            triples.append(triple)
        quads = sorted_quads(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
        buf = io.BytesIO()
        ox.serialize(
            [q.triple for q in quads], buf, FORMATS[fmt][0], prefixes=PREFIXES if fmt == "ttl" else None
        )
        out.write(buf.getvalue())
        return len(quads)
    if fmt in _RESULTS:
        result.serialize(out, _RESULTS[fmt])
        if fmt in ("json", "xml"):
            out.write(b"\n")
        return -1  # streamed; not counted
    variables = [v.value for v in result.variables]
    rows: list[list[str]] = []
    truncated = False
    for row in result:
        check()
        if len(rows) == max_rows:
            truncated = True
            break
        rows.append([printable(_show(row[v])) for v in variables])  # no escape sequences reach a terminal
    text = _markdown(variables, rows) if fmt == "md" else _table(variables, rows)
    if truncated:
        text += ("\n" if fmt == "md" else "") + TRUNCATED.format(n=max_rows)
    out.write(text.encode())
    return len(rows)


class _Sink:
    """Bytes on their way to `out`, checked and written in chunks to its raw file when it has one.

    Writing to `sys.stdout.buffer` from the query's worker thread could leave that buffer's lock held
    while the main thread exits (a stopped query, a reader that stopped reading), and the interpreter
    aborts when it cannot flush stdout at shutdown; the raw file has no such lock."""

    CHUNK = 1 << 16

    def __init__(self, out: IO[bytes], check: Callable[[], None]) -> None:
        raw = getattr(out, "raw", None)
        if raw is not None:
            out.flush()
        self.target = raw if raw is not None else out
        self.check = check
        self.pending = bytearray()

    def write(self, data: bytes) -> int:
        self.check()
        self.pending += data
        if len(self.pending) >= self.CHUNK:
            self.drain()
        return len(data)

    def drain(self) -> None:
        data, self.pending = memoryview(bytes(self.pending)), bytearray()
        while data:
            written = self.target.write(data)
            data = data[written if written is not None else len(data) :]

    def flush(self) -> None:
        self.drain()


def _show(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        value = term.value
        if value.startswith(ID):
            return "id:" + value[len(ID) :]
        for prefix, ns in PREFIXES.items():
            if value.startswith(ns) and prefix != "id":
                return f"{prefix}:{value[len(ns) :]}"
        return value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


def _table(variables: list[str], rows: list[list[str]]) -> str:
    if not rows:
        return "(no results)\n"
    widths = [max(len(v), *(len(r[i]) for r in rows)) for i, v in enumerate(variables)]
    if sum(widths) + 3 * len(widths) > shutil.get_terminal_size((120, 24)).columns:
        return _records(variables, rows)
    line = " | ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True))
    out = [line, "-+-".join("-" * w for w in widths)]
    out += [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(s.rstrip() for s in out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def _records(variables: list[str], rows: list[list[str]]) -> str:
    """One block per row, like psql's expanded display, when a table would not fit the terminal."""
    width = max(len(v) for v in variables)
    out = []
    for i, row in enumerate(rows, 1):
        out.append(f"-[ row {i} ]" + "-" * 20)
        out += [f"{v.ljust(width)} | {c}" for v, c in zip(variables, row, strict=True) if c]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def _markdown(variables: list[str], rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    out = ["| " + " | ".join(variables) + " |", "|" + "---|" * len(variables)]
    out += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows]
    return "\n".join(out) + "\n"
