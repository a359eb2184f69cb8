"""The mapping on small annotation snippets, through the real parser and mapper, against triples written by
hand from reading the snippet.

Why here and not only in the build tests: the rdflib reference build shares `map_article`, so a mapping bug
(a wrong predicate, a dropped field, a default not applied) shows up identically in both builds and the
comparison passes. These tests state what the RDF must be. Namespaces are spelled out below rather than
imported from claimgraph, so a wrong namespace constant fails too.

Each test names the mutation it catches; each was checked by applying that mutation to the mapper or the
claim type table and seeing the test fail.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from claimgraph.core.resources import resource_dir
from claimgraph.corpus.inputs import Article, load_article, open_inputs
from claimgraph.mapping.mapper import map_article

PREFIXES = {
    "https://w3id.org/claimgraph/ontology#": "cg:",
    "https://w3id.org/claimgraph/vocab#": "cgv:",
    "https://w3id.org/claimgraph/id/": "id:",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2001/XMLSchema#": "xsd:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://semanticweb.cs.vu.nl/2009/11/sem/": "sem:",
    "http://www.w3.org/ns/oa#": "oa:",
    "https://schema.org/": "schema:",
    "http://purl.org/dc/terms/": "dcterms:",
}

ART = "art-1"
TEXT = (
    "QUETTA - Pakistan's Interior Minister Mohsin Naqvi on Friday blamed India for backing the attack "
    "on a convoy in Quetta, though no evidence was provided. India rejected the allegation as baseless. "
    "The Baloch Liberation Army said it carried out the attack. "
    "At least 12 soldiers were killed, the military said. "
    "Naqvi praised the army and called for an inquiry by the provincial government. "
    "Residents urged all sides to show restraint. "
    "The army said the situation was under control.\n"
)
REGISTRY = """\
places:
  pakistan: {label: Pakistan, type: Country}
  quetta: {label: Quetta, type: City, located_in: pakistan}
actors:
  mohsin-naqvi: {label: Mohsin Naqvi, type: Person, holds: [interior-minister]}
  ministry-of-interior: {label: Ministry of Interior, type: Ministry}
  pakistan-army: {label: Pakistan Army, type: ArmedForces, issuing_body: ispr}
  ispr: {label: Inter-Services Public Relations, type: MediaWing, acts_for: pakistan-army}
  bla: {label: Baloch Liberation Army, type: ArmedGroup}
  india: {label: India, type: State}
posts:
  interior-minister: {label: Interior Minister, organization: ministry-of-interior}
events:
  quetta-attack: {label: Attack on a convoy in Quetta, type: attack}
"""
ACCUSATION = """\
  - id: naqvi-accuses-india
    type: Accusation
    claimant: mohsin-naqvi
    quote: "Pakistan's Interior Minister Mohsin Naqvi on Friday blamed India for backing the attack"
    accused: india
"""
DENIED = "India rejected the allegation as baseless"
DENIAL = f"""\
  - id: india-denies
    type: Denial
    claimant: india
    quote: "{DENIED}"
    denies: naqvi-accuses-india
"""


def anchor(quote: str) -> str:
    """The anchor IRI of a quote, from where the words stand in TEXT (end-exclusive code points)."""
    assert TEXT.count(quote) == 1, quote
    start = TEXT.index(quote)
    return f"id:anchor/{ART}/{start}-{start + len(quote)}"


def short(term: ox.NamedNode | ox.Literal | ox.BlankNode) -> str:
    if isinstance(term, ox.Literal):
        if term.language:
            return f'"{term.value}"@{term.language}'
        datatype = short(term.datatype)
        return f'"{term.value}"' if datatype == "xsd:string" else f'"{term.value}"^^{datatype}'
    value = term.value
    for ns, prefix in PREFIXES.items():
        if value.startswith(ns):
            return prefix + value[len(ns) :]
    return f"<{value}>"


class Mapped:
    """The triples of one mapped article, compact (`cg:accused`, `"12"^^xsd:nonNegativeInteger`)."""

    def __init__(self, art: Article, quads: list[ox.Quad]) -> None:
        self.annotation = art.annotation
        self.graphs = {short(q.graph_name) for q in quads}
        self.triples = {(short(q.subject), short(q.predicate), short(q.object)) for q in quads}

    def about(self, *subjects: str) -> set[tuple[str, str, str]]:
        return {t for t in self.triples if t[0] in subjects}

    def claim(self, key: str) -> set[tuple[str, str, str]]:
        """A claim's own triples and those of its attribution node."""
        node = f"id:claim/{ART}/{key}"
        return self.about(node, f"{node}/attribution")


