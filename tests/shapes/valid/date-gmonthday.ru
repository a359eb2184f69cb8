#+ description: "a day without a year (xsd:gMonthDay) on a claim"
# Partial dates stay partial: "on February 1" without a year.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> cg:date "--02-01"^^xsd:gMonthDay . }
