#+ shape: cgsh:Anchor-quoteSelector
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815
#+ path: oa:hasSelector/rdf:type
#+ component: sh:HasValueConstraintComponent
#+ severity: Violation
#+ engine: core
# The quote selector retyped: the anchor has no quote selector left.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> a oa:TextQuoteSelector . } ;
INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> a oa:XPathSelector . }