@pytest.fixture
def mapped(tmp_path: Path):
    """Write registry, text and annotation into a data directory, then parse and map them for real."""

    def run(claims: str = "", events: str = "", text: str = TEXT) -> Mapped:
        data = tmp_path / "data"
        for sub in ("articles", "annotations"):
            (data / sub).mkdir(parents=True, exist_ok=True)
        (data / "registry.yaml").write_text(REGISTRY, encoding="utf-8")
        (data / "articles" / f"{ART}.txt").write_text(text, encoding="utf-8")
        body = f"article: {ART}\n"
        body += f"events:\n{events}" if events else ""
        body += f"claims:\n{claims}" if claims else ""
        path = data / "annotations" / f"{ART}.yaml"
        path.write_text(body, encoding="utf-8")
        inputs = open_inputs(data, resource_dir("ontology"))
        art = load_article(inputs, path)
        return Mapped(art, map_article(art, inputs.registry))

    return run


def common(key: str, ctype: str, claimant: str, quote: str, label: str | None = None) -> set:
    """What every claim says, written out once: type, label, attribution, report, evidence, review."""
    node = f"id:claim/{ART}/{key}"
    agent = f"id:actor/{claimant}" if claimant != "article" else f"id:article/{ART}"
    return {
        (node, "rdf:type", f"cg:{ctype}"),
        (node, "rdfs:label", f'"{label or key.replace("-", " ")}"@en'),
        (node, "prov:wasAttributedTo", agent),
        (node, "prov:qualifiedAttribution", f"{node}/attribution"),
        (f"{node}/attribution", "rdf:type", "prov:Attribution"),
        (f"{node}/attribution", "prov:agent", agent),
        (node, "cg:reportedIn", f"id:article/{ART}"),
        (node, "cg:evidence", anchor(quote)),
        (node, "cg:reviewStatus", "cgv:curated"),
    }


def test_accusation_by_a_claimant_speaking_in_a_post_he_holds(mapped):
    """Catches: role or wording put on the claim instead of its prov:Attribution, `accused` or `allegation`
    mapped to another predicate or dropped, an aboutEvent/timeExpression/unsupportedNote lost, a claimant
    without an issuing body given a cg:issuedBy."""
    quote = "Pakistan's Interior Minister Mohsin Naqvi on Friday blamed India for backing the attack"
    m = mapped(
        claims=f"""\
  - id: naqvi-accuses-india
    type: Accusation
    claimant: mohsin-naqvi
    role: interior-minister
    wording: "Pakistan's Interior Minister Mohsin Naqvi"
    quote: "{quote}"
    description: Naqvi blames India for the attack.
    events: [quetta-attack]
    time: Friday
    accused: india
    allegation: backing the attack
    unsupported: {{quote: "though no evidence was provided"}}
"""
    )
    c, att = f"id:claim/{ART}/naqvi-accuses-india", f"id:claim/{ART}/naqvi-accuses-india/attribution"
    expected = common("naqvi-accuses-india", "Accusation", "mohsin-naqvi", quote)
    expected -= {(c, "rdfs:label", '"naqvi accuses india"@en')}
    expected |= {
        (c, "rdfs:label", '"Naqvi blames India for the attack."@en'),
        (c, "dcterms:description", '"Naqvi blames India for the attack."@en'),
        (att, "prov:hadRole", "id:post/interior-minister"),
        (att, "cg:wording", '"Pakistan\'s Interior Minister Mohsin Naqvi"'),
        (c, "cg:aboutEvent", "id:event/quetta-attack"),
        (c, "cg:timeExpression", '"Friday"'),
        (c, "cg:accused", "id:actor/india"),
        (c, "cg:allegation", '"backing the attack"'),
        (c, "cg:unsupportedNote", anchor("though no evidence was provided")),
    }
    assert m.claim("naqvi-accuses-india") == expected
    mentions = m.about(f"id:article/{ART}") & {t for t in m.triples if t[1] == "schema:mentions"}
    assert mentions == {
        (f"id:article/{ART}", "schema:mentions", "id:actor/mohsin-naqvi"),
        (f"id:article/{ART}", "schema:mentions", "id:actor/india"),
    }
    assert m.graphs == {f"id:graph/article/{ART}"}


