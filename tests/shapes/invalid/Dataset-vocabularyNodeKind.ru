#+ shape: cgsh:Dataset-vocabularyNodeKind
#+ focus: id:dataset
#+ path: void:vocabulary
#+ component: sh:NodeKindConstraintComponent
#+ severity: Violation
#+ engine: core
# A vocabulary given as a string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT DATA { <dataset> void:vocabulary "https://schema.org/" . }
