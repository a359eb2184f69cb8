"""Registry growth: the curated registry plus synthetic places, actors, posts and events.

The registry grows with the square root of the number of articles (BUNDLES_PER_SQRT), from its own random
stream, so article k sees the same registry whatever number of articles follows it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, deque
from dataclasses import dataclass, field

from claimgraph.core.errors import ClaimgraphError
from claimgraph.synth import templates as T
from claimgraph.synth.profile import ARTICLE, Profile
from claimgraph.synth.sampling import Rng
from claimgraph.synth.text import slug, yq

BUNDLES_PER_SQRT = 5.0  # registry bundles (a district and its town, a person and a post, ...) = 5 * sqrt(k)
ACTIVE_EVENTS = 30  # registry events still "in the news" that a shared report may pick
SYNTHETIC = "Synthetic entry written by claimgraph synth; not a real {what}."


@dataclass
class Actor:
    key: str
    label: str
    type: str
    forms: list[str]  # how an article may name it (as inside a sentence)
    holds: list[str] = field(default_factory=list)
    acts_for: str | None = None
    issuing_body: str | None = None
    job_title: str | None = None
    short: str | None = None  # an abbreviation a dateline may credit, "(AP)"


@dataclass
class Place:
    key: str
    label: str
    type: str
    parent: str | None
    province: str | None


@dataclass
class Event:
    key: str
    type: str
    label: str
    place: str
    province: str
    local: bool
    target: str = ""
    year: str = ""
    person: str = ""
    date: tuple[str, str] | None = None


def _forms(label: str, alt: list[str], kind: str, job_title: str | None) -> list[str]:
    base = re.sub(r"\s*\([^)]*\)$", "", label)
    if kind == "Person":
        return [label, f"{label}, {job_title}"] if job_title else [label]
    if kind in (
        "ArmedGroup",
        "ArmedForces",
        "Organization",
        "Ministry",
        "Government",
        "MediaWing",
    ) and not base.startswith("the "):
        base = "the " + base
    if base.startswith("United "):
        base = "the " + base  # "the United States"
    return [base, *alt]


class World:
    """Every registry entry an article may use, by role, and the YAML of the synthetic ones."""

    def __init__(self, registry, corpus, profile: Profile, seed: int) -> None:
        self.rng = Rng(f"claimgraph-synth:{seed}:registry")
        self.profile = profile
        self.places: dict[str, Place] = {}
        self.actors: dict[str, Actor] = {}
        self.post_labels: dict[str, str] = {}
        self.post_org: dict[str, str] = {}
        self.keys: dict[str, set[str]] = {s: set() for s in ("places", "actors", "posts", "events")}
        self.names: set[str] = set()  # lower-cased labels and name stems in use
        self.lines: dict[str, list[str]] = {s: [] for s in ("places", "actors", "posts", "events")}
        self.counts: Counter[str] = Counter()
        self.bundles = 0
        self.event_serial = 0

        for p in registry.places.values():
            self.keys["places"].add(p.key)
            self.names.update(x.lower() for x in [p.label, *p.alt_labels])
        for p in registry.places.values():
            self.places[p.key] = Place(
                p.key, p.label, p.type, p.located_in, self._province_of(registry, p.key)
            )
        for a in registry.actors.values():
            self.keys["actors"].add(a.key)
            self.names.update(x.lower() for x in [a.label, *a.alt_labels])
            short = next((x for x in a.alt_labels if x.isupper() and len(x) <= 5), None)
            self.actors[a.key] = Actor(
                a.key,
                a.label,
                a.type,
                _forms(a.label, a.alt_labels, a.type, a.job_title),
                list(a.holds),
                a.acts_for,
                a.issuing_body,
                a.job_title,
                short,
            )
        for p in registry.posts.values():
            self.keys["posts"].add(p.key)
            self.post_labels[p.key] = p.label
            self.post_org[p.key] = p.organization
        self.keys["events"].update(registry.events)
        for a in corpus.articles:
            self.keys["events"].update(e.key for e in a.annotation.events)
        authors = {a.annotation.author for a in corpus.articles if a.annotation.author}

        countries = [p.key for p in self.places.values() if p.type == "Country"]
        depth = Counter(self._country(p.key) for p in self.places.values())
        self.home_country = max(countries, key=lambda c: (depth[c], c))
        states = [a for a in self.actors.values() if a.type == "State"]
        self.home_state = next(
            (s.key for s in states if registry.actors[s.key].territory == self.home_country), None
        )
        self.foreign_countries = sorted(c for c in countries if c != self.home_country)
        self.foreign_states = [s.key for s in states if s.key != self.home_state]
        self.provinces = [p.key for p in self.places.values() if p.type == "Province" and p.province == p.key]
        self.local_places: dict[str, list[str]] = {p: [] for p in self.provinces}
        self.cities: list[str] = []
        for p in self.places.values():
            if p.type in ("District", "City") and p.province in self.local_places:
                self.local_places[p.province].append(p.key)
            if p.type == "City":
                self.cities.append(p.key)

        def pool(kind: str) -> list[str]:
            return [a.key for a in self.actors.values() if a.type == kind]

        self.officials = [a.key for a in self.actors.values() if a.type == "Person" and a.holds]
        self.journalists = [k for k in pool("Person") if k in authors]
        self.commentators = [
            a.key for a in self.actors.values() if a.type == "Person" and not a.holds and a.key not in authors
        ]
        self.groups, self.forces, self.wings = pool("ArmedGroup"), pool("ArmedForces"), pool("MediaWing")
        self.ministries, self.agencies, self.orgs = pool("Ministry"), pool("NewsAgency"), pool("Organization")
        self.governments = [k for k in pool("Government") if self._home_side(k)]
        self.federal = next(
            (k for k in self.governments if self.actors[k].acts_for == self.home_state), None
        ) or (self.governments[0] if self.governments else None)
        self.province_gov: dict[str, str] = {}
        for prov in self.provinces:
            label = f"Government of {self.places[prov].label}"
            gov = next((k for k in self.governments if self.actors[k].label == label), None)
            if gov:
                self.province_gov[prov] = gov
        self.spoken_for = {
            self.post_org[p] for p in self.post_org if self.post_labels[p].startswith("Spokesperson")
        }
        self.portfolios = list(T.PORTFOLIOS)

        # registry events: background conflicts by province, incidents still in the news
        self.background: dict[str, str] = {}
        self.events: dict[str, Event] = {}
        firsts: dict[str, list[str]] = {}
        for a in corpus.articles:
            for e in a.annotation.events:
                if not e.local and e.places:
                    firsts.setdefault(e.key, e.places)
        self.active: deque[Event] = deque(maxlen=ACTIVE_EVENTS)
        for ev in registry.events.values():
            place = (firsts.get(ev.key) or [self.home_country])[0]
            prov = self.places[place].province or (self.provinces[0] if self.provinces else place)
            event = Event(ev.key, ev.type, ev.label, place, prov, False)
            self.events[ev.key] = event
            if ev.type == "armed-conflict":
                self.background.setdefault(prov, ev.key)
            elif ev.type in T.EVENTS:
                self.active.append(event)

    def _province_of(self, registry, key: str) -> str | None:
        while key:
            place = registry.places[key]
            if place.type == "Province":
                return key
            key = place.located_in
        return None

    def _country(self, key: str) -> str:
        while parent := self.places[key].parent:
            key = parent
        return key

    def _home_side(self, key: str) -> bool:
        seen = set()
        node: str | None = key
        while node and node not in seen:
            if node == self.home_state:
                return True
            seen.add(node)
            node = self.actors[node].acts_for if node in self.actors else None
        return False

    # -- names and keys
    def name(self) -> str:
        rng = self.rng
        for attempt in range(200):
            head = rng.choice(T.NAME_HEADS)
            mid = rng.choice(T.NAME_MIDS) if attempt >= 20 else ""
            name = head + mid + rng.choice(T.NAME_TAILS)
            if name.lower() not in self.names:
                self.names.add(name.lower())
                return name
        raise ClaimgraphError("synth: ran out of synthetic place names")  # pragma: no cover

    def person(self) -> str:
        rng = self.rng
        for attempt in range(400):
            first, last = rng.choice(T.FIRST_NAMES), rng.choice(T.LAST_NAMES)
            name = f"{first} {chr(65 + rng.randrange(26))}. {last}" if attempt >= 50 else f"{first} {last}"
            if name.lower() not in self.names:
                self.names.add(name.lower())
                return name
        raise ClaimgraphError("synth: ran out of synthetic person names")  # pragma: no cover

    def key(self, section: str, label: str) -> str:
        base = slug(label) or "x"
        key, n = base, 1
        while key in self.keys[section] or key == ARTICLE:
            n += 1
            key = f"{base}-{n}"
        self.keys[section].add(key)
        return key

    # -- synthetic entries
    def add_place(self, label: str, kind: str, parent: str) -> str:
        key = self.key("places", label)
        province = key if kind == "Province" else self.places[parent].province
        self.places[key] = Place(key, label, kind, parent, province)
        self.names.add(label.lower())
        self.lines["places"] += [
            f"  {key}:",
            f"    label: {yq(label)}",
            f"    type: {kind}",
            f"    located_in: {parent}",
            f"    comment: {yq(SYNTHETIC.format(what='place'))}",
        ]
        self.counts["places"] += 1
        if kind in ("District", "City") and province in self.local_places:
            self.local_places[province].append(key)
        if kind == "City":
            self.cities.append(key)
        return key

    def add_actor(self, label: str, kind: str, what: str, **extra) -> str:
        key = self.key("actors", label)
        self.names.add(label.lower())
        actor = Actor(key, label, kind, _forms(label, [], kind, extra.get("job_title")), **extra)
        self.actors[key] = actor
        lines = [f"  {key}:", f"    label: {yq(label)}", f"    type: {kind}"]
        if actor.acts_for:
            lines.append(f"    acts_for: {actor.acts_for}")
        if actor.holds:
            lines.append(f"    holds: [{', '.join(actor.holds)}]")
        if actor.job_title:
            lines.append(f"    job_title: {yq(actor.job_title)}")
        lines.append(f"    comment: {yq(SYNTHETIC.format(what=what))}")
        self.lines["actors"] += lines
        self.counts["actors"] += 1
        return key

    def add_post(self, label: str, org: str) -> str:
        key = self.key("posts", label)
        self.post_labels[key], self.post_org[key] = label, org
        self.lines["posts"] += [f"  {key}:", f"    label: {yq(label)}", f"    organization: {org}"]
        self.counts["posts"] += 1
        return key

    def add_event(self, kind: str, label: str, place: str, province: str, **extra) -> Event:
        self.event_serial += 1
        key = f"s{self.event_serial}-{kind}"
        while key in self.keys["events"]:
            self.event_serial += 1
            key = f"s{self.event_serial}-{kind}"
        self.keys["events"].add(key)
        event = Event(key, kind, label, place, province, False, **extra)
        self.events[key] = event
        self.lines["events"] += [
            f"  {key}:",
            f"    label: {yq(label)}",
            f"    type: {kind}",
            f"    comment: {yq('Synthetic event written by claimgraph synth.')}",
        ]
        self.counts["events"] += 1
        return event

    def official(self, post_label: str, org: str) -> str:
        post = self.add_post(post_label, org)
        return self.add_actor(self.person(), "Person", "person", holds=[post])

    # -- growth
    def grow(self, article: int) -> list[tuple[str, str]]:
        """Add the bundles due by `article`; return what the article must introduce ((kind, key) pairs)."""
        due = math.ceil(BUNDLES_PER_SQRT * math.sqrt(article))
        intro: list[tuple[str, str]] = []
        while self.bundles < due:
            self.bundles += 1
            intro += self.bundle()
        return intro

    def bundle(self) -> list[tuple[str, str]]:
        rng = self.rng
        kind = rng.choices(
            ("district", "province", "official", "group", "analyst", "journalist", "agency", "org", "force"),
            (30, 4, 14, 12, 12, 5, 3, 8, 5),
        )[0]
        if kind == "district" or (kind == "province" and not self.federal):
            prov = rng.choice(self.provinces) if self.provinces else self.home_country
            return self.district(prov)
        if kind == "province":
            name = self.name()
            prov = self.add_place(name, "Province", self.home_country)
            self.provinces.append(prov)
            self.local_places[prov] = []
            gov = self.add_actor(f"Government of {name}", "Government", "government", acts_for=self.federal)
            self.governments.append(gov)
            self.province_gov[prov] = gov
            chief = self.official(f"Chief Minister of {name}", gov)
            self.officials.append(chief)
            conflict = self.add_event("armed-conflict", f"Insurgency in {name}", prov, prov)
            self.background[prov] = conflict.key
            return [
                ("place", prov),
                ("actor", gov),
                ("actor", chief),
                *self.district(prov),
                ("event", conflict.key),
            ]
        if kind == "official":
            return self.new_official()
        if kind == "group":
            group = self.add_actor(
                rng.choice(T.GROUP_PATTERNS).format(name=self.name()), "ArmedGroup", "armed group"
            )
            self.groups.append(group)
            intro = [("actor", group)]
            if rng.random() < 0.4:
                wing = self.add_actor(
                    f"{self.actors[group].label} Media Wing", "MediaWing", "media wing", acts_for=group
                )
                self.wings.append(wing)
                self.set_issuing_body_after(group, wing)
                intro.append(("actor", wing))
            return intro
        if kind == "analyst":
            city = self.places[rng.choice(self.cities)].label if self.cities else "Islamabad"
            org = self.actors[rng.choice(self.orgs)].label if self.orgs else f"{self.name()} Institute"
            title = rng.choice(T.ANALYST_TITLES).format(city=city, org=org)
            key = self.add_actor(self.person(), "Person", "person", job_title=title)
            self.commentators.append(key)
            return [("actor", key)]
        if kind == "journalist":
            city = self.places[rng.choice(self.cities)].label if self.cities else "Islamabad"
            title = rng.choice(T.JOURNALIST_TITLES).format(city=city)
            key = self.add_actor(self.person(), "Person", "person", job_title=title)
            self.journalists.append(key)
            return [("actor", key)]
        pattern, pool, kind_name, what = {
            "agency": (T.AGENCY_PATTERNS, self.agencies, "NewsAgency", "news agency"),
            "org": (T.ORG_PATTERNS, self.orgs, "Organization", "organisation"),
            "force": (T.FORCE_PATTERNS, self.forces, "ArmedForces", "force"),
        }[kind]
        key = self.add_actor(rng.choice(pattern).format(name=self.name()), kind_name, what)
        pool.append(key)
        return [("actor", key)]

    def set_issuing_body_after(self, group: str, wing: str) -> None:
        """The group's entry precedes the wing's: add `issuing_body` to the group's block."""
        lines = self.lines["actors"]
        at = lines.index(f"  {group}:")
        end = at + 1
        while end < len(lines) and lines[end].startswith("    "):
            end += 1
        lines.insert(end - 1, f"    issuing_body: {wing}")  # before the group's comment line
        self.actors[group].issuing_body = wing

    def district(self, prov: str) -> list[tuple[str, str]]:
        name = self.name()
        district = self.add_place(f"{name} District", "District", prov)
        city = self.add_place(name, "City", district)
        return [("place", district), ("place", city)]

    def new_official(self) -> list[tuple[str, str]]:
        rng = self.rng
        home = self.places[self.home_country].label
        if self.portfolios and rng.random() < 0.4 and self.federal:
            portfolio = self.portfolios.pop(rng.randrange(len(self.portfolios)))
            ministry = self.add_actor(
                f"Ministry of {portfolio} ({home})", "Ministry", "ministry", acts_for=self.federal
            )
            self.ministries.append(ministry)
            person = self.official(f"Minister for {portfolio} of {home}", ministry)
            self.officials.append(person)
            return [("actor", ministry), ("actor", person)]
        unspoken = [
            k for k in (*self.forces, *self.governments, *self.ministries) if k not in self.spoken_for
        ]
        if not unspoken:
            return self.district(rng.choice(self.provinces))
        org = rng.choice(unspoken)
        self.spoken_for.add(org)
        label = re.sub(r"\s*\([^)]*\)$", "", self.actors[org].label)
        person = self.official(f"Spokesperson of the {label}", org)
        self.officials.append(person)
        return [("actor", person)]

    def registry_text(self, curated: str, header: str) -> str:
        """The curated registry verbatim, each section followed by its synthetic entries."""
        sections = ("places", "actors", "posts", "events")
        lines = curated.rstrip("\n").split("\n")
        starts = [i for i, line in enumerate(lines) if re.match(r"^[a-z_]+:\s*$", line)]
        found = [lines[i].split(":")[0] for i in starts]
        if sorted(found) != sorted(set(found)) or not set(found) <= set(sections):
            raise ClaimgraphError(
                "synth: the curated registry's sections are not in the expected block layout"
            )
        out = [header.rstrip("\n")] if header else []
        out += lines[: starts[0]] if starts else lines
        bounds = [*starts, len(lines)]
        for i, start in enumerate(starts):
            block = lines[start : bounds[i + 1]]
            while block and not block[-1].strip():
                block.pop()
            name = found[i]
            out += block
            if self.lines[name]:
                out += ["  # --- synthetic entries ---", *self.lines[name]]
            out.append("")
        for name in sections:
            if name not in found and self.lines[name]:
                out += [f"{name}:", *self.lines[name], ""]
        return "\n".join(out).rstrip("\n") + "\n"
