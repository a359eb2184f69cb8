#+ shape: cgsh:Article-identifier
#+ focus: id:article/004_e6948105772ef9ec
#+ path: dcterms:identifier
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A second identifier.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <article/004_e6948105772ef9ec> dcterms:identifier "004" . }
