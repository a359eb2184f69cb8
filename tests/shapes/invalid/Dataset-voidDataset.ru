#+ shape: cgsh:Dataset-voidDataset
#+ focus: id:dataset
#+ path: rdf:type
#+ component: sh:HasValueConstraintComponent
#+ severity: Violation
#+ engine: core
# The dataset is no longer typed void:Dataset.
BASE <https://w3id.org/claimgraph/id/>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE DATA { <dataset> a void:Dataset . }
