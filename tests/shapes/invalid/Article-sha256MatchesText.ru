#+ shape: cgsh:Article-sha256MatchesText
#+ focus: id:article/004_e6948105772ef9ec
#+ path: none
#+ component: sh:SPARQLConstraintComponent
#+ severity: Violation
#+ engine: sparql
# A well-formed digest that is not the digest of the stored text (as after editing the text).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . }
INSERT { <article/004_e6948105772ef9ec> cg:sha256 "0000000000000000000000000000000000000000000000000000000000000000" . }
WHERE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . }
