#+ shape: cgsh:Responsibility-responsibleActor
#+ focus: id:claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants
#+ path: cg:responsibleActor
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A responsibility attribution that names nobody responsible.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants> cg:responsibleActor ?actor . }
