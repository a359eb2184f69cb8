"""The packaged query library: `.rq` files whose `#+` YAML header is parsed strictly."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.fields import Fields
from claimgraph.core.yamlfile import LOADER, convert_node

PARAM_TYPES = ("actor", "place", "event", "post", "article", "claim", "iri", "string", "integer", "date")
HEADER_LINE = re.compile(r"^#\+ ?(.*)$")


@dataclass
class Parameter:
    name: str
    type: str
    description: str
    default: str | None = None
    example: str | None = None
    required: bool = False


@dataclass
class PackagedQuery:
    name: str
    path: Path
    title: str
    description: str
    sparql: str
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE
    tags: list[str] = field(default_factory=list)
    parameters: dict[str, Parameter] = field(default_factory=dict)


def load_catalogue(queries_dir: Path) -> dict[str, PackagedQuery]:
    """Every `queries/*.rq`, by name; a file with a bad header is an error, never silently skipped."""
    return {p.stem: load_query(p) for p in sorted(queries_dir.glob("*.rq"))}


def load_query(path: Path) -> PackagedQuery:
    shown = display_path(path)
    text = path.read_text(encoding="utf-8")
    header: list[str] = []
    body: list[str] = []
    for line in text.splitlines():
        m = HEADER_LINE.match(line)
        if m and not body:
            header.append(m.group(1))
        else:
            body.append(line)
    if not header:
        raise InputError(shown, "missing '#+' metadata header (title, description, parameters, tags)", line=1)
    try:
        node = yaml.compose("\n".join(header), Loader=LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(
            shown,
            f"header is not valid YAML: {getattr(exc, 'problem', exc)}",
            line=mark.line + 1 if mark else 1,
        ) from None
    top = Fields(convert_node(node, shown) if node else None, shown, "header", 1)
    top.reject_unknown(("title", "description", "parameters", "tags"))
    sparql = "\n".join(body).strip() + "\n"
    query = PackagedQuery(
        path.stem,
        path,
        _required(top.text("title", required=True)),
        _required(top.text("description", required=True)),
        sparql,
        _form(sparql, shown),
        tags=top.texts("tags"),
    )
    params = top.sub("parameters")
    if params is not None:
        for name in params.mapping:
            spec = params.sub(name)
            if spec is None:
                raise params.error(name, "expected type, description and example")
            query.parameters[name] = _parameter(spec, name, sparql)
    return query


def _required(value: str | None) -> str:
    """Fields.text(..., required=True) raises rather than return None; this tells the type checker."""
    if value is None:
        raise AssertionError("a required field came back empty")
    return value


def _parameter(f: Fields, name: str, sparql: str) -> Parameter:
    f.reject_unknown(("type", "description", "default", "example", "required"))
    if not re.search(rf"[?$]{re.escape(name)}\b", sparql):
        raise f.error(None, f"parameter {name!r} is not a variable (?{name}) of the query")
    projection = re.search(r"(?is)\bSELECT\b(.*?)\bWHERE\b", sparql)
    if projection and "*" not in projection.group(1) and not re.search(rf"[?$]{name}\b", projection.group(1)):
        raise f.error(None, f"parameter {name!r} must be projected (SELECT ... ?{name}) to be bound")
    required = f.raw("required")
    if required is not None and not isinstance(required, bool):
        raise f.error("required", "expected true or false")
    param = Parameter(
        name,
        _required(f.choice("type", PARAM_TYPES, required=True)),
        _required(f.text("description", required=True)),
        default=f.text("default"),
        example=f.text("example", required=True),
        required=bool(required),
    )
    if param.required and param.default is not None:
        raise f.error("default", "a required parameter has no default")
    return param


# IRIs, strings and comments: what is not query code. Long strings come first and follow the grammar
# exactly, or `"""x"y""" ((( "z"` would hide the parentheses, which the parser reads as code, in a string.
TOKEN = re.compile(
    r"<[^<>\"{}|^`\\\s]*>"
    r'|"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
    r"|'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r"|#[^\n]*"
)


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after the prologue, comments skipped."""
    code = TOKEN.sub(lambda m: " " if m.group().startswith("#") else "<>", sparql)
    code = re.sub(r"(?is)^\s*(?:(?:PREFIX\s+\S*\s*<>|BASE\s*<>)\s*)*", "", code)
    m = re.match(r"(?i)\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", code)
    return m.group(1).upper() if m else None


def _form(sparql: str, shown: str) -> str:
    form = query_form(sparql)
    if form is None:
        raise InputError(shown, "query must be a SELECT, ASK, CONSTRUCT or DESCRIBE")
    return form


QUERY_BASE = "https://w3id.org/claimgraph/queries/"
_EXECUTABLE = {
    "SELECT": ("SPARQLSelectExecutable", "select"),
    "ASK": ("SPARQLAskExecutable", "ask"),
    "CONSTRUCT": ("SPARQLConstructExecutable", "construct"),
    "DESCRIBE": ("SPARQLDescribeExecutable", "describe"),
}


def catalogue_rdf(catalogue: dict[str, PackagedQuery]) -> bytes:
    """The query library as RDF, so a SPARQL endpoint can serve its own examples."""
    import pyoxigraph as ox

    from claimgraph.core.namespaces import PREFIXES, RDF, RDFS, SCHEMA, SH

    def node(value: str) -> ox.NamedNode:
        return ox.NamedNode(value)

    triples = []
    for q in catalogue.values():
        s = node(QUERY_BASE + q.name)
        kind, prop = _EXECUTABLE[q.form]
        triples += [
            ox.Triple(s, node(RDF + "type"), node(SH + "SPARQLExecutable")),
            ox.Triple(s, node(RDF + "type"), node(SH + kind)),
            ox.Triple(s, node(RDFS + "label"), ox.Literal(q.title, language="en")),
            ox.Triple(s, node(RDFS + "comment"), ox.Literal(q.description.strip(), language="en")),
            ox.Triple(s, node(SH + prop), ox.Literal(q.sparql)),
        ]
        triples += [ox.Triple(s, node(SCHEMA + "keywords"), ox.Literal(tag)) for tag in q.tags]
    out = io.BytesIO()
    ox.serialize(sorted(triples, key=str), out, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return out.getvalue()
