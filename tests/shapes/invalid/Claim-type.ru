#+ shape: cgsh:Claim-type
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: rdf:type
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim also typed with a class that is not a claim type.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> a schema:Claim . }
