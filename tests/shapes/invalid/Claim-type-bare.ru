#+ shape: cgsh:Claim-type
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: rdf:type
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# A claim typed only cg:Claim, with no claim type.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> a cg:Characterisation . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> a cg:Claim . }
