#+ shape: cgsh:Resource-dateDatatype
#+ focus: id:event/radd-ul-fitna-1
#+ path: cg:date
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# An ill-typed partial date: month 13 (pySHACL rejects the lexical form).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE WHERE { <event/radd-ul-fitna-1> cg:date ?date . } ;
INSERT DATA { <event/radd-ul-fitna-1> cg:date "2024-13"^^xsd:gYearMonth . }
