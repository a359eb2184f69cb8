#+ shape: cgsh:Denial-rejectsClaimsOf
#+ focus: id:claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation
#+ path: cg:rejectsClaimsOf
#+ component: sh:MaxCountConstraintComponent
#+ severity: Violation
#+ engine: core
# A denial rejecting the claims of two parties.
BASE <https://w3id.org/claimgraph/id/>
PREFIX cg: <https://w3id.org/claimgraph/ontology#>

INSERT DATA { <claim/004_e6948105772ef9ec/delhi-denies-naqvi-accusation> cg:rejectsClaimsOf <actor/sarfraz-bugti> . }
