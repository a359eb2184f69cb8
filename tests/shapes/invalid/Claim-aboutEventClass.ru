#+ shape: cgsh:Claim-aboutEventClass
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:aboutEvent
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim about a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:aboutEvent <place/quetta> . }
