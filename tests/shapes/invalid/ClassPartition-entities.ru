#+ shape: cgsh:ClassPartition-entities
#+ path: void:entities
#+ component: sh:DatatypeConstraintComponent
#+ severity: Violation
#+ engine: core
# An instance count typed xsd:decimal.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE { ?partition void:entities ?n . }
INSERT { ?partition void:entities "3.0"^^xsd:decimal . }
WHERE { ?partition void:class cg:Denial ; void:entities ?n . }
