#+ shape: cgsh:Distribution
#+ focus: id:dataset/distribution/nq
#+ path: dcterms:format
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A property the distributions do not use.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <dataset/distribution/nq> dcterms:format "N-Quads" . }
