"""The claim type table (claimgraph.corpus.claim_types) agrees with the parser, the mapper, the ontology,
the shapes and the annotation format document.

The parser and the mapper both walk CLAIM_TYPES; these tests make sure they read each entry the same way
(every declared field, given alone, is accepted by the parser and comes out of the mapper under its
declared predicate), and that what an entry names exists where the rest of the project needs it. Adding a
claim type to the table without its ontology class, properties or shapes, or to the ontology without a
table entry, fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Namespace
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from claimgraph.core.resources import resource_dir
from claimgraph.corpus.claim_types import CLAIM_TYPES, ClaimField, ClaimType
from claimgraph.corpus.vocab import load_vocabulary

from .test_mapping import ACCUSATION, ART, mapped  # noqa: F401 (mapped is a fixture)

ROOT = Path(__file__).resolve().parents[1]
CG = Namespace("https://w3id.org/claimgraph/ontology#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # plain Namespaces: pytest probes module globals
SH = Namespace("http://www.w3.org/ns/shacl#")
CGSH = Namespace("https://w3id.org/claimgraph/shapes#")
VOCAB = load_vocabulary(resource_dir("ontology") / "vocabularies.ttl")
QUOTE = "The army said the situation was under control"
OBJECT_KINDS = {"actor": CG.Actor, "claim": CG.Claim}  # rdfs:range of object properties by field kind
LITERAL_KINDS = {"text": XSD.string, "count": XSD.nonNegativeInteger}
FIELDS = [(t, f) for t in CLAIM_TYPES.values() for f in t.fields]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(resource_dir("ontology") / "claimgraph.ttl")


def sample(spec: ClaimField) -> tuple[str, str]:
    """A valid YAML value for a field of this kind, and the compact object the mapper must produce."""
    if spec.kind == "actor":
        return "india", "id:actor/india"
    if spec.kind == "claim":
        return "naqvi-accuses-india", f"id:claim/{ART}/naqvi-accuses-india"  # ACCUSATION, in the snippet
    if spec.kind == "count":
        return "7", '"7"^^xsd:nonNegativeInteger'
    if spec.kind == "concept":
        concept = sorted(getattr(VOCAB, str(spec.scheme)))[0]
        return concept, f"cgv:{concept}"
    return "some words", '"some words"'


def snippet(ctype: ClaimType, tested: ClaimField) -> str:
    """A claim of this type giving `tested`, plus what the type requires (required fields, events, one of
    its alternatives) and nothing else."""
    given = [f for f in ctype.fields if f.required or f is tested]
    if ctype.one_of and tested.name not in ctype.one_of:
        given.append(ctype.field(ctype.one_of[0]))
    lines = "".join(f"    {f.name}: {sample(f)[0]}\n" for f in given)
    return (
        ACCUSATION
        + f"""\
  - id: the-claim
    type: {ctype.name}
    claimant: pakistan-army
    quote: "{QUOTE}"
    events: [quetta-attack]
