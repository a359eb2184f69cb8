#+ shape: cgsh:ClassPartition
#+ path: rdfs:label
#+ component: sh:ClosedConstraintComponent
#+ severity: Violation
#+ engine: core
# A label on a class partition.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX void: <http://rdfs.org/ns/void#>

INSERT { ?partition rdfs:label "denials"@en . } WHERE { ?partition void:class cg:Denial . }
