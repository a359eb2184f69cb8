"""Refuse query text that the engines handle badly, before any parser sees it.

pyoxigraph parses SPARQL with a recursive-descent parser on the caller's stack: 5,000 nested `{`, `(` or
`[`, or 10,000 `!` in a row, overflow that stack and kill the whole process with SIGSEGV (pyoxigraph 0.5.13,
see docs/security.md, "Queries"). No exception can be caught there, so the nesting is measured here on the
tokens, conservatively: whatever the guard admits is far below the depth that crashes.
"""

from __future__ import annotations

import re

from claimgraph.core.errors import ClaimgraphError
from claimgraph.query.catalogue import TOKEN

MAX_QUERY_CHARS = 64_000
MAX_NESTING = 128

_OPEN, _CLOSE = "{([", "})]"
# What an IRI token may hide from the bracket count when the engine reads it as code instead (`?a<((?b>`
# is an IRI to the tokeniser, a comparison to a parser): kept, so the count can only be too high.
_NESTING_CHARS = re.compile(r"[^{}()\[\]!]")
# A keyword, not part of a variable (`?service`), a prefixed name (`ex:from`, `from:x`) or a longer word.
_KEYWORD = r"(?<![\w:?$.\-]){}(?![\w:\-])"
_SERVICE = re.compile(_KEYWORD.format("SERVICE"), re.IGNORECASE)
_DATASET = re.compile(_KEYWORD.format("FROM"), re.IGNORECASE)


def guard(sparql: str, source: str = "query") -> None:
    """Refuse what the engines handle badly (huge or deeply nested text), SERVICE, which pyoxigraph would
    send over HTTP from the user's machine, and FROM / FROM NAMED, which the union default graph would
    silently override (the whole dataset would answer)."""
    if len(sparql) > MAX_QUERY_CHARS:
        raise ClaimgraphError(f"{source}: query longer than {MAX_QUERY_CHARS} characters")
    code = code_of(sparql)
    if nesting(code) > MAX_NESTING:
        raise ClaimgraphError(
            f"{source}: query nested deeper than {MAX_NESTING} levels (brackets, parentheses, blank-node "
            "lists and ! operators count)"
        )
    if _SERVICE.search(code):
        raise ClaimgraphError(
            f"{source}: SERVICE (federated query) is not allowed: claimgraph queries only its own graph"
        )
    if _DATASET.search(code):
        raise ClaimgraphError(
            f"{source}: dataset clauses (FROM, FROM NAMED) are refused: queries run over the union of all "
            "graphs; select a graph with GRAPH <iri> { ... } instead"
        )


def code_of(sparql: str) -> str:
    """The query with comments blanked, strings emptied and IRIs reduced to the brackets they contain."""

    def blank(match: re.Match[str]) -> str:
        token = match.group()
        if token.startswith("#"):
            return " "
        if token.startswith("<"):
            return '""' + _NESTING_CHARS.sub("", token[1:-1])
        return '""'

    return TOKEN.sub(blank, sparql)


def nesting(code: str) -> int:
    """The deepest recursion the text can ask of a parser: open brackets of every kind, plus each `!`
    (logical not, negated property set) inside them, counted until its enclosing bracket closes.

    Unary `-`/`+` and path `^` are not counted: the grammar lets none of them repeat without a bracket
    in between, so the brackets bound them."""
    opened: list[int] = []  # per open bracket: the ! operators counted inside it so far
    depth = deepest = bangs = 0
    for i, char in enumerate(code):
        if char in _OPEN:
            opened.append(bangs)
            bangs = 0
            depth += 1
        elif char in _CLOSE:
            if opened:
                depth -= 1 + bangs
                bangs = opened.pop()
        elif char == "!" and code[i + 1 : i + 2] != "=":
            bangs += 1
            depth += 1
        deepest = max(deepest, depth)
    return deepest
