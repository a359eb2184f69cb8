"""Curated annotations of one article: parsed, type-checked and resolved against the registry."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field  # `field` is also an attribute name of the items below
from pathlib import Path
from typing import Any, Protocol

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.fields import Fields, suggest
from claimgraph.core.yamlfile import Located, load_yaml
from claimgraph.corpus.claim_types import CLAIM_TYPES, SPECIFIC_FIELDS, ClaimField, ClaimType, Value
from claimgraph.corpus.registry import Registry, given
from claimgraph.corpus.vocab import Vocabulary

ARTICLE = "article"  # claimant key for the article's own voice


@dataclass
class Quote:
    """Exact words to anchor, with optional hints when they occur more than once."""

    text: str
    path: str
    line: int
    field: str
    occurrence: int | None = None
    prefix: str | None = None
    suffix: str | None = None
    span: tuple[int, int] | None = None  # set by anchoring: (start, end), end-exclusive

    @property
    def located(self) -> tuple[int, int]:
        """The span, for code that runs only after every quote was anchored (mapping)."""
        if self.span is None:
            raise AssertionError(f"{self.path}:{self.line}: {self.field} was used before it was anchored")
        return self.span


@dataclass
class Mention:
    kind: str  # actor | place
    key: str
    quote: Quote


@dataclass
class EventReport:
    key: str
    local: bool
    quote: Quote
    line: int
    field: str
    label: str | None = None
    type: str | None = None
    places: list[str] = dataclass_field(default_factory=list)
    place_expression: str | None = None
    date: tuple[str, str] | None = None
    time: str | None = None
    duration: str | None = None
    part_of: str | None = None
    conducted_by: list[str] = dataclass_field(default_factory=list)
    targeted: list[str] = dataclass_field(default_factory=list)
    participants: list[str] = dataclass_field(default_factory=list)


@dataclass
class Claim:
    key: str
    type: str
    claimant: str
    quote: Quote
    line: int
    field: str
    role: str | None = None
    wording: str | None = None
    issued_by: str | None = None
    description: str | None = None
    events: list[str] = dataclass_field(default_factory=list)
    time: str | None = None
    date: tuple[str, str] | None = None
    unsupported: Quote | None = None
    specific: dict[str, Value] = dataclass_field(default_factory=dict)  # the type's own fields (claim_types)
    lines: dict[str, int] = dataclass_field(default_factory=dict)  # line of each given type-specific field
    review: str = "curated"

    def __getattr__(self, name: str) -> Any:
        """A type-specific field by its declared name (`claim.accused`), None when the claim has none; so
        readers such as the synth profile need no list of fields of their own."""
        if name in SPECIFIC_FIELDS:
            return self.specific.get(name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def denies(self) -> str | None:
        """The denied claim's id (`key` or `<article>#<key>`), for the checks that resolve it."""
        value = self.specific.get("denies")
        return value if isinstance(value, str) else None


@dataclass
class Annotation:
    path: str
    article: str
    language: str
    title: Quote | None = None
    author: str | None = None
    byline: Quote | None = None
    agency: str | None = None
    agency_quote: Quote | None = None
    dateline: str | None = None
    dateline_quote: Quote | None = None
    boilerplate: Quote | None = None
    url: str | None = None
    mentions: list[Mention] = dataclass_field(default_factory=list)
    events: list[EventReport] = dataclass_field(default_factory=list)
    claims: list[Claim] = dataclass_field(default_factory=list)

    def quotes(self) -> list[Quote]:
        """Every quote of the file, in file order, for anchoring."""
        out = [q for q in (self.title, self.byline, self.agency_quote, self.dateline_quote) if q]
        out += [m.quote for m in self.mentions]
        out += [e.quote for e in self.events]
        for c in self.claims:
            out.append(c.quote)
            if c.unsupported:
                out.append(c.unsupported)
        return out


_TOP_FIELDS = (
    "article",
    "language",
    "title",
    "byline",
    "agency",
    "dateline",
    "boilerplate",
    "url",
    "mentions",
    "events",
    "claims",
)
_QUOTE_FIELDS = ("quote", "occurrence", "prefix", "suffix")
_CLAIM_COMMON = (
    "id",
    "type",
    "claimant",
    "role",
    "wording",
    "issued_by",
    "description",
    "events",
    "time",
    "date",
    "unsupported",
    "review",
    *_QUOTE_FIELDS,
)


