#+ shape: cgsh:Place-parent
#+ focus: id:place/balochistan
#+ path: cg:locatedIn
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A province that lies in nothing: the chain from its districts and cities no longer reaches a
# country. Reported once, at the province.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <place/balochistan> cg:locatedIn <place/pakistan> . }
