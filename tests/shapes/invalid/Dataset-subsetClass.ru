#+ shape: cgsh:Dataset-subsetClass
#+ focus: id:dataset
#+ path: void:subset
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A subset (well described otherwise) that is not typed void:Dataset.
BASE <https://w3id.org/claimgraph/id/>
PREFIX schema: <https://schema.org/>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT DATA { <dataset> void:subset <dataset/extra> . <dataset/extra> schema:name "https://w3id.org/claimgraph/id/graph/extra" . }
