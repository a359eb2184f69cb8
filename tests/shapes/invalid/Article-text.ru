#+ shape: cgsh:Article-text
#+ focus: id:article/004_e6948105772ef9ec
#+ path: schema:text
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# The article loses its text (the quote and digest checks then have nothing to compare and stay
# silent).
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

DELETE WHERE { <article/004_e6948105772ef9ec> schema:text ?text . }
