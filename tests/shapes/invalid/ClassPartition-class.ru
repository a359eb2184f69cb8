#+ shape: cgsh:ClassPartition-class
#+ path: void:class
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A class partition without its class.
PREFIX cg: <https://w3id.org/claimgraph/ontology#>
PREFIX void: <http://rdfs.org/ns/void#>

DELETE { ?partition void:class cg:Denial . } WHERE { ?partition void:class cg:Denial . }
