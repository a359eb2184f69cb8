#+ shape: cgsh:Article-title
#+ focus: id:article/004_e6948105772ef9ec
#+ path: dcterms:title
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A second headline.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <article/004_e6948105772ef9ec> dcterms:title "Crackdown in Balochistan"@en . }
