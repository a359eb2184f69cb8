#+ shape: cgsh:Distribution-mediaType
#+ focus: id:dataset/distribution/nq
#+ path: dcat:mediaType
#+ component: sh:PatternConstraintComponent
#+ severity: Violation
#+ engine: core
# A media type IRI that is not IANA's.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>

DELETE WHERE { <dataset/distribution/nq> dcat:mediaType ?type . } ;
INSERT DATA { <dataset/distribution/nq> dcat:mediaType <http://purl.org/NET/mediatypes/application/n-quads> . }
