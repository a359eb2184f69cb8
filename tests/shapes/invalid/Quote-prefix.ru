#+ shape: cgsh:Quote-prefix
#+ focus: id:anchor/004_e6948105772ef9ec/1804-1815/quote
#+ path: oa:prefix
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A quote selector without its prefix.
BASE <https://w3id.org/claimgraph/id/>
PREFIX oa: <http://www.w3.org/ns/oa#>

DELETE WHERE { <anchor/004_e6948105772ef9ec/1804-1815/quote> oa:prefix ?prefix . }
