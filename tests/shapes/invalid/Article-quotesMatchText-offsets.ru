#+ shape: cgsh:Article-quotesMatchText
#+ focus: id:article/004_e6948105772ef9ec
#+ path: none
#+ component: sh:SPARQLConstraintComponent
#+ severity: Violation
#+ engine: sparql
# Offsets shifted by one (still start < end): the quote no longer lies at them.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> oa:start "1804"^^xsd:nonNegativeInteger ; oa:end "1815"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> oa:start "1805"^^xsd:nonNegativeInteger ; oa:end "1816"^^xsd:nonNegativeInteger . }
