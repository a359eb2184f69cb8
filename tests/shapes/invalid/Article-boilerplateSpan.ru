#+ shape: cgsh:Article-boilerplateSpan
#+ focus: id:article/004_e6948105772ef9ec
#+ path: cg:boilerplateSpan
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A place given as the boilerplate span.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <article/004_e6948105772ef9ec> cg:boilerplateSpan <place/quetta> . }
