#+ shape: cgsh:Dataset-uriSpace
#+ focus: id:dataset
#+ path: void:uriSpace
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# The URI space as an IRI instead of a string.
BASE <https://w3id.org/claimgraph/id/>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE WHERE { <dataset> void:uriSpace ?space . } ;
INSERT DATA { <dataset> void:uriSpace <https://w3id.org/claimgraph/id/> . }
