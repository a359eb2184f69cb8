#+ shape: cgsh:Anchor-positionSelector
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815
#+ path: oa:hasSelector/rdf:type
#+ component: sh:HasValueConstraintComponent
#+ severity: Violation
#+ engine: core
# The position selector retyped: the anchor has no position selector left.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> a oa:TextPositionSelector . } ;
INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/position> a oa:XPathSelector . }
