#+ shape: cgsh:Claim-issuedByNotClaimant
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:issuedBy
#+ component: sh:DisjointConstraintComponent
#+ severity: Warning
#+ engine: core
# The claimant repeated as the issuing body: advice, not a violation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:issuedBy <actor/zahid-hussain> . }
