#+ shape: cgsh:Dataset-classPartitionNodeKind
#+ focus: id:dataset
#+ path: void:classPartition
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# A class partition as a blank node (well described otherwise).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT DATA { <dataset> void:classPartition [ void:class cg:Event ; void:entities 19 ] . }
