"""Validation report formats: text for people, Turtle/JSON for tools, JUnit and GitHub annotations for CI."""

from __future__ import annotations

import json
from collections import defaultdict
from xml.sax.saxutils import quoteattr

from claimgraph.core.namespaces import ID, PREFIXES
from claimgraph.core.textsafe import printable
from claimgraph.validate.validation import Report, Result


def short(iri: str | None) -> str:
    if not iri:
        return ""
    if iri.startswith(ID):
        return "id:" + iri[len(ID) :]
    for prefix, ns in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if iri.startswith(ns) and prefix != "id":
            return f"{prefix}:{iri[len(ns) :]}"
    shapes = "https://w3id.org/claimgraph/shapes#"
    return "cgsh:" + iri[len(shapes) :] if iri.startswith(shapes) else iri


def render(report: Report, fmt: str, fail_on: str) -> str:
    return {"text": text, "turtle": turtle, "json": as_json, "junit": junit, "github": github}[fmt](
        report, fail_on
    )


def text(report: Report, fail_on: str) -> str:
    """For people: every value from the data passes through `printable` (no escape sequence, no forged
    line reaches the terminal)."""
    by_focus: dict[str, list[Result]] = defaultdict(list)
    for r in report.results:
        by_focus[r.focus].append(r)
    out = []
    for focus, results in by_focus.items():
        where = f"  ({printable(results[0].source)})" if results[0].source else ""
        out.append(f"{printable(short(focus))}{where}")
        for r in results:
            path = f" {printable(short(r.path))}" if r.path else ""
            value = f" [value: {_clip(printable(r.value))}]" if r.value is not None else ""
            shape = printable(short(r.shape))
            out.append(f"  {r.severity}{path}: {printable(r.message)}{value}  ({shape}, {r.component})")
    counts = report.counts()
    verdict = "does not conform" if report.failing(fail_on) else "conforms"
    summary = ", ".join(f"{n} {s.lower()}{'s' if n != 1 else ''}" for s, n in counts.items())
    checked = f" ({', '.join(report.checked)})" if report.checked else ""
    out.append(
        f"{verdict}{checked}: {summary} on {len(by_focus)} focus node{'s' if len(by_focus) != 1 else ''}"
    )
    return "\n".join(out) + "\n"


def turtle(report: Report, fail_on: str) -> str:
    return report.report_graph.serialize(format="turtle")


def as_json(report: Report, fail_on: str) -> str:
    doc = {
        "conforms": not report.failing(fail_on),
        "failOn": fail_on,
        "counts": report.counts(),
        "results": [
            {
                "severity": r.severity,
                "focusNode": r.focus,
                "resultPath": r.path,
                "message": r.message,
                "sourceShape": r.shape,
                "sourceConstraintComponent": r.component,
                "value": r.value,
                "source": r.source,
            }
            for r in report.results
        ],
    }
    return json.dumps(doc, indent=2) + "\n"


def junit(report: Report, fail_on: str) -> str:
    """One testcase per result (failure when at or above --fail-on), plus one for overall conformance."""
    failing = set(map(id, report.failing(fail_on)))
    cases = []
    for r in report.results:
        name = quoteattr(f"{short(r.focus)} {short(r.path)}".strip())
        classname = quoteattr(short(r.shape) or "claimgraph.shacl")
        detail = quoteattr(printable(f"{r.severity}: {r.message}"))
        body = f"{r.severity} {r.component} value={r.value} source={r.source}"
        if id(r) in failing:
            inner = f'<failure message={detail} type="{r.severity}">{_xml(body)}</failure>'
        else:
            inner = f"<system-out>{_xml(r.severity + ': ' + r.message)}</system-out>"
        cases.append(f'    <testcase classname={classname} name={name} time="0">{inner}</testcase>')
    n_fail = len(failing)
    overall = '<failure message="SHACL validation failed" type="Violation"/>' if n_fail else ""
    cases.append(
        f'    <testcase classname="claimgraph.shacl" name="conformance" time="0">{overall}</testcase>'
    )
    failures = n_fail + (1 if n_fail else 0)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuites name="claimgraph validate" tests="{len(cases)}" failures="{failures}" errors="0">\n'
        f'  <testsuite name="claimgraph.shacl" tests="{len(cases)}" failures="{failures}" '
        'errors="0" skipped="0">\n' + "\n".join(cases) + "\n  </testsuite>\n</testsuites>\n"
    )


def github(report: Report, fail_on: str) -> str:
    """GitHub Actions workflow commands: one annotation per result, on the annotation file when known."""
    level = {"Violation": "error", "Warning": "warning", "Info": "notice"}
    out = []
    for r in report.results:
        props = [f"title={_prop('SHACL ' + (short(r.shape) or r.component))}"]
        if r.source:
            location, _, _item = r.source.partition(" ")
            file, _, line = location.rpartition(":")
            props[:0] = [f"file={_prop(file)}", f"line={line}"]
        message = f"{short(r.focus)} {short(r.path)}: {r.message}".replace("  ", " ")
        out.append(f"::{level[r.severity]} {','.join(props)}::{_data(message)}")
    return "\n".join(out) + ("\n" if out else "")


def _clip(value: str, limit: int = 80) -> str:
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _xml(value: str) -> str:
    """Text content; XML 1.0 cannot carry C0 controls at all, so they are shown escaped."""
    return printable(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _data(value: str) -> str:
    """GitHub workflow-command data, shown in the job log and annotations: line breaks are the
    command's own escapes, any other non-printable is escaped for people."""
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return printable(value)


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")
