"""Text pieces of a synthetic article: slugs, YAML scalars, templates with marked quote spans, quotes.

A template marks the words a claim or event quotes (`[[...]]`, `<<...>>`); rendering cuts the markers out and
remembers where the words landed, so every quote is known by position and `occurrence` can be computed.
"""

from __future__ import annotations

import re

_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def yq(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render(template: str, fields: dict) -> tuple[str, dict[str, tuple[int, int]]]:
    """Fill a template and cut out its `[[...]]` and `<<...>>` markers, returning the spans they marked."""
    raw = template.format_map(fields)
    if ",," in raw:
        raw = raw.replace(",,", ",")  # an appositive ("Minister, Name,") before a comma
    a, c = raw.find("[["), raw.find("<<")
    if c < 0:
        if a < 0:
            return raw, {}
        b = raw.find("]]", a)
        return raw[:a] + raw[a + 2 : b] + raw[b + 2 :], {"[[": (a, b - 2)}
    marks = sorted((raw.find(t), t) for t in ("[[", "]]", "<<", ">>") if t in raw)
    out, spans, opened, last = [], {}, {}, 0
    for removed, (at, mark) in enumerate(marks):
        out.append(raw[last:at])
        last, pos = at + 2, at - 2 * removed
        if mark in ("[[", "<<"):
            opened[mark] = pos
        else:
            opener = "[[" if mark == "]]" else "<<"
            spans[opener] = (opened.pop(opener), pos)
    out.append(raw[last:])
    return "".join(out), spans


class Q:
    """A quote: its words, where the generator put it, and `occurrence` when the words recur."""

    __slots__ = ("occ", "rel", "start", "text")

    def __init__(self) -> None:
        self.text, self.rel, self.start = "", 0, 0
        self.occ: int | None = None

    def yaml(self) -> str:
        return f"quote: {yq(self.text)}" + (f", occurrence: {self.occ}" if self.occ else "")

    def lines(self, pad: str) -> list[str]:
        out = [f"{pad}quote: {yq(self.text)}"]
        if self.occ:
            out.append(f"{pad}occurrence: {self.occ}")
        return out


class Sentence:
    __slots__ = ("quotes", "text")

    def __init__(self, template: str, fields: dict, quotes: dict[str, Q]) -> None:
        self.text, spans = render(template, fields)
        self.quotes = []
        for marker, q in quotes.items():
            start, end = spans[marker]
            q.text, q.rel = self.text[start:end], start
            self.quotes.append(q)

    def prefix(self, text: str, quotes: list[tuple[Q, int, int]]) -> None:
        """Put `text` (e.g. a dateline) in front; its own quotes are given as (quote, start, end)."""
        for q in self.quotes:
            q.rel += len(text)
        for q, start, end in quotes:
            q.text, q.rel = text[start:end], start
            self.quotes.append(q)
        self.text = text + self.text


def occurrence(text: str, quote: str, start: int, story_end: int) -> int | None:
    """`occurrence` the loader needs to pick the quote at `start` (None when the quote occurs once)."""
    before = total = 0
    n = len(quote)
    i = text.find(quote)
    while i != -1 and i + n <= story_end:
        total += 1
        if i < start:
            before += 1
        i = text.find(quote, i + 1)
    if total == 0 or text[start : start + n] != quote:
        raise AssertionError(f"synth: quote {quote!r} not where it was written")
    return None if total == 1 else before + 1
