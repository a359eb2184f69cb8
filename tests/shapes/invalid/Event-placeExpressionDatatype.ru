#+ shape: cgsh:Event-placeExpressionDatatype
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:placeExpression
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A place expression with a language tag.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/radd-ul-fitna-1> cg:placeExpression "across the province"@en . }
