#+ description: "a denial of an accusation reported in another article"
# Delhi's denial in 004 answering Bugti's accusation of India in 002 instead.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/004_e6948105772ef9ec/naqvi-accuses-india> ; cg:rejectsClaimsOf <actor/mohsin-naqvi> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:denies <claim/002_2c0ba4daa3fd75fe/bugti-accuses-india> ; cg:rejectsClaimsOf <actor/sarfraz-bugti> . }
