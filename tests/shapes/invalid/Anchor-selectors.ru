#+ shape: cgsh:Anchor-selectors
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815
#+ path: oa:hasSelector
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A third selector.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815> oa:hasSelector <anchor/004_e6948105772ef9ec/1804-1815/xpath> . <anchor/004_e6948105772ef9ec/1804-1815/xpath> a oa:XPathSelector . }
