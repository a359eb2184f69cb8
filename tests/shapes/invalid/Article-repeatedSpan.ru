#+ shape: cgsh:Article-repeatedSpan
#+ focus: id:article/004_e6948105772ef9ec
#+ path: cg:repeatedSpan
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A second repeated span.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <article/004_e6948105772ef9ec> cg:repeatedSpan <anchor/004_e6948105772ef9ec/0-132> . }
