#+ shape: cgsh:Position-start
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/position
#+ path: oa:start
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A start offset typed xsd:integer (same number).
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> oa:start "1804"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> oa:start "1804"^^xsd:integer . }
