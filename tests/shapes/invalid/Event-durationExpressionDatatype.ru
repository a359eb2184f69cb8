#+ shape: cgsh:Event-durationExpressionDatatype
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:durationExpression
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A duration as an xsd:duration: the property keeps the wording, not a computed duration.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

INSERT DATA { <event/radd-ul-fitna-1> cg:durationExpression "P7D"^^xsd:duration . }
