"""The profile: every distribution the generator samples, measured on the curated articles at run time.

Nothing about the shape of the corpus is hard-coded: claims, events and mentions per article, claim-type mix,
claimants, casualty outcomes, victims, hedges, figures and optional fields are counted on the curated corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from claimgraph.synth import templates as T
from claimgraph.synth.sampling import Weighted

ARTICLE = "article"  # the claimant key of an article's own voice

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
