#+ shape: cgsh:Commendation-domain
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# cg:commends on a characterisation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:commends <actor/pakistan-security-forces> . }
