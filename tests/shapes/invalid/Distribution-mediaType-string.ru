#+ shape: cgsh:Distribution-mediaType
#+ focus: id:dataset/distribution/nq
#+ path: dcat:mediaType
#+ component: [sh:NodeKindConstraintComponent, sh:PatternConstraintComponent]
#+ severity: Violation
#+ engine: core
# A media type as a plain string "application/n-quads": not an IRI, and so not an IANA media type IRI
# either.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>

DELETE WHERE { <dataset/distribution/nq> dcat:mediaType ?type . } ;
INSERT DATA { <dataset/distribution/nq> dcat:mediaType "application/n-quads" . }
