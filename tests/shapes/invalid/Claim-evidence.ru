#+ shape: cgsh:Claim-evidence
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:evidence
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim without evidence (the anchor stays).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:evidence ?anchor . }
