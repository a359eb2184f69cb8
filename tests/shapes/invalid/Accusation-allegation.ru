#+ shape: cgsh:Accusation-allegation
#+ focus: id:claim/004_e6948105772ef9ec/naqvi-accuses-india
#+ path: cg:allegation
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# Two allegations in one accusation.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> cg:allegation "funding militants" . }