def test_accusation_of_an_unnamed_party(mapped):
    """Catches: accused_expression mapped to cg:accused or another predicate, or not at all."""
    quote = "Pakistan's Interior Minister Mohsin Naqvi on Friday blamed India for backing the attack"
    m = mapped(
        claims=f"""\
  - id: naqvi-accuses
    type: Accusation
    claimant: mohsin-naqvi
    quote: "{quote}"
    accused_expression: India
"""
    )
    c = f"id:claim/{ART}/naqvi-accuses"
    assert m.claim("naqvi-accuses") == common("naqvi-accuses", "Accusation", "mohsin-naqvi", quote) | {
        (c, "cg:accusedExpression", '"India"')
    }


def test_issued_by_defaults_to_the_claimants_issuing_body_and_can_be_overridden(mapped):
    """Catches: the registry's issuing_body default not applied (pakistan-army -> ispr), an explicit
    issued_by not taking precedence, and an issuer not counted as mentioned by the article."""
    quote = "The army said the situation was under control"
    claim = """\
  - id: {key}
    type: SituationAssessment
    claimant: pakistan-army
    quote: "{quote}"
{extra}"""
    m = mapped(
        claims=claim.format(key="army-says-calm", quote=quote, extra="")
        + claim.format(
            key="army-says-calm-too",
            quote="the situation was under control",
            extra="    issued_by: mohsin-naqvi\n",
        )
    )
    c1, c2 = f"id:claim/{ART}/army-says-calm", f"id:claim/{ART}/army-says-calm-too"
    assert m.claim("army-says-calm") == common(
        "army-says-calm", "SituationAssessment", "pakistan-army", quote
    ) | {(c1, "cg:issuedBy", "id:actor/ispr")}
    assert (c2, "cg:issuedBy", "id:actor/mohsin-naqvi") in m.triples
    assert (c2, "cg:issuedBy", "id:actor/ispr") not in m.triples
    assert (f"id:article/{ART}", "schema:mentions", "id:actor/ispr") in m.triples


BLA = "The Baloch Liberation Army said it carried out the attack"


def responsibility(key: str, ctype: str, claimant: str) -> str:
    """A claim that the BLA carried out the Quetta attack, by the BLA itself or by someone else."""
    return f"""\
  - id: {key}
    type: {ctype}
    claimant: {claimant}
    quote: "{BLA}"
    events: [quetta-attack]
    responsible: bla
"""


@pytest.mark.parametrize(
    ("ctype", "claimant"), [("ResponsibilityClaim", "bla"), ("ResponsibilityAttribution", "article")]
)
def test_responsibility_claims_and_the_articles_own_voice(mapped, ctype, claimant):
    """Catches: `responsible` mapped to another predicate than cg:responsibleActor, or dropped;
    `claimant: article` mapped to an actor IRI, or given an issuer."""
    m = mapped(claims=responsibility("bla-named", ctype, claimant))
    c = f"id:claim/{ART}/bla-named"
    assert m.claim("bla-named") == common("bla-named", ctype, claimant, BLA) | {
        (c, "cg:aboutEvent", "id:event/quetta-attack"),
        (c, "cg:responsibleActor", "id:actor/bla"),
    }


def test_denial_of_a_claim_in_the_same_file_rejects_its_claimant(mapped):
    """Catches: cg:denies pointing at the wrong article or key, and the default cg:rejectsClaimsOf (the
    denied claim's claimant, here mohsin-naqvi) not derived."""
    quote = DENIED
    m = mapped(claims=ACCUSATION + DENIAL)
    c = f"id:claim/{ART}/india-denies"
    assert m.claim("india-denies") == common("india-denies", "Denial", "india", quote) | {
        (c, "cg:denies", f"id:claim/{ART}/naqvi-accuses-india"),
        (c, "cg:rejectsClaimsOf", "id:actor/mohsin-naqvi"),
    }


def test_denial_naming_whom_it_rejects_and_denying_another_articles_claim(mapped):
    """Catches: an explicit `rejects` overridden by the default, and `<article>#<key>` mapped into this
    article's claims instead of the named article's."""
    quote = "India rejected the allegation as baseless"
    m = mapped(
        claims=f"""\
  - id: india-denies
    type: Denial
    claimant: india
    quote: "{quote}"
    denies: "other-article#naqvi-accuses-india"
    rejects: pakistan-army
"""
    )
    c = f"id:claim/{ART}/india-denies"
    assert m.claim("india-denies") == common("india-denies", "Denial", "india", quote) | {
        (c, "cg:denies", "id:claim/other-article/naqvi-accuses-india"),
        (c, "cg:rejectsClaimsOf", "id:actor/pakistan-army"),
    }


