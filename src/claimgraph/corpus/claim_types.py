"""The claim types, declared once: each type's own fields, how they are read and what RDF they become.

The annotation parser (`corpus.annotations`) and the mapper (`mapping.mapper`) both walk this table, so a
field cannot be accepted by one and forgotten by the other, and adding a claim type is the ontology, the
shapes, one entry here and its tests (docs/annotation-format.md, "Adding a claim type"). The fields every
claim shares (claimant, role, quote, events, ...) are not repeated here: they map to the attribution
pattern, which is the same for all types.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from claimgraph.core.fields import Fields

Kind = Literal["actor", "text", "claim", "count", "concept"]
"""How a field is read and what its object is:
actor   -- a registry actor key; the object is the actor's IRI (and the article mentions it)
text    -- free text as written; a plain string literal
claim   -- a claim id of this file, or `<article-id>#<claim-id>`; the object is that claim's IRI
count   -- a whole number >= 0; an xsd:nonNegativeInteger literal
concept -- a key of a SKOS scheme of ontology/vocabularies.ttl; the object is the cgv: concept"""

Value = str | int
Rule = Callable[[Fields, dict[str, Value]], None]


@dataclass(frozen=True)
class ClaimField:
    """One type-specific field: its YAML key, kind and the cg: predicate it maps to."""

    name: str
    kind: Kind
    predicate: str  # local name in the cg: namespace
    required: bool = False
    scheme: str | None = None  # concept fields: the claimgraph.corpus.vocab.Vocabulary attribute


@dataclass(frozen=True)
class ClaimType:
    """A subclass of cg:Claim and what an annotation of that type may and must say."""

    name: str  # YAML `type:` and the local name of the cg: class
    fields: tuple[ClaimField, ...] = ()
    events: str | None = None  # when set, `events:` is required; says what the event is to the claim
    one_of: tuple[str, ...] = ()  # at least one of these fields must be given ...
    one_of_message: str = ""  # ... or this is the error
    rule: Rule | None = None  # checks and derived values that relate several fields

    def field(self, name: str) -> ClaimField:
        return next(f for f in self.fields if f.name == name)


def _actor(name: str, predicate: str, *, required: bool = False) -> ClaimField:
    return ClaimField(name, "actor", predicate, required)


def _text(name: str, predicate: str) -> ClaimField:
    return ClaimField(name, "text", predicate)


def _figures(f: Fields, values: dict[str, Value]) -> None:
    """A casualty figure is a value with a hedge or a stated range; the hedge fixes the bounds it commits
    to, so that figures from different claimants can be compared and totalled."""
    value, low, high = values.get("value"), values.get("min"), values.get("max")
    if value is not None and (low is not None or high is not None):
        raise f.error("min" if low is not None else "max", "give 'value' with a hedge, or a range")
    if isinstance(value, int):
        hedge = values.setdefault("hedge", "exact")
        bounds = _bounds(value, str(hedge))
        for key, bound in zip(("min", "max"), bounds, strict=True):
            if bound is not None:
                values[key] = bound
        low, high = bounds
    if isinstance(low, int) and isinstance(high, int) and low > high:
        raise f.error("min", f"min {low} exceeds max {high}")


def _bounds(value: int, hedge: str) -> tuple[int | None, int | None]:
    """The interval a hedged figure commits to; a hedge without a rule here commits to none."""
    return {
        "exact": (value, value),
        "at-least": (value, None),
        "more-than": (value + 1, None),
        "up-to": (None, value),
        "approximately": (None, None),
    }.get(hedge, (None, None))


_RESPONSIBLE = (_actor("responsible", "responsibleActor", required=True),)
_ADDRESSEE = (_actor("addressee", "addressee"), _text("addressee_expression", "addresseeExpression"))

CLAIM_TYPES: dict[str, ClaimType] = {
    t.name: t
    for t in (
        ClaimType(
            "Accusation",
            (
                _actor("accused", "accused"),
                _text("accused_expression", "accusedExpression"),
                _text("allegation", "allegation"),
            ),
            one_of=("accused", "accused_expression"),
            one_of_message="an Accusation needs 'accused' (an actor) or 'accused_expression'",
        ),
        ClaimType(
            "Denial",
            # `rejects` defaults to the claimant of a denied claim of the same file (annotations)
            (ClaimField("denies", "claim", "denies"), _actor("rejects", "rejectsClaimsOf")),
            one_of=("denies", "rejects"),
            one_of_message="a Denial needs 'denies' (a claim id) or 'rejects' (an actor)",
        ),
        ClaimType("ResponsibilityClaim", _RESPONSIBLE, events="the event it is about"),
        ClaimType("ResponsibilityAttribution", _RESPONSIBLE, events="the event it is about"),
        ClaimType(
            "CasualtyClaim",
            (
                ClaimField("outcome", "concept", "outcome", required=True, scheme="outcomes"),
                ClaimField("victims", "concept", "victimCategory", required=True, scheme="victim_categories"),
                ClaimField("value", "count", "value"),
                ClaimField("hedge", "concept", "hedge", scheme="hedges"),
                ClaimField("min", "count", "minValue"),
                ClaimField("max", "count", "maxValue"),
                _text("victim_expression", "victimExpression"),
            ),
            events="the event it counts",
            one_of=("value", "min", "max"),
            one_of_message="a CasualtyClaim needs 'value' (or 'min'/'max' for a range)",
            rule=_figures,
        ),
        ClaimType("Commendation", (_actor("commends", "commends", required=True),)),
        ClaimType("CallForInquiry", _ADDRESSEE),
        ClaimType("AppealForRestraint", _ADDRESSEE),
        ClaimType("SituationAssessment"),
        ClaimType("Characterisation"),
        ClaimType("OperationalClaim"),
        ClaimType("Pledge"),
    )
}
SPECIFIC_FIELDS = frozenset(f.name for t in CLAIM_TYPES.values() for f in t.fields)
