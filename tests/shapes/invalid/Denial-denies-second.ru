#+ shape: cgsh:Denial-denies
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: cg:denies
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A denial of two claims at once.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/002_2c0ba4daa3fd75fe/bugti-accuses-india> . }
