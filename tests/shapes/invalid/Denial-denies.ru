#+ shape: cgsh:Denial-denies
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: cg:denies
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# A denial that denies an event instead of a claim.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/004_e6948105772ef9ec/naqvi-accuses-india> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <event/balochistan-coordinated-attacks> . }
