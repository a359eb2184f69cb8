#+ shape: cgsh:Place-locatedIn
#+ focus: id:place/quetta
#+ path: cg:locatedIn
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A city with a second, indirect parent asserted (cg:within is derived, not asserted).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <place/quetta> cg:locatedIn <place/balochistan> . }