def load_annotation(path: Path, registry: Registry, vocab: Vocabulary) -> Annotation:
    """Parse one annotation file and check every key it uses against the registry and vocabularies."""
    shown = display_path(path)
    doc = load_yaml(path)
    top = Fields(doc if doc is not None else Located(), shown, "")
    top.reject_unknown(_TOP_FIELDS)
    article = top.text("article", required=True)
    if article != path.stem:
        raise top.error("article", f"{article!r} does not match the file name {path.stem!r}")
    ann = Annotation(shown, article, top.text("language") or "en", url=top.iri("url"))
    ann.title = _quote_block(top, "title", ())
    if byline := top.sub("byline"):
        ann.byline = _quote(byline, ("author",))
        ann.author = _ref(byline, "author", registry.actors, "actor", required=True)
    if agency := top.sub("agency"):
        ann.agency_quote = _quote(agency, ("actor",))
        ann.agency = _ref(agency, "actor", registry.actors, "actor", required=True)
    if dateline := top.sub("dateline"):
        ann.dateline_quote = _quote(dateline, ("place",))
        ann.dateline = _ref(dateline, "place", registry.places, "place", required=True)
    ann.boilerplate = _quote_block(top, "boilerplate", ())
    for f in top.items("mentions"):
        ann.mentions.append(_mention(f, registry))
    local_ids = {given(f.text("id")) for f in top.items("events") if isinstance(f.raw("id"), str)}
    for f in top.items("events"):
        ann.events.append(_event(f, registry, vocab, local_ids))
    _check_unique(ann.events, "event")
    known_events = _Either(registry.events, {e.key for e in ann.events})
    for f in top.items("claims"):
        ann.claims.append(_claim(f, registry, vocab, known_events))
    _check_unique(ann.claims, "claim")
    _check_claim_links(ann)
    return ann


def _quote(f: Fields, extra: tuple[str, ...]) -> Quote:
    f.reject_unknown((*_QUOTE_FIELDS, *extra))
    return _quote_fields(f)


def _quote_fields(f: Fields) -> Quote:
    return Quote(
        given(f.text("quote", required=True)),
        f.path,
        f.line("quote"),
        f.field("quote"),
        occurrence=f.integer("occurrence", minimum=1),
        prefix=f.text("prefix"),
        suffix=f.text("suffix"),
    )


def _quote_block(top: Fields, key: str, extra: tuple[str, ...]) -> Quote | None:
    f = top.sub(key)
    return _quote(f, extra) if f else None


class Keys(Protocol):
    """What a reference is checked against: membership, and iteration for a "did you mean" suggestion."""

    def __contains__(self, key: object, /) -> bool: ...

    def __iter__(self) -> Iterator[str]: ...


class _Either:
    """Membership in any of several key collections without copying them: the registry of a large corpus
    holds thousands of events, and copying it for every event report made loading quadratic."""

    def __init__(self, *tables: Keys) -> None:
        self.tables = tables

    def __contains__(self, key: object) -> bool:
        return any(key in t for t in self.tables)

    def __iter__(self) -> Iterator[str]:
        for table in self.tables:
            yield from table


def _ref(f: Fields, key: str, table: Keys, kind: str, *, required: bool = False) -> str | None:
    value = f.slug(key, required=required)
    if value is not None and value not in table:
        raise f.error(key, f"unknown {kind} {value!r}{suggest(value, table)}")
    return value


def _refs(f: Fields, key: str, table: Keys, kind: str) -> list[str]:
    values = f.slugs(key)
    for value in values:
        if value not in table:
            raise f.error(key, f"unknown {kind} {value!r}{suggest(value, table)}")
    return values


def _mention(f: Fields, registry: Registry) -> Mention:
    kinds = [k for k in ("actor", "place") if f.has(k)]
    if len(kinds) != 1:
        raise f.error(None, "a mention names exactly one of 'actor' or 'place'")
    kind = kinds[0]
    table = registry.actors if kind == "actor" else registry.places
    key = given(_ref(f, kind, table, kind, required=True))
    return Mention(kind, key, _quote(f, (kind,)))


def _event(f: Fields, registry: Registry, vocab: Vocabulary, local_ids: set[str]) -> EventReport:
    shared = ("places", "place_expression", "date", "time", "duration", "part_of")
    roles = ("conducted_by", "targeted", "participants")
    if f.has("ref") == f.has("id"):
        raise f.error(None, "an event has either 'ref' (a registry event) or 'id' (a new event)")
    local = f.has("id")
    if local:
        f.reject_unknown(("id", "label", "type", *shared, *roles, *_QUOTE_FIELDS))
        key = given(f.slug("id", required=True))
        if key in registry.events:
            raise f.error("id", f"duplicate id {key!r}: a registry event has this key (use 'ref')")
    else:
        f.reject_unknown(("ref", *shared, *roles, *_QUOTE_FIELDS))
        key = given(_ref(f, "ref", registry.events, "registry event", required=True))
    report = EventReport(key, local, _quote_fields(f), f.line(), f.where)
    if local:
        report.label = f.text("label", required=True)
        report.type = f.choice("type", sorted(vocab.event_types), required=True)
    report.places = _refs(f, "places", registry.places, "place")
    report.place_expression = f.text("place_expression")
    report.date = f.date("date")
    report.time = f.text("time")
    report.duration = f.text("duration")
    report.part_of = _ref(f, "part_of", _Either(registry.events, local_ids), "event")
    if report.part_of == key:
        raise f.error("part_of", "an event cannot be part of itself")
    report.conducted_by = _refs(f, "conducted_by", registry.actors, "actor")
    report.targeted = _refs(f, "targeted", registry.actors, "actor")
    report.participants = _refs(f, "participants", registry.actors, "actor")
    return report


