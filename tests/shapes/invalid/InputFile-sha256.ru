#+ shape: cgsh:InputFile-sha256
#+ path: cg:sha256
#+ component: sh:PatternConstraintComponent
#+ severity: Violation
#+ engine: core
# A digest cut short by one digit.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE { ?input cg:sha256 ?digest . }
INSERT { ?input cg:sha256 ?short . }
WHERE { ?input dcterms:identifier "data/registry.yaml" . ?input cg:sha256 ?digest . BIND (SUBSTR(?digest, 2) AS ?short) }
