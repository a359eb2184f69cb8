"""Article and claim generation: article k's text and annotation, both from one random stream.

One `Rng` per article, seeded with the seed and the article number; what article k may depend on from
earlier articles is only the events still in the news and the accusations still undenied.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass, field, replace

from claimgraph.synth import templates as T
from claimgraph.synth.annotation import Claim, Report, annotation_text
from claimgraph.synth.profile import ARTICLE, ATTACK_TYPES, OPERATION_TYPES, Profile, event_class
from claimgraph.synth.sampling import Rng, jitter
from claimgraph.synth.text import Q, Sentence, cap, occurrence, slug
from claimgraph.synth.world import ACTIVE_EVENTS, Event, World

# every 10th article (1, 11, 21, ...) carries a denied accusation against India and rival figures
SCHEDULE = 10
NEW_EVENT = 0.1  # chance that a shared incident report introduces a new registry event
RECENT_ACCUSATIONS = 500  # undenied accusations that a later article may deny
MAX_FILLER = 12  # unannotated sentences added to reach a curated article's length


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
        patterns: tuple[str, ...]
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
                    x.capitalize() for x in T.VICTIM_WORDS[str(f["victims"])][0].split()
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
        return annotation_text(self.aid, head, self.mentions, self.reports, self.claims)


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
