#+ shape: cgsh:Dataset-dataDumpNodeKind
#+ focus: id:dataset
#+ path: void:dataDump
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# A dump given as a string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT DATA { <dataset> void:dataDump "https://w3id.org/claimgraph/dump/dataset.ttl" . }
