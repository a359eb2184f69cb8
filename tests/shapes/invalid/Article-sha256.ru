#+ shape: cgsh:Article-sha256
#+ focus: id:article/004_e6948105772ef9ec
#+ path: cg:sha256
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# The article loses its digest.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . }
