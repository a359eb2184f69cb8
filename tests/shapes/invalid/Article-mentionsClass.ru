#+ shape: cgsh:Article-mentionsClass
#+ focus: id:article/004_e6948105772ef9ec
#+ path: schema:mentions/rdf:type
#+ component: sh:InConstraintComponent
#+ severity: Violation
#+ engine: core
# The article mentions a post, which is neither an actor, a place nor an event.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>

INSERT DATA { <article/004_e6948105772ef9ec> schema:mentions <post/interior-minister-of-pakistan> . }
