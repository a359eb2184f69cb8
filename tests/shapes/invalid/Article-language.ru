#+ shape: cgsh:Article-language
#+ focus: id:article/004_e6948105772ef9ec
#+ path: dcterms:language
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# The article loses its language.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE WHERE { <article/004_e6948105772ef9ec> dcterms:language ?language . }
