#+ shape: cgsh:Accusation-accusedGiven
#+ focus: id:claim/004_e6948105772ef9ec/naqvi-accuses-india
#+ path: none
#+ component: sh:OrConstraintComponent
#+ severity: Violation
#+ engine: core
# An accusation that names nobody.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE WHERE { <claim/004_e6948105772ef9ec/naqvi-accuses-india> cg:accused ?accused . }