def _claim(f: Fields, registry: Registry, vocab: Vocabulary, events: _Either) -> Claim:
    ctype = CLAIM_TYPES[given(f.choice("type", CLAIM_TYPES, required=True))]
    f.reject_unknown((*_CLAIM_COMMON, *(spec.name for spec in ctype.fields)))
    claimants: dict[str, object] = {ARTICLE: None, **registry.actors}
    claim = Claim(
        given(f.slug("id", required=True)),
        ctype.name,
        given(_ref(f, "claimant", claimants, "actor", required=True)),
        _quote_fields(f),
        f.line(),
        f.where,
        role=_ref(f, "role", registry.posts, "post"),
        wording=f.text("wording"),
        issued_by=_ref(f, "issued_by", registry.actors, "actor"),
        description=f.text("description"),
        events=_refs(f, "events", events, "event"),
        time=f.text("time"),
        date=f.date("date"),
        review=f.choice("review", sorted(vocab.review_statuses)) or "curated",
    )
    if claim.role and (claim.claimant == ARTICLE or claim.role not in registry.actors[claim.claimant].holds):
        raise f.error("role", f"{claim.claimant!r} does not hold the post {claim.role!r} in the registry")
    if sub := f.sub("unsupported"):
        claim.unsupported = _quote(sub, ())
    _specific(f, ctype, claim, registry, vocab)
    return claim


def _specific(f: Fields, ctype: ClaimType, claim: Claim, registry: Registry, vocab: Vocabulary) -> None:
    """Read the type's own fields as its claim_types entry declares them, then its cross-field checks."""
    for spec in ctype.fields:
        value = _read(f, spec, registry, vocab)
        if value is not None:
            claim.specific[spec.name] = value
            claim.lines[spec.name] = f.line(spec.name)
    if ctype.events and not claim.events:
        raise f.error(None, f"a {ctype.name} needs 'events': {ctype.events}")
    if ctype.one_of and not any(name in claim.specific for name in ctype.one_of):
        raise f.error(None, ctype.one_of_message)
    if ctype.rule:
        ctype.rule(f, claim.specific)


def _read(f: Fields, spec: ClaimField, registry: Registry, vocab: Vocabulary) -> Value | None:
    if spec.kind == "actor":
        return _ref(f, spec.name, registry.actors, "actor", required=spec.required)
    if spec.kind == "count":
        return f.integer(spec.name, minimum=0)
    if spec.kind == "concept":
        return f.choice(spec.name, sorted(getattr(vocab, str(spec.scheme))), required=spec.required)
    return f.text(spec.name, required=spec.required)  # text, and claim ids (resolved once all are read)


class _Item(Protocol):
    """An event report or a claim: what a duplicate-id error needs."""

    @property
    def key(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def field(self) -> str: ...
    @property
    def quote(self) -> Quote: ...


def _check_unique(items: Sequence[_Item], kind: str) -> None:
    seen: set[str] = set()
    for item in items:
        if item.key in seen:
            raise InputError(
                item.quote.path, f"duplicate {kind} id {item.key!r}", line=item.line, field=item.field
            )
        seen.add(item.key)


def _check_claim_links(ann: Annotation) -> None:
    """Resolve denials of claims of this file; a denial rejects the denied claimant unless it names one.
    Denials of another article's claim (`<article>#<key>`) are resolved across files (inputs.check_across)."""
    claims = {c.key: c for c in ann.claims}
    for c in ann.claims:
        if c.denies and "#" not in c.denies:
            target = claims.get(c.denies)
            if target is None:
                raise InputError(
                    ann.path,
                    f"unknown claim {c.denies!r}{suggest(c.denies, claims)}",
                    line=c.lines["denies"],
                    field=f"{c.field}.denies",
                )
            if target.claimant == c.claimant:
                raise InputError(
                    ann.path, "a denial's claimant must differ from the accuser", line=c.line, field=c.field
                )
            if target.claimant != ARTICLE:
                c.specific.setdefault("rejects", target.claimant)
