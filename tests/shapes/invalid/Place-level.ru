#+ shape: cgsh:Place-level
#+ focus: id:place/quetta
#+ path: rdf:type
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A place typed with two administrative levels.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <place/quetta> a cg:District . }
