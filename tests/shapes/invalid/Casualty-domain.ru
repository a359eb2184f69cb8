#+ shape: cgsh:Casualty-domain
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# A hedge on a characterisation: only casualty claims have one.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX cgv: <https://w3id.org/claimgraph/vocab#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:hedge cgv:exact . }
