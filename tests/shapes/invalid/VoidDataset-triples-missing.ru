#+ shape: cgsh:VoidDataset-triples
#+ focus: id:dataset
#+ path: void:triples
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# The dataset without its triple count.
BASE <https://w3id.org/claimgraph/id/>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE WHERE { <dataset> void:triples ?n . }
