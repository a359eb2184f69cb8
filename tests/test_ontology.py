"""Checks of the claimgraph ontology (ontology/claimgraph.ttl) and its SKOS vocabularies
(ontology/vocabularies.ttl): syntax, header, documentation of every term, agreement with
docs/model.md, the concept schemes, and consistency under HermiT (owlready2) and OWL RL (owlrl).

Every collecting check asserts that it found something, and each reasoner check has a must-fire
counterpart (tests/fixtures/ontology/inconsistent.ttl), so no check can pass vacuously.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import owlready2
import owlrl
import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from claimgraph.check.reasoning import owlrl_errors, rdflib_literal_conversions_restored

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_FILE = ROOT / "ontology" / "claimgraph.ttl"
VOCAB_FILE = ROOT / "ontology" / "vocabularies.ttl"
MODEL_DOC = ROOT / "docs" / "model.md"
INCONSISTENT_FIXTURE = ROOT / "tests" / "fixtures" / "ontology" / "inconsistent.ttl"

CG = Namespace("https://w3id.org/claimgraph/ontology#")
CGV = Namespace("https://w3id.org/claimgraph/vocab#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
ORG = Namespace("http://www.w3.org/ns/org#")
GAF = Namespace("http://groundedannotationframework.org/gaf#")
VANN = Namespace("http://purl.org/vocab/vann/")
# a plain Namespace: rdflib's XSD DefinedNamespace warns when pytest probes module attributes
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

ONTOLOGY_IRI = URIRef("https://w3id.org/claimgraph/ontology")
VOCAB_IRI = URIRef("https://w3id.org/claimgraph/vocab")

PREFIXES = {
    "cg": CG,
    "prov": PROV,
    "sem": SEM,
    "oa": OA,
    "schema": SCHEMA,
    "geo": GEO,
    "org": ORG,
    "gaf": GAF,
    "skos": Namespace(str(SKOS)),
    "dcterms": Namespace(str(DCTERMS)),
    "xsd": XSD,
}
EXTERNAL_PREFIXES = ("prov", "sem", "oa", "schema", "geo", "org", "gaf", "skos", "dcterms")
OWL_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDFS.Datatype,
)

# External terms that claimgraph's data and queries use, with the one OWL type each is declared as.
_C, _OP, _DP, _AP = OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty
EXTERNAL_TERMS = {
    PROV.Agent: _C,
    PROV.Person: _C,
    PROV.Organization: _C,
    PROV.Entity: _C,
    PROV.Attribution: _C,
    PROV.Role: _C,
    PROV.Activity: _C,
    PROV.SoftwareAgent: _C,
    PROV.wasAttributedTo: _OP,
    PROV.qualifiedAttribution: _OP,
    PROV.agent: _OP,
    PROV.hadRole: _OP,
    PROV.actedOnBehalfOf: _OP,
    PROV.used: _OP,
    PROV.wasGeneratedBy: _OP,
    PROV.wasAssociatedWith: _OP,
    SEM.Event: _C,
    SEM.EventType: _C,
    SEM.eventType: _OP,
    SEM.hasPlace: _OP,
    SEM.subEventOf: _OP,
    SEM.hasActor: _OP,
    SEM.hasTimeStamp: _DP,
    OA.SpecificResource: _C,
    OA.TextQuoteSelector: _C,
    OA.TextPositionSelector: _C,
    OA.hasSource: _OP,
    OA.hasSelector: _OP,
    OA.exact: _DP,
    OA.prefix: _DP,
    OA.suffix: _DP,
    OA.start: _DP,
    OA.end: _DP,
    SCHEMA.Claim: _C,
    SCHEMA.NewsArticle: _C,
    SCHEMA.Person: _C,
    SCHEMA.Organization: _C,
    SCHEMA.NewsMediaOrganization: _C,
    SCHEMA.Place: _C,
    SCHEMA.author: _OP,
    SCHEMA.mentions: _OP,
    SCHEMA.text: _DP,
    SCHEMA.jobTitle: _DP,
    GEO.Feature: _C,
    GEO.Geometry: _C,
    GEO.hasGeometry: _OP,
    GEO.asWKT: _DP,
    GEO.wktLiteral: RDFS.Datatype,
    GEO.sfWithin: _OP,
    ORG.Post: _C,
    ORG.Organization: _C,
    ORG.holds: _OP,
    ORG.postIn: _OP,
    GAF.denotedBy: _OP,
    SKOS.Concept: _C,
    SKOS.ConceptScheme: _C,
    SKOS.prefLabel: _AP,
    SKOS.altLabel: _AP,
    SKOS.definition: _AP,
    SKOS.exactMatch: _AP,
    SKOS.closeMatch: _AP,
    SKOS.inScheme: _AP,
    SKOS.notation: _AP,
    SKOS.broader: _AP,
    SKOS.topConceptOf: _AP,
    SKOS.hasTopConcept: _AP,
    DCTERMS.title: _AP,
    DCTERMS.description: _AP,
    DCTERMS.identifier: _AP,
    DCTERMS.source: _AP,
    DCTERMS.language: _AP,
    DCTERMS.creator: _AP,
    DCTERMS.license: _AP,
    DCTERMS.created: _AP,
    VANN.preferredNamespacePrefix: _AP,
    VANN.preferredNamespaceUri: _AP,
    RDFS.label: _AP,
    RDFS.comment: _AP,
    RDFS.seeAlso: _AP,
    RDFS.isDefinedBy: _AP,
}

# Concept schemes: scheme -> (concept class or None for external mirrors, {concept: broader}).
SCHEMES = {
    "event-types": (
        CG.EventType,
        {
            "armed-conflict": None,
            "military-operation": None,
            "intelligence-based-operation": "military-operation",
            "clearance-operation": "military-operation",
            "coordinated-attack": None,
            "attack": None,
            "ambush": "attack",
            "bombing": "attack",
            "armed-clash": None,
            "violence-tally": None,
            "territorial-takeover": None,
            "official-visit": None,
        },
    ),
    "outcomes": (CG.Outcome, {"killed": None, "injured": None, "abducted": None}),
    "victim-categories": (
        CG.VictimCategory,
        {"militants": None, "security-personnel": None, "civilians": None, "people": None},
    ),
    "hedges": (
        CG.Hedge,
        {
            "exact": None,
            "at-least": None,
            "more-than": None,
            "approximately": None,
            "up-to": None,
        },
    ),
    "review-statuses": (CG.ReviewStatus, {"curated": None, "proposed": None}),
    "cameo": (
        None,
        {
            "cameo-042": None,
            "cameo-180": None,
            "cameo-183": None,
            "cameo-190": None,
            "cameo-192": None,
            "cameo-193": None,
        },
    ),
    "acled": (
        None,
        {
            "acled-battles": None,
            "acled-armed-clash": "acled-battles",
            "acled-explosions-remote-violence": None,
            "acled-remote-explosive": "acled-explosions-remote-violence",
            "acled-non-state-actor-overtakes-territory": "acled-battles",
        },
    ),
    "ucdp": (None, {"ucdp-state-based": None, "ucdp-non-state": None, "ucdp-one-sided": None}),
}
MIRROR_SCHEMES = ("cameo", "acled", "ucdp")
MIRROR_SOURCES = {
    "cameo": "CAMEO Event and Actor Codebook v1.1b3 (Schrodt, 2012); GDELT CAMEO.eventcodes.txt",
    "acled": "ACLED Codebook",
    "ucdp": "UCDP GED Codebook",
}
MIRROR_NOTATIONS = {
    "cameo-042": "042",
    "cameo-180": "180",
    "cameo-183": "183",
    "cameo-190": "190",
    "cameo-192": "192",
    "cameo-193": "193",
    "ucdp-state-based": "1",
    "ucdp-non-state": "2",
    "ucdp-one-sided": "3",
}
MIRROR_LABELS = {
    "cameo-042": "Make a visit",
    "cameo-180": "Use unconventional violence, not specified below",
    "cameo-183": "Conduct suicide, car, or other non-military bombing, not specified below",
    "cameo-190": "Use conventional military force, not specified below",
    "cameo-192": "Occupy territory",
    "cameo-193": "Fight with small arms and light weapons",
    "acled-battles": "Battles",
    "acled-armed-clash": "Armed clash",
    "acled-explosions-remote-violence": "Explosions/Remote violence",
    "acled-remote-explosive": "Remote explosive/landmine/IED",
    "acled-non-state-actor-overtakes-territory": "Non-state actor overtakes territory",
    "ucdp-state-based": "State-based conflict",
    "ucdp-non-state": "Non-state conflict",
    "ucdp-one-sided": "One-sided violence",
}
CLOSE_MATCHES = {
    "armed-conflict": {"ucdp-state-based"},
    "military-operation": {"cameo-190", "acled-battles", "ucdp-state-based"},
    "intelligence-based-operation": {"cameo-190", "acled-armed-clash"},
    "clearance-operation": {"cameo-190", "acled-armed-clash"},
    "coordinated-attack": {"cameo-180", "acled-battles", "ucdp-state-based"},
    "attack": {"cameo-180", "acled-battles"},
    "ambush": {"cameo-180", "acled-armed-clash"},
    "bombing": {"cameo-183", "acled-remote-explosive"},
    "armed-clash": {"cameo-193", "acled-armed-clash", "ucdp-state-based"},
    "violence-tally": {"ucdp-state-based"},
    "territorial-takeover": {"cameo-192", "acled-non-state-actor-overtakes-territory"},
    "official-visit": {"cameo-042"},
}


# ---- fixtures and helpers ---------------------------------------------------------------------


def _parse(*paths: Path) -> Graph:
    graph = Graph()
    for path in paths:
        graph.parse(path, format="turtle")
    return graph


@pytest.fixture(scope="module")
def onto() -> Graph:
    return _parse(ONTOLOGY_FILE)


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return _parse(VOCAB_FILE)


@pytest.fixture(scope="module")
def merged() -> Graph:
    return _parse(ONTOLOGY_FILE, VOCAB_FILE)


def _owl_types(graph: Graph, term: URIRef) -> set[URIRef]:
    return {t for t in graph.objects(term, RDF.type) if t in OWL_TYPES}


def _in(namespace: Namespace, term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(namespace))


def _cg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if _in(CG, s)}


def _lang_literals(graph: Graph, subject, predicate, lang: str = "en") -> list[Literal]:
    return [o for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == lang]


def _class_set(graph: Graph, node) -> set:
    """A class expression as a set of named classes: an IRI, or the members of an owl:unionOf."""
    if isinstance(node, BNode):
        union = graph.value(node, OWL.unionOf)
        assert union is not None, f"unexpected class expression {node}"
        return set(Collection(graph, union))
    return {node}


def _expand(token: str) -> URIRef:
    prefix, local = token.split(":", 1)
    return PREFIXES[prefix][local]


def _model_table_rows() -> list[tuple[str, list[str]]]:
    """(section heading, cells) for every body row of every table in docs/model.md."""
    rows, section = [], ""
    for line in MODEL_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            rows.append((section, cells))
    return rows


def _prefixed_names(text: str, prefixes=None) -> list[str]:
    """Prefixed names (`cg:Actor`, `rdfs:subPropertyOf geo:sfWithin`) inside backtick spans."""
    names = []
    for span in re.findall(r"`([^`]+)`", text):
        for prefix, local in re.findall(r"\b([a-z]+):([A-Za-z][A-Za-z0-9]*)\b", span):
            if prefixes is None or prefix in prefixes:
                names.append(f"{prefix}:{local}")
    return names


def _model_cg_terms() -> set[URIRef]:
    terms = set()
    for _, cells in _model_table_rows():
        for cell in cells:
            terms |= {_expand(n) for n in _prefixed_names(cell, ("cg",))}
    return terms


def _owlrl_errors(graph: Graph) -> list[str]:
    """owlrl's inconsistency messages for the graph, via the function `claimgraph check` uses."""
    return owlrl_errors(graph)


