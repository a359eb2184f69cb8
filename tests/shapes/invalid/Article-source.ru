#+ shape: cgsh:Article-source
#+ focus: id:article/004_e6948105772ef9ec
#+ path: dcterms:source
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# The source path becomes a language-tagged literal.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE { <article/004_e6948105772ef9ec> dcterms:source ?source . }
INSERT { <article/004_e6948105772ef9ec> dcterms:source ?tagged . }
WHERE { <article/004_e6948105772ef9ec> dcterms:source ?source . BIND (STRLANG(?source, "en") AS ?tagged) }
