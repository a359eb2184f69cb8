#+ shape: cgsh:Place-locatedIn
#+ focus: id:place/balochistan
#+ path: cg:locatedIn
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A province located in a state (the actor), not in the country (the place).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <place/balochistan> cg:locatedIn <place/pakistan> . } ;
INSERT DATA { <place/balochistan> cg:locatedIn <actor/pakistan> . }
