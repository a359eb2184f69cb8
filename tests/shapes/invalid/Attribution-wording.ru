#+ shape: cgsh:Attribution-wording
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution
#+ path: cg:wording
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two wordings.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> cg:wording "the expert" . }
