#+ shape: cgsh:Event-timeExpressionDatatype
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:timeExpression
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A time expression with a language tag.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <event/radd-ul-fitna-1> cg:timeExpression "last week"@en . }