"""
        + lines
    )


@pytest.mark.parametrize(("ctype", "spec"), FIELDS, ids=[f"{t.name}.{f.name}" for t, f in FIELDS])
def test_parser_and_mapper_agree_on_every_declared_field(mapped, ctype, spec):  # noqa: F811
    """Catches: a field kind read one way by the parser and mapped another (say counts read or mapped as
    text), a declared field the parser rejects as unknown, or one the mapper skips."""
    m = mapped(claims=snippet(ctype, spec))
    parsed = next(c for c in m.annotation.claims if c.key == "the-claim")
    assert type(parsed.specific[spec.name]) is (int if spec.kind == "count" else str)
    claim = f"id:claim/{ART}/the-claim"
    assert (claim, "rdf:type", f"cg:{ctype.name}") in m.triples
    for f in [f for f in ctype.fields if f.required or f is spec]:
        assert (claim, f"cg:{f.predicate}", sample(f)[1]) in m.triples, f.name


def test_every_table_has_something_to_check():
    """The table was read; an empty one must not pass the parametrised tests vacuously."""
    assert len(CLAIM_TYPES) >= 12 and len(FIELDS) >= 16


def test_the_ontology_declares_exactly_the_claim_types_of_the_table(ontology):
    """Catches: a claim type added to the table but not the ontology, or to the ontology only."""
    declared = {
        str(c).removeprefix(str(CG))
        for c in ontology.subjects(RDFS.subClassOf, CG.Claim)
        if (c, RDF.type, OWL.Class) in ontology
    }
    assert declared == set(CLAIM_TYPES)


@pytest.mark.parametrize(("ctype", "spec"), FIELDS, ids=[f"{t.name}.{f.name}" for t, f in FIELDS])
def test_the_ontology_declares_every_predicate_with_a_matching_kind(ontology, ctype, spec):
    """Catches: a predicate misspelt in the table (the mapper would mint an undeclared term), or a field
    kind that contradicts the property (text mapped to an object property, an actor to a literal)."""
    p = CG[spec.predicate]
    if spec.kind in LITERAL_KINDS:
        assert (p, RDF.type, OWL.DatatypeProperty) in ontology
        assert (p, RDFS.range, LITERAL_KINDS[spec.kind]) in ontology
    else:
        assert (p, RDF.type, OWL.ObjectProperty) in ontology
        if spec.kind in OBJECT_KINDS:
            assert (p, RDFS.range, OBJECT_KINDS[spec.kind]) in ontology


def test_the_shapes_constrain_every_predicate_of_the_table():
    """Catches: a new claim field whose triples no shape checks."""
    shapes = Graph()
    for path in sorted(resource_dir("shapes").glob("*.ttl")):
        shapes.parse(path)
    paths = set(shapes.objects(None, SH.path))
    missing = sorted(f.predicate for _, f in FIELDS if CG[f.predicate] not in paths)
    assert not missing


def test_the_claim_shapes_admit_every_type_and_predicate_of_the_table():
    """Catches: a new type left out of the closed cgsh:Claim shape's targets or of cgsh:Claim-type's
    sh:in, or a new predicate left out of its sh:ignoredProperties: every claim of the type would then be
    reported as a violation."""
    shapes = Graph().parse(resource_dir("shapes") / "claims.ttl")
    claim, claim_type = CGSH.Claim, CGSH["Claim-type"]
    targets = set(shapes.objects(claim, SH.targetClass))
    allowed = set(Collection(shapes, shapes.value(claim, SH.ignoredProperties)))
    types = set(Collection(shapes, shapes.value(claim_type, SH["in"])))
    for name in CLAIM_TYPES:
        assert CG[name] in targets and CG[name] in types, name
    for _, f in FIELDS:
        assert CG[f.predicate] in allowed, f.predicate


def test_concept_fields_name_a_vocabulary_scheme_with_concepts():
    """Catches: a concept field whose scheme is misspelt (the parser would fail on every such claim)."""
    concepts = [f for _, f in FIELDS if f.kind == "concept"]
    assert concepts
    for f in concepts:
        assert getattr(VOCAB, str(f.scheme)), f.name


def test_the_annotation_format_documents_every_type_and_field():
    """Catches: a claim type or field added to the table but not to docs/annotation-format.md."""
    doc = (ROOT / "docs" / "annotation-format.md").read_text(encoding="utf-8")
    for name in CLAIM_TYPES:
        assert re.search(rf"\b{name}\b", doc), name
    for _, f in FIELDS:
        assert re.search(rf"(?<!\w){f.name}:", doc), f.name


def test_declared_fields_read_as_attributes_and_nothing_else_does(mapped):  # noqa: F811
    """The synth profile reads `claim.accused`, `claim.value`...: catches the attribute fallback answering
    for undeclared names (a typo would read as None instead of failing) or not answering at all."""
    m = mapped(claims=ACCUSATION)
    claim = m.annotation.claims[0]
    assert (claim.accused, claim.allegation, claim.value) == ("india", None, None)
    with pytest.raises(AttributeError):
        claim.acused  # noqa: B018
