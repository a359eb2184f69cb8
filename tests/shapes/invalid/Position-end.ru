#+ shape: cgsh:Position-end
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/position
#+ path: oa:end
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A position selector without its end.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> oa:end "1815"^^xsd:nonNegativeInteger . }
