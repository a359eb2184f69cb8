#+ shape: cgsh:Place-level
#+ focus: id:place/quetta
#+ path: rdf:type
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# A place typed only cg:Place, with no administrative level.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <place/quetta> a cg:City . } ;
INSERT DATA { <place/quetta> a cg:Place . }
