#+ shape: cgsh:Appeal-addresseeExpression
#+ focus: id:claim/004_e6948105772ef9ec/us-urges-restraint
#+ path: cg:addresseeExpression
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two addressee wordings.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/us-urges-restraint> cg:addresseeExpression "both countries" . }
