#+ shape: cgsh:Accusation-accusedExpression
#+ focus: id:claim/004_e6948105772ef9ec/naqvi-accuses-india
#+ path: cg:accusedExpression
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# The accused as worded, with a language tag.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> cg:accusedExpression "Delhi"@en . }