def _hermit(graph: Graph, tmp_path: Path) -> owlready2.World:
    """Load the graph into a fresh owlready2 World and run HermiT on it."""
    assert shutil.which("java") or owlready2.JAVA_EXE, "HermiT needs Java"
    path = tmp_path / "merged.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    return world


def _unsatisfiable(world: owlready2.World) -> list[str]:
    """Classes HermiT found equivalent to owl:Nothing (owl:Nothing itself excluded)."""
    nothing = str(OWL.Nothing)
    return sorted(c.iri for c in world.inconsistent_classes() if c.iri != nothing)


# ---- syntax ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, VOCAB_FILE], ids=lambda p: p.name)
def test_parses_with_rdflib_and_pyoxigraph(path: Path) -> None:
    rdflib_count = len(_parse(path))
    oxi_triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert rdflib_count > 100
    assert len(set(oxi_triples)) == rdflib_count


# ---- header ---------------------------------------------------------------------------------


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert _lang_literals(onto, ONTOLOGY_IRI, DCTERMS.title)
    assert _lang_literals(onto, ONTOLOGY_IRI, DCTERMS.description)
    expected = {
        DCTERMS.creator: Literal("claimgraph contributors"),
        DCTERMS.license: URIRef("https://creativecommons.org/licenses/by/4.0/"),
        DCTERMS.created: Literal("2026-11-21", datatype=XSD.date),
        OWL.versionIRI: URIRef("https://w3id.org/claimgraph/ontology/0.1.0"),
        OWL.versionInfo: Literal("0.1.0"),
        VANN.preferredNamespacePrefix: Literal("cg"),
        VANN.preferredNamespaceUri: Literal(str(CG)),
    }
    for predicate, value in expected.items():
        assert list(onto.objects(ONTOLOGY_IRI, predicate)) == [value], predicate
    assert len(set(onto.subjects(RDF.type, OWL.Ontology))) == 1


