#+ shape: cgsh:Attribution
#+ focus: id:claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution
#+ path: rdfs:label
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A label on an attribution node.
BASE <https://w3id.org/claimgraph/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation/attribution> rdfs:label "attribution"@en . }
