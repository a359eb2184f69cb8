#+ shape: cgsh:Resource-evidenceClass
#+ focus: id:actor/bla
#+ path: cg:evidence
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# Evidence that is not an anchor.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <actor/bla> cg:evidence <place/quetta> . }
