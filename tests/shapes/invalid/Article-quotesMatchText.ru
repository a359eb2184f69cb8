#+ shape: cgsh:Article-quotesMatchText
#+ focus: id:article/004_e6948105772ef9ec
#+ path: none
#+ component: sh:SPARQLConstraintComponent
#+ severity: Violation
#+ engine: sparql
# A quote edited after anchoring: the article text at the offsets says something else.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:exact "Afghanistan" . } ;
INSERT DATA { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:exact "Afganistan" . }
