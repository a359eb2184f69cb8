#+ shape: cgsh:Claim-reportedIn
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:reportedIn
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim reported in no article.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:reportedIn ?article . }
