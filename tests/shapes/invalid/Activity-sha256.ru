#+ shape: cgsh:Activity-sha256
#+ path: cg:sha256
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A build without its fingerprint.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>

DELETE { ?build cg:sha256 ?digest . } WHERE { ?build a prov:Activity . ?build cg:sha256 ?digest . }
