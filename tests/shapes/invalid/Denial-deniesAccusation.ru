#+ shape: cgsh:Denial-deniesAccusation
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: cg:denies
#+ component: sh:OrConstraintComponent
#+ severity: Warning
#+ engine: core
# A denial of a characterisation: possible, but normally a denial answers an accusation (advice).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/004_e6948105772ef9ec/naqvi-accuses-india> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/004_e6948105772ef9ec/zahid-hussain-calls-attacks-unprecedented-escalation> . }
