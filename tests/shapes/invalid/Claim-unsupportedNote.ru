#+ shape: cgsh:Claim-unsupportedNote
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:unsupportedNote
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An unsupported-claim note that is not an anchor.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:unsupportedNote <place/quetta> . }
