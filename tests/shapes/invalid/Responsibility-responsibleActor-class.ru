#+ shape: cgsh:Responsibility-responsibleActor
#+ focus: id:claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants
#+ path: cg:responsibleActor
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# An event named as the responsible actor.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants> cg:responsibleActor ?actor . } ;
INSERT DATA { <claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants> cg:responsibleActor <event/balochistan-coordinated-attacks> . }
