#+ shape: cgsh:Denial-claimantNotRejected
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: cg:rejectsClaimsOf
#+ component: sh:DisjointConstraintComponent
#+ severity: Violation
#+ engine: core
# A denial rejecting the claims of its own claimant.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

DELETE DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:rejectsClaimsOf <actor/mohsin-naqvi> . } ;
INSERT DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:rejectsClaimsOf <actor/government-of-india> . }
