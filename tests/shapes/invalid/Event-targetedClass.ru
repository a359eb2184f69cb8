#+ shape: cgsh:Event-targetedClass
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:targeted
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An event targeting a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/radd-ul-fitna-1> cg:targeted <place/quetta> . }
