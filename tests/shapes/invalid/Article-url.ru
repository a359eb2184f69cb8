#+ shape: cgsh:Article-url
#+ focus: id:article/004_e6948105772ef9ec
#+ path: schema:url
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# The article URL as a string instead of an IRI.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

INSERT DATA { <article/004_e6948105772ef9ec> schema:url "https://example.org/news/balochistan" . }
