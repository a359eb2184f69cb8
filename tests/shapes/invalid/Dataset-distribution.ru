#+ shape: cgsh:Dataset-distribution
#+ focus: id:dataset
#+ path: dcat:distribution
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A distribution that is not typed dcat:Distribution.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>

INSERT DATA { <dataset> dcat:distribution <dataset/distribution/ttl> . }
