#+ shape: cgsh:Quote-suffix
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/quote
#+ path: oa:suffix
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A suffix with a language tag.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:suffix ?suffix . }
INSERT { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:suffix ?tagged . }
WHERE { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:suffix ?suffix . BIND (STRLANG(?suffix, "en") AS ?tagged) }
