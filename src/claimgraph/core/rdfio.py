"""Strict, network-free RDF reading into rdflib graphs, with one-line errors that carry the line number.

Files given to `validate` (and user shapes) are untrusted: before pyoxigraph sees them they must be
regular files under a size cap, RDF/XML may declare no DTD entities (a 700-byte "billion laughs"
document makes the parser expand a gigabyte, or abort the process) and JSON-LD may nest at most
MAX_JSON_DEPTH deep (4,000 nested objects overflow the parser's stack: a segfault, not an exception).
The checks are cheap linear scans, so a hostile file costs no more than reading it once."""

from __future__ import annotations

import functools
import io
import re
import xml.sax
from pathlib import Path
from typing import IO

import pyoxigraph as ox
import rdflib

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.formats import RDF_SUFFIXES
from claimgraph.core.inputfiles import RDF_CAP, Cap, read_capped
from claimgraph.core.namespaces import XSD, graph_iri

SUFFIXES = {suffix: getattr(ox.RdfFormat, member) for suffix, member in RDF_SUFFIXES.items()}
ONTOLOGY_GRAPH = graph_iri("ontology")
_XSD_STRING = XSD + "string"
MAX_JSON_DEPTH = 128  # JSON-LD nesting; real documents stay under 20 (Fluree settled on 128 after a crash)
_JSON_STRING = re.compile(rb'"(?:[^"\\]++|\\.)*+"')
_BRACKETS = bytes(range(256)).translate(None, b"[]{}")  # every byte but brackets, for bytes.translate


def read_quads(path: Path, limit: Cap | None = RDF_CAP) -> list[ox.Quad]:
    """Parse by file extension with pyoxigraph: no remote JSON-LD contexts, no relative-IRI guessing.
    With a `limit` (the default) the file is untrusted: a regular file under the cap whose RDF/XML
    entities and JSON-LD depth are checked first; None is for files claimgraph wrote itself."""
    shown = display_path(path)
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        known = ", ".join(sorted(SUFFIXES))
        raise InputError(shown, f"unknown RDF file extension {path.suffix!r} (known: {known})")
    try:
        if limit is None:
            with path.open("rb") as fh:
                return _parse(fh, fmt)
        raw = read_capped(path, limit.bytes())
        if fmt == ox.RdfFormat.RDF_XML:
            _refuse_xml_entities(raw, shown)
        elif fmt == ox.RdfFormat.JSON_LD:
            _refuse_deep_json(raw, shown)
        return _parse(io.BytesIO(raw), fmt)
    except OSError as exc:
        raise InputError(shown, f"cannot read file ({exc.strerror})") from None
    except SyntaxError as exc:
        message = str(exc.msg if hasattr(exc, "msg") else exc)
        message = (
            message.split(": ", 1)[1] if message.startswith("Parser error") and ": " in message else message
        )
        raise InputError(shown, f"not valid {fmt.name}: {message}", line=exc.lineno) from None
    except ValueError as exc:
        raise InputError(shown, f"not valid {fmt.name}: {exc}") from None


def _parse(fh: IO[bytes], fmt: ox.RdfFormat) -> list[ox.Quad]:
    return [
        q if isinstance(q, ox.Quad) else ox.Quad(q.subject, q.predicate, q.object)
        for q in ox.parse(fh, format=fmt)
    ]


def _refuse_xml_entities(raw: bytes, shown: str) -> None:
    """defusedxml's SAX parser (made for this job) stops at the first entity declaration or external
    reference, before anything is expanded. Entities are refused outright rather than budgeted: that
    keeps the rule simple to state; a file that uses them for namespace abbreviations can be expanded
    or converted to Turtle."""
    import defusedxml.sax
    from defusedxml.common import DefusedXmlException

    try:
        defusedxml.sax.parseString(raw, xml.sax.ContentHandler(), forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        name = getattr(exc, "name", None)
        what = f"declares the entity {name!r}" if name else "uses an external reference"
        raise InputError(
            shown,
            f"RDF/XML {what}: DTD entities and external references are refused (entity-expansion "
            "protection); expand them or convert the file to Turtle",
        ) from None
    except xml.sax.SAXParseException as exc:
        raise InputError(shown, f"not valid RDF_XML: {exc.getMessage()}", line=exc.getLineNumber()) from None


def _refuse_deep_json(raw: bytes, shown: str) -> None:
    """Nesting depth without building anything: drop strings (brackets in them do not count), keep the
    brackets, and walk them. The walk is a Python loop over brackets only, bounded by the file cap."""
    depth = deepest = 0
    for byte in _JSON_STRING.sub(b"", raw).translate(None, _BRACKETS):
        depth += 1 if byte in b"[{" else -1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_JSON_DEPTH:
                raise InputError(shown, f"JSON-LD nests deeper than {MAX_JSON_DEPTH} levels")


def to_rdflib(term):
    """Convert a pyoxigraph term; plain strings stay untyped so rdflib compares them as SHACL expects."""
    if isinstance(term, ox.NamedNode):
        return _iri(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=_iri(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


@functools.lru_cache(maxsize=1 << 16)
def _iri(value: str) -> rdflib.URIRef:
    """IRIs repeat (predicates, classes, actors); checking each again was a quarter of building a
    per-article validation batch."""
    return rdflib.URIRef(value)


def split_graphs(quads: list[ox.Quad]) -> tuple[rdflib.Graph, rdflib.Graph]:
    """(data, ontology): claimgraph's ontology graph is kept out of the data, as pySHACL #89 advises."""
    data, ontology = rdflib.Graph(), rdflib.Graph()
    for q in quads:
        target = ontology if getattr(q.graph_name, "value", None) == ONTOLOGY_GRAPH else data
        target.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return data, ontology


def read_graph(paths: list[Path], limit: Cap | None = RDF_CAP) -> rdflib.Graph:
    graph = rdflib.Graph()
    for path in paths:
        for q in read_quads(path, limit):
            graph.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graph
