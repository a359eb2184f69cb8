#+ shape: cgsh:VoidDataset-triples
#+ focus: id:dataset/registry
#+ path: void:triples
#+ component: sh:MinInclusiveConstraintComponent
#+ severity: Violation
#+ engine: core
# A negative triple count on a subset.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE WHERE { <dataset/registry> void:triples ?n . } ;
INSERT DATA { <dataset/registry> void:triples "-5"^^xsd:integer . }
