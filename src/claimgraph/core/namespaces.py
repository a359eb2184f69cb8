"""Namespaces shared by the mapping, the queries and the serialisers."""

from __future__ import annotations

BASE = "https://w3id.org/claimgraph/"
CG = BASE + "ontology#"
CGV = BASE + "vocab#"
ID = BASE + "id/"
ONTOLOGY_IRI = BASE + "ontology"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
GEO = "http://www.opengis.net/ont/geosparql#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
DCAT = "http://www.w3.org/ns/dcat#"
VOID = "http://rdfs.org/ns/void#"
ORG = "http://www.w3.org/ns/org#"
GAF = "http://groundedannotationframework.org/gaf#"
SH = "http://www.w3.org/ns/shacl#"
WIKIDATA = "http://www.wikidata.org/entity/"
GEONAMES = "https://sws.geonames.org/"

PREFIXES: dict[str, str] = {
    "cg": CG,
    "cgv": CGV,
    "id": ID,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "prov": PROV,
    "sem": SEM,
    "oa": OA,
    "schema": SCHEMA,
    "geo": GEO,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "dcat": DCAT,
    "void": VOID,
    "org": ORG,
    "gaf": GAF,
    "sh": SH,
    "wd": WIKIDATA,
}


def graph_iri(name: str) -> str:
    return f"{ID}graph/{name}"
