#+ shape: cgsh:Event-conductedByClass
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:conductedBy
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An event conducted by a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/radd-ul-fitna-1> cg:conductedBy <place/quetta> . }
