#+ shape: cgsh:Article-author
#+ focus: id:article/004_e6948105772ef9ec
#+ path: schema:author
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A place given as the author.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

INSERT DATA { <article/004_e6948105772ef9ec> schema:author <place/quetta> . }
