"""Query answers as plain Python values, for callers of the public API (notebooks, scripts): a SELECT gives
rows of str/int/float/Decimal/bool/date values keyed by variable, so nobody needs to know pyoxigraph's
term classes to use an answer."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = [
    "integer",
    "int",
    "long",
    "short",
    "byte",
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
]
# Datatype -> conversion of the lexical form; a value that does not convert stays a string.
_CONVERT: dict[str, Callable[[str], Any]] = {
    **{XSD + name: int for name in _INTEGERS},
    XSD + "decimal": lambda text: _decimal()(text),
    XSD + "double": float,
    XSD + "float": float,
    XSD + "boolean": lambda text: {"true": True, "1": True, "false": False, "0": False}[text.strip()],
    XSD + "date": datetime.date.fromisoformat,
    XSD + "dateTime": datetime.datetime.fromisoformat,
}


def _decimal() -> type:
    """decimal.Decimal, imported on first use: a warm query that returns no decimals need not load it."""
    import decimal

    return decimal.Decimal


def plain(term: object) -> Any:
    """IRIs as their string, blank nodes as `_:id`, literals as the Python value of their datatype (a
    partial date such as xsd:gYear stays its text), unbound as None."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        convert = _CONVERT.get(term.datatype.value)
        if convert is None:
            return term.value
        try:
            return convert(term.value)
        except (ValueError, KeyError, ArithmeticError):  # decimal.InvalidOperation is an ArithmeticError
            return term.value
    if isinstance(term, ox.Triple):  # RDF-star: a quoted triple
        return (plain(term.subject), plain(term.predicate), plain(term.object))
    return str(term)


class Rows(Sequence[dict[str, Any]]):
    """The answer of a SELECT (or the triples of a CONSTRUCT, as subject/predicate/object): a sequence
    of dicts in the engine's order, each with every variable as a key (None when unbound)."""

    def __init__(self, variables: Iterable[str], records: Iterable[dict[str, Any]]) -> None:
        self.variables: list[str] = list(variables)
        self._records = list(records)

    @classmethod
    def from_solutions(cls, solutions: ox.QuerySolutions) -> Rows:
        names = [v.value for v in solutions.variables]
        return cls(names, ({n: plain(row[n]) for n in names} for row in solutions))

    @classmethod
    def from_triples(cls, triples: Iterable[ox.Triple]) -> Rows:
        names = ["subject", "predicate", "object"]
        return cls(names, (dict(zip(names, plain(t), strict=True)) for t in triples))

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        return self._records[index]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._records)

    def __repr__(self) -> str:
        return f"<Rows {len(self)} x {self.variables}>"

    def column(self, name: str) -> list[Any]:
        """One variable's values, row by row."""
        if name not in self.variables:
            raise KeyError(f"no variable {name!r} (variables: {', '.join(self.variables)})")
        return [r[name] for r in self._records]

    def to_pandas(self) -> Any:
        """A pandas DataFrame with one column per variable (pandas is an optional extra)."""
        try:
            import pandas
        except ImportError:
            raise ImportError(
                "Rows.to_pandas() needs pandas, an optional extra: pip install 'claimgraph[pandas]'"
            ) from None
        return pandas.DataFrame.from_records(self._records, columns=self.variables)
