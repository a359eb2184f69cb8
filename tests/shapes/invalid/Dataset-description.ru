#+ shape: cgsh:Dataset-description
#+ focus: id:dataset
#+ path: dcterms:description
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two descriptions.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <dataset> dcterms:description "Another description."@en . }
