#+ shape: cgsh:Article
#+ focus: id:article/004_e6948105772ef9ec
#+ path: cg:wording
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# cg:wording belongs to qualified attributions; the closed article shape rejects it.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <article/004_e6948105772ef9ec> cg:wording "the article" . }
