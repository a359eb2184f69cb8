"""Typed, located access to YAML fields, so every mistake is reported with file, line and field."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import date
from typing import Any, Literal, overload

from claimgraph.core.errors import InputError
from claimgraph.core.textsafe import first_control
from claimgraph.core.yamlfile import Located, LocatedList

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An article id is the stem of its text and annotation files and a segment of its IRIs (id/article/<id>,
# graph/article/<id>): a key that may also hold underscores (`004_e6948105772ef9ec`, `syn-0042`), the rule
# query parameters already accept for article keys. docs/annotation-format.md states it.
ARTICLE_ID = re.compile(r"^[a-z0-9_]+(?:-[a-z0-9_]+)*$")
_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# One-line names shown in lists and tables: no control character at all, not even a tab or line break.
ONE_LINE = frozenset({"label", "alt_labels", "job_title"})


class Fields:
    """One YAML mapping under a dotted field path (e.g. `claims[3]`)."""

    def __init__(self, mapping: Any, path: str, where: str, line: int = 0) -> None:
        self.path = path
        self.where = where
        if not isinstance(mapping, Located):
            raise InputError(path, f"expected a mapping, got {_kind(mapping)}", line=line, field=where)
        self.mapping = mapping
        self.used: set[str] = set()

    def field(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def line(self, key: str | None = None) -> int:
        return self.mapping.line_of(key) if key else self.mapping.line

    def error(self, key: str | None, message: str) -> InputError:
        return InputError(
            self.path, message, line=self.line(key), field=self.field(key) if key else self.where or None
        )

    def has(self, key: str) -> bool:
        return key in self.mapping

    def raw(self, key: str) -> Any:
        self.used.add(key)
        return self.mapping.get(key)

    @overload
    def text(self, key: str, *, required: Literal[True]) -> str: ...
    @overload
    def text(self, key: str, *, required: bool = False) -> str | None: ...
    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self.raw(key)
        if value is None:
            if required:
                raise self.error(None, f"missing required field {key!r}")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.error(key, f"expected text, got {_kind(value)}")
        value = str(value)
        if not value.strip():
            raise self.error(key, "must not be empty")
        self._no_controls(key, value)
        return value

    def _no_controls(self, key: str, value: str) -> None:
        """C0 controls break RDF/XML output and act on terminals; only running text may keep tab and
        line breaks, labels nothing (issue 13 item 9)."""
        bad = first_control(value, layout=key not in ONE_LINE)
        if bad is not None:
            allowed = "" if key in ONE_LINE else " other than tab and line breaks"
            raise self.error(key, f"contains control character {bad} (no control characters{allowed})")

    @overload
    def slug(self, key: str, *, required: Literal[True]) -> str: ...
    @overload
    def slug(self, key: str, *, required: bool = False) -> str | None: ...
    def slug(self, key: str, *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        if value is not None and not SLUG.match(value):
            raise self.error(key, f"{value!r} is not a key (lower-case letters, digits and hyphens)")
        return value

    def slugs(self, key: str) -> list[str]:
        value = self.raw(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise self.error(key, f"expected a key or a list of keys, got {_kind(value)}")
        out = []
        for item in value:
            if not isinstance(item, str) or not SLUG.match(item):
                raise self.error(key, f"{item!r} is not a key (lower-case letters, digits and hyphens)")
            out.append(item)
        return out

    def texts(self, key: str) -> list[str]:
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.error(key, "expected a list of non-empty texts")
        for item in value:
            self._no_controls(key, item)
        return list(value)

    def integer(self, key: str, *, minimum: int | None = None) -> int | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(key, f"expected a whole number, got {value!r}")
        if minimum is not None and value < minimum:
            raise self.error(key, f"must be at least {minimum}, got {value}")
        return value

    def number(self, key: str, low: float, high: float) -> float | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(key, f"expected a number, got {value!r}")
        if not low <= value <= high:
            raise self.error(key, f"{value} is outside [{low}, {high}]")
        return float(value)

    @overload
    def choice(self, key: str, options: Iterable[str], *, required: Literal[True]) -> str: ...
    @overload
    def choice(self, key: str, options: Iterable[str], *, required: bool = False) -> str | None: ...
    def choice(self, key: str, options: Iterable[str], *, required: bool = False) -> str | None:
        value = self.text(key, required=required)
        options = list(options)
        if value is not None and value not in options:
            raise self.error(key, f"unknown value {value!r}{suggest(value, options)}")
        return value

    def sub(self, key: str) -> Fields | None:
        value = self.raw(key)
        if value is None:
            return None
        return Fields(value, self.path, self.field(key), self.line(key))

    def items(self, key: str) -> list[Fields]:
        value = self.raw(key)
        if value is None:
            return []
        if not isinstance(value, LocatedList):
            raise self.error(key, f"expected a list, got {_kind(value)}")
        return [
            Fields(item, self.path, f"{self.field(key)}[{i}]", value.item_lines[i])
            for i, item in enumerate(value)
        ]

    def iri(self, key: str) -> str | None:
        value = self.text(key)
        if value is not None:
            check_iri(value, lambda msg: self.error(key, msg))
        return value

    def date(self, key: str) -> tuple[str, str] | None:
        value = self.raw(key)
        if value is None:
            return None
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise self.error(key, f"expected a date, got {_kind(value)}")
        parsed = parse_partial_date(value)
        if parsed is None:
            raise self.error(
                key, f"bad date {value!r} (use YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD for a day without year)"
            )
        return parsed

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        allowed = set(allowed)
        for key in self.mapping:
            if key not in allowed:
                raise self.error(key, f"unknown field{suggest(key, allowed)}")


def check_iri(value: str, fail: Any) -> None:
    """Accept only absolute http(s) IRIs that every RDF syntax can carry."""
    if _IRI_FORBIDDEN.search(value):
        raise fail(f"invalid IRI {value!r}: contains a space, control or forbidden character")
    if not re.match(r"^https?://[^/?#]+", value):
        raise fail(f"invalid IRI {value!r}: must be an absolute http(s) IRI")


def parse_partial_date(value: str) -> tuple[str, str] | None:
    """Map a full or partial date to (lexical form, XSD datatype local name); None if invalid."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return value, "date"
        if re.fullmatch(r"\d{4}-\d{2}", value):
            if 1 <= int(value[5:]) <= 12:
                return value, "gYearMonth"
            return None
        if re.fullmatch(r"\d{4}", value):
            return value, "gYear"
        if re.fullmatch(r"--\d{2}-\d{2}", value):
            date.fromisoformat("2000" + value[1:])  # 2000 is a leap year, so --02-29 passes
            return value, "gMonthDay"
    except ValueError:
        return None
    return None


def suggest(value: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return f"{type(value).__name__} {value!r}"
