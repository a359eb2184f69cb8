#+ shape: cgsh:QuoteSelector
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/quote
#+ path: oa:start
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# An offset on the quote selector.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX oa: <http://www.w3.org/ns/oa#>

INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:start "1804"^^xsd:nonNegativeInteger . }
