#+ shape: cgsh:Event
#+ focus: id:event/balochistan-coordinated-attacks
#+ path: cg:accused
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A sponsor as a bare event property: accusations are claims.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/balochistan-coordinated-attacks> cg:accused <actor/india> . }
