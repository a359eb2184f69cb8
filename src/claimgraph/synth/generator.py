"""`claimgraph synth`: a deterministic synthetic corpus in the real annotation format (docs/synth.md).

The shape of the corpus (claims, events and mentions per article, claim-type mix, claimants, casualty
outcomes, victims, hedges and figures, optional fields) is measured on the curated articles at run time;
the registry starts as an exact copy of the curated one and grows with the number of articles. One
`random.Random` per article (seeded with the seed and the article number) and one for the registry make the
output a pure function of (articles, seed); article k never depends on how many articles follow it, only
on the articles before it (the events still in the news, the accusations still undenied).
"""

from __future__ import annotations

import json
import math
import os
import random
import re
import shutil
import sys
import time
import uuid
from bisect import bisect
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimgraph.core.errors import ClaimgraphError
from claimgraph.core.version import __version__
from claimgraph.synth import templates as T

MARKER = ".claimgraph-synth.json"
GENERATOR = "claimgraph synth"
FORMAT = 1  # bump whenever the same (articles, seed) would give a different corpus
PROGRESS_EVERY = 5000
# every 10th article (1, 11, 21, ...) carries a denied accusation against India and rival figures
SCHEDULE = 10
BUNDLES_PER_SQRT = 5.0  # registry bundles (a district and its town, a person and a post, ...) = 5 * sqrt(k)
NEW_EVENT = 0.1  # chance that a shared incident report introduces a new registry event
ACTIVE_EVENTS = 30  # registry events still "in the news" that a shared report may pick
RECENT_ACCUSATIONS = 500  # undenied accusations that a later article may deny
ARTICLE = "article"
MAX_FILLER = 12  # unannotated sentences added to reach a curated article's length
SYNTHETIC = "Synthetic entry written by claimgraph synth; not a real {what}."
_SLUG = re.compile(r"[^a-z0-9]+")


# --- small helpers -------------------------------------------------------------------------------------
class Rng(random.Random):
    """`random.Random` with a cheaper `choice` (one draw per pick; the generator makes ~100 per article)."""

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]