COUNT = "^^xsd:nonNegativeInteger"


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        (
            "value: 12",
            {("cg:value", "12"), ("cg:minValue", "12"), ("cg:maxValue", "12"), ("cg:hedge", "exact")},
        ),
        (
            "value: 12\n    hedge: exact",
            {("cg:value", "12"), ("cg:minValue", "12"), ("cg:maxValue", "12"), ("cg:hedge", "exact")},
        ),
        (
            "value: 12\n    hedge: at-least",
            {("cg:value", "12"), ("cg:minValue", "12"), ("cg:hedge", "at-least")},
        ),
        (
            "value: 12\n    hedge: more-than",
            {("cg:value", "12"), ("cg:minValue", "13"), ("cg:hedge", "more-than")},
        ),
        ("value: 12\n    hedge: up-to", {("cg:value", "12"), ("cg:maxValue", "12"), ("cg:hedge", "up-to")}),
        ("value: 12\n    hedge: approximately", {("cg:value", "12"), ("cg:hedge", "approximately")}),
        ("min: 10\n    max: 15", {("cg:minValue", "10"), ("cg:maxValue", "15")}),
        ("min: 10", {("cg:minValue", "10")}),
        ("max: 15", {("cg:maxValue", "15")}),
        ("value: 0", {("cg:value", "0"), ("cg:minValue", "0"), ("cg:maxValue", "0"), ("cg:hedge", "exact")}),
    ],
)
def test_hedged_casualty_figures(mapped, figure, expected):
    """Catches: a hedge's bounds wrong (more-than is value + 1, up-to only a maximum, approximately none),
    the default hedge 'exact' not applied, a range mapped as a value, a zero figure dropped as falsy, and
    outcome, victims or victim_expression mapped to the wrong predicate or namespace."""
    quote = "At least 12 soldiers were killed"
    m = mapped(
        claims=f"""\
  - id: soldiers-killed
    type: CasualtyClaim
    claimant: pakistan-army
    quote: "{quote}"
    events: [quetta-attack]
    outcome: killed
    victims: security-personnel
    victim_expression: 12 soldiers
    {figure}
"""
    )
    c = f"id:claim/{ART}/soldiers-killed"
    figures = {(c, p, f"cgv:{o}" if p == "cg:hedge" else f'"{o}"{COUNT}') for p, o in expected}
    assert m.claim("soldiers-killed") == common(
        "soldiers-killed", "CasualtyClaim", "pakistan-army", quote
    ) | figures | {
        (c, "cg:issuedBy", "id:actor/ispr"),
        (c, "cg:aboutEvent", "id:event/quetta-attack"),
        (c, "cg:outcome", "cgv:killed"),
        (c, "cg:victimCategory", "cgv:security-personnel"),
        (c, "cg:victimExpression", '"12 soldiers"'),
    }


@pytest.mark.parametrize(
    ("ctype", "quote", "fields", "specific"),
    [
        (
            "Commendation",
            "Naqvi praised the army",
            "commends: pakistan-army",
            {("cg:commends", "id:actor/pakistan-army")},
        ),
        (
            "CallForInquiry",
            "called for an inquiry by the provincial government",
            "addressee_expression: the provincial government",
            {("cg:addresseeExpression", '"the provincial government"')},
        ),
        (
            "AppealForRestraint",
            "Residents urged all sides to show restraint",
            "addressee: india\n    addressee_expression: all sides",
            {("cg:addressee", "id:actor/india"), ("cg:addresseeExpression", '"all sides"')},
        ),
        ("SituationAssessment", "the situation was under control", "", set()),
        ("Characterisation", "India rejected the allegation as baseless", "", set()),
        ("OperationalClaim", "the military said", "", set()),
        ("Pledge", "Naqvi praised the army", "", set()),
    ],
)
def test_other_claim_types(mapped, ctype, quote, fields, specific):
    """Catches, per type: a field mapped to the wrong predicate or dropped (commends, addressee,
    addresseeExpression), and a type without own fields given any."""
    m = mapped(
        claims=f"""\
  - id: the-claim
    type: {ctype}
    claimant: mohsin-naqvi
    quote: "{quote}"
    {fields}
"""
    )
    c = f"id:claim/{ART}/the-claim"
    assert m.claim("the-claim") == common("the-claim", ctype, "mohsin-naqvi", quote) | {
        (c, p, o) for p, o in specific
    }


