#+ shape: cgsh:State-territory
#+ focus: id:actor/india
#+ path: cg:territory
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A state whose territory is a province.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <actor/india> cg:territory <place/india> . } ;
INSERT DATA { <actor/india> cg:territory <place/balochistan> . }