class Weighted:
    """A categorical distribution, sampled with one random number."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, counts: dict[str, float]) -> None:
        self.items = sorted(k for k, v in counts.items() if v > 0)
        self.cum, total = [], 0.0
        for k in self.items:
            total += counts[k]
            self.cum.append(total)
        self.total = total

    def pick(self, rng: random.Random) -> str:
        return self.items[bisect(self.cum, rng.random() * self.total)]

    def __bool__(self) -> bool:
        return bool(self.items)


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
        self.text, self.rel, self.start, self.occ = "", 0, 0, None

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


# --- what the curated articles look like ---------------------------------------------------------------
OPERATION_TYPES = T.OPERATION_TYPES
ATTACK_TYPES = T.ATTACK_TYPES
NEEDS_EVENT = ("CasualtyClaim", "ResponsibilityClaim", "ResponsibilityAttribution")
DATE_FORMS = ("date", "gYearMonth", "gYear", "gMonthDay")


def event_class(event_type: str) -> str:
    if event_type in OPERATION_TYPES:
        return "operation"
    if event_type in ATTACK_TYPES:
        return "attack"
    return "tally" if event_type == "violence-tally" else "other"


@dataclass
class Profile:
    """Distributions measured on the curated corpus (shares smoothed as (k + 1/2) / (n + 1))."""

    claims: list[int]
    events: list[int]
    mentions: list[int]
    lengths: list[int]
    claim_types: Weighted
    claim_slots: Weighted  # the same, with casualty slots discounted for the pairs and rivals they add
    claimants: dict[str, Weighted]
    outcomes: Weighted
    hedges: Weighted
    victims: dict[str, Weighted]
    values: dict[str, list[int]]  # "operation:militants", "operation", "*" -> curated figures
    incident_types: Weighted
    date_forms: Weighted
    share: dict[str, float] = field(default_factory=dict)

    def summary(self) -> dict:
        """The measured distributions, for the marker file and the documentation."""

        def dist(w: Weighted) -> dict[str, float]:
            prev, out = 0.0, {}
            for k, c in zip(w.items, w.cum, strict=True):
                out[k] = round((c - prev) / w.total, 4)
                prev = c
            return out

        return {
            "claims_per_article": self.claims,
            "events_per_article": self.events,
            "mentions_per_article": self.mentions,
            "text_lengths": self.lengths,
            "claim_types": dist(self.claim_types),
            "claimant_kinds": {k: dist(v) for k, v in sorted(self.claimants.items())},
            "outcomes": dist(self.outcomes),
            "hedges": dist(self.hedges),
            "victims_by_event_class": {k: dist(v) for k, v in sorted(self.victims.items())},
            "figures": {k: v for k, v in sorted(self.values.items())},
            "incident_types": dist(self.incident_types),
            "date_forms": dist(self.date_forms),
            "shares": {k: round(v, 4) for k, v in sorted(self.share.items())},
        }


def claimant_kind(registry, key: str) -> str:
    if key == ARTICLE:
        return ARTICLE
    actor = registry.actors[key]
    return "Official" if actor.type == "Person" and actor.holds else actor.type


def measure(corpus) -> Profile:
    """Measure the curated corpus: every number the generator samples comes from here."""
    reg, vocab = corpus.registry, corpus.vocab
    anns = [a.annotation for a in corpus.articles]
    claims = [c for a in anns for c in a.claims]
    events = [e for a in anns for e in a.events]
    share: dict[str, float] = {}

    def put(name: str, k: int, n: int) -> None:
        share[name] = (k + 0.5) / (n + 1)

    def etype(e) -> str:
        return e.type if e.local else reg.events[e.key].type

    def smoothed(counts: Counter, keys) -> Weighted:
        return Weighted({k: counts.get(k, 0) + 0.5 for k in keys})

    put("title", sum(a.title is not None for a in anns), len(anns))
    put("byline", sum(a.byline is not None for a in anns), len(anns))
    put("dateline", sum(a.dateline is not None for a in anns), len(anns))
    put("agency", sum(a.agency is not None for a in anns if a.dateline), sum(bool(a.dateline) for a in anns))
    put("boilerplate", sum(a.boilerplate is not None for a in anns), len(anns))
    background = [
        any(not e.local and etype(e) == "armed-conflict" for e in a.events) for a in anns
    ]  # the long-running conflict every curated article gives as background
    put("background", sum(background), len(anns))
    incidents = [e for e in events if e.local or etype(e) != "armed-conflict"]
    put("shared_incident", sum(not e.local for e in incidents), len(incidents))
    for name in ("place_expression", "date", "time", "duration"):
        put(f"event_{name}", sum(bool(getattr(e, name)) for e in events), len(events))
    local = [e for e in events if e.local]
    put("part_of", sum(bool(e.part_of) for e in local), len(local))
    ops = [e for e in events if etype(e) in OPERATION_TYPES]
    put("conducted_by", sum(bool(e.conducted_by) for e in ops), len(ops))
    attacks = [e for e in events if etype(e) in ATTACK_TYPES]
    put("targeted", sum(bool(e.targeted) for e in attacks), len(attacks))
    put("participants", sum(bool(e.participants) for e in events), len(events))

    by_actor = [c for c in claims if c.claimant != ARTICLE]
    holders = [c for c in by_actor if reg.actors[c.claimant].holds]
    put("wording", sum(bool(c.wording) for c in by_actor), len(by_actor))
    put("role", sum(bool(c.role) for c in holders), len(holders))
    put("issued_by", sum(bool(c.issued_by) for c in by_actor), len(by_actor))
    put("claim_time", sum(bool(c.time) for c in claims), len(claims))
    put("claim_date", sum(bool(c.date) for c in claims), len(claims))
    put("description", sum(bool(c.description) for c in claims), len(claims))
    with_events = [c for c in claims if c.events]
    put("second_event", sum(len(c.events) > 1 for c in with_events), len(with_events))
    free = [c for c in claims if c.type not in NEEDS_EVENT]
    put("no_event", sum(not c.events for c in free), len(free))
    accusations = [c for c in claims if c.type == "Accusation"]
    put("unsupported", sum(bool(c.unsupported) for c in accusations), len(accusations))
    put("accused_actor", sum(bool(c.accused) for c in accusations), len(accusations))
    named = [c for c in accusations if c.accused]
    put("accused_state", sum(reg.actors[c.accused].type == "State" for c in named), len(named))
    denials = [c for c in claims if c.type == "Denial" and c.denies]
    put("denial_elsewhere", sum("#" in c.denies for c in denials), len(denials))
    calls = [c for c in claims if c.type in ("CallForInquiry", "AppealForRestraint")]
    put("addressee", sum(bool(c.addressee) for c in calls), len(calls))
    put("addressee_expression", sum(bool(c.addressee_expression) for c in calls), len(calls))

    casualties = [(a, c) for a in anns for c in a.claims if c.type == "CasualtyClaim"]
    cas = [c for _, c in casualties]
    put("zero_figure", sum(c.value == 0 for c in cas), len(cas))
    paired = sum(
        any(o is not c and o.type == "CasualtyClaim" and o.quote.text == c.quote.text for o in a.claims)
        for a, c in casualties
    )
    put("figure_pair", paired, len(cas))
    rival = sum(
        any(
            o is not c
            and o.events == c.events
            and (o.outcome, o.victims) == (c.outcome, c.victims)
            and (o.claimant != c.claimant or o.value != c.value)
            for o in cas
        )
        for c in cas
    )
    put("rival_figure", rival, len(cas))

    event_types = {e.key: etype(e) for e in events}
    victims: dict[str, Counter] = {}
    values: dict[str, list[int]] = {}
    for c in cas:
        cls = event_class(event_types.get(c.events[0], "other"))
        victims.setdefault(cls, Counter())[c.victims] += 1
        if c.value:  # figures by event class and victims, by class, and overall ("*")
            for key in (f"{cls}:{c.victims}", cls, "*"):
                values.setdefault(key, []).append(c.value)
    kinds: dict[str, Counter] = {}
    for c in claims:
        kinds.setdefault(c.type, Counter())[claimant_kind(reg, c.claimant)] += 1
    dates = Counter(x.date[1] for x in [*events, *claims] if x.date)
    incident_types = Counter(e.type for e in local if e.type != "armed-conflict")
    types = Counter(c.type for c in claims)
    extra = sum(share[x] / (2 - share[x]) for x in ("figure_pair", "rival_figure"))
    slots = {t: n / (1 + extra) if t == "CasualtyClaim" else n for t, n in types.items()}
    templated = [t for t in sorted(vocab.event_types) if t in T.EVENTS and t != "armed-conflict"]
    return Profile(
        claims=[len(a.claims) for a in anns],
        events=[len(a.events) for a in anns],
        mentions=[len(a.mentions) for a in anns],
        lengths=[a_.text.story_end for a_ in corpus.articles],
        claim_types=Weighted(types),
        claim_slots=Weighted(slots),
        claimants={t: Weighted(k) for t, k in kinds.items()},
        outcomes=smoothed(Counter(c.outcome for c in cas), sorted(vocab.outcomes)),
        hedges=smoothed(Counter(c.hedge for c in cas), sorted(vocab.hedges)),
        victims={
            cls: smoothed(victims.get(cls, Counter()), sorted(vocab.victim_categories))
            for cls in ("operation", "attack", "tally", "other")
        },
        values={k: sorted(v) for k, v in sorted(values.items())} or {"*": [10]},
        incident_types=smoothed(incident_types, templated),
        date_forms=smoothed(dates, DATE_FORMS),
        share=share,
    )


def jitter(values: list[int], rng: random.Random, low: int = 1) -> int:
    """A curated article's count, scaled by a factor in [0.8, 1.2]."""
    return max(low, round(rng.choice(values) * rng.uniform(0.8, 1.2)))


# --- the registry: curated entries plus synthetic ones that grow with the corpus ------------------------
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
        self.keys = {s: set() for s in ("places", "actors", "posts", "events")}
        self.names: set[str] = set()  # lower-cased labels and name stems in use
        self.lines: dict[str, list[str]] = {s: [] for s in ("places", "actors", "posts", "events")}
        self.counts = Counter()
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
        while self.places[key].parent:
            key = self.places[key].parent
        return key

    def _home_side(self, key: str) -> bool:
        seen = set()
        while key and key not in seen:
            if key == self.home_state:
                return True
            seen.add(key)
            key = self.actors[key].acts_for if key in self.actors else None
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


# --- one article ---------------------------------------------------------------------------------------
@dataclass
class Report:
    event: Event
    quote: Q
    ref: str
    places: list[str]
    place_expression: str | None = None
    time: str | None = None
    date: tuple[str, str] | None = None
    duration: str | None = None
    part_of: str | None = None
    conducted_by: list[str] = field(default_factory=list)
    targeted: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    sentence: Sentence | None = None


@dataclass
class Claim:
    key: str
    type: str
    claimant: str
    quote: Q
    events: list[str]
    fields: list[tuple[str, object]]  # type-specific fields, in file order
    role: str | None = None
    wording: str | None = None
    issued_by: str | None = None
    description: str | None = None
    time: str | None = None
    date: tuple[str, str] | None = None
    unsupported: Q | None = None


@dataclass
class Accusation:
    article: str
    key: str
    accuser: str
    accused: str
    allegation: str
    event: str | None  # a registry event, if it is about one
    deniers: list[str] = field(default_factory=list)  # who may deny it: the accused or who speaks for it
    denied: bool = False


