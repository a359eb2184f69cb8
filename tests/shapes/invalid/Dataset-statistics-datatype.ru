#+ shape: cgsh:Dataset-statistics
#+ focus: id:dataset
#+ path: void:entities|void:classes|void:properties|void:distinctSubjects|void:distinctObjects
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# A count typed xsd:decimal.
BASE <https://w3id.org/claimgraph/id/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE WHERE { <dataset> void:properties ?n . } ;
INSERT DATA { <dataset> void:properties "96.0"^^xsd:decimal . }
