#+ shape: cgsh:Place-noCycle
#+ focus: [id:place/balochistan, id:place/quetta-district]
#+ path: none
#+ component: sh:SPARQLConstraintComponent
#+ severity: Violation
#+ engine: sparql
# Balochistan put inside one of its own districts: a containment cycle of two places. Every place
# still has exactly one parent; only the cycle rule fires, once for each place of the cycle.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <place/balochistan> cg:locatedIn <place/pakistan> . } ;
INSERT DATA { <place/balochistan> cg:locatedIn <place/quetta-district> . }
