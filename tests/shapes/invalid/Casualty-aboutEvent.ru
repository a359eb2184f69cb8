#+ shape: cgsh:Casualty-aboutEvent
#+ focus: id:claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost
#+ path: cg:aboutEvent
#+ component: sh:MinCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A figure that counts no event.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/004_e6948105772ef9ec/bla-leader-claims-seven-fighters-lost> cg:aboutEvent ?event . }
