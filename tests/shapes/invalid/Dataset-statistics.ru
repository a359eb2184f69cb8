#+ shape: cgsh:Dataset-statistics
#+ focus: id:dataset
#+ path: void:entities|void:classes|void:properties|void:distinctSubjects|void:distinctObjects
#+ component: sh:MinInclusiveConstraintComponent
#+ severity: Violation
#+ engine: core
# A negative class count.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE WHERE { <dataset> void:classes ?n . } ;
INSERT DATA { <dataset> void:classes "-1"^^xsd:integer . }
