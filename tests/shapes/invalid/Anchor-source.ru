#+ shape: cgsh:Anchor-source
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815
#+ path: oa:hasSource
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# An anchor without its article.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815> oa:hasSource <article/004_e6948105772ef9ec> . }