def test_event_reports_local_and_registry(mapped):
    """Catches: a local event not typed or labelled in the article graph, a registry event retyped there,
    a role list (conducted_by, targeted, participants) mapped to the wrong predicate, places not
    sem:hasPlace, the date not typed by its precision (YYYY-MM is xsd:gYearMonth)."""
    m = mapped(
        events="""\
  - ref: quetta-attack
    quote: "the attack on a convoy in Quetta"
  - id: army-operation
    label: Army operation near Quetta
    type: military-operation
    quote: "The army said the situation was under control"
    places: [quetta]
    place_expression: near Quetta
    date: "2026-11"
    time: Friday
    duration: week-long
    part_of: quetta-attack
    conducted_by: [pakistan-army]
    targeted: [bla]
    participants: [mohsin-naqvi]
"""
    )
    reg, local = "id:event/quetta-attack", "id:event/army-operation"
    assert m.about(reg) == {
        (reg, "cg:reportedIn", f"id:article/{ART}"),
        (reg, "cg:evidence", anchor("the attack on a convoy in Quetta")),
    }
    assert m.about(local) == {
        (local, "rdf:type", "cg:Event"),
        (local, "rdfs:label", '"Army operation near Quetta"@en'),
        (local, "sem:eventType", "cgv:military-operation"),
        (local, "cg:reportedIn", f"id:article/{ART}"),
        (local, "cg:evidence", anchor("The army said the situation was under control")),
        (local, "sem:hasPlace", "id:place/quetta"),
        (local, "cg:placeExpression", '"near Quetta"'),
        (local, "cg:date", '"2026-11"^^xsd:gYearMonth'),
        (local, "cg:timeExpression", '"Friday"'),
        (local, "cg:durationExpression", '"week-long"'),
        (local, "sem:subEventOf", reg),
        (local, "cg:conductedBy", "id:actor/pakistan-army"),
        (local, "cg:targeted", "id:actor/bla"),
        (local, "cg:participant", "id:actor/mohsin-naqvi"),
    }
    mentioned = {o for s, p, o in m.triples if p == "schema:mentions"}
    assert mentioned == {
        reg,
        local,
        "id:place/quetta",
        "id:actor/pakistan-army",
        "id:actor/bla",
        "id:actor/mohsin-naqvi",
    }


def test_a_quote_becomes_an_anchor_with_hand_counted_offsets(mapped):
    """Catches: offsets off by one (start or end), end inclusive instead of exclusive, prefix/suffix not the
    32 characters around the quote, a selector missing. "India rejected the allegation as baseless" starts
    after "QUETTA - " (9) + the first sentence and its space: counted by hand, 153 to 194."""
    quote = DENIED
    assert TEXT[153:194] == quote  # the hand count, checked against the input itself
    m = mapped(claims=ACCUSATION + DENIAL)
    a = f"id:anchor/{ART}/153-194"
    assert (f"id:claim/{ART}/india-denies", "cg:evidence", a) in m.triples
    assert m.about(a, f"{a}/quote", f"{a}/position") == {
        (a, "rdf:type", "cg:EvidenceAnchor"),
        (a, "rdf:type", "oa:SpecificResource"),
        (a, "oa:hasSource", f"id:article/{ART}"),
        (a, "oa:hasSelector", f"{a}/quote"),
        (a, "oa:hasSelector", f"{a}/position"),
        (f"{a}/quote", "rdf:type", "oa:TextQuoteSelector"),
        (f"{a}/quote", "oa:exact", f'"{quote}"'),
        (f"{a}/quote", "oa:prefix", '"hough no evidence was provided. "'),
        (f"{a}/quote", "oa:suffix", '". The Baloch Liberation Army sai"'),
        (f"{a}/position", "rdf:type", "oa:TextPositionSelector"),
        (f"{a}/position", "oa:start", f'"153"{COUNT}'),
        (f"{a}/position", "oa:end", f'"194"{COUNT}'),
    }


def test_two_items_quoting_the_same_words_share_one_anchor(mapped):
    """Catches: an anchor minted per item (duplicate selectors) instead of per span."""
    m = mapped(
        claims=responsibility("bla-claims", "ResponsibilityClaim", "bla")
        + responsibility("bla-named", "ResponsibilityAttribution", "article")
    )
    anchors = {s for s, p, o in m.triples if p == "rdf:type" and o == "cg:EvidenceAnchor"}
    assert anchors == {anchor(BLA)}
