#+ shape: cgsh:Claim-claimant
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: prov:wasAttributedTo
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim without a claimant (its qualified attribution stays).
BASE <https://w3id.org/claimgraph/id/>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE WHERE { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> prov:wasAttributedTo ?claimant . }
