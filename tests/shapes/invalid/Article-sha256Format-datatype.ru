#+ shape: cgsh:Article-sha256Format
#+ focus: id:article/004_e6948105772ef9ec
#+ path: cg:sha256
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# The right digest typed xsd:hexBinary instead of xsd:string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . }
INSERT { <article/004_e6948105772ef9ec> cg:sha256 ?typed . }
WHERE { <article/004_e6948105772ef9ec> cg:sha256 ?digest . BIND (STRDT(?digest, xsd:hexBinary) AS ?typed) }