def test_vocabulary_header(vocab: Graph) -> None:
    assert (VOCAB_IRI, RDF.type, OWL.Ontology) in vocab
    assert _lang_literals(vocab, VOCAB_IRI, DCTERMS.title)
    assert (VOCAB_IRI, VANN.preferredNamespacePrefix, Literal("cgv")) in vocab
    assert (VOCAB_IRI, VANN.preferredNamespaceUri, Literal(str(CGV))) in vocab
    assert (VOCAB_IRI, OWL.imports, None) not in vocab, "imports would make owlready2 fetch"


# ---- documentation of every term --------------------------------------------------------------


def test_every_own_term_is_documented(merged: Graph) -> None:
    subjects = {s for s in merged.subjects() if _in(CG, s) or _in(CGV, s)}
    assert len(subjects) > 100, "found too few cg:/cgv: terms; is a file empty?"
    problems = []
    for term in sorted(subjects):
        labels = _lang_literals(merged, term, RDFS.label)
        if len(labels) != 1:
            problems.append(f"{term}: {len(labels)} rdfs:label@en")
        if not _lang_literals(merged, term, RDFS.comment):
            problems.append(f"{term}: no rdfs:comment@en")
        defined_by = ONTOLOGY_IRI if _in(CG, term) else VOCAB_IRI
        if list(merged.objects(term, RDFS.isDefinedBy)) != [defined_by]:
            problems.append(f"{term}: rdfs:isDefinedBy is not <{defined_by}>")
    assert not problems, "\n".join(problems)


