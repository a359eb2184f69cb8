#+ shape: cgsh:Event-participantClass
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:participant
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A post as a participant.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/radd-ul-fitna-1> cg:participant <post/president-of-pakistan> . }
