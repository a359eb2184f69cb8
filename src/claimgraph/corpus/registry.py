"""The entity registry: places, actors, posts and shared events, checked before anything is mapped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from claimgraph.core.errors import InputError, display_path
from claimgraph.core.fields import Fields, suggest
from claimgraph.core.yamlfile import Located, load_yaml

PLACE_TYPES = ("Country", "Province", "District", "City")
ACTOR_TYPES = (
    "Person",
    "Organization",
    "ArmedGroup",
    "ArmedForces",
    "MediaWing",
    "Government",
    "Ministry",
    "State",
    "NewsAgency",
)
T = TypeVar("T")
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
GEONAMES_ID = re.compile(r"^[1-9][0-9]*$")


@dataclass(frozen=True)
class Source:
    """Where an entry was written, so later errors and validation reports can point back to it."""

    path: str
    line: int


@dataclass
class Place:
    key: str
    label: str
    type: str
    source: Source
    alt_labels: list[str] = field(default_factory=list)
    located_in: str | None = None
    wikidata: str | None = None
    geonames: str | None = None
    lat: float | None = None
    lon: float | None = None
    comment: str | None = None
    see_also: str | None = None


@dataclass
class Actor:
    key: str
    label: str
    type: str
    source: Source
    alt_labels: list[str] = field(default_factory=list)
    acts_for: str | None = None
    holds: list[str] = field(default_factory=list)
    territory: str | None = None
    issuing_body: str | None = None
    job_title: str | None = None
    wikidata: str | None = None
    comment: str | None = None
    see_also: str | None = None


@dataclass
class Post:
    key: str
    label: str
    organization: str
    source: Source
    comment: str | None = None
    see_also: str | None = None


@dataclass
class RegistryEvent:
    key: str
    label: str
    type: str
    source: Source
    comment: str | None = None
    note: str | None = None
    see_also: str | None = None


@dataclass
class Registry:
    path: str
    places: dict[str, Place]
    actors: dict[str, Actor]
    posts: dict[str, Post]
    events: dict[str, RegistryEvent]

    def country_chain(self, key: str) -> list[str]:
        chain = [key]
        while parent := self.places[chain[-1]].located_in:
            chain.append(parent)
        return chain


def given(value: T | None) -> T:
    """The value of a field read with `required=True`: the reader raised an InputError if it was missing,
    so None here is a programming error, not bad input."""
    if value is None:
        raise AssertionError("a required field was read as missing")
    return value


_COMMON = ("label", "alt_labels", "type", "comment", "see_also")


def load_registry(path: Path, event_types: set[str]) -> Registry:
    """Read and cross-check `registry.yaml`: every reference resolves, places chain up to a country."""
    shown = display_path(path)
    doc = load_yaml(path)
    top = Fields(doc if doc is not None else Located(), shown, "")
    top.reject_unknown(("places", "actors", "posts", "events"))
    registry = Registry(
        shown,
        {k: _place(f, k) for k, f in _section(top, "places")},
        {k: _actor(f, k) for k, f in _section(top, "actors")},
        {k: _post(f, k) for k, f in _section(top, "posts")},
        {k: _event(f, k, event_types) for k, f in _section(top, "events")},
    )
    _check_references(registry)
    return registry


def _section(top: Fields, name: str) -> list[tuple[str, Fields]]:
    value = top.raw(name)
    if value is None:
        return []
    if not isinstance(value, Located):
        raise top.error(name, "expected a mapping of keys to entries")
    out = []
    for key, entry in value.items():
        where = f"{name}.{key}"
        if not re.match(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", key) or key == "article":
            raise InputError(top.path, "is not a valid key", line=value.line_of(key), field=where)
        out.append((key, Fields(entry, top.path, where, value.line_of(key))))
    return out


def _place(f: Fields, key: str) -> Place:
    f.reject_unknown((*_COMMON, "located_in", "wikidata", "geonames", "lat", "lon"))
    place = Place(
        key,
        given(f.text("label", required=True)),
        given(f.choice("type", PLACE_TYPES, required=True)),
        Source(f.path, f.line()),
        alt_labels=f.texts("alt_labels"),
        located_in=f.slug("located_in"),
        wikidata=_external(f, "wikidata", WIKIDATA_ID, "a Wikidata item id such as Q843"),
        geonames=_external(f, "geonames", GEONAMES_ID, "a GeoNames id such as 1168579"),
        lat=f.number("lat", -90, 90),
        lon=f.number("lon", -180, 180),
        comment=f.text("comment"),
        see_also=f.iri("see_also"),
    )
    if (place.lat is None) != (place.lon is None):
        raise f.error("lat" if place.lat is not None else "lon", "lat and lon must be given together")
    if place.type == "Country" and place.located_in:
        raise f.error("located_in", "a country is not located in another place")
    if place.type != "Country" and not place.located_in:
        raise f.error(None, f"missing required field 'located_in' (a {place.type} must lie in a place)")
    return place


def _actor(f: Fields, key: str) -> Actor:
    f.reject_unknown((*_COMMON, "acts_for", "holds", "territory", "issuing_body", "job_title", "wikidata"))
    actor = Actor(
        key,
        given(f.text("label", required=True)),
        given(f.choice("type", ACTOR_TYPES, required=True)),
        Source(f.path, f.line()),
        alt_labels=f.texts("alt_labels"),
        acts_for=f.slug("acts_for"),
        holds=f.slugs("holds"),
        territory=f.slug("territory"),
        issuing_body=f.slug("issuing_body"),
        job_title=f.text("job_title"),
        wikidata=_external(f, "wikidata", WIKIDATA_ID, "a Wikidata item id such as Q843"),
        comment=f.text("comment"),
        see_also=f.iri("see_also"),
    )
    if actor.holds and actor.type != "Person":
        raise f.error("holds", "only a Person holds posts")
    if actor.job_title and actor.type != "Person":
        raise f.error("job_title", "only a Person has a job title")
    if actor.territory and actor.type != "State":
        raise f.error("territory", "only a State has a territory")
    return actor


def _post(f: Fields, key: str) -> Post:
    f.reject_unknown(("label", "organization", "comment", "see_also"))
    return Post(
        key,
        given(f.text("label", required=True)),
        given(f.slug("organization", required=True)),
        Source(f.path, f.line()),
        comment=f.text("comment"),
        see_also=f.iri("see_also"),
    )


def _event(f: Fields, key: str, event_types: set[str]) -> RegistryEvent:
    f.reject_unknown(("label", "type", "comment", "note", "see_also"))
    return RegistryEvent(
        key,
        given(f.text("label", required=True)),
        given(f.choice("type", sorted(event_types), required=True)),
        Source(f.path, f.line()),
        comment=f.text("comment"),
        note=f.text("note"),
        see_also=f.iri("see_also"),
    )


def _external(f: Fields, key: str, pattern: re.Pattern[str], what: str) -> str | None:
    value = f.text(key)
    if value is not None and not pattern.match(value):
        raise f.error(key, f"{value!r} is not {what}")
    return value


def _check_references(r: Registry) -> None:
    def fail(section: str, key: str, name: str, message: str, line: int) -> InputError:
        return InputError(r.path, message, line=line, field=f"{section}.{key}.{name}")

    def need(kind: str, table: dict, ref: str, section: str, key: str, name: str, line: int) -> None:
        if ref not in table:
            raise fail(section, key, name, f"unknown {kind} {ref!r}{suggest(ref, table)}", line)

    for place in r.places.values():
        if place.located_in:
            need("place", r.places, place.located_in, "places", place.key, "located_in", place.source.line)
    for place in r.places.values():
        seen = [place.key]
        while parent := r.places[seen[-1]].located_in:
            if parent in seen:
                cycle = " -> ".join([*seen, parent])
                raise fail("places", place.key, "located_in", f"containment cycle {cycle}", place.source.line)
            seen.append(parent)
    for actor in r.actors.values():
        line = actor.source.line
        for name in ("acts_for", "issuing_body"):
            ref = getattr(actor, name)
            if ref:
                need("actor", r.actors, ref, "actors", actor.key, name, line)
                if ref == actor.key:
                    raise fail("actors", actor.key, name, "an actor cannot refer to itself", line)
        for post in actor.holds:
            need("post", r.posts, post, "actors", actor.key, "holds", line)
        if actor.territory:
            need("place", r.places, actor.territory, "actors", actor.key, "territory", line)
            if r.places[actor.territory].type != "Country":
                raise fail("actors", actor.key, "territory", "a state's territory must be a Country", line)
    for entry in r.posts.values():
        need("actor", r.actors, entry.organization, "posts", entry.key, "organization", entry.source.line)