def test_every_comment_and_definition_ends_with_full_stop(merged: Graph) -> None:
    texts = list(merged.triples((None, RDFS.comment, None)))
    texts += list(merged.triples((None, SKOS.definition, None)))
    assert len(texts) > 100
    bad = [f"{s}: {o}" for s, _, o in texts if not str(o).rstrip().endswith(".")]
    assert not bad, "\n".join(bad)


def test_cg_labels_match_local_names(onto: Graph) -> None:
    """schema.org-style lint: a label is the local name spelled out ("armed group", "within")."""
    terms = [t for t in _cg_terms(onto) if _owl_types(onto, t)]
    assert len(terms) > 50

    def norm(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower())

    bad = []
    for term in terms:
        local = str(term)[len(str(CG)) :]
        for label in _lang_literals(onto, term, RDFS.label):
            if norm(label) != norm(local):
                bad.append(f"{term}: {label!r}")
    assert not bad, "\n".join(bad)


# ---- agreement with docs/model.md -------------------------------------------------------------


def test_every_model_cg_term_is_declared(onto: Graph) -> None:
    listed = _model_cg_terms()
    assert len(listed) > 70, f"parsed only {len(listed)} cg: terms from {MODEL_DOC}"
    missing = sorted(t for t in listed if not _owl_types(onto, t))
    assert not missing, f"listed in docs/model.md, not declared: {missing}"


def test_no_cg_term_beyond_model(onto: Graph) -> None:
    declared = {t for t in _cg_terms(onto) if _owl_types(onto, t)}
    assert declared
    extra = sorted(declared - _model_cg_terms())
    assert not extra, f"declared but not listed in docs/model.md: {extra}"


def test_every_model_external_term_is_declared(onto: Graph) -> None:
    listed = set()
    for _, cells in _model_table_rows():
        for cell in cells:
            listed |= {_expand(n) for n in _prefixed_names(cell, EXTERNAL_PREFIXES)}
    assert len(listed) > 20
    missing = sorted(t for t in listed if not _owl_types(onto, t))
    assert not missing, f"used in docs/model.md, not declared: {missing}"


def test_class_alignments_follow_model(onto: Graph) -> None:
    checked = 0
    for section, cells in _model_table_rows():
        if section != "Classes":
            continue
        classes = [_expand(n) for n in _prefixed_names(cells[0], ("cg",))]
        parents = [_expand(n) for n in _prefixed_names(cells[1])]
        for cls in classes:
            assert (cls, RDF.type, OWL.Class) in onto, cls
            for parent in parents:
                assert (cls, RDFS.subClassOf, parent) in onto, f"{cls} ⊑ {parent}"
                checked += 1
    assert checked > 40


def _model_side(text: str):
    """One side of a model.md 'domain -> range' cell as a set of IRIs; None if unspecified."""
    text = text.replace("`", "").strip()
    if text == "any":
        return set()
    if "…" in text:
        return None
    aliases = {"string": XSD.string, "literal": XSD.string, "Attribution": PROV.Attribution}
    names = re.split(r",\s*|\s+or\s+", text)
    return {aliases.get(n) or (_expand(n) if ":" in n else CG[n]) for n in names}


def test_domains_and_ranges_follow_model(onto: Graph) -> None:
    checked = 0
    for section, cells in _model_table_rows():
        if section != "Properties":
            continue
        props = [_expand(n) for n in _prefixed_names(cells[0], ("cg",))]
        if not props:
            continue
        pairs = [p for p in re.split(r",\s*(?=[^,]*->)", cells[1]) if "->" in p]
        if len(pairs) == 1:
            pairs = pairs * len(props)
        assert len(pairs) == len(props), cells
        for prop, pair in zip(props, pairs, strict=True):
            domain_text, range_text = pair.split("->")
            domain, range_ = _model_side(domain_text), _model_side(range_text)
            if domain is not None:
                actual = set()
                for node in onto.objects(prop, RDFS.domain):
                    actual |= _class_set(onto, node)
                assert actual == domain, f"{prop} domain"
                checked += 1
            if range_ is not None:
                actual = set(onto.objects(prop, RDFS.range))
                if len(range_) > 1 and all(_in(PREFIXES["xsd"], r) for r in range_):
                    # several datatypes (cg:date): no rdfs:range, the comment says why
                    assert not actual, f"{prop} must have no rdfs:range"
                    assert "no rdfs:range" in str(onto.value(prop, RDFS.comment))
                else:
                    assert actual == range_, f"{prop} range"
                checked += 1
    assert checked > 60


def test_property_notes_follow_model(onto: Graph) -> None:
    checked = 0
    for section, cells in _model_table_rows():
        if section != "Properties":
            continue
        props = [_expand(n) for n in _prefixed_names(cells[0], ("cg",))]
        note = cells[-1].replace("`", "")
        for parent in re.findall(r"rdfs:subPropertyOf\s+([a-z]+:[A-Za-z]+)", note):
            for prop in props:
                assert (prop, RDFS.subPropertyOf, _expand(parent)) in onto, prop
                checked += 1
        if "owl:TransitiveProperty" in note:
            for prop in props:
                assert (prop, RDF.type, OWL.TransitiveProperty) in onto, prop
                checked += 1
    assert checked >= 7


# ---- OWL hygiene ------------------------------------------------------------------------------


def test_external_terms_are_declared(onto: Graph) -> None:
    problems = []
    for term, owl_type in EXTERNAL_TERMS.items():
        if _owl_types(onto, term) != {owl_type}:
            problems.append(f"{term}: {_owl_types(onto, term)} instead of {owl_type}")
        if len(_lang_literals(onto, term, RDFS.label)) != 1:
            problems.append(f"{term}: needs one rdfs:label@en")
        if not _lang_literals(onto, term, RDFS.comment):
            problems.append(f"{term}: no rdfs:comment@en")
        defined_by = list(onto.objects(term, RDFS.isDefinedBy))
        if len(defined_by) != 1 or not str(term).startswith(str(defined_by[0])):
            problems.append(f"{term}: rdfs:isDefinedBy {defined_by} is not its namespace")
    assert not problems, "\n".join(problems)


