#+ shape: cgsh:Responsibility-aboutEvent
#+ focus: id:claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants
#+ path: cg:aboutEvent
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A responsibility attribution about no event.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/001_6c959af80028444d/august-attacks-attributed-to-baloch-militants> cg:aboutEvent ?event . }