class Writer:
    """Writes article k: text and annotation, both from one random stream."""

    def __init__(self, world: World, profile: Profile, seed: int, width: int) -> None:
        self.world, self.profile, self.seed, self.width = world, profile, seed, width
        self.recent: deque[Accusation] = deque(maxlen=RECENT_ACCUSATIONS)
        self.share = profile.share
        self.deniers: dict[str, list[str]] = {}

    # ---- entry point
    def article(self, k: int) -> tuple[str, str, str]:
        w = self.world
        self.rng = rng = Rng(f"claimgraph-synth:{self.seed}:article:{k}")
        self.k, self.aid = k, f"syn-{k:0{self.width}d}"
        intro = w.grow(k)
        self.claims: list[Claim] = []
        self.claim_keys: set[str] = set()
        self.groups: dict[str, list[Sentence]] = {}
        self.loose: list[Sentence] = []
        self.accusations: list[Accusation] = []
        self.reports: list[Report] = []
        self.mentions: list[tuple[str, str, Q]] = []
        self.mentioned: set[tuple[str, str]] = set()
        self.used: set[str] = set()

        self.plan_events(intro)
        self.ev_of = {r.event.key: r for r in self.reports}
        n_claims = jitter(self.profile.claims, rng)
        while len(self.claims) < n_claims:
            slots = [self.profile.claim_slots.pick(rng) for _ in range(n_claims - len(self.claims))]
            # denials last, so that they find the accusations of their own article, as in the curated data
            for ctype in sorted(slots, key=lambda t: t == "Denial"):
                self.claim(ctype)
        if k % SCHEDULE == 1:
            self.india_pair()
            self.casualty(self.main, force_rival=True)
        elif k % SCHEDULE == 6 and self.recent:
            self.denial(elsewhere=True)
        self.plan_mentions(intro)
        text, header = self.compose()
        self.recent.extend(a for a in self.accusations if not a.denied and a.deniers)
        return self.aid, text, self.annotation(header)

    # ---- events
    def plan_events(self, intro: list[tuple[str, str]]) -> None:
        w, rng, share = self.world, self.rng, self.share
        n_events = jitter(self.profile.events, rng)
        main_shared = rng.random() < share["shared_incident"]
        main_event = self.in_the_news(main=True) if main_shared else None
        intro_places = [key for kind, key in intro if kind == "place"]
        if main_event is not None:
            self.province = main_event.province
        elif intro_places:
            self.province = w.places[intro_places[0]].province or rng.choice(w.provinces)
        else:
            self.province = rng.choice(w.provinces)
        self.places = w.local_places.get(self.province) or [self.province]
        cities = [p for p in self.places if w.places[p].type == "City"]
        self.city = w.places[rng.choice(cities or w.cities)].label
        self.prov_label = w.places[self.province].label
        background = w.background.get(self.province)
        introduced = [key for kind, key in intro if kind == "event"]
        if background and (rng.random() < share["background"] or background in introduced):
            self.report(w.events[background])
        self.main = self.report(main_event or self.new_incident(shared=main_shared, main=True))
        for _ in range(max(0, n_events - len(self.reports))):
            if rng.random() < share["shared_incident"]:
                self.report(self.in_the_news() or self.new_incident(shared=True))
            else:
                event = self.new_incident(shared=False)
                fighting = (
                    OPERATION_TYPES | ATTACK_TYPES
                )  # a raid within an offensive, an ambush within a wave
                nested = event.type in fighting and self.main.event.type in fighting
                part_of = self.main.event.key if nested and rng.random() < share["part_of"] else None
                self.report(event, part_of=part_of)
        for key in introduced:
            if key not in self.ev_keys():
                self.report(w.events[key])

    def in_the_news(self, main: bool = False) -> Event | None:
        """A registry event still in the news, or None to introduce a new one (likelier while few are)."""
        w, rng = self.world, self.rng
        taken = self.ev_keys() if self.reports else set()
        candidates = [e for e in w.active if e.key not in taken and not (main and e.type == "official-visit")]
        if not candidates or rng.random() < max(NEW_EVENT, 1 - len(w.active) / ACTIVE_EVENTS):
            return None
        return rng.choice(candidates)

    def fresh(self, options: tuple[str, ...]) -> str:
        """One of `options`, preferring one this article has not used yet (fewer repeated sentences)."""
        unused = [o for o in options if o not in self.used]
        choice = self.rng.choice(unused or options)
        self.used.add(choice)
        return choice

    def ev_keys(self) -> set[str]:
        return {r.event.key for r in self.reports}

    def new_incident(self, *, shared: bool, main: bool = False) -> Event:
        w, rng = self.world, self.rng
        kind = self.profile.incident_types.pick(rng)
        while main and kind in ("official-visit", "violence-tally"):
            kind = self.profile.incident_types.pick(rng)
        place = rng.choice(self.places)
        extra = {}
        if kind in T.TARGETS:
            extra["target"] = rng.choice(T.TARGETS[kind])
        if kind == "violence-tally":
            extra["year"] = str(rng.randint(2022, 2025))
            place = self.province
        if kind == "official-visit":
            extra["person"] = rng.choice(w.officials)
        label = rng.choice(T.EVENTS[kind]["label"]).format(
            place=w.places[place].label,
            target=extra.get("target", ""),
            year=extra.get("year", ""),
            person=w.actors[extra["person"]].label if "person" in extra else "",
        )
        if shared:
            event = w.add_event(kind, label, place, self.province, **extra)
            w.active.append(event)
            return event
        key = f"a{self.k}-{len(self.reports) + 1}-{kind}"
        return Event(key, kind, label, place, self.province, True, **extra)

    def when(self) -> tuple[str, str | None, tuple[str, str] | None]:
        """A time expression (" on Thursday") or a date, as the curated articles give them."""
        rng, share = self.rng, self.share
        if rng.random() < share["event_time"]:
            day = rng.choice(T.WEEKDAYS)
            return f" on {day}", day, None
        if rng.random() < share["event_date"]:
            return self.date()
        return "", None, None

    def date(self) -> tuple[str, str | None, tuple[str, str]]:
        rng = self.rng
        form = self.profile.date_forms.pick(rng)
        year, month, day = rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)
        name = T.MONTHS[month - 1]
        if form == "date":
            return f" on {name} {day}, {year}", None, (f"{year}-{month:02d}-{day:02d}", "date")
        if form == "gYearMonth":
            return f" in {name} {year}", None, (f"{year}-{month:02d}", "gYearMonth")
        if form == "gYear":
            return f" in {year}", None, (str(year), "gYear")
        return f" on {name} {day}", None, (f"--{month:02d}-{day:02d}", "gMonthDay")

    def report(self, event: Event, part_of: str | None = None) -> Report:
        w, rng, share = self.world, self.rng, self.share
        spec = T.EVENTS[event.type]
        place = w.places[event.place]
        person = w.actors[event.person].label if event.person else ""
        fields = {"place": place.label, "target": event.target, "year": event.year, "person": person}
        where = f"in {place.label}"
        expression = None
        if place.type in ("City", "District") and rng.random() < share["event_place_expression"]:
            where = rng.choice(T.WHERE).format(place=place.label)
            expression = where
        when, time_, date = (
            ("", None, None) if event.type in ("armed-conflict", "violence-tally") else self.when()
        )
        duration = None
        if "{duration}" in "".join(spec["report"]) and rng.random() < share["event_duration"]:
            duration = rng.choice(T.DURATIONS)
        quote = Q()
        fields.update(where=where, when=when, duration=f", which lasted {duration}" if duration else "")
        template = self.fresh(spec["report"])
        if "{duration}" not in template:
            duration = None
        if "{when}" not in template:
            time_ = date = None
        sentence = Sentence(template, {**fields, "place": cap(place.label)}, {"<<": quote})
        if "{where}" not in template:
            expression = None
        r = Report(
            event, quote, rng.choice(spec["ref"]).format(**fields), [event.place], expression, time_, date
        )
        r.duration, r.part_of, r.sentence = duration, part_of, sentence
        if event.type in OPERATION_TYPES and rng.random() < share["conducted_by"]:
            r.conducted_by = [rng.choice(w.forces)]
        if event.type in ATTACK_TYPES and rng.random() < share["targeted"]:
            r.targeted = [rng.choice(w.forces)]
        if event.person:
            r.participants = [event.person]
        elif rng.random() < share["participants"] and w.forces:
            r.participants = [rng.choice(w.forces)]
        self.reports.append(r)
        self.ev_of = {x.event.key: x for x in self.reports}
        self.groups.setdefault(event.key, []).append(sentence)
        return r

    def pick_event(self, ctype: str) -> Report | None:
        rng = self.rng
        if ctype in ("SituationAssessment", "Pledge") and rng.random() < self.share["no_event"]:
            return None
        incidents = [r for r in self.reports if r.event.type not in ("armed-conflict", "official-visit")]
        if ctype in ("OperationalClaim", "Commendation"):
            operations = [r for r in incidents if r.event.type in OPERATION_TYPES]
            if operations:
                return rng.choice(operations)
            incidents = [r for r in incidents if r.event.type != "violence-tally"] or incidents
            return rng.choice(incidents) if incidents else self.main
        if ctype == "CasualtyClaim":
            counted = incidents or [self.main]
            return self.main if rng.random() < 0.5 and self.main in counted else rng.choice(counted)
        if ctype in ("ResponsibilityClaim", "ResponsibilityAttribution"):
            attacks = [r for r in incidents if r.event.type in ATTACK_TYPES]
            if attacks:
                return rng.choice(attacks)
        others = [r for r in self.reports if r.event.type != "official-visit"]
        return self.main if rng.random() < 0.5 or not others else rng.choice(others)

    # ---- claimants
    def pool(self, kind: str) -> list[str]:
        w = self.world
        return {
            "Official": w.officials,
            "Person": w.commentators,
            "ArmedForces": w.forces,
            "Government": w.governments,
            "ArmedGroup": w.groups,
            "State": w.foreign_states,
            "MediaWing": w.wings,
            "Ministry": w.ministries,
            "Organization": w.orgs,
            "NewsAgency": w.agencies,
        }.get(kind, [])

    def claimant(self, ctype: str, *, voice: bool, exclude: tuple[str, ...] = ()) -> str:
        rng = self.rng
        for _ in range(8):
            kind = (
                self.profile.claimants[ctype].pick(rng) if ctype in self.profile.claimants else "Government"
            )
            if kind == ARTICLE:
                if voice:
                    return ARTICLE
                continue
            if kind == "Government" and self.province in self.world.province_gov and rng.random() < 0.5:
                key = self.world.province_gov[self.province]
            else:
                pool = self.pool(kind)
                if not pool:
                    continue
                key = rng.choice(pool)
            if key not in exclude:
                return key
        fallback = [k for k in self.world.forces + self.world.governments if k not in exclude]
        return rng.choice(fallback)

    def speaker(self, claimant: str) -> tuple[str, str | None]:
        """How the text names the claimant, and the role (post) it speaks in, if any."""
        w, rng = self.world, self.rng
        actor = w.actors[claimant]
        if actor.holds and rng.random() < self.share["role"]:
            role = actor.holds[0]
            post = w.post_labels[role]
            title, sep, seat = post.partition(" of ")
            if sep and not seat.startswith("the "):
                forms = [f"{seat}'s {title}, {actor.label}", f"{title} {actor.label}"]
            else:
                forms = [f"{title}{sep}{seat}, {actor.label}"]
            return rng.choice(forms), role
        return rng.choice(actor.forms), None

    def issued_by(self, claimant: str, role: str | None) -> str | None:
        w = self.world
        if claimant == ARTICLE or self.rng.random() >= self.share["issued_by"]:
            return None
        actor = w.actors[claimant]
        options = [actor.issuing_body] if actor.issuing_body else []
        options += [k for k in w.wings if w.actors[k].acts_for == claimant]
        if role:
            options.append(w.post_org[role])
        options = [o for o in options if o and o != claimant]
        return self.rng.choice(options) if options else None

    def label(self, key: str) -> str:
        return "The article" if key == ARTICLE else self.world.actors[key].label

    def new_key(self, base: str) -> str:
        key, n = slug(base)[:60].strip("-"), 1
        candidate = key
        while candidate in self.claim_keys:
            n += 1
            candidate = f"{key}-{n}"
        self.claim_keys.add(candidate)
        return candidate

    # ---- claims
    def claim(self, ctype: str) -> None:
        if ctype == "CasualtyClaim":
            self.casualty(self.pick_event(ctype))
        elif ctype == "Accusation":
            self.accusation()
        elif ctype == "Denial":
            self.denial(elsewhere=self.rng.random() < self.share["denial_elsewhere"])
        else:
            self.statement(ctype, self.pick_event(ctype))

    def emit(
        self, template: str, fields: dict, claims: list[Claim], report: Report | None, extra=None
    ) -> None:
        quotes = {"[[": claims[0].quote}
        if extra is not None:
            quotes["<<"] = extra
        sentence = Sentence(template, fields, quotes)
        for c in claims[1:]:
            c.quote = claims[0].quote
        self.claims.extend(claims)
        (self.groups[report.event.key] if report else self.loose).append(sentence)

    def common(self, ctype: str, claimant: str, template: str, fields: dict, report: Report | None) -> Claim:
        """Fill the fields every claim type shares (wording, role, time, events) into `fields` and a Claim."""
        rng, share = self.rng, self.share
        role = wording = None
        if claimant != ARTICLE:
            form, role = self.speaker(claimant)
            # an appositive closes with a comma: "Pakistan's Interior Minister, Mohsin Naqvi, said"
            spoken = form + "," if ", " in form else form
            fields["who"], fields["Who"] = spoken, cap(spoken)
            if rng.random() < share["wording"]:
                wording = cap(form) if "{Who}" in template else form
        claim = Claim(
            "", ctype, claimant, Q(), [report.event.key] if report else [], [], role=role, wording=wording
        )
        claim.issued_by = self.issued_by(claimant, role)
        when = ""
        if "{when}" in template:
            if rng.random() < share["claim_time"]:
                claim.time = rng.choice(T.WEEKDAYS)
                when = f" on {claim.time}"
            elif rng.random() < share["claim_date"]:
                when, _, claim.date = self.date()
        fields["when"] = when
        if report is not None and rng.random() < share["second_event"]:
            others = [r.event.key for r in self.reports if r is not report]
            if others:
                claim.events.append(rng.choice(others))
        if report is not None:
            fields.setdefault("ev", report.ref)
            fields.setdefault("Ev", cap(report.ref))
            fields.setdefault("place", self.world.places[report.event.place].label)
        fields.setdefault("place", self.prov_label)
        fields.setdefault("province", self.prov_label)
        return claim

    def describe(self, claim: Claim, **fields) -> None:
        if self.rng.random() < self.share["description"]:
            report = self.ev_of.get(claim.events[0]) if claim.events else None
            fields.setdefault("event", report.ref if report else "the events")
            fields.setdefault("place", self.prov_label)
            claim.description = T.DESCRIPTIONS[claim.type].format(
                claimant=self.label(claim.claimant), **fields
            )

    def figure(self, cls: str, victims: str) -> int:
        """A curated figure for this kind of event and victims (else this kind of event), scaled by e^±0.7."""
        rng, values = self.rng, self.profile.values
        if rng.random() < self.share["zero_figure"]:
            return 0
        base = rng.choice(values.get(f"{cls}:{victims}") or values.get(cls) or values["*"])
        return max(1, round(base * math.exp(rng.uniform(-0.7, 0.7))))

    def number(self, value: int) -> str:
        if value <= 10 and self.rng.random() < 0.5:
            return T.NUMBER_WORDS[value]
        return str(value)

    def casualty(self, report: Report | None, force_rival: bool = False) -> None:
        rng, profile, share = self.rng, self.profile, self.share
        report = report or self.main
        cls = event_class(report.event.type)
        outcome = profile.outcomes.pick(rng)
        victims = profile.victims[cls].pick(rng)
        value = self.figure(cls, victims)
        hedge = profile.hedges.pick(rng) if value else "exact"
        pair_share = share["figure_pair"]
        pair = value > 0 and rng.random() < pair_share / (2 - pair_share)
        claimant = self.claimant("CasualtyClaim", voice=True)
        voice = "article" if claimant == ARTICLE else ""
        figures = [(victims, value, hedge)]
        if pair:
            other = profile.victims[cls].pick(rng)
            if other != victims:
                figures.append((other, max(1, self.figure(cls, other)), profile.hedges.pick(rng)))
        words = [rng.choice(T.VICTIM_WORDS[v]) for v, _, _ in figures]
        nums = [self.number(v) for _, v, _ in figures]
        texts = [rng.choice(T.HEDGE_WORDS[h]) + n for (_, _, h), n in zip(figures, nums, strict=True)]
        if len(figures) == 2:
            key = "CasualtyClaim:pair"
        elif value == 0:
            key = "CasualtyClaim:zero"
        else:
            key = "CasualtyClaim"
        key += ":article" if voice else ""
        template = self.fresh(T.CLAIMS[key])
        fields = {"pp": T.OUTCOME_WORDS[outcome], "victims": words[0], "n": texts[0], "N": cap(texts[0])}
        if len(figures) == 2:
            fields.update(victims2=words[1], n2=texts[1])
        first = self.common("CasualtyClaim", claimant, template, fields, report)
        claims = []
        for i, (v, val, h) in enumerate(figures):
            c = replace(first, events=list(first.events)) if i else first
            expression = f"{nums[i]} {words[i]}" if val else words[i]
            c.fields = [("outcome", outcome), ("victims", v), ("value", val), ("hedge", h)]
            c.fields.append(("victim_expression", expression))
            c.key = self.new_key(f"{claimant}-{val}-{v}-{outcome}")
            c.description = None
            self.describe(c, n=texts[i], victims=words[i], pp=T.OUTCOME_WORDS[outcome])
            claims.append(c)
        self.emit(template, fields, claims, report)
        rival_share = share["rival_figure"]
        if value and (force_rival or rng.random() < rival_share / (2 - rival_share)):
            self.rival(report, claimant, outcome, victims, value)

    def rival(self, report: Report, first: str, outcome: str, victims: str, value: int) -> None:
        rng = self.rng
        w = self.world
        # a rival figure comes from the other side: an armed group against officials, or the reverse
        pool = [*w.forces, *w.governments] if first in w.groups else [*w.groups, *w.commentators]
        claimant = rng.choice([k for k in pool if k != first])
        other = round(value * rng.choice((0.3, 0.5, 2, 3, 5)))
        other = other if other != value else value + 1 + rng.randrange(5)
        template = self.fresh(T.CLAIMS["CasualtyClaim:rival"])
        word = rng.choice(T.VICTIM_WORDS[victims])
        num = self.number(other)
        fields = {"pp": T.OUTCOME_WORDS[outcome], "victims": word, "n": num}
        c = self.common("CasualtyClaim", claimant, template, fields, report)
        c.events = [report.event.key]
        c.fields = [("outcome", outcome), ("victims", victims), ("value", other), ("hedge", "exact")]
        c.fields.append(("victim_expression", f"{num} {word}"))
        c.key = self.new_key(f"{claimant}-{other}-{victims}-{outcome}")
        self.describe(c, n=num, victims=word, pp=T.OUTCOME_WORDS[outcome])
        self.emit(template, fields, [c], report)

    def deniers_of(self, accused: str, accuser: str) -> list[str]:
        w = self.world
        if accused not in self.deniers:
            actor = w.actors[accused]
            state = actor.type == "State"
            self.deniers[accused] = [accused] + [
                k
                for k, a in w.actors.items()
                if a.acts_for == accused and (a.type == "MediaWing" or (state and a.type == "Government"))
            ]
        return [k for k in self.deniers[accused] if k != accuser]

    def home_side(self, key: str) -> bool:
        """Officials, forces, governments, ministries and the state's media wings (not an armed group's)."""
        w = self.world
        if key in w.officials or key in w.forces or key in w.governments or key in w.ministries:
            return True
        return key in w.wings and w.actors[key].acts_for not in w.groups

    def accusation(self, accused: str | None = None, accuser: str | None = None) -> Accusation | None:
        w, rng, share = self.world, self.rng, self.share
        report = self.pick_event("Accusation")
        accuser = accuser or self.claimant("Accusation", voice=False)
        home = self.home_side(accuser)
        fields: dict = {}
        if accused is None and rng.random() < share["accused_actor"]:
            if home:
                if rng.random() < share["accused_state"] and w.foreign_states:
                    accused = rng.choice(w.foreign_states)
                else:
                    accused = rng.choice(w.groups)
            else:
                pool = [*w.forces, *w.governments]
                accused = rng.choice(w.foreign_states) if rng.random() < 0.1 or not pool else rng.choice(pool)
            if accused == accuser:
                accused = None
        if accused is None:
            patterns = T.ALLEGATIONS_FOREIGN + T.ALLEGATIONS_GROUP if home else T.ALLEGATIONS_STATE
        elif w.actors[accused].type == "State":
            patterns = T.ALLEGATIONS_FOREIGN
        elif w.actors[accused].type == "ArmedGroup":
            patterns = T.ALLEGATIONS_GROUP
        else:
            patterns = T.ALLEGATIONS_STATE
        ev = report.ref if report else "the attacks"
        place = w.places[report.event.place].label if report else self.prov_label
        allegation = rng.choice(patterns).format(province=self.prov_label, ev=ev, place=place)
        template = self.fresh(T.CLAIMS["Accusation"])
        unsupported = None
        if rng.random() < share["unsupported"]:
            unsupported = Q()
            fields["unsupported"] = rng.choice(T.UNSUPPORTED)
        else:
            fields["unsupported"] = ""
        if accused is not None:
            fields["accused"] = rng.choice(w.actors[accused].forms)
        else:
            fields["accused"] = rng.choice(T.ACCUSED_EXPRESSIONS if home else T.ACCUSED_EXPRESSIONS_STATE)
        fields["allegation"] = allegation
        c = self.common("Accusation", accuser, template, fields, report)
        if accused is not None:
            c.fields = [("accused", accused)]
        else:
            c.fields = [("accused_expression", fields["accused"])]
        c.fields.append(("allegation", allegation))
        target = accused or slug(fields["accused"])
        c.key = self.new_key(f"{accuser}-accuses-{target}")
        c.unsupported = unsupported
        accused_label = w.actors[accused].label if accused else fields["accused"]
        self.describe(c, accused=accused_label, allegation=allegation)
        self.emit(template, fields, [c], report, unsupported)
        if accused is None:
            return None
        registry_event = c.events[0] if c.events and not self.ev_of[c.events[0]].event.local else None
        acc = Accusation(self.aid, c.key, accuser, accused, allegation, registry_event)
        acc.deniers = self.deniers_of(accused, accuser)
        self.accusations.append(acc)
        return acc

    def denial(self, *, elsewhere: bool, target: Accusation | None = None) -> None:
        rng = self.rng
        here = [a for a in self.accusations if not a.denied and a.deniers]
        if target is not None:
            pass
        elif elsewhere and self.recent:
            at = len(self.recent) - 1 - int(rng.random() ** 2 * len(self.recent))  # favour recent ones
            target = self.recent[at]
            del self.recent[at]
        if target is None and here:
            target = rng.choice(here)
        if target is None:
            for _ in range(4):
                target = self.accusation()
                if target is not None and target.deniers:
                    break
            else:
                return
        target.denied = True
        denier = rng.choice(target.deniers)
        same = target.article == self.aid
        template = self.fresh(T.CLAIMS["Denial" if same else "Denial:earlier"])
        fields = {"accuser": self.world.actors[target.accuser].label, "allegation": target.allegation}
        if same:
            report = self.ev_of.get(
                next((c.events[0] for c in self.claims if c.key == target.key and c.events), "")
            )
        else:
            report = self.ev_of.get(target.event or "")
        c = self.common("Denial", denier, template, fields, report)
        if not same and target.event and not report:
            c.events = [target.event]
        c.fields = [("denies", target.key if same else f"{target.article}#{target.key}")]
        c.key = self.new_key(f"{denier}-denies-{target.accuser}")
        self.describe(c, accuser=self.world.actors[target.accuser].label)
        self.emit(template, fields, [c], report)

    def india_pair(self) -> None:
        """The headline query's default: an accusation against India that India (or its government) denies."""
        w = self.world
        india = "india" if "india" in w.actors else (w.foreign_states[0] if w.foreign_states else None)
        accusers = [*w.officials, *w.forces, *w.governments]
        if india is None or not accusers:
            return
        acc = self.accusation(accused=india, accuser=self.rng.choice(accusers))
        if acc is not None and acc.deniers:
            self.denial(elsewhere=False, target=acc)

    def statement(self, ctype: str, report: Report | None) -> None:
        """Every other claim type: one sentence, one claim."""
        w, rng, share = self.world, self.rng, self.share
        voice = ctype in ("ResponsibilityAttribution", "SituationAssessment", "Characterisation")
        claimant = self.claimant(ctype, voice=voice)
        if ctype == "ResponsibilityClaim" and claimant not in w.groups:
            claimant = rng.choice(w.groups)
        key = ctype + (":article" if claimant == ARTICLE else "")
        fields: dict = {}
        extra: list[tuple[str, object]] = []
        desc: dict = {}
        if ctype in ("CallForInquiry", "AppealForRestraint"):
            if rng.random() < share["addressee"]:
                addressee = rng.choice([k for k in (*w.governments, *w.forces) if k != claimant])
                fields["addressee"] = rng.choice(w.actors[addressee].forms)
                extra.append(("addressee", addressee))
                key += ":addressee"
            elif rng.random() < share["addressee_expression"] and ctype == "AppealForRestraint":
                fields["addressee"] = "all parties"
                extra.append(("addressee_expression", "all parties"))
                key += ":addressee"
        templates = T.CLAIMS[key]
        if report is None:
            templates = tuple(t for t in templates if "{ev}" not in t and "{Ev}" not in t) or templates
            if any("{ev}" in t or "{Ev}" in t for t in templates):
                report = self.main
        template = self.fresh(templates)
        if ctype in ("ResponsibilityClaim", "ResponsibilityAttribution"):
            responsible = (
                claimant
                if ctype == "ResponsibilityClaim"
                else rng.choice([g for g in w.groups if g != claimant])
            )
            form = rng.choice(w.actors[responsible].forms)
            fields.update(group=form, Group=cap(form))
            extra.append(("responsible", responsible))
            desc["responsible"] = w.actors[responsible].label
        elif ctype == "Commendation":
            commended = rng.choice([k for k in w.forces if k != claimant])
            fields["commended"] = rng.choice(w.actors[commended].forms)
            extra.append(("commends", commended))
            desc["commended"] = w.actors[commended].label
        elif ctype == "Characterisation":
            fields["character"] = rng.choice(T.CHARACTERS).format(province=self.prov_label)
        elif ctype == "OperationalClaim":
            fields["k"] = str(rng.randint(3, 40))
        c = self.common(ctype, claimant, template, fields, report)
        c.fields = extra
        c.key = self.new_key(f"{claimant}-{VERBS[ctype]}")
        if report is None:
            desc.setdefault("event", "the situation")
        self.describe(c, **desc)
        self.emit(template, fields, [c], report)

    # ---- mentions
    def plan_mentions(self, intro: list[tuple[str, str]]) -> None:
        w, rng = self.world, self.rng
        for kind, key in intro:
            if kind in ("place", "actor"):
                self.mention(kind, key)
        wanted = jitter(self.profile.mentions, rng, low=0)
        place_share = 0.65
        for _ in range(wanted):
            if rng.random() < place_share:
                pool = w.foreign_countries if rng.random() < 0.5 else self.places
                kind = "place"
            else:
                pool = rng.choice([w.groups, w.governments, w.forces, w.agencies or w.groups])
                kind = "actor"
            if pool:
                self.mention(kind, rng.choice(pool))

    def mention(self, kind: str, key: str) -> None:
        w = self.world
        if (kind, key) in self.mentioned:
            return
        self.mentioned.add((kind, key))
        if kind == "place":
            place = w.places[key]
            label = place.label
            templates = T.MENTIONS["country" if place.type == "Country" else "place"]
        else:
            actor = w.actors[key]
            label = actor.label
            templates = T.MENTIONS.get(actor.type, T.MENTIONS["actor"])
        q = Q()
        the = "the " if label.startswith("United ") else ""  # "with the United States"
        sentence = Sentence(self.fresh(templates), {"label": label, "city": self.city, "the": the}, {"[[": q})
        self.mentions.append((kind, key, q))
        self.loose.append(sentence)

    # ---- text
    def compose(self) -> tuple[str, dict]:
        w, rng, share = self.world, self.rng, self.share
        head: dict = {}
        body: list[Sentence] = []
        order = [self.main.event.key] + [r.event.key for r in self.reports if r is not self.main]
        background = [r.event.key for r in self.reports if r.event.type == "armed-conflict"]
        order = [k for k in order if k not in background] + background
        tail = list(self.loose)
        rng.shuffle(tail)
        for key in order:
            body += self.groups.get(key, [])
            if key == order[0] and tail:
                body.append(tail.pop())
        body += tail
        parts: list[str] = []
        quotes: list[Q] = []
        pos = 0

        def add(text: str) -> None:
            nonlocal pos
            parts.append(text)
            pos += len(text)

        if rng.random() < share["title"]:
            q = Q()
            main = self.main.event.key
            figures = (c for c in self.claims if c.type == "CasualtyClaim" and c.events[0] == main)
            figure = next(
                (c for c in figures if dict(c.fields)["value"] and ("outcome", "killed") in c.fields), None
            )
            templates = T.HEADLINES if figure else T.HEADLINES[1:]
            fields = {
                "Place": w.places[self.main.event.place].label,
                "Province": self.prov_label,
                "Noun": rng.choice(T.EVENTS[self.main.event.type]["noun"]),
            }
            if figure:
                f = dict(figure.fields)
                fields["Figure"] = f"{f['value']} " + " ".join(
                    x.capitalize() for x in T.VICTIM_WORDS[f["victims"]][0].split()
                )
            q.text, q.start = rng.choice(templates).format(**fields), 0
            quotes.append(q)
            head["title"] = q
            add(q.text + "\n\n")
        if rng.random() < share["byline"] and w.journalists:
            author = rng.choice(w.journalists)
            actor = w.actors[author]
            line = f"By {actor.label}" + (f" | {actor.job_title}" if actor.job_title else "")
            q = Q()
            q.text, q.start = line, pos
            quotes.append(q)
            head["byline"] = (author, q)
            add(line + "\n\n")
        if rng.random() < share["dateline"]:
            cities = [p for p in self.places if w.places[p].type == "City"] or w.cities
            city = rng.choice(cities)
            label = w.places[city].label
            dq = Q()
            if rng.random() < share["agency"] and w.agencies:
                agency = rng.choice(w.agencies)
                credit = f"({w.actors[agency].short or w.actors[agency].label})"
                prefix = f"{label.upper()} {credit} — "
                aq = Q()
                body[0].prefix(
                    prefix, [(dq, 0, len(label)), (aq, len(label) + 1, len(label) + 1 + len(credit))]
                )
                head["agency"] = (agency, aq)
            else:
                style = rng.choice(("{L} — ", "{l}: ", "{L}, {c} — "))
                prefix = style.format(L=label.upper(), l=label, c=w.places[w.home_country].label)
                body[0].prefix(prefix, [(dq, 0, len(label))])
            head["dateline"] = (city, dq)
        # filler until the text is as long as a curated article
        target = jitter(self.profile.lengths, rng, low=1500)
        size = pos + sum(len(s.text) + 1 for s in body)
        fillers = list(T.FILLER)
        rng.shuffle(fillers)
        while size < target and len(fillers) > len(T.FILLER) - MAX_FILLER:
            text = fillers.pop().format(province=self.prov_label, Province=self.prov_label, city=self.city)
            at = rng.randint(2, max(2, len(body)))
            body.insert(at, Sentence("{t}", {"t": text}, {}))
            size += len(text) + 1
        sep = "\n\n" if rng.random() < 0.6 else "\n"
        i = 0
        paragraphs = 0
        while i < len(body):
            n = rng.randint(2, 4) if i else rng.randint(1, 2)
            if paragraphs:
                add(sep)
            for j, sentence in enumerate(body[i : i + n]):
                if j:
                    add(" ")
                for q in sentence.quotes:
                    q.start = pos + q.rel
                    quotes.append(q)
                add(sentence.text)
            i += n
            paragraphs += 1
        add("\n")
        story_end = pos
        if rng.random() < share["boilerplate"]:
            add("\n")
            q = Q()
            q.text, q.start = "Share:", pos
            add(rng.choice(T.BOILERPLATE))
            head["boilerplate"] = q
        text = "".join(parts)
        for q in quotes:
            q.occ = occurrence(text, q.text, q.start, story_end)
        if "boilerplate" in head:
            q = head["boilerplate"]
            q.occ = occurrence(text, q.text, q.start, len(text))
        return text, head

    # ---- annotation
    def annotation(self, head: dict) -> str:
        out = [f"article: {self.aid}", "language: en"]
        if "title" in head:
            out.append(f"title: {{{head['title'].yaml()}}}")
        if "byline" in head:
            author, q = head["byline"]
            out.append(f"byline: {{author: {author}, {q.yaml()}}}")
        if "agency" in head:
            agency, q = head["agency"]
            out.append(f"agency: {{actor: {agency}, {q.yaml()}}}")
        if "dateline" in head:
            city, q = head["dateline"]
            out.append(f"dateline: {{place: {city}, {q.yaml()}}}")
        if "boilerplate" in head:
            out.append(f"boilerplate: {{{head['boilerplate'].yaml()}}}")
        if self.mentions:
            out += ["", "mentions:"]
            out += [f"  - {{{kind}: {key}, {q.yaml()}}}" for kind, key, q in self.mentions]
        out += ["", "events:"]
        for r in self.reports:
            e = r.event
            if e.local:
                out += [f"  - id: {e.key}", f"    label: {yq(e.label)}", f"    type: {e.type}"]
            else:
                out.append(f"  - ref: {e.key}")
            out += r.quote.lines("    ")
            out.append(f"    places: [{', '.join(r.places)}]")
            if r.place_expression:
                out.append(f"    place_expression: {yq(r.place_expression)}")
            if r.date:
                out.append(f"    date: {yq(r.date[0])}")
            if r.time:
                out.append(f"    time: {yq(r.time)}")
            if r.duration:
                out.append(f"    duration: {yq(r.duration)}")
            if r.part_of:
                out.append(f"    part_of: {r.part_of}")
            for name in ("conducted_by", "targeted", "participants"):
                keys = getattr(r, name)
                if keys:
                    out.append(f"    {name}: [{', '.join(keys)}]")
            out.append("")
        out += ["claims:"]
        for c in self.claims:
            out += [f"  - id: {c.key}", f"    type: {c.type}", f"    claimant: {c.claimant}"]
            if c.role:
                out.append(f"    role: {c.role}")
            if c.wording:
                out.append(f"    wording: {yq(c.wording)}")
            if c.issued_by:
                out.append(f"    issued_by: {c.issued_by}")
            out += c.quote.lines("    ")
            if c.description:
                out.append(f"    description: {yq(c.description)}")
            if c.events:
                out.append(f"    events: [{', '.join(c.events)}]")
            if c.time:
                out.append(f"    time: {yq(c.time)}")
            if c.date:
                out.append(f"    date: {yq(c.date[0])}")
            if c.unsupported:
                out.append(f"    unsupported: {{{c.unsupported.yaml()}}}")
            for name, value in c.fields:
                out.append(
                    f"    {name}: {value if isinstance(value, int) or name in _KEYS else yq(str(value))}"
                )
            out.append("")
        return "\n".join(out).rstrip("\n") + "\n"