def test_each_term_has_one_owl_type(onto: Graph) -> None:
    typed = {s for s in onto.subjects(RDF.type, None) if _owl_types(onto, s)}
    assert len(typed) > 100
    bad = sorted(f"{t}: {_owl_types(onto, t)}" for t in typed if len(_owl_types(onto, t)) > 1)
    assert not bad, "\n".join(bad)
    for prop in onto.subjects(RDF.type, OWL.AnnotationProperty):
        assert (prop, RDFS.domain, None) not in onto, prop
        assert (prop, RDFS.range, None) not in onto, prop


def test_every_term_used_in_the_files_is_declared(onto: Graph, merged: Graph) -> None:
    """Predicates, and classes named by rdf:type or axioms, are declared in claimgraph.ttl."""
    builtin = (str(RDF), str(OWL), str(XSD))
    axioms = (RDF.type, RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)
    used = set(merged.predicates())
    for predicate in axioms:
        used |= {o for o in merged.objects(None, predicate) if isinstance(o, URIRef)}
    for union in merged.objects(None, OWL.unionOf):
        used |= set(Collection(merged, union))
    used = {t for t in used if not str(t).startswith(builtin)}
    used -= {RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range, RDFS.Datatype}
    assert len(used) > 40
    undeclared = sorted(t for t in used if not _owl_types(onto, t))
    assert not undeclared, f"used but not declared: {undeclared}"


def test_disjointness(onto: Graph) -> None:
    assert (CG.Person, OWL.disjointWith, CG.Organization) in onto
    assert (CG.Actor, OWL.disjointWith, CG.Place) in onto
    assert (CG.Event, OWL.disjointWith, CG.Claim) in onto
    assert (CG.Event, OWL.disjointWith, CG.Place) in onto
    claim_types = set(onto.subjects(RDFS.subClassOf, CG.Claim))
    assert len(claim_types) == 12
    for cls in claim_types:
        assert (cls, OWL.disjointWith, None) not in onto, "claim types may overlap"


# ---- concept schemes --------------------------------------------------------------------------


def test_concept_schemes(vocab: Graph) -> None:
    problems = []
    count = 0
    for scheme_name, (concept_class, concepts) in SCHEMES.items():
        scheme = CGV[scheme_name]
        if (scheme, RDF.type, SKOS.ConceptScheme) not in vocab:
            problems.append(f"{scheme}: not a skos:ConceptScheme")
        for predicate in (SKOS.prefLabel, SKOS.definition):
            if len(_lang_literals(vocab, scheme, predicate)) != 1:
                problems.append(f"{scheme}: needs one {predicate}@en")
        in_scheme = set(vocab.subjects(SKOS.inScheme, scheme))
        if in_scheme != {CGV[c] for c in concepts}:
            problems.append(f"{scheme}: members {sorted(in_scheme)}")
        tops = set(vocab.objects(scheme, SKOS.hasTopConcept))
        if tops != {CGV[c] for c, broader in concepts.items() if broader is None}:
            problems.append(f"{scheme}: skos:hasTopConcept {sorted(tops)}")
        for name, broader in concepts.items():
            count += 1
            concept = CGV[name]
            types = set(vocab.objects(concept, RDF.type))
            want = {SKOS.Concept} | ({concept_class} if concept_class else set())
            if types != want:
                problems.append(f"{concept}: types {sorted(types)}")
            pref = _lang_literals(vocab, concept, SKOS.prefLabel)
            definition = _lang_literals(vocab, concept, SKOS.definition)
            if len(pref) != 1 or len(definition) != 1:
                problems.append(f"{concept}: needs one skos:prefLabel@en and skos:definition@en")
                continue
            if _lang_literals(vocab, concept, RDFS.label) != pref:
                problems.append(f"{concept}: rdfs:label differs from skos:prefLabel")
            if _lang_literals(vocab, concept, RDFS.comment) != definition:
                problems.append(f"{concept}: rdfs:comment differs from skos:definition")
            if broader is None:
                if list(vocab.objects(concept, SKOS.topConceptOf)) != [scheme]:
                    problems.append(f"{concept}: should be skos:topConceptOf {scheme}")
                if (concept, SKOS.broader, None) in vocab:
                    problems.append(f"{concept}: top concept with skos:broader")
            else:
                if list(vocab.objects(concept, SKOS.broader)) != [CGV[broader]]:
                    problems.append(f"{concept}: skos:broader should be {broader}")
                if (concept, SKOS.topConceptOf, None) in vocab:
                    problems.append(f"{concept}: narrower concept marked top concept")
    assert count == 40
    assert not problems, "\n".join(problems)


