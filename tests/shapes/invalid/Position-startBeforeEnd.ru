#+ shape: cgsh:Position-startBeforeEnd
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/position
#+ path: oa:start
#+ component: sh:LessThanConstraintComponent
#+ severity: Violation
#+ engine: core
# An empty span (start = end) with an empty quote: the quote still matches the text between the
# offsets, but a span must not be empty.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:exact "Afghanistan" .
                 <anchor/004_e6948105772ef9ec/1804-1815/position> oa:start "1804"^^xsd:nonNegativeInteger ; oa:end "1815"^^xsd:nonNegativeInteger . } ;
INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:exact "" .
                 <anchor/004_e6948105772ef9ec/1804-1815/position> oa:start "1804"^^xsd:nonNegativeInteger ; oa:end "1804"^^xsd:nonNegativeInteger . }
