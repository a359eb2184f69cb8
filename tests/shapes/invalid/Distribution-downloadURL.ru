#+ shape: cgsh:Distribution-downloadURL
#+ focus: id:dataset/distribution/nq
#+ path: dcat:downloadURL
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# A download URL as a string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcat: <http://www.w3.org/ns/dcat#>

DELETE WHERE { <dataset/distribution/nq> dcat:downloadURL ?url . } ;
INSERT DATA { <dataset/distribution/nq> dcat:downloadURL "https://w3id.org/claimgraph/dump/dataset.nq" . }
