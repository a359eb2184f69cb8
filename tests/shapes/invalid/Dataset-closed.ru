#+ shape: cgsh:Dataset
#+ focus: id:dataset
#+ path: dcterms:creator
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A property the dataset description does not use.
BASE <https://w3id.org/claimgraph/id/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT DATA { <dataset> dcterms:creator "claimgraph contributors" . }
