#+ shape: cgsh:State-domain
#+ focus: id:actor/bla
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# An armed group with a territory: among actors only states have one.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <actor/bla> cg:territory <place/balochistan> . }
