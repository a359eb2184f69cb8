#+ shape: cgsh:Distribution-license
#+ focus: id:dataset/distribution/nq
#+ path: dcterms:license
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two licenses on one distribution.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <dataset/distribution/nq> dcterms:license <https://opendatacommons.org/licenses/odbl/1-0/> . }
