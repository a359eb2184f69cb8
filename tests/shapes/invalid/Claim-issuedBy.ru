#+ shape: cgsh:Claim-issuedBy
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:issuedBy
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim issued by a place.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:issuedBy <place/quetta> . }