def test_no_unexpected_concepts(vocab: Graph) -> None:
    expected = {CGV[c] for _, concepts in SCHEMES.values() for c in concepts}
    expected |= {CGV[s] for s in SCHEMES}
    found = {s for s in vocab.subjects() if _in(CGV, s)}
    assert found == expected, sorted(found ^ expected)


def test_external_mirrors(vocab: Graph) -> None:
    count = 0
    for scheme_name in MIRROR_SCHEMES:
        scheme = CGV[scheme_name]
        source = Literal(MIRROR_SOURCES[scheme_name])
        assert list(vocab.objects(scheme, DCTERMS.source)) == [source]
        for name in SCHEMES[scheme_name][1]:
            concept = CGV[name]
            count += 1
            assert list(vocab.objects(concept, DCTERMS.source)) == [source], concept
            assert _lang_literals(vocab, concept, SKOS.prefLabel) == [
                Literal(MIRROR_LABELS[name], lang="en")
            ], concept
            notations = [str(n) for n in vocab.objects(concept, SKOS.notation)]
            want = MIRROR_NOTATIONS.get(name, MIRROR_LABELS[name])
            assert notations == [want], concept
            assert (concept, SKOS.closeMatch, None) not in vocab
    assert count == len(MIRROR_LABELS)


def test_event_types_map_to_external_categories(vocab: Graph) -> None:
    event_types = set(vocab.subjects(RDF.type, CG.EventType))
    assert len(event_types) == 12
    mirror_schemes = {CGV[s] for s in MIRROR_SCHEMES}
    for concept in event_types:
        targets = set(vocab.objects(concept, SKOS.closeMatch))
        assert any(set(vocab.objects(t, SKOS.inScheme)) & mirror_schemes for t in targets), (
            f"{concept} has no skos:closeMatch into CAMEO, ACLED or UCDP"
        )
    for name, targets in CLOSE_MATCHES.items():
        actual = set(vocab.objects(CGV[name], SKOS.closeMatch))
        assert actual == {CGV[t] for t in targets}, name


# ---- reasoners --------------------------------------------------------------------------------


def test_owlrl_finds_no_inconsistency(merged: Graph) -> None:
    assert _owlrl_errors(merged) == []


def test_owlrl_closure_uses_the_axioms(merged: Graph) -> None:
    """Sanity check that the closure ran on the axioms (so the empty error list means something)."""
    graph = Graph()
    for triple in merged:
        graph.add(triple)
    with rdflib_literal_conversions_restored():
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    assert (CG.ArmedGroup, RDFS.subClassOf, PROV.Agent) in graph
    assert (CGV["ambush"], RDF.type, SEM.EventType) in graph


def test_owlrl_reports_the_inconsistent_fixture(merged: Graph) -> None:
    graph = _parse(INCONSISTENT_FIXTURE)
    graph += merged
    errors = _owlrl_errors(graph)
    assert len(errors) == 1, errors
    assert "Disjoint classes" in errors[0]
    assert "person-and-organization" in errors[0]


def test_hermit_consistent_and_satisfiable(merged: Graph, tmp_path: Path) -> None:
    started = time.monotonic()
    world = _hermit(merged, tmp_path)  # raises OwlReadyInconsistentOntologyError if inconsistent
    assert _unsatisfiable(world) == []
    assert world[str(CG.Claim)] is not None, "HermiT ran on an ontology without claimgraph terms"
    assert time.monotonic() - started < 120


def test_hermit_reports_the_inconsistent_fixture(merged: Graph, tmp_path: Path) -> None:
    graph = _parse(INCONSISTENT_FIXTURE)
    graph += merged
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _hermit(graph, tmp_path)


def test_hermit_reports_an_unsatisfiable_class(merged: Graph, tmp_path: Path) -> None:
    """Must-fire check for inconsistent_classes(): a class below two disjoint classes."""
    graph = Graph()
    graph += merged
    bad = URIRef("https://w3id.org/claimgraph/test#PersonOrganization")
    graph.add((bad, RDF.type, OWL.Class))
    graph.add((bad, RDFS.subClassOf, CG.Person))
    graph.add((bad, RDFS.subClassOf, CG.Organization))
    world = _hermit(graph, tmp_path)
    assert _unsatisfiable(world) == [str(bad)]
