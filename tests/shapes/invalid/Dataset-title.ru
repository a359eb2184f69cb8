#+ shape: cgsh:Dataset-title
#+ focus: id:dataset
#+ path: dcterms:title
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A dataset without a title.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

DELETE WHERE { <dataset> dcterms:title ?title . }
