"""What one synthetic article says (event reports, claims) and its annotation file in the real format.

The YAML is written line by line rather than through a YAML library: the output must be byte-stable across
library versions, and the layout follows the curated annotation files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimgraph.synth.text import Q, Sentence, yq
from claimgraph.synth.world import Event

_KEYS = frozenset({"accused", "responsible", "commends", "addressee", "outcome", "victims", "hedge"})


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


def annotation_text(
    aid: str, head: dict, mentions: list[tuple[str, str, Q]], reports: list[Report], claims: list[Claim]
) -> str:
    """The annotation file of article `aid`: its head (title, byline, ...), mentions, events and claims."""
    out = [f"article: {aid}", "language: en"]
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
    if mentions:
        out += ["", "mentions:"]
        out += [f"  - {{{kind}: {key}, {q.yaml()}}}" for kind, key, q in mentions]
    out += ["", "events:"]
    for r in reports:
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
    for c in claims:
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
            out.append(f"    {name}: {value if isinstance(value, int) or name in _KEYS else yq(str(value))}")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
