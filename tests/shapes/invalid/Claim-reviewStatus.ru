#+ shape: cgsh:Claim-reviewStatus
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:reviewStatus
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# A review status from another scheme.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>

DELETE WHERE { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:reviewStatus ?status . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:reviewStatus cgv:killed . }
