#+ shape: cgsh:Claim-date
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation
#+ path: cg:date
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two (well-typed) dates on one claim.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:date "2025-02-01"^^xsd:date , "2025"^^xsd:gYear . }
