#+ shape: cgsh:Article-sha256Format
#+ focus: id:article/004_e6948105772ef9ec
#+ path: cg:sha256
#+ component: sh:PatternConstraintComponent
#+ severity: Violation
#+ engine: core
# The right digest in upper case: the format is wrong, the value is not (the digest check ignores
# case).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . }
INSERT { <article/004_e6948105772ef9ec> cg:sha256 ?upper . }
WHERE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . BIND (UCASE(?digest) AS ?upper) }