_KEYS = frozenset({"accused", "responsible", "commends", "addressee", "outcome", "victims", "hedge"})
VERBS = {
    "ResponsibilityClaim": "claims-responsibility",
    "ResponsibilityAttribution": "attributes-responsibility",
    "Commendation": "commends",
    "CallForInquiry": "calls-for-inquiry",
    "AppealForRestraint": "appeals-for-restraint",
    "SituationAssessment": "assesses-situation",
    "Characterisation": "characterises",
    "OperationalClaim": "reports-operation",
    "Pledge": "pledges",
}


# --- the command ---------------------------------------------------------------------------------------
@dataclass
class SynthResult:
    out_dir: Path
    articles: int
    curated: int
    registry: dict[str, int]
    seconds: float


def check_target(out_dir: Path, force: bool, shown: Path | None = None) -> None:
    """Refuse to overwrite anything but an empty directory or, with --force, an earlier synth output that
    holds nothing else (core/publish.py decides what claimgraph provably wrote)."""
    from claimgraph.core.publish import check_dir_target

    shown = shown or out_dir
    if out_dir.exists() and not out_dir.is_dir():
        raise ClaimgraphError(f"{shown}: exists and is not a directory")
    if not out_dir.exists() or not any(out_dir.iterdir()):
        return
    if not force:
        raise ClaimgraphError(
            f"{shown}: exists and is not empty; refusing to overwrite it "
            "(use --force to replace a corpus written by claimgraph synth)"
        )
    check_dir_target(out_dir, "synth")


def synthesize(
    out_dir: Path,
    articles: int,
    seed: int,
    *,
    force: bool = False,
    curated: bool = True,
    progress: Callable[[str], None] | None = None,
) -> SynthResult:
    """Write a synthetic corpus of `articles` articles (plus, by default, the curated ones) to `out_dir`."""
    from claimgraph.core.resources import resource_dir
    from claimgraph.corpus.inputs import load_corpus

    if articles < 1:
        raise ClaimgraphError(f"--articles must be at least 1, got {articles}")
    started = time.perf_counter()
    shown = Path(out_dir)
    out_dir = shown.resolve()  # so that the staging directory is a sibling even for "." or a symlink
    check_target(out_dir, force, shown)
    data = resource_dir("data")
    corpus = load_corpus(data, resource_dir("ontology"))
    profile = measure(corpus)
    world = World(corpus.registry, corpus, profile, seed)
    writer = Writer(world, profile, seed, max(6, len(str(articles))))

    staging = out_dir.parent / f".{out_dir.name}.synth-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        staging.mkdir()  # not mkdtemp: the corpus gets the umask's permissions, not 0700
    except OSError as exc:
        raise ClaimgraphError(f"{shown}: cannot create the corpus ({exc.strerror})") from None
    try:
        (staging / "articles").mkdir()
        (staging / "annotations").mkdir()
        copied = 0
        if curated:
            for sub in ("articles", "annotations"):
                for path in sorted((data / sub).iterdir()):
                    if path.suffix in (".txt", ".yaml"):
                        shutil.copyfile(path, staging / sub / path.name)
                        copied += sub == "articles"
        art_dir, ann_dir = str(staging / "articles"), str(staging / "annotations")
        for k in range(1, articles + 1):
            aid, text, annotation = writer.article(k)  # streamed out: nothing of an article is kept
            with open(f"{art_dir}/{aid}.txt", "wb") as fh:
                fh.write(text.encode())
            with open(f"{ann_dir}/{aid}.yaml", "wb") as fh:
                fh.write(annotation.encode())
            if progress and k % PROGRESS_EVERY == 0 and k < articles:
                progress(f"synth: {k}/{articles} articles ({time.perf_counter() - started:.1f} s)")
        header = (
            f"# Synthetic corpus: claimgraph synth --articles {articles} --seed {seed} (claimgraph "
            f"{__version__}).\n# The curated registry follows unchanged; synthetic entries close each "
            "section and carry no external identifiers.\n"
        )
        registry = world.registry_text((data / "registry.yaml").read_text(encoding="utf-8"), header)
        (staging / "registry.yaml").write_bytes(registry.encode())
        counts = {s: world.counts[s] for s in ("places", "actors", "posts", "events")}
        marker = {
            "generator": GENERATOR,
            "version": __version__,
            "format": FORMAT,
            "articles": articles,
            "seed": seed,
            "curated_articles": copied,
            "synthetic_registry_entries": counts,
            "profile": profile.summary(),
        }
        (staging / MARKER).write_text(json.dumps(marker, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        _swap(staging, out_dir, force, shown)
    except OSError as exc:  # a full disk, a permission: one line, and nothing left behind
        shutil.rmtree(staging, ignore_errors=True)
        raise ClaimgraphError(f"{shown}: cannot write the corpus ({exc.strerror})") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return SynthResult(shown, articles, copied, counts, time.perf_counter() - started)


def _swap(staging: Path, target: Path, force: bool, shown: Path) -> None:
    from claimgraph.core.publish import publish_dir

    check_target(target, force, shown)  # again: the directory may have changed while we wrote
    publish_dir(staging, target, "synth")


def report_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
