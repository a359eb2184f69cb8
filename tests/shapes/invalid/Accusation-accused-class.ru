#+ shape: cgsh:Accusation-accused
#+ focus: id:claim/004_e6948105772ef9ec/naqvi-accuses-india
#+ path: cg:accused
#+ component: sh:ClassConstraintComponent
#+ severity: Violation
#+ engine: core
# The accused is the country (a place), not the state (an actor).
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> cg:accused <actor/india> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/naqvi-accuses-india> cg:accused <place/india> . }
